# language: zh-CN
@CSI-CLM @CLM-16 @SHOULD @test-mode
功能: CLM-16 承保关联检查 / Coverage linkage checks
  links 指向理赔的事件、取证报告，以及经核保出单的保单的核保决定；CLM-RETRO（入侵发生于追溯日之前）→ coverageChecks 含 {code:"RETROACTIVE_DATE", result:"FLAGGED"}；
  入侵在保障范围内 → PASS。
  评估说明：测试辅助保单没有核保决定，underwritingDecisionId 为 null 或不出现（README §4.1，两者都接受）；经核保出单的保单在 CSI-UW 声明时另行检查。
  (On a test-helper policy underwritingDecisionId may be null or absent.)

  场景: CLM-16 承保关联检查 — 关联与追溯日检查通过
    假如 租户 T1 的 CLM-EX1 理赔已材料齐全
    那么 理赔的 links 指向其事件与取证报告，underwritingDecisionId 为 null
    而且 coverageChecks 含 RETROACTIVE_DATE，结果为 PASS

  场景: CLM-16 承保关联检查 — 入侵早于追溯日
    假如 租户 T1 的 CLM-RETRO 理赔已材料齐全
    那么 coverageChecks 含 RETROACTIVE_DATE，结果为 FLAGGED

  @requires-CSI-UW
  场景: CLM-16 承保关联检查 — 经核保出单的保单关联其核保决定
    假如 租户 T1 在经核保出单的 IND 保单上报案
    那么 理赔的 links.underwritingDecisionId 为该保单的核保决定
