# language: zh-CN
@CSI-UW @UW-06 @MUST @test-mode
功能: UW-06 问卷版本化 / Versioned questionnaire (CSIQ-1.0)
  GET /questionnaires/CSIQ-1.0 → 200 {version, questions[{path, type}]}，path 以点分隔，CSI-UW 问卷表中的每个答案路径都出现。
  edrCoveragePercent:120 → 422，指向 /questionnaire/answers/edrCoveragePercent；未知版本 → 422，指向 /questionnaire/version。

  场景: UW-06 问卷版本化 — 读取 CSIQ-1.0
    当 租户 T1 的 APPLICANT 读取问卷 CSIQ-1.0
    那么 响应状态为 200
    而且 问卷的 version 为 CSIQ-1.0，列出问卷表中的每个答案路径，且路径以点分隔

  场景大纲: UW-06 问卷版本化 — <字段>为 <取值> → 422
    假如 租户 T1 的 INSURER 创建了一个测试时钟
    当 租户 T1 的 APPLICANT 提交<字段>为 <取值> 的投保申请
    那么 响应状态为 422，错误指向 "<指针>"
    例子:
      | 字段                          | 取值          | 指针                                        |
      | 问卷答案 edrCoveragePercent     | 120         | /questionnaire/answers/edrCoveragePercent |
      | 问卷版本                        | "CSIQ-9.9"  | /questionnaire/version                    |
