# language: zh-CN
@CSI-UW @UW-04 @MUST @test-mode
功能: UW-04 评估方法与风险项 / Assessment methods and risk items (GB/T 20984-2022)
  评估 status ∈ PENDING|RUNNING|COMPLETED|FAILED。COMPLETED 的评估：methods ⊆ {QUESTIONNAIRE, VULN_SCAN, PENTEST}，
  含 QUESTIONNAIRE 且至少含 VULN_SCAN 或 PENTEST 之一；findings[] 的 assetRef 是投保申请的资产；
  riskItems[] 带 riskItemId、assetRef、threat、findingIds[]、existingControls[]、likelihood 1–5、impact 1–5、riskLevel；
  并有 reportVersion 与 approvedBy。
  methods:["QUESTIONNAIRE"] → 422，指向 /methods；IND 列出 CAN-A → 300 秒内 COMPLETED，至少一个风险项引用 CVE-2021-41773 的发现项。
  评估说明：风险项的 findingIds 须都是本评估的发现项。

  背景:
    假如 租户 T1 的 APPLICANT 在新的测试时钟上提交了 IND 的投保申请

  场景: UW-04 评估方法 — 仅问卷不构成评估
    当 租户 T1 的 SERVICE_PROVIDER 只以 QUESTIONNAIRE 方法请求评估该投保申请
    那么 响应状态为 422，错误指向 "/methods"

  场景: UW-04 评估方法与风险项 — CAN-A 的漏洞成为风险项
    当 租户 T1 的 SERVICE_PROVIDER 按 AUTH-1 评估该投保申请
    那么 评估在 300 秒内完成
    而且 评估的方法、发现项与风险项都符合 GB/T 20984 的要求
    而且 至少一个风险项引用了 CAN-A 上 CVE-2021-41773 的发现项
