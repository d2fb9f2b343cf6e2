# language: zh-CN
@CSI-CLM @CLM-09 @MUST @test-mode
功能: CLM-09 赔付金额计算 / Payable amount oracle
  测试工具按标准的第 1–7 步复算：每项 coveredAmount（营业中断按两种等待期方式计算整分钟，只舍入一次）、免赔额按 CSI-CAT 规范顺序每案只扣一次、
  分项限额、累计剩余限额、payable、minimumDeterminableAmount 与 balanceDue，须与方案的 GET …/settlement 分毫不差。
  EX1 → 965,000.00；EX2 → 1,800,000.00；EX3 → 29,012.24。
  评估说明：复算的输入取自方案返回的保单条款与测试工具提交的损失项；证据中列出每个分项的期望值与方案值。

  场景大纲: CLM-09 赔付金额计算 — <案例>
    假如 租户 T1 的 <案例> 理赔已作出定责决定
    那么 方案的理算结果与测试工具的复算分毫不差
    而且 payable 为 <赔付>
    例子:
      | 案例      | 赔付         |
      | CLM-EX1 | 965000.00  |
      | CLM-EX2 | 1800000.00 |
      | CLM-EX3 | 29012.24   |
