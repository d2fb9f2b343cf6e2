# language: zh-CN
@CSI-RQ @RQ-12 @SHOULD @test-mode @requires-CSI-UW
功能: RQ-12 输入溯源 / Input provenance
  由投保申请推导的场景带 provenance ∈ ASSESSMENT_FINDING|QUESTIONNAIRE|INDUSTRY_DATA|EXPERT_JUDGEMENT 与 ref；
  每个 ASSESSMENT_FINDING 的 ref 都能在该申请的评估中找到对应的发现项。
  评估说明：申请先按 AUTH-1 对 CAN-A 与 CAN-C 完成评估，使推导可以引用发现项；至少要有一个推导场景带 provenance。

  场景: RQ-12 输入溯源 — 推导场景的来源可追溯
    假如 租户 T1 的 IND 投保申请已按 AUTH-1 完成评估
    当 租户 T1 的 INSURER 由该投保申请推导量化
    那么 每个推导场景都有 provenance 与 ref，且每个 ASSESSMENT_FINDING 的 ref 都是该评估的发现项
