# language: zh-CN
@CSI-ER @ER-05 @MUST @test-mode
功能: ER-05 报告清单 / Reporting checklist
  I–III 级 → 9 个代码齐全且为 PENDING；REGULATORY_REPORT_SUBMITTED 行动的 checklist 每项为 COMPLETE，或为 NOT_AVAILABLE 并附说明 → 201，
  事件的清单显示这些状态与说明；遗漏一项，或 NOT_AVAILABLE 而无说明 → 422，义务仍为 PENDING。
  评估说明：提交后读回事件（GET）判定清单与义务，行动的应答可以是行动本身或整个事件；"无说明"指不带 note 成员。
  (The incident is read back after the submission; "without a note" means no note member.)

  场景: ER-05 报告清单 — 9 个代码齐全且为 PENDING
    当 租户 T1 的 APPLICANT 报告 F-INC 事件 "INC-III-OUT"
    那么 报告清单含全部 9 个代码，均为 PENDING

  场景: ER-05 报告清单 — 完整提交被接受并反映在事件上
    假如 租户 T1 的 APPLICANT 已报告 F-INC 事件 INC-III-OUT
    当 SERVICE_PROVIDER 提交监管报告，清单中 TRACEABILITY_LEADS 为 NOT_AVAILABLE 并附说明，其余为 COMPLETE
    那么 响应状态为 201
    而且 事件的报告清单显示所提交的状态与说明
    而且 REGULATORY_REPORT 义务为 MET，metAt 为时钟的当前时间

  场景: ER-05 报告清单 — 遗漏一项以 422 拒绝
    假如 租户 T1 的 APPLICANT 已报告 F-INC 事件 INC-III-OUT
    当 SERVICE_PROVIDER 提交缺少 EVIDENCE_PRESERVATION 一项的监管报告
    那么 响应状态为 422
    而且 REGULATORY_REPORT 义务仍为 PENDING

  场景: ER-05 报告清单 — NOT_AVAILABLE 而无说明以 422 拒绝
    假如 租户 T1 的 APPLICANT 已报告 F-INC 事件 INC-III-OUT
    当 SERVICE_PROVIDER 提交监管报告，清单中 TRACEABILITY_LEADS 为 NOT_AVAILABLE 而无说明
    那么 响应状态为 422
    而且 REGULATORY_REPORT 义务仍为 PENDING
