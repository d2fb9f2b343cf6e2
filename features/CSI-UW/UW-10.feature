# language: zh-CN
@CSI-UW @UW-10 @MUST @test-mode
功能: UW-10 因子可追溯 / Traceable modifiers
  source.type ∈ QUESTIONNAIRE_ANSWER | FINDING | APPLICANT_PROFILE | REQUESTED_TERMS | QUANTIFICATION。
  FINDING 与 QUANTIFICATION 的 ref 是 id，其余类型的 ref 是指向投保申请的 RFC 6901 指针。
  每个 ref（包括 exposureBase.source）都能解析，发现项 id 属于该决定的评估；至少 1 个修正因子来自 QUESTIONNAIRE_ANSWER。
  评估说明：指针在提交的投保申请上解析；QUANTIFICATION 的 ref 须是报价或决定引用的量化，或在声明 CSI-RQ 时可读取。

  场景: UW-10 因子可追溯 — 每个来源都能解析
    假如 租户 T1 已为 8 个 F-ORG 企业各走完评估、核保决定与报价
    那么 至少有一家 STRONG 企业取得了报价
    而且 每份报价的 exposureBase.source 与每个修正因子的 source 都能解析，发现项属于该决定的评估
    而且 每份报价至少有 1 个来自 QUESTIONNAIRE_ANSWER 的修正因子
