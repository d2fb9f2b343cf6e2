# language: zh-CN
@CSI-ER @ER-01 @MUST @test-mode
功能: ER-01 7×24 受理 / Around-the-clock intake
  任何时刻（含周日凌晨与春节假期）报告事件 → 同步 201，含 incidentId，acknowledgedAt 为当前时间；
  缺少 discoveredAt → 422；discoveredAt 晚于当前时间 → 422。
  评估说明："当前时间"是事件所挂测试时钟的 frozenTime（README §4.8 第 2 条），不是墙上时钟；F-INC：两个时钟上 discoveredAt 均为时钟时间前 30 分钟，
  事件不挂保单，只带 testClockId。(ER-01's "now" is the incident's test clock; the incident carries testClockId and no policy.)

  场景: ER-01 7×24 受理 — 周日凌晨同步受理
    当 租户 T1 的 APPLICANT 在时钟 "2025-06-01T03:00:00+08:00" 上报告 INC-IV，discoveredAt 为时钟时间前 30 分钟
    那么 响应状态为 201
    而且 应答有 incidentId，acknowledgedAt 为时钟的当前时间

  场景: ER-01 7×24 受理 — 春节假期同步受理
    当 租户 T1 的 APPLICANT 在时钟 "2026-02-17T02:30:00+08:00" 上报告 INC-IV，discoveredAt 为时钟时间前 30 分钟
    那么 响应状态为 201
    而且 应答有 incidentId，acknowledgedAt 为时钟的当前时间

  场景: ER-01 7×24 受理 — 缺少 discoveredAt 以 422 拒绝
    当 租户 T1 的 APPLICANT 报告不带 discoveredAt 的 INC-IV
    那么 响应状态为 422，错误指向 "/discoveredAt"

  场景: ER-01 7×24 受理 — discoveredAt 晚于当前时间以 422 拒绝
    当 租户 T1 的 APPLICANT 报告 discoveredAt 晚于时钟当前时间 1 分钟的 INC-IV
    那么 响应状态为 422，错误指向 "/discoveredAt"
