# language: zh-CN
@CSI-ER @ER-11 @SHOULD @test-mode
功能: ER-11 重新分级 / Re-grading
  将 INC-IV 的 personalInfoRecords 改为 10000000 → II 级，gradeHistory[] 保留原级别与变更时间；
  新的截止时间 = max(discoveredAt, 首次达到 III 级或以上的时间) + 运营者类型的时限。
  评估说明："首次达到 III 级的时间"以测试工具发出 PATCH 时时钟的当前时间观察（先推进 1 小时，使之与 discoveredAt 和受理时间都不同），
  受理时已为 III 级或以上的事件则取 discoveredAt（ER-04）；gradeHistory 中须有原来的 IV 与 changedAt 为该时间的 II。
  (The time the grade first reached III is the clock's now when the harness sent the PATCH, one hour after intake.)

  场景: ER-11 重新分级 — 升为 II 级并保留历史
    假如 租户 T1 的 APPLICANT 已报告 F-INC 事件 INC-IV
    当 时钟推进 1 小时后，APPLICANT 将其 personalInfoRecords 改为 10000000
    那么 事件为 II 级，gradeHistory 保留原来的 IV 级与此次变更的时间

  场景: ER-11 重新分级 — 新的报告截止时间自首次达到 III 级起算
    假如 租户 T1 的 APPLICANT 已报告 F-INC 事件 INC-IV
    当 时钟推进 1 小时后，APPLICANT 将其 personalInfoRecords 改为 10000000
    那么 响应状态为 200
    而且 新的报告截止时间为 max(discoveredAt, 首次达到 III 级的时间) 加运营者类型的时限
