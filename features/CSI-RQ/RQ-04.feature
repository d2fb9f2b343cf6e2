# language: zh-CN
@CSI-RQ @RQ-04 @MUST @test-mode
功能: RQ-04 分位数有序 / Percentile order
  总体和每个场景都满足 0 ≤ p50 ≤ p90 ≤ p95 ≤ p99。使用 RQ-MULTI（三个场景）以覆盖每个场景。

  场景: RQ-04 分位数有序 — 总体与每个场景
    假如 租户 T1 的 INSURER 创建了一个测试时钟
    当 租户 T1 的 INSURER 请求量化 RQ-MULTI
    那么 总体与每个场景的分位数都满足 0 ≤ p50 ≤ p90 ≤ p95 ≤ p99
