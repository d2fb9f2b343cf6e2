# language: zh-CN
@CSI-CLM @CLM-15 @SHOULD @test-mode
功能: CLM-15 迟延损害 / Late-payment damages (保险法第二十三条)
  PAYMENT 为 BREACHED 时，理赔带 lateDamages{daysLate, basis}，daysLate = ceil(((paidAt 或 now) − dueAt) / 1 天)。
  评估说明：协议后推进 12 天（超期 2 天）再读取理赔。测试工具另在向上取整的边界上检查：协议后 10 天 1 分钟（超期 1 分钟）→ daysLate 为 1
  （按整天向下取整或四舍五入都会得 0）。
  评估说明：未超期时 lateDamages 可为 null 或不出现。(lateDamages may be null or absent until the payment is late.)

  场景: CLM-15 迟延损害 — 超期 2 天
    假如 租户 T1 的 CLM-EX1 理赔已达成赔付协议
    当 测试时钟推进到协议后 12 天
    那么 理赔有 lateDamages，daysLate 为 2，且有 basis

  场景: CLM-15 迟延损害 — 超期 1 分钟即计 1 天
    假如 租户 T1 的 CLM-EX1 理赔已达成赔付协议
    当 测试时钟推进到协议后 10 天 1 分钟
    那么 理赔有 lateDamages，daysLate 为 1，且有 basis
