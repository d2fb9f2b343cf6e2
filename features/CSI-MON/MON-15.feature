# language: zh-CN
@CSI-MON @MON-15 @MAY @STIX @test-mode
功能: MON-15 STIX 导出 / STIX 2.1 export
  GET /policies/{id}/findings/export?format=stix → {type:"bundle", id:"bundle--<uuid>", objects[]}；
  每个 CVE 发现项都是 vulnerability，带 spec_version:"2.1"、created、modified 与 external_references[{source_name:"cve", external_id}]。
  评估说明：属 STIX 档（profile），仅在声明 CSI-MON 的 STIX 档时适用；created、modified 按 STIX 2.1 的时间戳格式（UTC，以 Z 结尾）检查。
  (Profile STIX: applicable only when declared; created and modified are STIX timestamps in UTC with Z.)

  场景: MON-15 STIX 导出 — CAN-A 的 CVE 发现项成为 vulnerability
    假如 租户 T1 在新的测试时钟上有监测保单 PM
    而且 该 SERVICE_PROVIDER 已按 AUTH-1 订阅 PM 上的 CAN-A
    而且 该订阅已完成一次扫描
    当 租户 T1 的 INSURER 以 STIX 格式导出 PM 的发现项
    那么 响应是 STIX bundle：type 为 bundle，id 为 bundle--<uuid>，带 objects[]
    而且 每个 CVE 发现项都是 spec_version 2.1 的 vulnerability，带 created、modified 与 CVE 外部引用
