# language: zh-CN
@CSI-GEN @GEN-01 @MUST
功能: GEN-01 能力声明 / Capability document
  GET /.well-known/csi-configuration（无需认证）返回 200 JSON，含 vendor{name, uscc}、solution{name, version}、
  packVersion（"0.1-draft"）、standards[{id, profiles[]}]、authMethods[] ⊆ {oauth2_client_credentials, api_key}、
  tokenEndpoint（声明 OAuth2 时必填）、apiBaseUrl（以 /csi/v1 结尾）、roles[]、testMode{supported, testClocks, scanTrigger}、
  limits{maxBodyBytes, maxPageSize, quantificationMaxIterations}，其中 65,536 ≤ maxBodyBytes ≤ 1,048,576，
  maxPageSize = 100，quantificationMaxIterations ≥ 200,000。
  若 testMode.supported 或 testMode.testClocks 为 false，需要测试模式的条款均为"无法判定"（由引擎按 @test-mode 标签处理）。
  评估说明：testMode 的三个成员按布尔值理解；vendor.uscc 按 GB 32100 的字符集与长度检查；
  "返回 JSON"按媒体类型 application/json 判定（可带 charset，若带则须为 UTF-8，见 README §4.1），以 text/html 等返回即不通过。
  (Reading: "returns JSON" means Content-Type application/json; a charset parameter, if present, must be UTF-8.)

  场景: GEN-01 能力声明 — 成员齐全且类型正确
    当 匿名读取能力声明文档
    那么 响应状态为 200
    而且 能力声明以 JSON 媒体类型返回
    而且 能力声明的成员齐全、类型正确、取值在允许范围内

  场景: GEN-01 能力声明 — 列出 CSI-GEN
    当 匿名读取能力声明文档
    那么 能力声明列出 CSI-GEN

  场景: GEN-01 能力声明 — 未知的标准或配置使本条款不通过
    当 匿名读取能力声明文档
    那么 能力声明只含标准包定义的标准与配置
