# language: zh-CN
@CSI-RQ @RQ-09 @MUST @test-mode
功能: RQ-09 零损失概率校准 / Calibration of P(L=0)
  P(L=0) = exp(−λ)。对种子 1、2、3 的三次运行取 zeroLossProbability 的中位数，要求与 exp(−λ) 之差不超过容差
  （CAL-1 ±0.0062，CAL-2 ±0.0097，CAL-3 ±0.0027）。
  评估说明：标准的三个案例之外，测试工具在"λ ≥ 0"的边界上自行生成 RQ-CAL-0（RQ-CAL-1 的损失分布，λ = 0，10,000 次迭代）：
  P(L=0) = exp(0) = 1，容差 4·√(p(1−p)/N) = 0，即每次运行的 zeroLossProbability 都必须恰为 1。

  场景大纲: RQ-09 零损失概率校准 — <案例>
    假如 租户 T1 的 INSURER 创建了一个测试时钟
    当 租户 T1 的 INSURER 以种子 1、2、3 各请求一次量化 <案例>
    那么 三个 zeroLossProbability 的中位数与 exp(−λ) 之差不超过该案例的容差

    例子:
      | 案例     |
      | RQ-CAL-1 |
      | RQ-CAL-2 |
      | RQ-CAL-3 |
      | RQ-CAL-0 |
