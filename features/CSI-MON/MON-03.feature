# language: zh-CN
@CSI-MON @MON-03 @MUST @test-mode
功能: MON-03 已知答案 CAN-A / Known answer: CAN-A (CVSS, GB/T 30279-2020)
  订阅 CAN-A、CAN-C 与 CAN-D 并扫描 → 300 秒内 COMPLETED；CAN-A 有 CVE-2021-41773 的发现项，cvssBaseScore 为夹具接受的值
  （F-CAN：7.5 或 9.8），两种等级与该分值一致。
  评估说明："300 秒内"约束的是从扫描被受理（202）到测试工具首次读到 COMPLETED 的真实时间（README §4.7 异步工作），
  测试工具以 100 毫秒起、倍增至 2 秒的间隔轮询；FAILED 或超时都是本条款的 FAIL。等级映射同 UW-05（CVSS v3.1 与 GB/T 30279）。
  (The 300 s bound runs in real time from the 202 to the first COMPLETED the harness reads; FAILED or a timeout FAILs the clause.)

  场景: MON-03 已知答案 — CAN-A 的 CVE-2021-41773
    假如 租户 T1 在新的测试时钟上有监测保单 PM
    而且 该 SERVICE_PROVIDER 已按 AUTH-1 订阅 PM 上的 CAN-A、CAN-C 与 CAN-D
    当 该订阅执行一次扫描
    那么 扫描被受理（202，带 scanId），并在 300 秒内为 COMPLETED
    而且 CAN-A 有 CVE-2021-41773 的发现项，其 cvssBaseScore 为夹具接受的值，两种等级与该分值一致
