# language: zh-CN
@CSI-GEN @GEN-15 @SHOULD @PERF @test-mode
功能: GEN-15 核保决定性能 / Underwriting decision latency
  10 个并发客户端 × 20 次 POST /applications/{id}/underwriting-decisions（已评估的夹具，先热身 10 次）→ p95 ≤ 2,000 ms，p99 ≤ 5,000 ms；
  不出现 5xx 或 429。仅在声明 PERF 配置时适用。

  @requires-CSI-UW
  场景: GEN-15 核保决定性能 — p95 与 p99
    假如 租户 T1 有 200 份已评估的投保申请
    当 10 个并发客户端各作出 20 次核保决定
    那么 p95 不超过 2000 毫秒，p99 不超过 5000 毫秒
    而且 没有 5xx 或 429 响应
