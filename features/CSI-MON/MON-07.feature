# language: zh-CN
@CSI-MON @MON-07 @MUST @test-mode
功能: MON-07 OCSF 兼容 / OCSF-compatible findings
  GET /monitoring/findings/{id}?format=ocsf 返回 class_uid 2002、category_uid 2；activity_id ∈ {1,2,3}，type_uid = 200200 + activity_id；
  severity_id：NONE→1、LOW→2、MEDIUM→3、HIGH→4、CRITICAL→5；time 为纪元毫秒；finding_info{uid, title, first_seen_time}；
  vulnerabilities[{cve{uid, cvss[{version, base_score}]}}]；resources[{uid}]；metadata{version, product{name, vendor_name}}。
  各值与原生发现项一致：finding_info.uid = findingId，title = title，first_seen_time = firstSeen，time = lastSeen，cve.uid = cveId，
  cvss[0] = cvssVersion 与 cvssBaseScore，resources[0].uid = assetRef，severity_id 由 cvssSeverity 得出。
  评估说明：first_seen_time 与 time 是 OCSF 的 timestamp_t（纪元毫秒），与原生的 RFC 3339 时间按同一瞬间比较；原生发现项以
  GET /monitoring/findings/{id} 读取。(OCSF times are epoch milliseconds compared as the same instant as the native RFC 3339 times.)

  场景: MON-07 OCSF 兼容 — CAN-A 发现项的 OCSF 视图
    假如 租户 T1 在新的测试时钟上有监测保单 PM
    而且 该 SERVICE_PROVIDER 已按 AUTH-1 订阅 PM 上的 CAN-A
    而且 该订阅已完成一次扫描
    那么 CAN-A 上 CVE-2021-41773 发现项的 OCSF 视图具备 MON-07 的全部成员，且与原生发现项一致
