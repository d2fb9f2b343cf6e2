# language: zh-CN
@CSI-UW @UW-14 @MUST @test-mode
功能: UW-14 出单一致 / Binding reproduces the quote
  保单 {policyId, policyNumber, quoteId, status, insured, assets[], premium, terms, boundAt, aggregatePaidToDate, aggregateRemaining}；
  insured 与 assets 取自投保申请的 applicant 与 assets。
  出单 → 201，terms 与 premium 与报价深度相等；再次出单（带新的 Idempotency-Key 或不带）→ 409 QUOTE_ALREADY_BOUND；
  报价的 validUntil 过后出单 → 409 QUOTE_EXPIRED。
  评估说明：insured 与投保申请的 applicant 比较时，联系人按脱敏后的形式比较（GEN-12）；过期用测试时钟推进到 validUntil 之后 1 天。

  场景: UW-14 出单一致 — 保单重现报价
    假如 租户 T1 的 IND 投保申请已取得报价
    当 租户 T1 的 APPLICANT 对该报价出单
    那么 响应状态为 201
    而且 保单的 terms 与 premium 与报价完全相同，insured 与 assets 取自投保申请

  场景: UW-14 出单一致 — 同一报价不能出两次单
    假如 租户 T1 的 IND 投保申请已取得报价
    当 租户 T1 的 APPLICANT 对该报价出单
    而且 租户 T1 的 APPLICANT 带新的 Idempotency-Key 与不带 Idempotency-Key 各再出单一次
    那么 后两次响应都是 409，错误码 QUOTE_ALREADY_BOUND

  场景: UW-14 出单一致 — 过期的报价不能出单
    假如 租户 T1 的 IND 投保申请已取得报价
    当 将该测试时钟推进到报价的 validUntil 之后 1 天
    而且 租户 T1 的 APPLICANT 对该报价出单
    那么 响应状态为 409，错误码 QUOTE_EXPIRED
