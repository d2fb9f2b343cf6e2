# language: zh-CN
@CSI-MON @MON-11 @MUST @test-mode
功能: MON-11 风险评分 / Risk score
  GET /policies/{id}/risk-score → {score, threshold, asOf, history[{score, asOf, reason, findingIds[]}]}；score 为 0–100 的整数，越高越危险。
  对 CAN-C 与 CAN-D 基线扫描后，得分 s0 ∈ [0,100]，历史非空；以 PATCH 加入 CAN-A 并再次扫描 → s1 > s0（s0 = 100 时除外），
  新的历史条目引用 CAN-A 的发现项。
  评估说明：PATCH 替换资产，授权书须覆盖 CAN-A、CAN-C 与 CAN-D，故测试工具同时提交覆盖三者的 AUTH-1；"新的历史条目"指重扫之后
  多出的条目，其中至少一条的 findingIds 含 CAN-A 的某个发现项。
  (PATCH replaces the assets, with an AUTH-1 covering all three; among the entries added after the rescan, one cites a CAN-A finding.)

  场景: MON-11 风险评分 — 加入 CAN-A 后评分上升
    假如 租户 T1 在新的测试时钟上有监测保单 PM
    而且 该 SERVICE_PROVIDER 已按 AUTH-1 订阅 PM 上的 CAN-C 与 CAN-D
    当 该订阅完成基线扫描
    那么 风险评分 s0 为 0 到 100 的整数，历史非空
    当 该 SERVICE_PROVIDER 以 PATCH 将订阅资产改为 CAN-A、CAN-C 与 CAN-D（授权书覆盖它们），并再次扫描至 COMPLETED
    那么 风险评分 s1 大于 s0（s0 为 100 时除外），新的历史条目引用 CAN-A 的发现项
