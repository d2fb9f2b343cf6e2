# language: zh-CN
@CSI-CLM @CLM-01 @MUST @test-mode
功能: CLM-01 报案 / First notice of loss (保险法第二十一条)
  报案 → 201，status:"NOTIFIED"，notifiedAt 为当前时间；客户端提交的 notifiedAt 被忽略或以 422 拒绝；
  eventDiscoveredAt 原样保存；requiredDocuments 至少包含最低材料清单。
  评估说明：理赔在 F-POL 的 PA 测试辅助保单与 F-INC 事件上（CLM-EX1），时钟为 T0；最低材料由测试工具按所报保障自行推出。
  评估说明：未声明 CSI-ER 时，事件受理的应答只需 incidentId、acknowledgedAt、status、createdAt、testMode 及所给的 policyId/testClockId，
  定级、报告与义务成员（grade、gradingBasis、gradeHistory、regulatoryReport、obligations）属于 CSI-ER，不作要求；客户端自带的 notifiedAt
  被忽略或以 422 拒绝都接受。(Without CSI-ER the incident answer needs only the members CSI-CLM names; a sent notifiedAt may be ignored or refused.)

  场景: CLM-01 报案 — 受理并记录报案时间
    假如 租户 T1 已为 CLM-EX1 准备好保单与事件
    当 租户 T1 的 APPLICANT 就该案报案
    那么 响应状态为 201
    而且 理赔状态为 NOTIFIED，notifiedAt 为时钟的当前时间，eventDiscoveredAt 与提交的完全相同
    而且 requiredDocuments 至少包含所报保障所需的全部材料

  场景: CLM-01 报案 — 客户端不能决定报案时间
    假如 租户 T1 已为 CLM-EX1 准备好保单与事件
    当 租户 T1 的 APPLICANT 就该案报案，并自带一年前的 notifiedAt
    那么 报案以 422 被拒绝，或 notifiedAt 仍为时钟的当前时间
