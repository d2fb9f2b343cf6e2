# language: zh-CN
@CSI-CLM @CLM-14 @MUST @test-mode
功能: CLM-14 累计限额递减 / Aggregate erosion
  EX1 支付后，该 PA 保单 aggregatePaidToDate 为 965,000.00，aggregateRemaining 为 4,035,000.00；其上的第二宗理赔 aggregateRemainingBefore 为 4,035,000.00。
  aggregateRemainingBefore = A − 保单的 aggregatePaidToDate（不计本案的支付）；payable = min(Σ p_s, aggregateRemainingBefore)。
  评估说明：标准示例之外，测试工具在"理赔中途用尽累计限额"的边界上自行生成 EDGE-AGG（PB：A 3,000,000.00，已付 1,200,000.00，剩余 1,800,000.00，免赔额 100,000.00）：
  i1 EMERGENCY_RESPONSE_COSTS 200,000.00 为 AGREED；i2 DATA_BREACH_LIABILITY 1,000,000.00 与 i3 营业中断（等待期后 30,000 分钟 × 2,000.00/小时 = 1,000,000.00）为 DISPUTED。
  先予支付 minimumDeterminableAmount 100,000.00 后全部改为 AGREED：Σ p_s = 900,000.00 + 200,000.00 + 1,000,000.00 = 2,100,000.00 > 1,800,000.00，
  payable 1,800,000.00（本案的先予支付不减少 aggregateRemainingBefore），balanceDue 1,700,000.00；支付后保单 aggregatePaidToDate 3,000,000.00，aggregateRemaining 0.00。

  场景: CLM-14 累计限额递减 — 赔付后限额减少
    假如 租户 T1 的 CLM-EX1 理赔已支付
    那么 保单的 aggregatePaidToDate 为 965000.00，aggregateRemaining 为 4035000.00
    当 租户 T1 在同一保单上再报一宗与 CLM-EX1 相同的理赔并完成定损
    那么 第二宗理赔的 aggregateRemainingBefore 为 4035000.00

  场景: CLM-14 累计限额递减 — 先予支付之后在理赔中途用尽剩余限额
    假如 租户 T1 的 EDGE-AGG 理赔已完成定损
    当 租户 T1 的 INSURER 先予支付 minimumDeterminableAmount
    而且 租户 T1 的 INSURER 把全部损失项改为 AGREED 重新定损，作出定责决定
    而且 租户 T1 的 APPLICANT 按理算值达成赔付协议
    那么 方案的理算结果与测试工具的复算分毫不差
    而且 理算结果的 payable 为 1800000.00，advancesPaid 为 100000.00，balanceDue 为 1700000.00
    当 测试时钟推进 1 天后，租户 T1 的 INSURER 支付等于 balanceDue 的 FINAL
    那么 保单的 aggregatePaidToDate 为 3000000.00，aggregateRemaining 为 0.00
