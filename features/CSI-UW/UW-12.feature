# language: zh-CN
@CSI-UW @UW-12 @MUST @test-mode
功能: UW-12 确定性 / Same input, same quote
  M-SAME：IND 相同地提交两次 → premium 相等，premiumDerivation 相等（不计 id）。
  为定价所做的量化因此要用由输入确定的种子，使蒙特卡洛噪声不能改变报价。
  评估说明："不计 id"指忽略 FINDING 与 QUANTIFICATION 类来源的 ref（它们是每次评估、量化各自的 id），其余逐字段比较。

  场景: UW-12 确定性 — 相同的投保申请得到相同的报价
    当 租户 T1 在同一测试时钟上两次以相同的 IND 投保申请核保
    那么 两次都取得了报价
    而且 两份报价的 premium 与 premiumDerivation 相同（不计 id）
