# language: zh-CN
@CSI-GEN @GEN-05 @MUST @test-mode
功能: GEN-05 角色权限 / Function-level authorisation
  APPLICANT 调用 POST …/underwriting-decisions、…/liability-decision 或 …/payments → 403，且无任何变化；
  FORENSIC_INSTITUTION 调用 POST /quotes/{id}/bind → 403，且无任何变化。
  所需端点属于 CSI-UW 与 CSI-CLM：未声明时本条款不适用。

  @requires-CSI-UW
  场景: GEN-05 角色权限 — 投保人不能作出核保决定
    假如 租户 T1 的 APPLICANT 提交了已完成评估的投保申请
    当 租户 T1 的 APPLICANT 对该投保申请作出核保决定
    那么 响应状态为 403
    而且 该投保申请没有核保决定

  @requires-CSI-UW
  场景: GEN-05 角色权限 — 取证机构不能出单
    假如 租户 T1 有一份有效的报价
    当 租户 T1 的 FORENSIC_INSTITUTION 对该报价出单
    那么 响应状态为 403
    而且 该报价没有生成保单

  @requires-CSI-CLM
  场景: GEN-05 角色权限 — 投保人不能作出定责决定或支付
    假如 租户 T1 的 APPLICANT 提交了理赔
    当 租户 T1 的 APPLICANT 对该理赔作出定责决定并发起支付
    那么 每个响应都是 403
    而且 该理赔没有定责决定和支付
