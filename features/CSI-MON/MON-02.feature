# language: zh-CN
@CSI-MON @MON-02 @MUST @test-mode
功能: MON-02 订阅 / Subscription
  POST /monitoring/subscriptions（SERVICE_PROVIDER）{policyId, services[], assets[{type,value}], authorization, callback{url, secret}}；
  authorization 同 UW-03；secret 为 32–128 个字符，从不回显，响应以 callback.secretSet:true 代替。
  对夹具保单 PM 的有效订阅 → 201；POST、GET 与列表响应中都没有 secret；无 authorization → 422 AUTHORIZATION_REQUIRED；
  相对的或非 http(s) 的 callback.url → 422；不在保单上的资产 → 422 ASSET_NOT_INSURED。
  评估说明：secret 由测试工具的 webhook 接收端生成（64 个字符）；"没有 secret"指响应正文中不出现该值，也没有 callback.secret 成员。
  不在保单上的资产取一个无人监听的回环地址，并同时列入授权书，使错误只能来自"不在保单上"。
  (The secret is the receiver's 64-character one; "absent" means the value appears nowhere and there is no callback.secret. The uninsured
  asset is an unused loopback URL that the authorisation lists too, so only "not on the policy" can be the error.)

  背景:
    假如 租户 T1 在新的测试时钟上有监测保单 PM

  场景: MON-02 订阅 — 有效订阅，secret 不回显
    当 该 SERVICE_PROVIDER 按 AUTH-1 订阅 PM 上的 CAN-A 与 CAN-C
    那么 响应状态为 201
    而且 订阅的 POST、GET 与列表响应中都没有 secret，callback.secretSet 为 true

  场景: MON-02 订阅 — 无授权书
    当 该 SERVICE_PROVIDER 不带授权书订阅 PM 上的 CAN-A
    那么 响应状态为 422，错误码 AUTHORIZATION_REQUIRED

  场景: MON-02 订阅 — 相对的 callback.url
    当 该 SERVICE_PROVIDER 以 callback.url "/hooks/relative" 订阅 PM 上的 CAN-A
    那么 响应状态为 422

  场景: MON-02 订阅 — 非 http(s) 的 callback.url
    当 该 SERVICE_PROVIDER 以 callback.url "ftp://127.0.0.1/hooks" 订阅 PM 上的 CAN-A
    那么 响应状态为 422

  场景: MON-02 订阅 — 不在保单上的资产
    当 该 SERVICE_PROVIDER 订阅不在 PM 上的资产 "http://127.0.0.1:9/"，授权书列出该资产
    那么 响应状态为 422，错误码 ASSET_NOT_INSURED
