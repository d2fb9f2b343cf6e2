# language: zh-CN
@CSI-CLM @CLM-09 @MUST @test-mode
功能: CLM-09 赔付金额计算 / Payable amount oracle
  测试工具按标准的第 1–7 步复算：每项 coveredAmount（营业中断按两种等待期方式计算整分钟，只舍入一次）、免赔额按 CSI-CAT 规范顺序每案只扣一次、
  分项限额、累计剩余限额、payable、minimumDeterminableAmount 与 balanceDue，须与方案的 GET …/settlement 分毫不差。
  EX1 → 965,000.00；EX2 → 1,800,000.00；EX3 → 29,012.24。
  评估说明：复算的输入取自方案返回的保单条款与测试工具提交的损失项；证据中列出每个分项的期望值与方案值。
  标准示例之外，测试工具按规则原文在边界上自行生成两个案例（PA，QUALIFYING，W = 12 小时，免赔额 50,000.00）：
  EDGE-WAIT：营业中断恰好持续 720 分钟（H = Wm，"H > Wm" 不成立，c₁ = 0.00），另有 DATA 260,000.00 → payable 210,000.00；
  EDGE-HALF-FEN：营业中断 750 分钟，hourlyLoss 取自 1,000.00 起第一个使 hourlyLoss × 分钟 / 60 恰为半分且前一位为偶数的值（1,000.01 → 12,500.125），
  只有 round_HALF_UP 得 12,500.13（HALF_EVEN 与截断均得 12,500.12）；另有 DATA 100,000.00，免赔额先扣营业中断 → payable 62,500.13。

  场景大纲: CLM-09 赔付金额计算 — <案例>
    假如 租户 T1 的 <案例> 理赔已作出定责决定
    那么 方案的理算结果与测试工具的复算分毫不差
    而且 payable 为 <赔付>
    例子:
      | 案例      | 赔付         |
      | CLM-EX1 | 965000.00  |
      | CLM-EX2 | 1800000.00 |
      | CLM-EX3 | 29012.24   |
      | EDGE-WAIT | 210000.00 |
      | EDGE-HALF-FEN | 62500.13 |
