# language: zh-CN
@CSI-CAT @CAT-01 @MUST
功能: CAT-01 产品目录 / Product listing
  GET /catalog/products → 200，分页，至少 1 个产品且每个字段齐全（productId、name、version、insuranceType、coverageSections[]、
  underwritingModes[]、serviceModes[]、premiumRange{min,max}、limitRange{min,max}、effectiveFrom）；
  GET /catalog/products/{id} 返回与列表条目相同的产品；未知 id → 404 problem+json。
  评估说明：以 limit=2 翻阅，确保分页确实被使用；"相同"指 JSON 值相等。

  场景: CAT-01 产品目录 — 分页列出，字段齐全
    当 租户 T1 的 APPLICANT 以 limit=2 翻阅产品目录直到末页
    那么 目录至少有 1 个产品，每个产品的字段齐全

  场景: CAT-01 产品目录 — 按 id 读取与列表相同
    假如 租户 T1 的 APPLICANT 已读取完整的产品目录
    当 按 id 逐个读取目录中的产品
    那么 每个产品与列表中的条目相同

  场景: CAT-01 产品目录 — 未知产品
    当 租户 T1 的 APPLICANT 读取不存在的产品
    那么 响应状态为 404
    而且 响应是 problem+json，且其 status 与 HTTP 状态一致
