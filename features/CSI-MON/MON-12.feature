# language: zh-CN
@CSI-MON @MON-12 @MUST @test-mode
功能: MON-12 风险显著增加 / Material increase in risk (保险法第五十二条)
  测试模式下 PUT /policies/{id}/monitoring-terms {riskScoreThreshold}（INSURER）；评分从低于 riskScoreThreshold 升至不低于它时产生风险事件。
  新的 PM 上做 MON-11 的基线（s0 < 100），阈值设为 s0 + 1，加入 CAN-A 并重扫 → RISK_MATERIALLY_INCREASED 的 webhook，以及风险事件
  {riskEventId, occurredAt, policyId, previousScore, newScore, threshold, findingIds[], reRatingRequired:true}；无变化的重扫 → 没有新事件。
  评估说明：webhook 由测试工具的接收端接收，等待上限取 MON-09 的 60 秒；s0 已为 100 时无从上升，属无法判定（夹具前提不成立）。
  "没有新事件"以风险事件列表的条数和接收端收到的 RISK_MATERIALLY_INCREASED 事件数（按 eventId 去重）判断。
  (The webhook is awaited for MON-09's 60 s; s0 = 100 leaves no room and is CANNOT_TELL; "no new event" counts risk events and distinct
  RISK_MATERIALLY_INCREASED event ids.)

  场景: MON-12 风险显著增加 — 越过阈值产生事件，无变化的重扫不再产生
    假如 租户 T1 在新的测试时钟上有监测保单 PM
    而且 该 SERVICE_PROVIDER 已按 AUTH-1 订阅 PM 上的 CAN-C 与 CAN-D
    而且 该订阅已完成基线扫描，风险评分 s0 低于 100
    当 租户 T1 的 INSURER 将 riskScoreThreshold 设为 s0 + 1
    而且 该 SERVICE_PROVIDER 以 PATCH 将订阅资产改为 CAN-A、CAN-C 与 CAN-D（授权书覆盖它们），并再次扫描至 COMPLETED
    那么 回调在 60 秒内收到 RISK_MATERIALLY_INCREASED 的 webhook
    而且 保单有一个新的风险事件，previousScore 为 s0、threshold 为 s0 + 1、reRatingRequired 为 true
    当 该订阅在资产不变的情况下再次扫描至 COMPLETED
    那么 没有新的风险事件，也没有新的 RISK_MATERIALLY_INCREASED webhook
