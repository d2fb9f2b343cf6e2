# language: zh-CN
@CSI-ER @ER-10 @MUST @test-mode
功能: ER-10 复盘后关闭 / Post-incident report before closure
  无复盘报告而关闭 → 409 POST_INCIDENT_REPORT_REQUIRED；rootCause 为空，或 containment 早于 discovery 的报告 → 422；
  有效报告后关闭 → 200，status:"CLOSED"；对 CLOSED 事件的任何操作 → 409。
  评估说明："任何操作"指改变事件的每一种后续调用：行动（CONTAINED 与 EVIDENCE_PRESERVED）、响应方案、复盘报告、影响修改（PATCH …/impact）
  与再次关闭，逐一检验，且事件读回仍为 CLOSED、影响未变；读取（GET）不在其列。
  ("Any action" is every follow-up call that changes the incident — actions, plan, report, impact, close again — not a read.)

  场景: ER-10 复盘后关闭 — 无复盘报告不能关闭
    假如 租户 T1 的 APPLICANT 已报告 F-INC 事件 INC-RANSOM
    当 SERVICE_PROVIDER 关闭该事件
    那么 响应状态为 409，错误码 POST_INCIDENT_REPORT_REQUIRED

  场景: ER-10 复盘后关闭 — rootCause 为空或 containment 早于 discovery 以 422 拒绝
    假如 租户 T1 的 APPLICANT 已报告 F-INC 事件 INC-RANSOM
    当 SERVICE_PROVIDER 提交 rootCause 为空的复盘报告
    那么 响应状态为 422
    当 SERVICE_PROVIDER 提交 containment 早于 discovery 的复盘报告
    那么 响应状态为 422

  场景: ER-10 复盘后关闭 — 有效报告后关闭
    假如 租户 T1 的 APPLICANT 已报告 F-INC 事件 INC-RANSOM
    当 SERVICE_PROVIDER 提交有效的复盘报告
    那么 响应状态为 200 或 201
    当 SERVICE_PROVIDER 关闭该事件
    那么 响应为 status:"CLOSED" 的事件，读回也是 CLOSED

  场景: ER-10 复盘后关闭 — 对已关闭事件的任何操作以 409 拒绝
    假如 租户 T1 的 APPLICANT 已报告 F-INC 事件 INC-RANSOM
    而且 该事件已提交复盘报告并关闭
    当 SERVICE_PROVIDER 对该事件记录行动、响应方案、复盘报告，APPLICANT 修改其影响，并再次关闭
    那么 每个响应都是 409，事件仍为 CLOSED 且未变
