# language: zh-CN
@CSI-ER @ER-09 @MUST @test-mode
功能: ER-09 证据先行 / Evidence before destruction
  在任何 EVIDENCE_PRESERVED 之前记录 destructive:true 的 REMEDIATION → 409 EVIDENCE_NOT_PRESERVED；
  evidence 列表为空，或 sha256 不符合 ^[0-9a-f]{64}$ 的 EVIDENCE_PRESERVED → 422；有效保全之后，同样的破坏性 REMEDIATION → 201。
  评估说明：不合格的 sha256 用 64 位大写十六进制（只差大小写，最小的一步）。(The bad sha256 is the valid one in upper case.)

  场景: ER-09 证据先行 — 未保全证据的破坏性处置以 409 拒绝
    假如 租户 T1 的 APPLICANT 已报告 F-INC 事件 INC-RANSOM
    当 SERVICE_PROVIDER 记录 destructive 为 true 的 REMEDIATION 行动
    那么 响应状态为 409，错误码 EVIDENCE_NOT_PRESERVED

  场景: ER-09 证据先行 — 空证据列表或不合格的 sha256 以 422 拒绝
    假如 租户 T1 的 APPLICANT 已报告 F-INC 事件 INC-RANSOM
    当 SERVICE_PROVIDER 记录证据列表为空的 EVIDENCE_PRESERVED 行动
    那么 响应状态为 422
    当 SERVICE_PROVIDER 记录 sha256 为大写十六进制的 EVIDENCE_PRESERVED 行动
    那么 响应状态为 422

  场景: ER-09 证据先行 — 有效保全之后破坏性处置被接受
    假如 租户 T1 的 APPLICANT 已报告 F-INC 事件 INC-RANSOM
    当 SERVICE_PROVIDER 记录有效的 EVIDENCE_PRESERVED 行动
    那么 响应状态为 201
    当 SERVICE_PROVIDER 记录 destructive 为 true 的 REMEDIATION 行动
    那么 响应状态为 201
