# language: zh-CN
@CSI-RQ @RQ-06 @MUST @test-mode
功能: RQ-06 P95/P99 超越概率 / Exceedance at P95 and P99
  p95 > 0 时，曲线在 p95 处的概率在 [0.04, 0.06] 内；p99 > 0 时，在 p99 处的概率在 [0.005, 0.015] 内。
  取 RQ-CAL-2（λ = 2，零损失概率约 0.135），使 p95 与 p99 都大于 0。

  场景: RQ-06 P95/P99 超越概率 — RQ-CAL-2
    假如 租户 T1 的 INSURER 创建了一个测试时钟
    当 租户 T1 的 INSURER 以种子 1 请求量化 RQ-CAL-2
    那么 p95 与 p99 处的超越概率在规定区间内
