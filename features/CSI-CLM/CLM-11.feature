# language: zh-CN
@CSI-CLM @CLM-11 @MUST @test-mode
功能: CLM-11 支付时限 / Payment within 10 days (保险法第二十三条)
  协议的 payable 不等于理算值 → 422；有效协议产生义务 PAYMENT，于 agreedAt + claimsTerms.paymentDays（10 天）到期；
  边界：到期时刻本身仍为 PENDING，晚 1 分钟才是 BREACHED。
  第 9 天支付等于 balanceDue 的 FINAL → MET，状态 PAID；其他金额的 FINAL → 422 PAYMENT_AMOUNT_MISMATCH；孪生理赔第 10 天 1 分钟仍未支付 → BREACHED。
  评估说明：协议、支付、拒赔通知、定损、结案与撤回的应答本条款未作描述：可为受影响的理赔，也可为新建的子资源（README §4.1），
  协议的状态码为 200 或 201 都接受；测试工具需要理赔时以 GET 重新读取。agreedAt、paidAt 未发生时可为 null 或不出现。
  (Answers to actions are any JSON: the claim or the sub-resource, 200 or 201 for the agreement; the claim is read back with GET.)

  场景: CLM-11 支付时限 — 协议金额须等于理算值
    假如 租户 T1 的 CLM-EX1 理赔已作出定责决定
    当 租户 T1 的 APPLICANT 以比理算值多 0.01 的金额达成赔付协议
    那么 响应状态为 422

  场景: CLM-11 支付时限 — 第 9 天足额支付
    假如 租户 T1 的 CLM-EX1 理赔已达成赔付协议
    那么 理赔有 PAYMENT 义务，于协议后 10 天到期
    当 租户 T1 的 INSURER 支付比 balanceDue 少 0.01 的 FINAL
    那么 响应状态为 422，错误码 PAYMENT_AMOUNT_MISMATCH
    当 测试时钟推进 9 天后，租户 T1 的 INSURER 支付等于 balanceDue 的 FINAL
    那么 PAYMENT 义务为 MET，理赔状态为 PAID

  场景: CLM-11 支付时限 — 10 天 1 分钟仍未支付
    假如 租户 T1 的 CLM-EX1 理赔已达成赔付协议
    当 测试时钟推进到协议后 10 天
    那么 PAYMENT 义务为 PENDING
    当 测试时钟推进到协议后 10 天 1 分钟
    那么 PAYMENT 义务为 BREACHED
