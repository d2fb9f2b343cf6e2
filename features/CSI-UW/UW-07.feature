# language: zh-CN
@CSI-UW @UW-07 @MUST @test-mode
功能: UW-07 核保决定 / Underwriting decision
  决定为 {decisionId, outcome ∈ ACCEPT|ACCEPT_WITH_CONDITIONS|REFER|DECLINE, reasonCodes[], conditions[{code, description, dueBy}], riskGrade,
  assessmentId, quantificationId, questionnaireVersion, answersRelied, decidedAt}，原因码取自 CSI-UW 的代码表。
  8 个 F-ORG 企业 → 201，reasonCodes 不为空；CONTROLS_ADEQUATE 不与其他原因码并列；REFER 与 DECLINE 有 CONTROLS_ADEQUATE 以外的原因码；
  HLT、EDU、TRN（exposedRdp:true）都引用 RDP_EXPOSED；ACCEPT_WITH_CONDITIONS 至少有 1 个条件；评估完成前请求决定 → 409，currentState 为评估状态。
  评估说明：每家企业在同一租户的一个新测试时钟上，按 AUTH-1 对 CAN-A 与 CAN-C 评估；8 家企业在一次运行中只走一遍，各场景共用其结果。
  评估说明：若方案的评估在 POST 时已是 COMPLETED，就不存在"完成前"的时刻，方案无从违反该行，记录说明后视为符合；
  评估是否同步完成由方案自选（README §4.7）。(An assessment answered COMPLETED leaves no moment before completion: the line holds, with a note.)

  场景: UW-07 核保决定 — 每家企业都有决定与原因码
    假如 租户 T1 已为 8 个 F-ORG 企业各走完评估、核保决定与报价
    那么 每个核保决定的 reasonCodes 都不为空，且都取自代码表

  场景: UW-07 核保决定 — 原因码与结果一致
    假如 租户 T1 已为 8 个 F-ORG 企业各走完评估、核保决定与报价
    那么 CONTROLS_ADEQUATE 从不与其他原因码并列，每个 REFER 与 DECLINE 都有其他原因码

  场景: UW-07 核保决定 — 暴露 RDP 的企业
    假如 租户 T1 已为 8 个 F-ORG 企业各走完评估、核保决定与报价
    那么 HLT、EDU 与 TRN 的核保决定都引用 RDP_EXPOSED

  场景: UW-07 核保决定 — 附条件承保有条件
    假如 租户 T1 已为 8 个 F-ORG 企业各走完评估、核保决定与报价
    那么 每个 ACCEPT_WITH_CONDITIONS 至少有 1 个条件

  场景: UW-07 核保决定 — 评估完成前不能决定
    假如 租户 T1 的 APPLICANT 在新的测试时钟上提交了 IND 的投保申请
    而且 租户 T1 的 SERVICE_PROVIDER 按 AUTH-1 评估该投保申请
    当 评估尚未完成时租户 T1 的 INSURER 作出核保决定
    那么 响应状态为 409，currentState 是评估尚未完成的状态
