# language: zh-CN
@CSI-ER @ER-08 @SHOULD @ONSITE @test-mode
功能: ER-08 现场响应 / On-site response
  ON_SITE 时 ON_SITE_ARRIVAL 于 +24 小时到期；+20 小时记录 ON_SITE_ARRIVED → MET；另一事件 +24 小时 1 分钟仍未到场 → BREACHED。
  仅在声明 CSI-ER 的 ONSITE 配置时适用。
  评估说明：+24 小时自 acknowledgedAt 起算；违约在 dueAt（仍为 PENDING）与 dueAt + 1 分钟（BREACHED，breachedAt = dueAt）两点检验。
  (Applicable only with the ONSITE profile; the breach is checked at +24 h and +24 h 1 min.)

  场景: ER-08 现场响应 — +20 小时到场满足义务
    假如 租户 T1 的 APPLICANT 已报告 F-INC 事件 INC-RANSOM
    而且 SERVICE_PROVIDER 已以 responseMode "ON_SITE" 记录响应方案
    那么 ON_SITE_ARRIVAL 义务的 dueAt 为受理时间加 24 小时
    当 时钟推进 20 小时
    而且 SERVICE_PROVIDER 记录 ON_SITE_ARRIVED 行动
    那么 响应状态为 201
    而且 ON_SITE_ARRIVAL 义务为 MET，metAt 为时钟的当前时间

  场景: ER-08 现场响应 — +24 小时 1 分钟仍未到场即违约
    假如 租户 T1 的 APPLICANT 已报告 F-INC 事件 INC-RANSOM
    而且 SERVICE_PROVIDER 已以 responseMode "ON_SITE" 记录响应方案
    当 时钟推进到 ON_SITE_ARRIVAL 的截止时间
    那么 ON_SITE_ARRIVAL 义务在截止时间仍为 PENDING
    当 时钟再推进 1 分钟
    那么 ON_SITE_ARRIVAL 义务为 BREACHED，breachedAt 为 dueAt
