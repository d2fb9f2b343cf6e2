# language: zh-CN
@CSI-GEN @GEN-02 @MUST @test-mode
功能: GEN-02 未认证访问 / Unauthenticated access
  除令牌端点与 /.well-known/csi-configuration 外，以无凭据、"Bearer invalid"、以及（声明 OAuth2 时）已过 expires_in 的令牌
  调用每个端点 → 401 problem+json，带 WWW-Authenticate，且不含资源数据。
  评估说明："每个端点"指已声明标准的全部端点（fixtures/gen/endpoints.json），路径参数取租户 T1 的真实资源，
  这样泄露会暴露真实数据。过期令牌在运行开始时获取，等待不超过 timeouts.tokenExpiryWaitSeconds；超出则为"无法判定"。

  背景:
    假如 租户 T1 的 INSURER 创建了一个测试时钟

  场景: GEN-02 未认证访问 — 不带凭据
    当 不带任何凭据调用已声明标准的每个端点
    那么 每个响应都是 401 problem+json，带 WWW-Authenticate，且不含资源数据

  场景: GEN-02 未认证访问 — 无效的 Bearer 令牌
    当 以 Authorization "Bearer invalid" 调用已声明标准的每个端点
    那么 每个响应都是 401 problem+json，带 WWW-Authenticate，且不含资源数据

  @requires-oauth2
  场景: GEN-02 未认证访问 — 已过期的令牌
    当 以已过 expires_in 的令牌调用已声明标准的每个端点
    那么 每个响应都是 401 problem+json，带 WWW-Authenticate，且不含资源数据
