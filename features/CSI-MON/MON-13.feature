# language: zh-CN
@CSI-MON @MON-13 @MUST @test-mode
功能: MON-13 书面建议 / Written recommendations (保险法第五十一条)
  每个 CVSS ≥ 7.0 的发现项在其 detectedAt 后 24 小时内得到书面建议 {recommendationId, findingIds[], issuedAt, actions[], responseDeadline,
  status ∈ ISSUED|ACKNOWLEDGED|RESOLVED|OVERDUE, obligations[]}；义务 RECOMMENDATION_RESPONSE 于 responseDeadline 到期，以答复满足。
  CRITICAL：responseDeadline ≤ issuedAt + 7 天；HIGH：≤ issuedAt + 15 天。
  扫描 CAN-A/CAN-B 后推进 24 小时 → 建议存在且符合期限；推进过期限且无 POST /recommendations/{id}/acknowledgements → OVERDUE，义务 BREACHED。
  评估说明："24 小时"从最早的 detectedAt 起算，时钟正好推进 24 小时（边界本身）；期限的边界成对检查：到 responseDeadline 本身
  义务仍为 PENDING，再推进 1 分钟为 BREACHED、状态 OVERDUE（README §4.6）。建议的严重度取所引发现项的 cvssSeverity。
  以 POST /recommendations/{id}/acknowledgements（APPLICANT）答复后，过了期限义务仍为 MET、状态为 ACKNOWLEDGED（条款正文：以答复满足）。
  (24 h counts from the earliest detectedAt, the clock moved exactly 24 h; the deadline is checked as a pair: PENDING at it, BREACHED
  and OVERDUE one minute later; an acknowledgement before it leaves the obligation MET past the deadline, as the clause text says.)

  背景:
    假如 租户 T1 在新的测试时钟上有监测保单 PM
    而且 该 SERVICE_PROVIDER 已按 AUTH-1 订阅 PM 上的 CAN-A 与 CAN-B
    而且 该订阅已完成一次扫描

  场景: MON-13 书面建议 — 24 小时内发出，期限符合等级
    当 测试时钟推进到扫描后 24 小时
    那么 每个 CVSS ≥ 7.0 的发现项都有在其 detectedAt 后 24 小时内发出的书面建议，期限 CRITICAL 不超过 7 天、HIGH 不超过 15 天

  场景: MON-13 书面建议 — 逾期未答复，到期时仍 PENDING，晚 1 分钟 OVERDUE
    当 测试时钟推进到扫描后 24 小时
    而且 测试时钟推进到最早的 responseDeadline，未提交任何答复
    那么 该建议的 RECOMMENDATION_RESPONSE 义务仍为 PENDING，状态不是 OVERDUE
    当 测试时钟再推进 1 分钟
    那么 该建议的状态为 OVERDUE，RECOMMENDATION_RESPONSE 义务为 BREACHED

  场景: MON-13 书面建议 — 期限前答复，义务为 MET
    当 测试时钟推进到扫描后 24 小时
    而且 租户 T1 的 APPLICANT 在期限前答复最早的建议，测试时钟推进到该期限之后 1 分钟
    那么 该建议的状态为 ACKNOWLEDGED，RECOMMENDATION_RESPONSE 义务为 MET
