# language: zh-CN
@CSI-GEN @GEN-06 @MUST
功能: GEN-06 输入健壮性 / Robustness to bad input
  在 POST /applications、/incidents、/claims 上：截断的 JSON → 400；Content-Type: text/plain → 415；
  超过 1,048,576 字节的合法 JSON → 413；未知枚举 → 422 UNKNOWN_ENUM_VALUE 并指向字段；
  投保申请的越界值（applicant.classifiedProtectionLevel: 9）→ 422 OUT_OF_RANGE。
  以上响应均为 problem+json，status 与 HTTP 状态一致，且绝不是 5xx。
  测试时钟上总要测试（CSI-GEN 引言）：截断 JSON → 400，text/plain → 415，超过 limits.maxBodyBytes → 413，
  frozenTime:"not-a-time" → 422 INVALID_FORMAT，pointer /frozenTime。

  @test-mode
  场景: GEN-06 输入健壮性 — 截断的 JSON
    当 租户 T1 的 INSURER 以截断的 JSON 创建测试时钟
    那么 响应状态为 400
    而且 响应是 problem+json，且其 status 与 HTTP 状态一致

  @test-mode
  场景: GEN-06 输入健壮性 — text/plain 请求体
    当 租户 T1 的 INSURER 以 Content-Type text/plain 创建测试时钟
    那么 响应状态为 415
    而且 响应是 problem+json，且其 status 与 HTTP 状态一致

  @test-mode
  场景: GEN-06 输入健壮性 — 超过 maxBodyBytes 的请求体
    当 租户 T1 的 INSURER 以超过 maxBodyBytes 的请求体创建测试时钟
    那么 响应状态为 413
    而且 响应是 problem+json，且其 status 与 HTTP 状态一致

  @test-mode
  场景: GEN-06 输入健壮性 — 无法解析的时间
    当 租户 T1 的 INSURER 以 frozenTime "not-a-time" 创建测试时钟
    那么 响应状态为 422，错误码 INVALID_FORMAT 指向 "/frozenTime"

  @test-mode @requires-CSI-UW
  场景: GEN-06 输入健壮性 — 投保申请的未知枚举与越界值
    当 租户 T1 的 APPLICANT 提交资产类型为 "ALIEN" 的投保申请
    那么 响应状态为 422，错误码 UNKNOWN_ENUM_VALUE 指向 "/assets/0/type"
    当 租户 T1 的 APPLICANT 提交等保级别为 9 的投保申请
    那么 响应状态为 422，错误码 OUT_OF_RANGE 指向 "/applicant/classifiedProtectionLevel"

  @test-mode @requires-CSI-UW
  场景: GEN-06 输入健壮性 — 坏的投保申请请求体
    当 租户 T1 的 APPLICANT 以截断的 JSON 提交投保申请
    那么 响应状态为 400
    而且 响应是 problem+json，且其 status 与 HTTP 状态一致
    当 租户 T1 的 APPLICANT 以 Content-Type text/plain 提交投保申请
    那么 响应状态为 415
    而且 响应是 problem+json，且其 status 与 HTTP 状态一致
    当 租户 T1 的 APPLICANT 以超过 1048576 字节的合法 JSON 提交投保申请
    那么 响应状态为 413
    而且 响应是 problem+json，且其 status 与 HTTP 状态一致

  @test-mode @requires-CSI-ER-or-CSI-CLM
  场景: GEN-06 输入健壮性 — 坏的事件请求体
    当 租户 T1 的 APPLICANT 以截断的 JSON 提交事件
    那么 响应状态为 400
    而且 响应是 problem+json，且其 status 与 HTTP 状态一致
    当 租户 T1 的 APPLICANT 以 Content-Type text/plain 提交事件
    那么 响应状态为 415
    而且 响应是 problem+json，且其 status 与 HTTP 状态一致
    当 租户 T1 的 APPLICANT 以超过 1048576 字节的合法 JSON 提交事件
    那么 响应状态为 413
    而且 响应是 problem+json，且其 status 与 HTTP 状态一致

  @test-mode @requires-CSI-CLM
  场景: GEN-06 输入健壮性 — 坏的理赔请求体
    当 租户 T1 的 APPLICANT 以截断的 JSON 提交理赔
    那么 响应状态为 400
    而且 响应是 problem+json，且其 status 与 HTTP 状态一致
    当 租户 T1 的 APPLICANT 以 Content-Type text/plain 提交理赔
    那么 响应状态为 415
    而且 响应是 problem+json，且其 status 与 HTTP 状态一致
    当 租户 T1 的 APPLICANT 以超过 1048576 字节的合法 JSON 提交理赔
    那么 响应状态为 413
    而且 响应是 problem+json，且其 status 与 HTTP 状态一致

  @test-mode @requires-CSI-ER-or-CSI-CLM
  场景: GEN-06 输入健壮性 — 事件的未知枚举
    当 租户 T1 的 APPLICANT 报告 operatorType 为 "ALIEN" 的事件
    那么 响应状态为 422，错误码 UNKNOWN_ENUM_VALUE 指向 "/operatorType"

  @test-mode @requires-CSI-CLM
  场景: GEN-06 输入健壮性 — 理赔的未知枚举
    当 租户 T1 的 APPLICANT 提交 sectionsClaimed 为 "ALIEN" 的理赔
    那么 响应状态为 422，错误码 UNKNOWN_ENUM_VALUE 指向 "/sectionsClaimed/0"
