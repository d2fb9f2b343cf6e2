# language: zh-CN
@CSI-UW @UW-08 @MUST @test-mode
功能: UW-08 如实告知留痕 / Disclosure record (保险法第十六条)
  核保决定的 questionnaireVersion 等于投保申请的版本；answersRelied 与提交的答案完全相同（深度相等）；
  之后对答案的 PATCH 不改变已有的决定。
  评估说明：PATCH 以 merge patch 把 IND 的 mfa.email 由 true 改为 false，再按 id 读取原决定并逐字段比较。

  场景: UW-08 如实告知留痕 — 决定记录所依据的答案
    假如 租户 T1 的 IND 投保申请已取得核保决定
    那么 核保决定的 questionnaireVersion 与投保申请相同
    而且 核保决定的 answersRelied 与提交的答案完全相同

  场景: UW-08 如实告知留痕 — 之后修改答案不改变已有决定
    假如 租户 T1 的 IND 投保申请已取得核保决定
    当 租户 T1 的 APPLICANT 把该投保申请的答案 mfa.email 改为 false
    那么 响应状态为 200
    而且 再次读取的核保决定与原来完全相同
