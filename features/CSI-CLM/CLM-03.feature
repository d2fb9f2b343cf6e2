# language: zh-CN
@CSI-CLM @CLM-03 @MUST @test-mode
功能: CLM-03 时效标记 / Time-bar flag (保险法第二十六条)
  limitAt = eventDiscoveredAt + 2 个日历年（UTC+08:00）；当且仅当 notifiedAt > limitAt 时为 TIME_BARRED_CANDIDATE；两种情况都受理。
  CLM-TB：发现于 2023-06-02T09:00+08:00，时钟 T0 = 2025-06-02T09:00+08:00。

  场景: CLM-03 时效标记 — 恰好满 2 年仍在时效内
    假如 租户 T1 已为 CLM-TB 准备好保单与事件
    当 租户 T1 的 APPLICANT 就该案报案
    那么 响应状态为 201
    而且 时效状态为 WITHIN_LIMIT，limitAt 为 eventDiscoveredAt 加 2 年

  场景: CLM-03 时效标记 — 满 2 年后 1 分钟为疑似超时效
    假如 租户 T1 已为 CLM-TB 准备好保单与事件
    当 测试时钟推进 1 分钟后，租户 T1 的 APPLICANT 就该案报案
    那么 响应状态为 201
    而且 时效状态为 TIME_BARRED_CANDIDATE，limitAt 为 eventDiscoveredAt 加 2 年
