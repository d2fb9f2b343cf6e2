# language: zh-CN
@CSI-RQ @RQ-08 @MUST @test-mode
功能: RQ-08 解析校准：ALE / Analytic calibration of ALE
  Poisson(λ) 频率与 lognormal(μ,σ) 损失下 ALE = λ·exp(μ+σ²/2)。精确值由测试工具按此公式计算（不取自被测方案）。
  每个案例以种子 1、2、3 各跑一次，取三个 aleCNY 的中位数 m，要求 |m/精确值 − 1| ≤ 容差。
  评估说明：标准的三个案例之外，测试工具在"λ ≥ 0"的边界上自行生成 RQ-CAL-0：RQ-CAL-1 的损失分布，λ = 0，10,000 次迭代。
  此时不可能发生事件，精确 ALE = 0，相对误差无定义，改为要求中位数恰为 0.00（容差 0）。

  场景大纲: RQ-08 解析校准 — <案例>
    假如 租户 T1 的 INSURER 创建了一个测试时钟
    当 租户 T1 的 INSURER 以种子 1、2、3 各请求一次量化 <案例>
    那么 三个 aleCNY 的中位数与 λ·exp(μ+σ²/2) 的相对误差不超过该案例的容差

    例子:
      | 案例     |
      | RQ-CAL-1 |
      | RQ-CAL-2 |
      | RQ-CAL-3 |
      | RQ-CAL-0 |
