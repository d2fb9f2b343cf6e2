# language: zh-CN
@CSI-CLM @CLM-02 @MUST @test-mode
功能: CLM-02 报案校验 / FNOL validation
  以下报案均 → 422：eventDiscoveredAt 晚于当前时间；事件属于另一保单 → INCIDENT_POLICY_MISMATCH；
  所报保障不在保单上 → SECTION_NOT_COVERED，指向 /sectionsClaimed/<i>；事件与保单在不同测试时钟上 → TEST_CLOCK_MISMATCH。
  评估说明：所报保障不在保单上的情形用 PB（无 DATA_ASSET_RESTORATION），申报 [EMERGENCY_RESPONSE_COSTS, DATA_ASSET_RESTORATION]。

  场景: CLM-02 报案校验 — 发现时间晚于当前时间
    假如 租户 T1 已为 CLM-EX1 准备好保单与事件
    当 租户 T1 的 APPLICANT 以晚于当前时间 1 小时的 eventDiscoveredAt 报案
    那么 响应状态为 422，错误指向 "/eventDiscoveredAt"

  场景: CLM-02 报案校验 — 事件属于另一保单
    假如 租户 T1 已为 CLM-EX1 准备好保单与事件
    当 租户 T1 的 APPLICANT 以同一时钟上另一保单的事件报案
    那么 响应状态为 422，错误码 INCIDENT_POLICY_MISMATCH

  场景: CLM-02 报案校验 — 所报保障不在保单上
    假如 租户 T1 已为 CLM-EX2 准备好保单与事件
    当 租户 T1 的 APPLICANT 申报 EMERGENCY_RESPONSE_COSTS 与 DATA_ASSET_RESTORATION 报案
    那么 响应状态为 422，错误码 SECTION_NOT_COVERED 指向 "/sectionsClaimed/1"

  场景: CLM-02 报案校验 — 事件在另一测试时钟上
    假如 租户 T1 已为 CLM-EX1 准备好保单与事件
    当 租户 T1 的 APPLICANT 以另一测试时钟上的事件报案
    那么 响应状态为 422，错误码 TEST_CLOCK_MISMATCH
