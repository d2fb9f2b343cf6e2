# language: zh-CN
@CSI-CAT @CAT-03 @MUST
功能: CAT-03 保障范围 / Coverage sections
  每个产品至少有 1 个保障范围；全部代码取自 coverageSection 代码表（直接损失、营业中断损失 … 产品责任/技术服务职业责任），且不重复。

  场景: CAT-03 保障范围 — 至少一个、来自代码表、不重复
    当 租户 T1 的 APPLICANT 以 limit=100 翻阅产品目录直到末页
    那么 每个产品至少有 1 个保障范围，代码取自代码表且不重复
