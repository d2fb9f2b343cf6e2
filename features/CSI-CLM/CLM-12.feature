# language: zh-CN
@CSI-CLM @CLM-12 @MUST @test-mode
功能: CLM-12 先予支付 / Advance payment at 60 days (保险法第二十五条)
  ADVANCE_PAYMENT 于 documentsCompleteAt + 60 天到期，先予支付累计达到 minimumDeterminableAmount 即 MET；
  到期时已 AGREED、PAID、DENIED、WITHDRAWN 或 CLOSED，或 minimumDeterminableAmount 为 0，则 NOT_REQUIRED。
  边界：到期时刻本身仍为 PENDING，晚 1 分钟才是 BREACHED。
  CLM-ADV：i2、i3 AGREED，i1、i4 DISPUTED → minimumDeterminableAmount 390,000.00；第 45 天先予支付该额 → MET；
  孪生理赔第 60 天 1 分钟仍未先予支付 → BREACHED；全部改为 AGREED 并达成协议后：payable 965,000.00，advancesPaid 390,000.00，balanceDue 575,000.00。
  评估说明：标准示例之外，测试工具在"minimumDeterminableAmount 为 0"的边界上自行生成 EDGE-ZERO-MIN（PA，免赔额 50,000.00）：
  i1 EMERGENCY_RESPONSE_COSTS 40,000.00 为 AGREED，被免赔额全部吸收；i2 DATA 260,000.00 为 DISPUTED → minimumDeterminableAmount 恰为 0.00，
  虽有 AGREED 损失项，第 60 天 1 分钟 ADVANCE_PAYMENT 仍为 NOT_REQUIRED（不是 BREACHED）。
  "累计达到"的边界：CLM-ADV 先予支付 389,999.99（差 0.01）→ 仍为 PENDING；再付 0.01，合计恰为 390,000.00 → MET。

  场景: CLM-12 先予支付 — 第 45 天先予支付最低可确定金额
    假如 租户 T1 的 CLM-ADV 理赔已完成定损
    那么 minimumDeterminableAmount 为 390000.00
    当 测试时钟推进 45 天后，租户 T1 的 INSURER 先予支付 minimumDeterminableAmount
    那么 ADVANCE_PAYMENT 义务为 MET

  场景: CLM-12 先予支付 — 60 天 1 分钟仍未先予支付
    假如 租户 T1 的 CLM-ADV 理赔已完成定损
    当 测试时钟推进到材料齐全后 60 天
    那么 ADVANCE_PAYMENT 义务为 PENDING
    当 测试时钟推进到材料齐全后 60 天 1 分钟
    那么 ADVANCE_PAYMENT 义务为 BREACHED

  场景: CLM-12 先予支付 — 协议后的余额扣除先予支付
    假如 租户 T1 的 CLM-ADV 理赔已完成定损
    当 租户 T1 的 INSURER 先予支付 minimumDeterminableAmount
    而且 租户 T1 的 INSURER 把全部损失项改为 AGREED 重新定损，作出定责决定
    而且 租户 T1 的 APPLICANT 按理算值达成赔付协议
    那么 理算结果的 payable 为 965000.00，advancesPaid 为 390000.00，balanceDue 为 575000.00

  场景: CLM-12 先予支付 — 最低可确定金额恰为 0 时无需先予支付
    假如 租户 T1 的 EDGE-ZERO-MIN 理赔已完成定损
    那么 minimumDeterminableAmount 为 0.00
    当 测试时钟推进到材料齐全后 60 天 1 分钟
    那么 ADVANCE_PAYMENT 义务为 NOT_REQUIRED

  场景: CLM-12 先予支付 — 两次先予支付合计恰为最低可确定金额
    假如 租户 T1 的 CLM-ADV 理赔已完成定损
    当 租户 T1 的 INSURER 先予支付比 minimumDeterminableAmount 少 0.01 的金额
    那么 ADVANCE_PAYMENT 义务为 PENDING
    当 租户 T1 的 INSURER 再先予支付 0.01
    那么 ADVANCE_PAYMENT 义务为 MET
