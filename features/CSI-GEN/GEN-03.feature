# language: zh-CN
@CSI-GEN @GEN-03 @MUST
功能: GEN-03 令牌与API密钥 / Token and API key
  OAuth2：grant_type=client_credentials 的令牌请求 → 200 {access_token, token_type:"Bearer", expires_in}，1 ≤ expires_in ≤ 3,600；
  错误的密钥 → 400 或 401。API 密钥：有效的 X-CSI-Api-Key → GET /catalog/products 返回 200。只测试方案声明的认证方式。
  评估说明：未声明 CSI-CAT 的方案没有 /catalog/products，API 密钥改在 GET /test-clocks 上验证。
  评估说明：令牌端点的错误可为 RFC 6749 §5.2 的 application/json（含 error），也可为 problem+json（README §4.3），两者都接受；
  错误的密钥为 400 或 401 都接受（RFC 6749 §5.2）；token_type 不区分大小写（RFC 6749 §5.1）。
  (Token errors in either form are accepted; a wrong secret may be 400 or 401; token_type is case-insensitive.)

  @requires-oauth2
  场景: GEN-03 令牌 — 以客户端凭据换取令牌
    当 租户 T1 的 APPLICANT 以 client_credentials 申请令牌
    那么 响应状态为 200
    而且 令牌响应含 access_token、token_type Bearer 与 1 至 3600 秒的 expires_in

  @requires-oauth2
  场景: GEN-03 令牌 — 错误的密钥被拒绝
    当 租户 T1 的 APPLICANT 以错误的密钥申请令牌
    那么 响应状态为 400 或 401

  @requires-api_key
  场景: GEN-03 API 密钥 — 有效密钥可以访问
    当 租户 T1 的 APPLICANT 以 API 密钥读取产品目录
    那么 响应状态为 200
