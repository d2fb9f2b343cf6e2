# language: zh-CN
@CSI-MON @MON-06 @MUST @test-mode
功能: MON-06 授权范围 / Scanning stays in scope
  CAN-E 在整个运行中记录到 0 个请求；订阅 CAN-C 与 CAN-D 的专用实例（其他场景都不使用的端口），扫描，然后取消（204）；
  测试时钟推进 31 天后，在 300 秒真实时间内它们不再收到请求。
  评估说明："整个运行"：CAN-E 与其他金丝雀一同启动、从未作为资产列出；本场景是长窗口场景（@long-window），在运行开始时即启动，
  观察 MON-06 的窗口（默认 300 秒；快速模式 10 秒，记分卡标为临时），其间运行中的所有扫描都受其检查，任一请求立即判 FAIL。
  "300 秒"约束的是取消（204）并推进时钟之后的真实时间；请求数以取消时的日志条数为基线。专用实例在本场景内按需启动于空闲回环端口，
  保单 PM 与授权书列出的正是它们的地址（fixtures.md F-CAN）。
  ("Whole run": CAN-E starts with the other canaries and is never listed; this long-window scenario starts first and watches for
  MON-06's window (300 s, 10 s in quick mode) while the rest of the run scans; any request FAILs at once. The 300 s run in real time after
  the cancellation and the advance, counted from the log at the 204; the dedicated instances are started for this scenario only.)

  @long-window
  场景: MON-06 授权范围 — CAN-E 在整个运行中未被访问
    那么 在 MON-06 的观察窗口（300 秒真实时间）内，CAN-E 没有收到任何请求

  @long-window
  场景: MON-06 授权范围 — 取消订阅后不再扫描
    假如 租户 T1 在新的测试时钟上有监测保单 PM，其中 CAN-C 与 CAN-D 为只供本场景使用的专用实例
    而且 该 SERVICE_PROVIDER 已按 AUTH-1 订阅 PM 上的 CAN-C 与 CAN-D
    而且 该订阅已完成一次扫描
    当 该 SERVICE_PROVIDER 取消该订阅
    那么 响应状态为 204
    当 监测保单的测试时钟推进 31 天
    那么 在 MON-06 的观察窗口（300 秒真实时间）内，专用实例没有再收到任何请求
