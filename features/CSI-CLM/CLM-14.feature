# language: zh-CN
@CSI-CLM @CLM-14 @MUST @test-mode
功能: CLM-14 累计限额递减 / Aggregate erosion
  EX1 支付后，该 PA 保单 aggregatePaidToDate 为 965,000.00，aggregateRemaining 为 4,035,000.00；其上的第二宗理赔 aggregateRemainingBefore 为 4,035,000.00。

  场景: CLM-14 累计限额递减 — 赔付后限额减少
    假如 租户 T1 的 CLM-EX1 理赔已支付
    那么 保单的 aggregatePaidToDate 为 965000.00，aggregateRemaining 为 4035000.00
    当 租户 T1 在同一保单上再报一宗与 CLM-EX1 相同的理赔并完成定损
    那么 第二宗理赔的 aggregateRemainingBefore 为 4035000.00
