# language: zh-CN
@CSI-ER @ER-03 @MUST @test-mode
功能: ER-03 事件分级 / Deterministic grading (GB/T 20986-2023)
  每个 INC-* 夹具得到其预期级别；每个边界对在 III 与 IV 之间恰好切换：5,000,000.00 / 4,999,999.99；1,000,000 / 999,999；
  CII 下 0.5 h / 0.49 h。gradingBasis 列出触发的行，例如 PERSONAL_INFO_RECORDS>=10000000。
  评估说明：预期级别与 gradingBasis 由测试工具按包中分级表自行算出（每个比较都是 ≥，取各行所达最严重的级别，无行触发为 IV），
  不取自被测方案；gradingBasis 按集合比较，顺序不限。每个边界对的输入、预期与实际都作为附件写入 Allure 与 evidence.json。
  (The harness grades from the pack's table; basis compared as a set; each boundary pair's input, expected and observed is attached.)

  场景: ER-03 事件分级 — 每个 F-INC 夹具得到预期级别与依据
    当 租户 T1 的 APPLICANT 报告 F-INC 的全部事件
    那么 每个事件的 grade 与 gradingBasis 都与测试工具按分级表算出的相同

  场景: ER-03 事件分级 — 边界对：直接经济损失 5,000,000.00 / 4,999,999.99
    当 租户 T1 的 APPLICANT 报告 F-INC 事件 "INC-III-LOSS, INC-IV-LOSS"
    那么 这对事件一个为 III 级、一个为 IV 级，都与测试工具按分级表算出的相同

  场景: ER-03 事件分级 — 边界对：个人信息 1,000,000 / 999,999 条
    当 租户 T1 的 APPLICANT 报告 F-INC 事件 "INC-III-PI, INC-IV-PI"
    那么 这对事件一个为 III 级、一个为 IV 级，都与测试工具按分级表算出的相同

  场景: ER-03 事件分级 — 边界对：关键信息基础设施中断 0.5 h / 0.49 h
    当 租户 T1 的 APPLICANT 报告 F-INC 事件 "INC-III-CII, INC-IV-CII"
    那么 这对事件一个为 III 级、一个为 IV 级，都与测试工具按分级表算出的相同

  场景: ER-03 事件分级 — gradingBasis 列出触发的行
    当 租户 T1 的 APPLICANT 报告 F-INC 事件 "INC-II"
    那么 gradingBasis 恰为 "PERSONAL_INFO_RECORDS>=10000000"

  场景: ER-03 事件分级 — gradingBasis 列出每个触发行的最严重阈值
    当 租户 T1 的 APPLICANT 报告 F-INC 事件 "INC-I"
    那么 gradingBasis 恰为 "SENSITIVE_PERSONAL_INFO_RECORDS>=10000000, OUTAGE_HOURS_CII>=0.5"
