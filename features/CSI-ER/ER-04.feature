# language: zh-CN
@CSI-ER @ER-04 @MUST @test-mode
功能: ER-04 监管报告时限 / Reporting deadline
  I–III 级 → required:true，deadline 与 recipient 如表（CII_OPERATOR 60 分钟、CENTRAL_STATE_ORGAN 120 分钟、OTHER 240 分钟，自 discoveredAt 起算）；
  IV 级 → required:false，REGULATORY_REPORT 义务为 NOT_REQUIRED；推进过 deadline 而无 REGULATORY_REPORT_SUBMITTED 行动 → BREACHED。
  评估说明：截止时间由测试工具按 discoveredAt 加时限自行算出；"推进过"在截止时间与其后 1 分钟两点检验：恰在 deadline 时仍为 PENDING，
  deadline + 1 分钟时为 BREACHED，breachedAt = dueAt（README §4.6）。每一点的输入、预期与实际写入证据。
  (Checked at deadline — still PENDING — and at deadline + 1 min — BREACHED with breachedAt = dueAt.)

  场景: ER-04 监管报告时限 — 三种运营者类型的截止时间与接收方
    当 租户 T1 的 APPLICANT 报告 F-INC 事件 "INC-I, INC-II, INC-III-OUT"
    那么 每个事件的 regulatoryReport 为 required:true，deadline 为 discoveredAt 加运营者类型的时限，recipient 为表中所列

  场景: ER-04 监管报告时限 — IV 级无需报告
    当 租户 T1 的 APPLICANT 报告 F-INC 事件 "INC-IV"
    那么 regulatoryReport 为 required:false，REGULATORY_REPORT 义务为 NOT_REQUIRED

  场景: ER-04 监管报告时限 — 推进过截止时间而未报告即违约
    假如 租户 T1 的 APPLICANT 已报告 F-INC 事件 INC-II
    当 时钟推进到 REGULATORY_REPORT 的截止时间
    那么 REGULATORY_REPORT 义务在截止时间仍为 PENDING
    当 时钟再推进 1 分钟
    那么 REGULATORY_REPORT 义务为 BREACHED，breachedAt 为 dueAt
