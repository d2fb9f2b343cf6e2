# language: zh-CN
@CSI-UW @UW-05 @MUST @test-mode
功能: UW-05 漏洞双尺度分级 / Findings on both scales (CVSS and GB/T 30279-2020)
  每个发现项的 severity 为 {cvssVersion, cvssBaseScore, cvssVector, cvssSeverity, gbt30279Level}，两个尺度按下表对应：
  9.0–10.0 CRITICAL/EXTREME 超危；7.0–8.9 HIGH/HIGH 高危；4.0–6.9 MEDIUM/MEDIUM 中危；0.1–3.9 LOW/LOW 低危；0.0 NONE/null。
  评估说明：测试工具按 cvssBaseScore 自行查表得出期望的两个等级；CAN-A 的 CVE-2021-41773 接受 7.5 或 9.8（fixtures F-CAN），
  它必须出现，使本条款至少检查一个真实的发现项。

  场景: UW-05 漏洞双尺度分级 — 每个发现项都按映射表分级
    假如 租户 T1 的 IND 投保申请已按 AUTH-1 完成评估
    那么 CAN-A 有 CVE-2021-41773 的发现项，cvssBaseScore 为 7.5 或 9.8
    而且 每个发现项都有完整的 severity
    而且 每个发现项的 cvssSeverity 与 gbt30279Level 都符合其 cvssBaseScore 的双尺度映射
