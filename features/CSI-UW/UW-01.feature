# language: zh-CN
@CSI-UW @UW-01 @MUST @test-mode
功能: UW-01 投保申请 / Application
  投保申请以 F-ORG 企业、F-Q 问卷答案与 RC-STD 保障提交：POST /applications → 201，带 applicationId 与 status:"SUBMITTED"；
  GET 回显提交的每个字段，个人信息（联系人身份证号与手机号）脱敏。
  priorIncidents 必填，可以是 []；industryCode 须符合 GB/T 4754-2017（^[A-T]\d{2,4}$）；等保级别 1–5；员工人数 ≥ 1。
  评估说明：除脱敏字段外，"回显每个字段"按 JSON 值逐项比较；越界与格式错误须是 422，且 errors[] 指向该字段。

  场景: UW-01 投保申请 — IND 的投保申请被受理并原样回显
    假如 租户 T1 的 INSURER 创建了一个测试时钟
    当 租户 T1 的 APPLICANT 提交 IND 的投保申请
    那么 响应状态为 201
    而且 投保申请带有 applicationId，状态为 SUBMITTED
    而且 读取该投保申请时回显提交的每个字段，联系人身份证号与手机号已脱敏

  场景: UW-01 投保申请 — priorIncidents 必填，可以为空列表
    假如 租户 T1 的 INSURER 创建了一个测试时钟
    当 租户 T1 的 APPLICANT 提交缺少 priorIncidents 的 IND 投保申请
    那么 响应状态为 422，错误码 REQUIRED 指向 "/priorIncidents"
    当 租户 T1 的 APPLICANT 提交 priorIncidents 为空列表的 IND 投保申请
    那么 响应状态为 201

  场景大纲: UW-01 投保申请 — <字段>为 <取值> → 422
    假如 租户 T1 的 INSURER 创建了一个测试时钟
    当 租户 T1 的 APPLICANT 提交<字段>为 <取值> 的投保申请
    那么 响应状态为 422，错误指向 "<指针>"
    例子:
      | 字段   | 取值  | 指针                                   |
      | 行业代码 | "Z99" | /applicant/industryCode                |
      | 等保级别 | 0     | /applicant/classifiedProtectionLevel   |
      | 等保级别 | 6     | /applicant/classifiedProtectionLevel   |
      | 员工人数 | 0     | /applicant/employees                   |
