# language: zh-CN
@CSI-UW @UW-09 @MUST @test-mode
功能: UW-09 保费可复算 / Premium recomputable to the fen
  报价 {quoteId, decisionId, status, premium, premiumDerivation, terms, quantificationId, validUntil}。
  premiumDerivation = {exposureBase{basis, amount, source}, baseRate, modifiers[{code, factor, source}], minimumPremium?}；
  baseRate 至多 8 位小数，factor > 0 且至多 6 位小数。
  保费 = max(minimumPremium, round_HALF_UP(exposureBase.amount × baseRate × Π factor, 0.01))，精确十进制运算，只在最后舍入一次。
  示例：356000000.00 × 0.00031 × 1.100 × 0.900 × 0.950 × 1.150 × 1.080 = 128911.62636 → 128911.63。
  REFER 或 DECLINE 之后报价 → 409 NOT_ACCEPTED。没有任何 STRONG 企业取得报价时，UW-09 至 UW-12 都不通过。
  评估说明：测试工具先用自己的复算器复算标准示例（结果写入证据），再逐份复算报价，要求与 premium.amount 分毫不差。
  边界：max() 的下限。测试工具读取方案对 IND 报价所用的费率（baseRate × Π factor），把 exposureBase.source 指向的申请成员调到
  使精确乘积约为 minimumPremium 的四分之一，重新核保（费率随之变动时按新费率再试一次），要求保费仍按公式复算：取 minimumPremium。
  方案未给 minimumPremium 时，以原承保基数的千分之一重新核保并复算。
  半分：精确乘积的小数位由方案自己的费率与因子决定，测试工具无法经接口使任意方案的报价恰好落在半分上；
  复算器在半分上的 HALF_UP（而非 HALF_EVEN 或截断）由其单元测试证明，方案侧的半分边界由 CLM-09 的 EDGE-HALF-FEN 检查（那里的输入由测试工具决定）。

  场景: UW-09 保费可复算 — 每份报价的保费都能复算到分
    假如 租户 T1 已为 8 个 F-ORG 企业各走完评估、核保决定与报价
    那么 至少有一家 STRONG 企业取得了报价
    而且 每份报价的 premium 都等于测试工具按 premiumDerivation 精确复算的保费

  场景: UW-09 保费可复算 — 不予承保时不能报价
    假如 租户 T1 已为 8 个 F-ORG 企业各走完评估、核保决定与报价
    当 租户 T1 的 INSURER 对结果为 REFER 或 DECLINE 的核保决定报价
    那么 响应状态为 409，错误码 NOT_ACCEPTED

  场景: UW-09 保费可复算 — 精确乘积低于最低保费时保费为最低保费
    假如 租户 T1 已为 8 个 F-ORG 企业各走完评估、核保决定与报价
    当 租户 T1 把 IND 的承保基数调到精确乘积低于最低保费后重新核保
    那么 该报价的 premium 等于测试工具按 premiumDerivation 精确复算的保费
