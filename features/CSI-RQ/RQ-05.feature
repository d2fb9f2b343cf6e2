# language: zh-CN
@CSI-RQ @RQ-05 @MUST @test-mode
功能: RQ-05 损失超越曲线 / Loss exceedance curve
  曲线至少 20 个点，lossCNY 严格递增；首点为 "0.00"，概率为 1 − zeroLossProbability（±1e-9）；
  概率在 [0,1] 内且不增；每个报告的分位数处都有一个点。

  场景: RQ-05 损失超越曲线 — 形状
    假如 租户 T1 的 INSURER 创建了一个测试时钟
    当 租户 T1 的 INSURER 以种子 1 请求量化 RQ-CAL-1
    那么 损失超越曲线至少有 20 个点，从 0.00 开始，概率不增，且每个分位数处都有点
