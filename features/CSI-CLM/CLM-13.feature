# language: zh-CN
@CSI-CLM @CLM-13 @MUST @test-mode
功能: CLM-13 状态机 / Claim state machine
  NOTIFIED →补充通知→ AWAITING_DOCUMENTS；材料齐全 → DOCUMENTS_COMPLETE；ACCEPTED/PARTIALLY_ACCEPTED → LIABILITY_ACCEPTED；DENIED → DENIED；
  全部损失项 AGREED 时协议 → AGREED；FINAL 支付 → PAID；PAID 或已发通知的 DENIED 可结案 → CLOSED；NOTIFIED、AWAITING_DOCUMENTS、DOCUMENTS_COMPLETE 可撤回 → WITHDRAWN。
  以下非法转换都 → 409 ILLEGAL_STATE_TRANSITION，带 currentState，且理赔不变。
  评估说明："理赔不变"指非法请求前后 GET 的理赔逐字段相同。

  场景大纲: CLM-13 状态机 — <情形>
    假如 租户 T1 的 <案例> 理赔已走到<阶段>
    当 租户 T1 试图<动作>
    那么 响应状态为 409，错误码 ILLEGAL_STATE_TRANSITION，currentState 为 <状态>
    而且 理赔没有变化
    例子:
      | 情形                | 案例       | 阶段    | 动作             | 状态                 |
      | 报案后即作定责决定        | CLM-EX1  | 报案    | 作出定责决定         | NOTIFIED           |
      | 拒赔后达成协议          | CLM-DENY | 定责    | 达成赔付协议         | DENIED             |
      | 仍有争议项时达成协议       | CLM-ADV  | 定责    | 达成赔付协议         | LIABILITY_ACCEPTED |
      | 协议前支付 FINAL      | CLM-EX1  | 定责    | 支付 FINAL       | LIABILITY_ACCEPTED |
      | 协议后未支付即结案        | CLM-EX1  | 达成协议  | 结案             | AGREED             |
      | 结案后上传材料          | CLM-EX1  | 结案    | 上传材料           | CLOSED             |
      | 撤回后作出定责决定        | CLM-EX1  | 撤回    | 作出定责决定         | WITHDRAWN          |
