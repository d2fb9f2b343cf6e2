# language: zh-CN
@CSI-GEN @GEN-11 @MUST @test-mode
功能: GEN-11 审计事件 / Audit events
  每项决定写一条审计事件 {eventId, occurredAt, tenantId, actor{type, id}, action, resourceType, resourceId, outcome}，
  可由 GET /audit-events?resourceId= 列出：核保决定 UNDERWRITING_DECISION_MADE、报价 QUOTE_ISSUED、出单 POLICY_BOUND、
  解除 POLICY_RESCINDED、事件定级 INCIDENT_GRADED、定责 LIABILITY_DECIDED、定损 LOSS_ASSESSED、支付 PAYMENT_MADE、
  风险事件 RISK_EVENT_RAISED。客户端调用时 actor 为 {type:"CLIENT", id: 凭据的 client id}。
  这些决定属于 CSI-UW、CSI-ER 与 CSI-CLM：未声明时本条款不适用。
  评估说明：事件定级 INCIDENT_GRADED 只在声明 CSI-ER 时检验（定级是 CSI-ER 的），受理与重新定级各一条，resourceId 为事件，occurredAt 为当时时钟的当前时间。
  (INCIDENT_GRADED is checked only with CSI-ER declared: one event at intake and one on re-grading.)
  评估说明：理赔的定责、定损与支付以理赔为 resourceId；其 occurredAt 不晚于时钟的当前时间（支付前时钟可能已推进）。
  "不可修改"一行在核保决定与理赔定责的审计事件上各测一次，两个场景互不依赖：核保流程无法走完时（前提未满足），
  理赔一侧仍能判定该行（FAIL 优先，conformance-levels.md §1）。
  评估说明：对审计事件的 PUT、PATCH、DELETE，403、404、405 由方案自选，都接受。(403, 404 and 405 are all accepted.)
  评估说明：风险事件（CSI-MON MON-12）以保单为 resourceId；它由扫描引起而非某次决定调用，actor 的类型 CLIENT、USER、SYSTEM 都接受。
  (A risk event's audit entry names the policy; it follows a scan rather than a decision call, so any actor type is accepted.)

  @requires-CSI-UW
  场景: GEN-11 审计事件 — 核保决定、报价与出单都有审计事件
    假如 租户 T1 对一份已评估的投保申请作出核保决定、报价并出单
    那么 每项决定在 GET /audit-events?resourceId= 中都有对应的 action
    而且 每条审计事件的 actor.id 为执行决定的客户端 id，occurredAt 为时钟的当前时间

  @requires-CSI-UW
  场景: GEN-11 审计事件 — 审计事件不可修改
    假如 租户 T1 对一份已评估的投保申请作出核保决定
    当 租户 T1 的 INSURER 对该审计事件发送 PUT、PATCH 与 DELETE
    那么 每个响应的状态为 403、404 或 405

  @requires-CSI-CLM
  场景: GEN-11 审计事件 — 理赔定责的审计事件不可修改
    假如 租户 T1 的 CLM-EX1 理赔已作出定责决定
    当 租户 T1 的 INSURER 对该理赔的定责审计事件发送 PUT、PATCH 与 DELETE
    那么 每个响应的状态为 403、404 或 405

  @requires-CSI-CLM
  场景: GEN-11 审计事件 — 定责、定损与支付都有审计事件
    假如 租户 T1 的 CLM-EX1 理赔已支付
    那么 定责、定损与支付在该理赔的审计事件中都有对应的 action，actor.id 为 INSURER 的客户端 id

  @requires-CSI-ER
  场景: GEN-11 审计事件 — 事件受理与重新定级都有 INCIDENT_GRADED
    假如 租户 T1 的 APPLICANT 已报告 F-INC 事件 INC-IV
    当 时钟推进 1 小时后，APPLICANT 将其 personalInfoRecords 改为 10000000
    那么 该事件有两条 INCIDENT_GRADED 审计事件（受理与重新定级），actor.id 为 APPLICANT 的客户端 id

  @requires-CSI-MON
  场景: GEN-11 审计事件 — 风险事件有审计事件
    假如 租户 T1 在新的测试时钟上有监测保单 PM
    而且 该 SERVICE_PROVIDER 已按 AUTH-1 订阅 PM 上的 CAN-C 与 CAN-D
    而且 该订阅已完成基线扫描，风险评分 s0 低于 100
    而且 租户 T1 的 INSURER 已将 riskScoreThreshold 设为 s0 + 1，并以 PATCH 加入 CAN-A 后重扫至 COMPLETED
    那么 该保单的审计事件中有 RISK_EVENT_RAISED，actor.type 为 CLIENT、USER 或 SYSTEM
