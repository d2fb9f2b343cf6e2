# language: zh-CN
@CSI-CAT @CAT-06 @SHOULD
功能: CAT-06 险种—保障一致 / Type–section consistency
  PROPERTY_FIRST_PARTY 产品至少有 1 个第一方保障；LIABILITY_THIRD_PARTY 产品至少有 1 个第三方保障；
  PRODUCT_SERVICE 产品的承保模式包含 PRODUCT_SERVICE_ATTACHED。

  场景: CAT-06 险种—保障一致
    当 租户 T1 的 APPLICANT 以 limit=100 翻阅产品目录直到末页
    那么 每个产品的险种与保障范围一致
