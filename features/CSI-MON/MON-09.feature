# language: zh-CN
@CSI-MON @MON-09 @MUST @test-mode
功能: MON-09 投递时效 / Delivery latency (pack)
  CAN-A 发现项的 FINDING_DETECTED 在扫描被首次观察到 COMPLETED 后 60 秒（真实时间）内到达。
  评估说明："首次观察到 COMPLETED"是测试工具轮询 GET /monitoring/scans/{id}（100 毫秒起、倍增至 2 秒）第一次读到 COMPLETED 的真实时刻；
  到达时间是接收端收到该事件第一次尝试的时刻（早于首次观察到 COMPLETED 也合格）。"CAN-A 发现项"取 MON-03 的已知答案 CVE-2021-41773
  在 CAN-A 上的发现项；标准包没有规定 data 的成员，故以正文中出现该发现项的 findingId 来认定是它的 FINDING_DETECTED。
  60 秒是解决方案必须满足的界限而不是观察窗口，快速模式（--quick）下同样是 60 秒；事件一到等待即结束。
  (COMPLETED is first observed when the harness's poll first reads it; arrival is the receipt of the event's first attempt (earlier than
  that passes too). The CAN-A finding is MON-03's CVE-2021-41773 on CAN-A; the pack leaves data's members open, so the event is the
  FINDING_DETECTED whose body names that finding's findingId. 60 s is a bound, not a window: the same in quick mode; the wait ends on arrival.)

  场景: MON-09 投递时效 — 首次观察到 COMPLETED 后 60 秒内收到 FINDING_DETECTED
    假如 租户 T1 在新的测试时钟上有监测保单 PM
    而且 该 SERVICE_PROVIDER 已按 AUTH-1 订阅 PM 上的 CAN-A、CAN-C 与 CAN-D
    当 该订阅执行一次扫描，测试工具首次读到 COMPLETED
    那么 CAN-A 上 CVE-2021-41773 发现项的 FINDING_DETECTED 在首次读到 COMPLETED 后 60 秒（真实时间）内到达
