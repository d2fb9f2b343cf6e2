# language: zh-CN
@CSI-GEN @GEN-04 @MUST
功能: GEN-04 租户隔离 / Tenant isolation (BOLA)
  T1 创建投保申请、事件和理赔；T2 对其 GET、PATCH 与动作 POST → 403 或 404，DELETE → 403、404 或 405，
  响应体不含 T1 的数据；T2 的列表不含 T1 的 id；T2 的 GET /audit-events?resourceId=<T1 id> → 空、403 或 404。
  测试时钟是每个方案都有的租户资源，因此这些检查也总在测试时钟上进行（CSI-GEN 引言）。
  评估说明：403 与 404 由方案自选，两者都接受；事件只按 CSI-CLM 所需的成员检查，不要求 CSI-ER 的定级成员。
  (403 and 404 are both accepted; incidents are not required to carry CSI-ER's grading members.)

  @test-mode
  场景: GEN-04 租户隔离 — 其他租户不能读取、推进或删除测试时钟
    假如 租户 T1 的 INSURER 创建了一个测试时钟
    当 租户 T2 的 INSURER 读取、推进并删除该测试时钟
    那么 每个响应都是 403 或 404，且不含该测试时钟的名称
    而且 租户 T1 的 INSURER 看到该测试时钟没有变化

  @test-mode
  场景: GEN-04 租户隔离 — 其他租户的列表不含该测试时钟
    假如 租户 T1 的 INSURER 创建了一个测试时钟
    当 租户 T2 的 INSURER 翻阅全部测试时钟
    那么 列表中没有该测试时钟

  @test-mode
  场景: GEN-04 租户隔离 — 其他租户查不到该测试时钟的审计事件
    假如 租户 T1 的 INSURER 创建了一个测试时钟
    当 租户 T2 的 INSURER 按该测试时钟的 id 查询审计事件
    那么 响应为空列表、403 或 404

  @test-mode @requires-CSI-UW
  场景: GEN-04 租户隔离 — 其他租户不能访问投保申请
    假如 租户 T1 的 APPLICANT 提交了投保申请
    当 租户 T2 读取、修改该投保申请并请求对其核保
    那么 每个响应都是 403 或 404，且不含 T1 的投保数据
    而且 租户 T2 的投保申请列表不含该投保申请
    而且 租户 T2 的 INSURER 按该投保申请的 id 查询审计事件，得到空列表、403 或 404

  @test-mode @requires-CSI-ER-or-CSI-CLM
  场景: GEN-04 租户隔离 — 其他租户不能访问事件
    假如 租户 T1 的 APPLICANT 报告了一个事件
    当 租户 T2 的 APPLICANT 读取该事件并修改其影响
    那么 每个响应都是 403 或 404，且不含 T1 的事件数据
    而且 租户 T2 的事件列表不含该事件

  @test-mode @requires-CSI-CLM
  场景: GEN-04 租户隔离 — 其他租户不能访问理赔
    假如 租户 T1 的 APPLICANT 提交了理赔
    当 租户 T2 的 APPLICANT 读取该理赔并向其提交材料
    那么 每个响应都是 403 或 404，且不含 T1 的理赔数据
    而且 租户 T2 的理赔列表不含该理赔
