# language: zh-CN
@CSI-RQ @RQ-01 @MUST @test-mode
功能: RQ-01 请求与结果 / Request and result
  POST /quantifications（INSURER 或 SERVICE_PROVIDER）→ 201，或 202 后轮询 GET /quantifications/{id} 直到 COMPLETED。
  结果含 quantificationId、status、iterations、seed、methodology、modelVersion、aleCNY、percentilesCNY、
  zeroLossProbability、lossExceedanceCurve 与 scenarios；成员是否齐全由接口契约（quantification.schema.json）逐项校验。
  评估说明：201 同步完成与 202 后轮询都接受。(A 201 with the result and a 202 followed by polling are both accepted.)

  场景: RQ-01 请求与结果 — RQ-CAL-1 完成，回显 iterations 与 seed，说明方法与模型版本
    假如 租户 T1 的 INSURER 创建了一个测试时钟
    当 租户 T1 的 INSURER 以种子 1 请求量化 RQ-CAL-1
    那么 量化在 300 秒内完成，每个场景都有结果
    而且 结果回显了请求的 iterations 与 seed
    而且 methodology 与 modelVersion 都不为空
