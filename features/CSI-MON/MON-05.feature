# language: zh-CN
@CSI-MON @MON-05 @MUST @test-mode
功能: MON-05 误报 / No false positives
  CAN-C 与 CAN-D 上没有带 cveId 的发现项（允许不带 CVE 的提示性发现项）；CAN-A 与 CAN-B 上的 CVE 都不是误报规则所判定的误报，
  必需的 CVE 与 acceptedAdditionalCves 总是允许的。
  评估说明：误报规则的参考数据为 F-CAN 快照日（2026-05-01）Apache HTTP Server 项目的 244 条 CVE 记录，测试工具把它写在
  fixtures/can/false-positive-rule.json：记录的受影响版本不含标识版本者为误报；快照日没有记录的 CVE（如之后发布的）不判定，
  并记入证据。
  (The rule's data are the 244 records at the F-CAN snapshot, kept in fixtures/can/false-positive-rule.json; a CVE with no record then is
  not judged and is listed in the evidence.)

  场景: MON-05 误报 — 四个金丝雀上都没有误报
    假如 租户 T1 在新的测试时钟上有监测保单 PM
    而且 该 SERVICE_PROVIDER 已按 AUTH-1 订阅 PM 上的 CAN-A、CAN-B、CAN-C 与 CAN-D
    当 该订阅执行一次扫描
    那么 扫描被受理（202，带 scanId），并在 300 秒内为 COMPLETED
    而且 CAN-C 与 CAN-D 上没有带 cveId 的发现项
    而且 CAN-A 与 CAN-B 上的 CVE 都不是误报规则所判定的误报
