# language: zh-CN
@CSI-CLM @CLM-10 @MUST @test-mode
功能: CLM-10 核定时限 / Decision within 30 days (保险法第二十三条)
  义务 DECISION 于 documentsCompleteAt + claimsTerms.decisionDays（30 天）到期；第 29 天作出决定 → MET；孪生理赔第 30 天 1 分钟仍无决定 → BREACHED。
  边界：到期时刻本身仍为 PENDING，晚 1 分钟才是 BREACHED。
  评估说明：CLM-EX1；材料齐全后推进时钟，再读取理赔的 obligations。
  评估说明：义务的 metAt、breachedAt 未发生时可为 null 或不出现。(An obligation's metAt/breachedAt may be null or absent until known.)

  场景: CLM-10 核定时限 — 第 29 天作出决定
    假如 租户 T1 的 CLM-EX1 理赔已材料齐全
    那么 理赔有 DECISION 义务，于材料齐全后 30 天到期
    当 测试时钟推进 29 天后，租户 T1 的 INSURER 作出该案的定责决定
    那么 DECISION 义务为 MET

  场景: CLM-10 核定时限 — 30 天 1 分钟仍无决定
    假如 租户 T1 的 CLM-EX1 理赔已材料齐全
    当 测试时钟推进到材料齐全后 30 天
    那么 DECISION 义务为 PENDING
    当 测试时钟推进到材料齐全后 30 天 1 分钟
    那么 DECISION 义务为 BREACHED
