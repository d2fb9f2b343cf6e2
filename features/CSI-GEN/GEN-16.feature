# language: zh-CN
@CSI-GEN @GEN-16 @SHOULD @PERF @test-mode
功能: GEN-16 量化性能 / Quantification latency
  10 个并发客户端 × 10 次 POST /quantifications（RQ-MULTI 的 3 个场景，iterations:10000），从 POST 计时到观察到 COMPLETED
  （每 250 ms 轮询）→ p95 ≤ 3,000 ms；不出现 5xx 或 429。仅在声明 PERF 配置时适用。

  @requires-CSI-RQ
  场景: GEN-16 量化性能 — p95
    当 10 个并发客户端各提交 10 次 RQ-MULTI 量化，每次 10000 次迭代
    那么 从提交到 COMPLETED 的 p95 不超过 3000 毫秒
    而且 没有 5xx 或 429 响应
