# language: zh-CN
@CSI-GEN @GEN-14 @MUST @test-mode
功能: GEN-14 测试时钟 / Test clocks
  在 T0 创建时钟 → 201 READY；向后推进 → 422 CLOCK_NOT_FORWARD；推进 400 天 → 202，60 秒内回到 READY；
  时钟上创建的投保申请 createdAt = frozenTime；live 凭据访问 /test-clocks → 404；
  DELETE → 204，之后挂在时钟上的投保申请为 404 或 archived:true。
  评估说明：T0 = 2025-06-02T09:00:00+08:00（fixtures.md）；live 凭据需在运行配置的 credentials.live 中提供，否则为"无法判定"。
  评估说明：删除时钟后，挂在其上的资源为 404 或带 archived:true 都接受（README §4.8）。(Deleted or archived: both accepted.)

  场景: GEN-14 测试时钟 — 在 T0 创建
    当 租户 T1 的 INSURER 在 T0 创建测试时钟
    那么 响应状态为 201
    而且 测试时钟状态为 READY，frozenTime 为 T0

  场景: GEN-14 测试时钟 — 不能向后推进
    假如 租户 T1 的 INSURER 创建了一个测试时钟
    当 将该测试时钟推进到 T0 之前 1 天
    那么 响应状态为 422，错误码 CLOCK_NOT_FORWARD

  场景: GEN-14 测试时钟 — 推进 400 天
    假如 租户 T1 的 INSURER 创建了一个测试时钟
    当 将该测试时钟推进 400 天
    那么 响应状态为 202
    而且 该测试时钟在 60 秒内回到 READY，frozenTime 为 T0 加 400 天

  场景: GEN-14 测试时钟 — live 凭据看不到测试时钟
    当 以 live 凭据的 APPLICANT 读取测试时钟列表
    那么 响应状态为 404

  场景: GEN-14 测试时钟 — 删除
    假如 租户 T1 的 INSURER 创建了一个测试时钟
    当 删除该测试时钟
    那么 响应状态为 204

  @requires-CSI-UW
  场景: GEN-14 测试时钟 — 时钟上的投保申请
    假如 租户 T1 的 APPLICANT 在新的测试时钟上提交了投保申请
    那么 该投保申请的 createdAt 等于时钟的 frozenTime
    当 删除该测试时钟
    那么 该投保申请返回 404 或带有 archived:true
