# language: zh-CN
@CSI-MON @MON-10 @MUST @test-mode @long-window
功能: MON-10 重试与去重 / Retries and de-duplication (pack)
  回调对前 3 次尝试回答 500 → 至少到达 4 次尝试，eventId 与正文都相同；尝试间隔从不缩短（允许 1 秒抖动）；全部在 10 分钟内到达；
  回答 2xx 之后该事件不再投递；不同事件有不同的 id。
  评估说明：接收端对每个事件（按 CSI-Event-Id）的前 3 次尝试回答 500，之后回答 200。标准包以 eventId 去重，故判定时不以 id 区分事件，
  而以事件所说的内容区分：type、occurredAt 与 data 相同的尝试属于同一事件（id 正是被判定的对象）；判定对象是扫描后第一个到达的事件。
  "间隔从不缩短"：第 i 个间隔不小于第 i−1 个间隔减 1 秒。"10 分钟内"从该事件第一次尝试到达起算。"2xx 之后不再投递"：回答 2xx 后再观察
  上一个间隔的两倍（至少 5 秒、至多 30 秒），其间没有该事件的尝试；观察期只用于发现重投，不计入 10 分钟。判定一旦确定（违反任一条，
  或 2xx 后观察期安然结束）等待即结束：合规的方案无需坐等 10 分钟。本场景带 @long-window：运行时最先启动，与其余场景并行。
  快速模式（--quick）把 10 分钟的观察窗口缩为 60 秒，记分卡为临时（provisional），不能认证。
  (The receiver answers 500 to the first 3 attempts of each event (by CSI-Event-Id), then 200. Events are told apart by what they say
  (type, occurredAt, data), not by the id being judged; the event judged is the first to arrive after the scan. Gaps never shrink: gap i ≥
  gap i−1 − 1 s. The 10 minutes run from the event's first attempt. After the 2xx the receiver watches twice the last gap (5–30 s) for a
  redelivery. The wait ends as soon as the outcome is decided. Tagged @long-window: started first, beside the rest of the suite. Quick mode
  shortens the 10-minute window to 60 s, and the scorecard is provisional.)

  场景: MON-10 重试与去重 — 前 3 次回答 500 后的重试序列
    假如 租户 T1 在新的测试时钟上有监测保单 PM
    而且 订阅的回调对每个事件的前 3 次尝试都回答 500
    而且 该 SERVICE_PROVIDER 已按 AUTH-1 订阅 PM 上的 CAN-A、CAN-C 与 CAN-D
    而且 该订阅已完成一次扫描
    那么 第一个事件至少到达 4 次，每次的 eventId 与正文都相同，间隔从不缩短（允许 1 秒抖动），全部在 10 分钟内到达，回答 2xx 后不再投递
    而且 不同事件的 eventId 互不相同
