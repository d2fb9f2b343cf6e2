# language: zh-CN
@CSI-RQ @RQ-11 @MUST @test-mode
功能: RQ-11 敏感性 / Sensitivity
  RQ-SENS 同一种子下 ALE(B) ≤ ALE(A)，p95(B) ≤ p95(A)。
  HLT 的投保申请 mfa.remoteAccess 为 true 与 false 时，由申请推导的输入的期望年损失在 true 时更低；
  期望年损失由测试工具按 Σ E[频率] × (E[主损失] + p·E[次损失]) 计算。
  评估说明：推导需要投保申请（CSI-UW）；未声明 CSI-UW 时第二个场景不适用。

  场景: RQ-11 敏感性 — 更低的脆弱性不提高 ALE 与 p95
    假如 租户 T1 的 INSURER 创建了一个测试时钟
    当 租户 T1 的 INSURER 以同一种子请求量化 RQ-SENS 的 A 与 B
    那么 B 的 aleCNY 与 p95 都不高于 A

  @requires-CSI-UW
  场景: RQ-11 敏感性 — 启用远程访问 MFA 降低推导输入的期望年损失
    假如 租户 T1 的 INSURER 创建了一个测试时钟
    当 租户 T1 的 INSURER 分别由 mfa.remoteAccess 为 true 与 false 的 HLT 投保申请推导量化
    那么 true 时推导输入的期望年损失更低
