# language: zh-CN
@CSI-CLM @CLM-05 @MUST @test-mode
功能: CLM-05 溯源取证报告 / Structured forensic report
  provider{name, uscc, qualificationType, qualificationNumber}；attackTechniques[] 为 ATT&CK 编号 ^T\d{4}(\.\d{3})?$；
  initialAccessVector 取自代码表；affectedAssets 至少 1 项；timeline{compromise, discovery, containment, exfiltration|null}；
  evidence[{evidenceId, description, sha256, collectedAt, custodian}] 至少 1 项；rootCause；可选 attribution{stateBacked, basis}。
  FR-1 → 201；以下各项 → 422 并指向该字段。
  评估说明：sha256 须为 64 位小写十六进制；时间线须 compromise ≤ discovery ≤ containment，exfiltration 不早于 compromise；
  FR-1 在时钟越过其全部时间（T0 + 5 天）后提交。

  背景:
    假如 租户 T1 已就 CLM-EX1 报案，时钟已推进 5 天

  场景: CLM-05 溯源取证报告 — FR-1 被接受
    当 租户 T1 的 FORENSIC_INSTITUTION 提交 FR-1
    那么 响应状态为 201

  场景大纲: CLM-05 溯源取证报告 — <缺陷>
    当 租户 T1 的 FORENSIC_INSTITUTION 提交带有缺陷"<缺陷>"的 FR-1
    那么 响应状态为 422，错误指向 "<指针>"
    例子:
      | 缺陷        | 指针                              |
      | 技术编号 T123    | /attackTechniques/0          |
      | 技术编号 T1566.1 | /attackTechniques/0          |
      | 大写哈希        | /evidence/0/sha256           |
      | 63 位哈希      | /evidence/0/sha256           |
      | 缺少资质编号      | /provider/qualificationNumber |
      | 遏制早于发现      | /timeline/containment        |
      | 外泄早于入侵      | /timeline/exfiltration       |
      | 根因为空        | /rootCause                   |
