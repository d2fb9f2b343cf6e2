# language: zh-CN
@CSI-GEN @GEN-13 @MUST @test-mode
功能: GEN-13 时间与金额格式 / Time and money formats
  每个捕获的时间戳都带 Z 或 ±hh:mm 偏移；每个金额 amount 匹配 ^-?\d+\.\d{2}$ 且 currency 为 "CNY"。
  投保申请的 annualRevenue.amount:"10.001" → 422 INVALID_FORMAT；currency:"USD" → 422 UNSUPPORTED_CURRENCY。
  评估说明：时间戳指名称以 At 或 Time 结尾的成员（如 createdAt、frozenTime），金额指同时含 amount 与 currency 的对象；
  检查范围是到此为止整个运行中捕获的全部 JSON 响应。
  时间与金额格式是本条款的规则：其他条款读到格式错误的响应时不因此失败，只在其证据中记一条注记（contract/RuleOwners）。
  评估说明：接口契约允许响应带有包未命名的额外成员，也允许未得知的成员为 null 或不出现（README §4.1）；格式规则仍适用于每个成员。
  (The contract allows extra members and null-or-absent unknown members; the format rules still apply to every member.)

  场景: GEN-13 时间与金额格式 — 全部捕获的时间戳与金额
    当 租户 T1 的 INSURER 创建并读取测试时钟，并读取产品目录
    那么 本次运行捕获的每个时间戳都带 Z 或 ±hh:mm 偏移，每个金额都是两位小数的 CNY

  @requires-CSI-UW
  场景: GEN-13 时间与金额格式 — 投保申请中的金额格式与币种
    当 租户 T1 的 APPLICANT 提交年营业收入金额为 "10.001" 的投保申请
    那么 响应状态为 422，错误码 INVALID_FORMAT 指向 "/applicant/annualRevenue/amount"
    当 租户 T1 的 APPLICANT 提交年营业收入币种为 "USD" 的投保申请
    那么 响应状态为 422，错误码 UNSUPPORTED_CURRENCY 指向 "/applicant/annualRevenue/currency"
