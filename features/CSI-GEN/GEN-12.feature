# language: zh-CN
@CSI-GEN @GEN-12 @MUST @test-mode
功能: GEN-12 个人信息脱敏 / PII masking
  身份证号（idCardNumber）显示为前 6 位 + ******** + 后 4 位，手机号（…mobile）为前 3 位 + **** + 后 4 位，
  在响应、列表、审计事件、webhook 与导出中均如此。原始字符串 110101198501021234 与 13812345678 不得出现在任何捕获的响应或 webhook 中。
  投保申请中长度不为 18 的身份证号、或不匹配 ^1[3-9]\d{9}$ 的手机号 → 422 INVALID_FORMAT。
  这些字段只出现在 CSI-UW 的投保申请中：未声明时本条款不适用。

  @requires-CSI-UW
  场景: GEN-12 个人信息脱敏 — F-PII 联系人以脱敏形式返回
    假如 租户 T1 的 APPLICANT 提交了含 F-PII 联系人的投保申请
    那么 投保申请中的身份证号显示为 "110101********1234"，手机号显示为 "138****5678"
    而且 本次运行捕获的响应都不含原始身份证号与手机号

  @requires-CSI-UW
  场景: GEN-12 个人信息脱敏 — 格式错误的身份证号与手机号
    当 租户 T1 的 APPLICANT 提交身份证号为 "11010119850102123" 的投保申请
    那么 响应状态为 422，错误码 INVALID_FORMAT 指向 "/applicant/contact/idCardNumber"
    当 租户 T1 的 APPLICANT 提交手机号为 "12812345678" 的投保申请
    那么 响应状态为 422，错误码 INVALID_FORMAT 指向 "/applicant/contact/mobile"
