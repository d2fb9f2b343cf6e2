# language: zh-CN
@CSI-RQ @RQ-02 @MUST @test-mode
功能: RQ-02 分布类型 / Distributions
  频率为 poisson 或 PERT，也可为 TEF × 脆弱性；损失为 PERT 或 lognormal（mu/sigma 与 p5/p95 两种形式）。
  p5/p95 形式换算为 μ = (ln p5 + ln p95)/2，σ = (ln p95 − ln p5)/(2 × 1.6448536269514722)，
  因此同一种子下两种形式的 aleCNY 应在 0.5% 以内。

  场景: RQ-02 分布类型 — 每种形式都能完成
    假如 租户 T1 的 INSURER 创建了一个测试时钟
    当 租户 T1 的 INSURER 依次以 poisson、PERT 频率、TEF × 脆弱性、lognormal 两种形式请求量化
    那么 每个请求都完成

  场景: RQ-02 分布类型 — lognormal 的两种形式给出相同的 ALE
    假如 租户 T1 的 INSURER 创建了一个测试时钟
    当 租户 T1 的 INSURER 以种子 11 分别用 p5/p95 形式和 mu/sigma 形式请求 RQ-CAL-1 的场景
    那么 两次结果的 aleCNY 相差不超过 0.5%
