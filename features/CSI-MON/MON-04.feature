# language: zh-CN
@CSI-MON @MON-04 @MUST @test-mode
功能: MON-04 版本精确 / Version precision: CAN-B (CVSS)
  订阅 CAN-B 并扫描 → CAN-B 有 CVE-2021-42013 的发现项（9.8，CRITICAL / EXTREME）；CAN-B 没有 CVE-2021-41773 的发现项。
  评估说明：CAN-B 的标识为 Apache/2.4.50；CVE-2021-41773 的记录只影响 2.4.49，故在 CAN-B 上报告它说明版本匹配不精确。
  (CAN-B's banner is Apache/2.4.50; CVE-2021-41773's record affects 2.4.49 only.)

  场景: MON-04 版本精确 — CAN-B 有 CVE-2021-42013，没有 CVE-2021-41773
    假如 租户 T1 在新的测试时钟上有监测保单 PM
    而且 该 SERVICE_PROVIDER 已按 AUTH-1 订阅 PM 上的 CAN-B
    当 该订阅执行一次扫描
    那么 扫描被受理（202，带 scanId），并在 300 秒内为 COMPLETED
    而且 CAN-B 有 CVE-2021-42013 的发现项，其 cvssBaseScore 为夹具接受的值，两种等级与该分值一致
    而且 CAN-B 没有 CVE-2021-41773 的发现项
