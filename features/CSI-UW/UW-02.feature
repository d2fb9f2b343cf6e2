# language: zh-CN
@CSI-UW @UW-02 @MUST @test-mode
功能: UW-02 统一社会信用代码校验 / USCC validation (GB 32100-2015)
  18 位，字符取自 0123456789ABCDEFGHJKLMNPQRTUWXY（不含 I、O、S、V、Z）；前 17 位按权 3^(i−1) mod 31 加权求和 S，
  C = 31 − (S mod 31)（31 记为 0），第 18 位须等于 alphabet[C]。
  8 个 F-ORG 企业的代码都被接受；校验位错误 → 422 USCC_CHECKSUM_INVALID，长度或字符错误 → 422 INVALID_FORMAT，均指向 /applicant/uscc。
  评估说明：除夹具给出的三个无效代码外，测试工具用自己的 GB 32100 校验算出 IND 代码的正确校验位，
  并逐一提交其余 30 个校验字符，每个都须被拒绝。

  场景: UW-02 统一社会信用代码 — 8 个有效代码都被接受
    假如 租户 T1 的 INSURER 创建了一个测试时钟
    当 租户 T1 的 APPLICANT 提交 8 个 F-ORG 企业的投保申请
    那么 每个投保申请都被受理，状态为 201

  场景大纲: UW-02 统一社会信用代码 — <缺陷>
    假如 租户 T1 的 INSURER 创建了一个测试时钟
    当 租户 T1 的 APPLICANT 提交统一社会信用代码为 "<代码>" 的投保申请
    那么 响应状态为 422，错误码 <错误码> 指向 "/applicant/uscc"
    例子:
      | 缺陷       | 代码                 | 错误码                  |
      | 校验位错误    | 91130104MA0CNK016X | USCC_CHECKSUM_INVALID |
      | 含不用的字母 O | 91110108MA0CNO024B | INVALID_FORMAT        |
      | 只有 17 位   | 91130602MA0CNK032  | INVALID_FORMAT        |

  场景: UW-02 统一社会信用代码 — 其余 30 个校验字符都被拒绝
    假如 租户 T1 的 INSURER 创建了一个测试时钟
    当 租户 T1 的 APPLICANT 以 IND 代码的其余 30 个校验字符各提交一次投保申请
    那么 每个响应都是 422，错误码 USCC_CHECKSUM_INVALID 指向 "/applicant/uscc"
