# language: zh-CN
@CSI-GEN @GEN-07 @MUST @test-mode
功能: GEN-07 错误不泄露内部信息 / No internals in errors
  本次运行捕获的任何错误响应体都不得（区分大小写）匹配：[A-Za-z.]Exception\b、Traceback、at [\w$.]+\(、\.java:\d+、
  org\.springframework、java\.lang、SQLSTATE、/usr/、C:\\。
  评估说明：本场景先发送一组必然出错的请求（未知路径、未知 id、无效游标与 limit、畸形 JSON、错误的媒体类型、
  不合法的时间、不允许的方法），再检查到此为止整个运行中捕获的全部错误响应。

  场景: GEN-07 错误不泄露内部信息 — 一组错误请求与全部已捕获的错误
    当 租户 T1 的 INSURER 发送一组会出错的请求
    那么 本次运行捕获的错误响应都不含内部信息
