# language: zh-CN
@CSI-UW @UW-15 @MUST @test-mode
功能: UW-15 保单条款约束 / Policy term constraints
  每个 subLimit ≤ aggregateLimit；retention ≥ 0；当且仅当有 BUSINESS_INTERRUPTION 时有 bi；waitingPeriodMode ∈ QUALIFYING | TIME_DEDUCTIBLE；
  waitingPeriodHours 为 0–720 的整数；indemnityPeriodDays 为 1–730；retroactiveDate ≤ policyPeriod.start 在 UTC+08:00 的日期；
  除外责任含 WAR 与 KNOWN_PRIOR_CIRCUMSTANCE；有 WAR 或 STATE_BACKED_ATTACK 时须有 attributionBasis。
  以下各情形经 /test-helpers/policies 提交 → 422，指针在 /terms 之下；前四种也经 /applications 提交，指针在 /requestedCoverage 之下。
  评估说明：测试辅助保单以 fixtures 的 CSI-TEST 条款为基础（未修改时须 201，证明 422 来自被破坏的约束）；
  投保申请以 RC-STD 为基础，追溯日晚于起保日的情形用 2025-07-02（起保日为 2025-07-01，UTC+08:00）。

  场景: UW-15 保单条款约束 — 满足全部约束的条款被接受
    假如 租户 T1 的 INSURER 创建了一个测试时钟
    当 租户 T1 的 INSURER 以未修改的条款创建测试辅助保单
    那么 响应状态为 201

  场景大纲: UW-15 保单条款约束 — 测试辅助保单：<情形>
    假如 租户 T1 的 INSURER 创建了一个测试时钟
    当 租户 T1 的 INSURER 以<情形>的条款创建测试辅助保单
    那么 响应状态为 422，错误指向 "/terms<指针>"
    例子:
      | 情形                             | 指针                         |
      | 分项限额高于累计限额                  | /sections/0/subLimit       |
      | 免赔额为 -1.00                     | /retention                 |
      | 等待期方式为 HOURLY                 | /bi/waitingPeriodMode      |
      | 追溯日晚于起保日                     | /retroactiveDate           |
      | 缺少 KNOWN_PRIOR_CIRCUMSTANCE 除外 | /exclusions                |

  场景: UW-15 保单条款约束 — 测试辅助保单：有战争除外却缺少归因依据
    假如 租户 T1 的 INSURER 创建了一个测试时钟
    当 租户 T1 的 INSURER 以缺少归因依据的条款创建测试辅助保单
    那么 响应状态为 422，错误码 ATTRIBUTION_BASIS_REQUIRED 指向 "/terms/attributionBasis"

  场景大纲: UW-15 保单条款约束 — 投保申请：<情形>
    假如 租户 T1 的 INSURER 创建了一个测试时钟
    当 租户 T1 的 APPLICANT 提交请求保障为<情形>的 IND 投保申请
    那么 响应状态为 422，错误指向 "/requestedCoverage<指针>"
    例子:
      | 情形          | 指针                    |
      | 分项限额高于累计限额 | /sections/0/subLimit  |
      | 免赔额为 -1.00  | /retention            |
      | 等待期方式为 HOURLY | /bi/waitingPeriodMode |
      | 追溯日晚于起保日    | /retroactiveDate      |
