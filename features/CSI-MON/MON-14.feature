# language: zh-CN
@CSI-MON @MON-14 @MUST @test-mode
功能: MON-14 定期报告 / Monthly report
  第一份报告覆盖从订阅开始起的一个日历月，义务 MONTHLY_REPORT 于该期末到期。
  从订阅开始推进 31 天 → 至少 1 份报告 {reportId, periodStart, periodEnd, generatedAt, findingsSummary, scoreTrend}，
  generatedAt ≤ 开始 + 31 天，报告期不超过 31 天；义务 MONTHLY_REPORT 为 MET。
  评估说明："订阅开始"取订阅的 startedAt（没有时取 createdAt）；"一个日历月"按 UTC+08:00 计（README §4.1），可短于 31 天；
  推进 31 天正好到边界本身。(The start is startedAt, else createdAt; a calendar month in UTC+08:00 may be shorter than 31 days.)

  场景: MON-14 定期报告 — 31 天内生成首份月报
    假如 租户 T1 在新的测试时钟上有监测保单 PM
    而且 该 SERVICE_PROVIDER 已按 AUTH-1 订阅 PM 上的 CAN-C
    当 测试时钟推进到订阅开始后 31 天
    那么 订阅至少有 1 份月度报告，generatedAt 不晚于开始后 31 天，报告期不超过 31 天
    而且 订阅的 MONTHLY_REPORT 义务为 MET
