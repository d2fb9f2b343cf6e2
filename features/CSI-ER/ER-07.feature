# language: zh-CN
@CSI-ER @ER-07 @MUST @test-mode
功能: ER-07 响应方式 / Response mode and rationale
  responseMode ∈ REMOTE | ON_SITE 且 rationale 非空 → 201；rationale 为空 → 422；"DRONE" → 422；REMOTE 时 ON_SITE_ARRIVAL 为 NOT_REQUIRED。
  评估说明：响应方案的应答可以是方案本身或整个事件；义务读回事件（GET）判定。NOT_REQUIRED 义务的 dueAt 为 null 或本应的时间都接受。
  (The plan may be answered with the plan or the incident; a NOT_REQUIRED obligation's dueAt may be null or what it would have been.)

  场景: ER-07 响应方式 — ON_SITE 且理由非空被接受
    假如 租户 T1 的 APPLICANT 已报告 F-INC 事件 INC-RANSOM
    当 SERVICE_PROVIDER 以 responseMode "ON_SITE" 和理由 "勒索软件需现场取证与隔离" 记录响应方案
    那么 响应状态为 201

  场景: ER-07 响应方式 — rationale 为空以 422 拒绝
    假如 租户 T1 的 APPLICANT 已报告 F-INC 事件 INC-RANSOM
    当 SERVICE_PROVIDER 以 responseMode "REMOTE" 和理由 "" 记录响应方案
    那么 响应状态为 422，错误指向 "/rationale"

  场景: ER-07 响应方式 — 未知方式 DRONE 以 422 拒绝
    假如 租户 T1 的 APPLICANT 已报告 F-INC 事件 INC-RANSOM
    当 SERVICE_PROVIDER 以 responseMode "DRONE" 和理由 "无人机巡检" 记录响应方案
    那么 响应状态为 422，错误指向 "/responseMode"

  场景: ER-07 响应方式 — REMOTE 时无需到场
    假如 租户 T1 的 APPLICANT 已报告 F-INC 事件 INC-RANSOM
    当 SERVICE_PROVIDER 以 responseMode "REMOTE" 和理由 "远程即可隔离受影响主机" 记录响应方案
    那么 响应状态为 201
    而且 该事件的 ON_SITE_ARRIVAL 义务为 NOT_REQUIRED
