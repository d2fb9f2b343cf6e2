# language: zh-CN
@CSI-CAT @CAT-08 @SHOULD
功能: CAT-08 图谱汇总 / Category-map summary
  GET /catalog/category-map → cells[{insuranceType, underwritingMode, serviceMode, productIds[]}]；
  产品中出现的每个（险种、承保模式、服务模式）组合恰好出现在一个单元格中，且单元格只含匹配的产品。

  场景: CAT-08 图谱汇总 — 单元格与产品一一对应
    假如 租户 T1 的 APPLICANT 已读取完整的产品目录
    当 租户 T1 的 APPLICANT 读取品类图谱
    那么 产品中出现的每个组合恰好对应一个单元格，且只含匹配的产品
