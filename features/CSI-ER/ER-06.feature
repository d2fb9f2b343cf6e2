# language: zh-CN
@CSI-ER @ER-06 @MUST @test-mode
功能: ER-06 响应时限 / Response SLAs
  自 acknowledgedAt 起算：FIRST_HUMAN_CONTACT +60 分钟，REMOTE_RESPONSE_START +120 分钟，ON_SITE_ARRIVAL +24 小时
  （记录响应方案时出现：ON_SITE 为 PENDING，REMOTE 为 NOT_REQUIRED）。dueAt 精确；+30 分钟记录 FIRST_HUMAN_CONTACT → MET；
  +121 分钟仍无 REMOTE_RESPONSE_STARTED → BREACHED，breachedAt = dueAt。
  评估说明：acknowledgedAt 应为受理时时钟的当前时间（ER-01），dueAt 由测试工具从该时间自行算出；违约在 dueAt（+120 分钟，仍为 PENDING）
  与 dueAt + 1 分钟（+121 分钟，BREACHED）两点检验。(Due times from the clock's now at intake; the breach is checked at +120 and +121 min.)

  场景: ER-06 响应时限 — dueAt 精确
    假如 租户 T1 的 APPLICANT 已报告 F-INC 事件 INC-IV
    而且 SERVICE_PROVIDER 已以 responseMode "ON_SITE" 记录响应方案
    那么 FIRST_HUMAN_CONTACT 义务的 dueAt 为受理时间加 60 分钟
    而且 REMOTE_RESPONSE_START 义务的 dueAt 为受理时间加 120 分钟
    而且 ON_SITE_ARRIVAL 义务的 dueAt 为受理时间加 24 小时

  场景: ER-06 响应时限 — +30 分钟的首次人工联系满足义务
    假如 租户 T1 的 APPLICANT 已报告 F-INC 事件 INC-IV
    当 时钟推进 30 分钟
    而且 SERVICE_PROVIDER 记录 FIRST_HUMAN_CONTACT 行动
    那么 响应状态为 201
    而且 FIRST_HUMAN_CONTACT 义务为 MET，metAt 为时钟的当前时间

  场景: ER-06 响应时限 — +121 分钟仍未远程响应即违约
    假如 租户 T1 的 APPLICANT 已报告 F-INC 事件 INC-IV
    当 时钟推进到 REMOTE_RESPONSE_START 的截止时间
    那么 REMOTE_RESPONSE_START 义务在截止时间仍为 PENDING
    当 时钟再推进 1 分钟
    那么 REMOTE_RESPONSE_START 义务为 BREACHED，breachedAt 为 dueAt
