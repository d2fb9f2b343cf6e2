# language: zh-CN
@CSI-GEN @GEN-08 @MUST @test-mode
功能: GEN-08 幂等重放 / Idempotent replay
  以 Idempotency-Key K 和相同请求体 POST /applications、/incidents、/claims 各两次 → 状态相同、id 相同；列表中该 id 恰好出现一次。
  测试时钟上总要测试：POST /test-clocks 的重放返回同一 id，且只列出一次。

  场景: GEN-08 幂等重放 — 测试时钟
    当 租户 T1 的 INSURER 以同一 Idempotency-Key 和相同请求体两次创建测试时钟
    那么 两次响应的状态与测试时钟 id 相同
    而且 该测试时钟在列表中恰好出现一次

  @requires-CSI-UW
  场景: GEN-08 幂等重放 — 投保申请
    当 租户 T1 的 APPLICANT 以同一 Idempotency-Key 和相同请求体两次提交投保申请
    那么 两次响应的状态与投保申请 id 相同
    而且 该投保申请在列表中恰好出现一次

  @requires-CSI-ER-or-CSI-CLM
  场景: GEN-08 幂等重放 — 事件
    当 租户 T1 的 APPLICANT 以同一 Idempotency-Key 和相同请求体两次报告事件
    那么 两次响应的状态与事件 id 相同
    而且 该事件在列表中恰好出现一次

  @requires-CSI-CLM
  场景: GEN-08 幂等重放 — 理赔
    当 租户 T1 的 APPLICANT 以同一 Idempotency-Key 和相同请求体两次报案
    那么 两次响应的状态与理赔 id 相同
    而且 该理赔在列表中恰好出现一次
