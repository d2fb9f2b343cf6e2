# language: zh-CN
@CSI-CLM @CLM-06 @MUST @test-mode
功能: CLM-06 定责决定 / Liability decision (保险法第二十三条)
  decision ∈ ACCEPTED | PARTIALLY_ACCEPTED | DENIED；reasonCodes ⊆ {EXCLUSION_APPLIES, OUTSIDE_INSURING_CLAUSE, BEFORE_RETROACTIVE_DATE,
  OUTSIDE_POLICY_PERIOD, TIME_BARRED, NON_DISCLOSURE}。在 DOCUMENTS_COMPLETE 的理赔上：部分赔付或拒赔缺 reasonCodes 或 reasons → 422；
  EXCLUSION_APPLIES 无除外代码 → 422；保单上没有的除外代码 → 422 EXCLUSION_NOT_IN_POLICY；
  援引 WAR 或 STATE_BACKED_ATTACK 而取证报告无 attribution.basis → 422 ATTRIBUTION_REQUIRED；有效决定 → 201，decidedAt 为当前时间。
  评估说明：理赔为 CLM-EX1（PA，FR-1 无 attribution）；保单上没有的除外用 INFRASTRUCTURE_FAILURE。
  评估说明：理赔字段不含定责决定本身，因此决定时间取自理赔内嵌的决定（若有），否则取自定责决定应答的 decidedAt。
  (The claim need not embed its decision: the decision's time is read from the decision's own answer when the claim does not show it.)

  背景:
    假如 租户 T1 的 CLM-EX1 理赔已材料齐全

  场景大纲: CLM-06 定责决定 — <情形> → 422
    当 租户 T1 的 INSURER 作出定责决定 <决定>
    那么 响应状态为 422
    例子:
      | 情形         | 决定                                                                                                   |
      | 部分赔付缺原因码   | {"decision":"PARTIALLY_ACCEPTED","reasonCodes":[],"exclusionCodes":[],"reasons":["部分损失不在保障范围内"]} |
      | 拒赔缺理由      | {"decision":"DENIED","reasonCodes":["OUTSIDE_INSURING_CLAUSE"],"exclusionCodes":[],"reasons":[]}       |
      | 适用除外却无除外代码 | {"decision":"DENIED","reasonCodes":["EXCLUSION_APPLIES"],"exclusionCodes":[],"reasons":["适用除外责任"]}   |

  场景大纲: CLM-06 定责决定 — <情形> → 422 <错误码>
    当 租户 T1 的 INSURER 作出定责决定 <决定>
    那么 响应状态为 422，错误码 <错误码>
    例子:
      | 情形           | 决定                                                                                                                   | 错误码                     |
      | 保单上没有的除外     | {"decision":"DENIED","reasonCodes":["EXCLUSION_APPLIES"],"exclusionCodes":["INFRASTRUCTURE_FAILURE"],"reasons":["适用除外责任"]} | EXCLUSION_NOT_IN_POLICY |
      | 援引战争除外而无归因依据 | {"decision":"DENIED","reasonCodes":["EXCLUSION_APPLIES"],"exclusionCodes":["WAR"],"reasons":["战争除外"]}                  | ATTRIBUTION_REQUIRED    |

  场景: CLM-06 定责决定 — 有效决定
    当 租户 T1 的 INSURER 作出定责决定 {"decision":"ACCEPTED","reasonCodes":[],"exclusionCodes":[],"reasons":[]}
    那么 响应状态为 201
    而且 决定的 decidedAt 为时钟的当前时间
