# language: zh-CN
@CSI-RQ @RQ-10 @MUST @test-mode
功能: RQ-10 场景可加 / Scenario additivity
  对 RQ-MULTI，|aleCNY − Σ 场景 aleCNY| ≤ 0.01 × 场景数。

  场景: RQ-10 场景可加 — RQ-MULTI
    假如 租户 T1 的 INSURER 创建了一个测试时钟
    当 租户 T1 的 INSURER 请求量化 RQ-MULTI
    那么 总 aleCNY 等于各场景 aleCNY 之和（误差不超过每个场景 0.01）
