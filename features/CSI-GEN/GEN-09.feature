# language: zh-CN
@CSI-GEN @GEN-09 @MUST @test-mode
功能: GEN-09 幂等冲突 / Key reuse with another body
  以另一请求体重用 Idempotency-Key K → 422 IDEMPOTENCY_KEY_REUSED，且不创建任何资源。

  场景: GEN-09 幂等冲突 — 测试时钟
    当 租户 T1 的 INSURER 以 Idempotency-Key K 创建测试时钟后，又以 K 和另一请求体创建
    那么 响应状态为 422，错误码 IDEMPOTENCY_KEY_REUSED
    而且 没有创建第二个测试时钟

  @requires-CSI-UW
  场景: GEN-09 幂等冲突 — 投保申请
    当 租户 T1 的 APPLICANT 以 Idempotency-Key K 提交投保申请后，又以 K 和另一请求体提交
    那么 响应状态为 422，错误码 IDEMPOTENCY_KEY_REUSED
    而且 没有创建第二个投保申请
