# language: zh-CN
@CSI-RQ @RQ-07 @MUST @test-mode
功能: RQ-07 可复现 / Reproducible with a seed
  同一请求、同一种子运行两次，aleCNY、percentilesCNY、zeroLossProbability、曲线与 scenarios 逐字节相同；
  未给种子时结果报告所用种子，以该种子重跑可复现结果。用 RQ-MULTI 以覆盖多个场景。

  场景: RQ-07 可复现 — 同一种子两次运行结果相同
    假如 租户 T1 的 INSURER 创建了一个测试时钟
    当 租户 T1 的 INSURER 以种子 42 两次请求量化 RQ-MULTI
    那么 两次结果逐字节相同

  场景: RQ-07 可复现 — 未给种子时报告的种子能复现结果
    假如 租户 T1 的 INSURER 创建了一个测试时钟
    当 租户 T1 的 INSURER 不给种子请求量化 RQ-MULTI，再以报告的种子重跑
    那么 两次结果逐字节相同
