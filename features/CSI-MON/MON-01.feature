# language: zh-CN
@CSI-MON @MON-01 @MUST
功能: MON-01 服务目录 / Service catalogue
  GET /monitoring/services → data[{serviceCode, name, frequency, scope, deliverable}]；frequency 为 ISO 8601 时长或 CONTINUOUS。
  目录包括 VULN_SCAN、ASSET_MAPPING、THREAT_INTEL 与 CODE_AUDIT；每项都有非空且有效的 frequency，以及 scope 与 deliverable。
  评估说明："有效"指 ISO 8601 时长（PnYnMnWnDTnHnMnS，至少一个分量）或字面量 CONTINUOUS；scope 与 deliverable 须存在且非空（文本或对象皆可）。
  (Valid: an ISO 8601 duration with at least one part, or CONTINUOUS; scope and deliverable present and non-empty, text or object.)

  场景: MON-01 服务目录 — 四项服务，频率、范围与交付物齐全
    当 租户 T1 的 SERVICE_PROVIDER 读取监测服务目录
    那么 目录包括 VULN_SCAN、ASSET_MAPPING、THREAT_INTEL 与 CODE_AUDIT
    而且 每项服务都有有效且非空的 frequency，以及 scope 与 deliverable
