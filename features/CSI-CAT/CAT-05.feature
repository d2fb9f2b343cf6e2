# language: zh-CN
@CSI-CAT @CAT-05 @MUST
功能: CAT-05 保费与限额区间 / Premium and limit ranges
  两个区间都是 CNY 金额对象，且 0 < min ≤ max。

  场景: CAT-05 保费与限额区间 — CNY 且 0 < min ≤ max
    当 租户 T1 的 APPLICANT 以 limit=100 翻阅产品目录直到末页
    那么 每个产品的保费区间与限额区间都是 CNY 金额，且 0 < min ≤ max
