# language: zh-CN
@CSI-UW @UW-03 @MUST @test-mode
功能: UW-03 授权检测 / Testing authorisation
  评估须带授权书 authorization{scope, assets[], methodsAllowed[], window{start,end}, signatory{name, title, organisationUscc}, signedAt}，
  只检测所列资产、只用所列方法、只在窗口内。
  无授权书 → 422 AUTHORIZATION_REQUIRED（/authorization）；窗口已结束 → 422 AUTHORIZATION_WINDOW；
  签署人 USCC 不是投保人的 → 422 AUTHORIZATION_SIGNATORY_MISMATCH。
  授权书列出 CAN-A 与 CAN-C，投保申请还列出 CAN-E → 评估完成，CAN-E 记录到 0 个请求。
  AUTH-1 的授权资产为 CAN-A 与 CAN-C（fixtures.md）。
  评估说明："窗口已结束"按测试时钟的当前时间判断（窗口为 T0 − 8 天至 T0 − 1 天）；CAN-E 在整个运行中都不应收到请求。

  背景:
    假如 租户 T1 的 APPLICANT 在新的测试时钟上提交了 IND 的投保申请

  场景: UW-03 授权检测 — 无授权书
    当 租户 T1 的 SERVICE_PROVIDER 不带授权书请求评估该投保申请
    那么 响应状态为 422，错误码 AUTHORIZATION_REQUIRED 指向 "/authorization"

  场景: UW-03 授权检测 — 授权窗口已结束
    当 租户 T1 的 SERVICE_PROVIDER 以窗口已结束的授权书请求评估该投保申请
    那么 响应状态为 422，错误码 AUTHORIZATION_WINDOW

  场景: UW-03 授权检测 — 签署人不是投保人
    当 租户 T1 的 SERVICE_PROVIDER 以其他企业签署的授权书请求评估该投保申请
    那么 响应状态为 422，错误码 AUTHORIZATION_SIGNATORY_MISMATCH

  场景: UW-03 授权检测 — 未授权的资产不被检测
    假如 租户 T1 的 APPLICANT 在新的测试时钟上提交了列出 CAN-A、CAN-C 与 CAN-E 的 IND 投保申请
    当 租户 T1 的 SERVICE_PROVIDER 按 AUTH-1 评估该投保申请
    那么 评估在 300 秒内完成
    而且 CAN-E 没有收到任何请求
