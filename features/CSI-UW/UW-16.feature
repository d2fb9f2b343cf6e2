# language: zh-CN
@CSI-UW @UW-16 @MUST @test-mode
功能: UW-16 解除时限 / Rescission time limits (保险法第十六条)
  POST /policies/{id}/rescissions {reasonCode, groundsKnownAt, answerPointers[]}，answerPointers 至少一项，
  每项是指向保单所依据决定的 answersRelied 的 RFC 6901 指针。
  当前时间晚于 groundsKnownAt + 30 天，或晚于 boundAt + 2 年 → 拒绝。
  评估说明：指针相对于 answersRelied（如 /mfa/email）；"2 年"按日历年计算；时钟每步至多推进 400 天。
  评估说明：解除的应答未作描述，可为解除记录或保单（README §4.1）；保单状态以 GET 读取。(The rescission's answer may be the rescission or the policy; the policy is read back.)

  场景: UW-16 解除时限 — 知道解除事由 30 天整时仍可解除，多 1 分钟则不可
    假如 租户 T1 在同一测试时钟上对 IND 出单了 2 份保单
    当 该测试时钟推进 40 天并回到 READY
    而且 租户 T1 的 INSURER 以早于当前时间 30 天 0 分钟的 groundsKnownAt 解除第 1 份保单
    那么 响应状态为 201
    而且 第 1 份保单的状态为 RESCINDED
    当 租户 T1 的 INSURER 以早于当前时间 30 天 1 分钟的 groundsKnownAt 解除第 2 份保单
    那么 响应状态为 422，错误码 RESCISSION_TIME_LIMIT_EXCEEDED
    而且 第 2 份保单的状态为 IN_FORCE

  场景: UW-16 解除时限 — 合同成立超过 2 年不可解除
    假如 租户 T1 在新的测试时钟上对保险期间为 2025-07-01 至 2028-07-01 的 IND 出单了保单
    当 该测试时钟以每步不超过 400 天推进 2 年零 1 天
    而且 租户 T1 的 INSURER 以早于当前时间 1 天 0 分钟的 groundsKnownAt 解除第 1 份保单
    那么 响应状态为 422，错误码 RESCISSION_CONTRACT_AGE_EXCEEDED

  场景: UW-16 解除时限 — 答案指针须指向所依据的答案
    假如 租户 T1 在同一测试时钟上对 IND 出单了 1 份保单
    当 租户 T1 的 INSURER 以不存在于 answersRelied 的答案指针解除第 1 份保单
    那么 响应状态为 422，错误指向 "/answerPointers/0"
