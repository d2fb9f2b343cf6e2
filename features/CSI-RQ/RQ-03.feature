# language: zh-CN
@CSI-RQ @RQ-03 @MUST @test-mode
功能: RQ-03 输入校验 / Invalid inputs
  每项违规都列在 errors[] 中，错误码为 OUT_OF_RANGE 或 UNKNOWN_ENUM_VALUE。PERT 的次序错误只报一次：
  min ≥ max 时在 …/min，否则在 …/mode。每个错误都放在一份其他部分有效的 RQ-CAL-1 请求中。

  场景大纲: RQ-03 输入校验 — <错误> → 422
    假如 租户 T1 的 INSURER 创建了一个测试时钟
    当 租户 T1 的 INSURER 请求带有无效输入 "<错误>" 的量化
    那么 响应状态为 422，errors[] 中有一项指向无效输入的位置

    例子:
      | 错误                        |
      | λ = −1                      |
      | PERT min 5, mode 4, max 3   |
      | σ = 0                       |
      | σ = −1                      |
      | p5 ≥ p95                    |
      | vulnerability max 1.2       |
      | iterations 9999             |
      | type weibull                |

  场景: RQ-03 输入校验 — 一个请求中的三处错误都被报告
    假如 租户 T1 的 INSURER 创建了一个测试时钟
    当 租户 T1 的 INSURER 请求同时带有 λ = −1、σ = 0 与 iterations 9999 的量化
    那么 响应状态为 422，errors[] 恰有三项
