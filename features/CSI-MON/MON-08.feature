# language: zh-CN
@CSI-MON @MON-08 @MUST @test-mode
功能: MON-08 Webhook 签名 / Signed webhooks (pack)
  每次投递都是对 callback.url 的 POST，正文 {eventId, type, occurredAt, tenantId, testClockId?, data}，带两个头：CSI-Event-Id 与
  CSI-Signature: t=<unix 秒>,v1=<hex>，v1 = 小写 hex HMAC-SHA256(secret, t + "." + 原始正文)。t 是该次尝试的真实（墙钟）时间，
  从不取测试时钟，每次尝试重新签名。
  评估说明：测试工具在本机回环地址上运行 webhook 接收端，每个场景一个独立路径与 64 位随机 secret（secret 在写入任何证据前登记到脱敏器）。
  "每次投递"指判定时接收端已收到的全部尝试（扫描完成后，至少等到 CAN-A 的 FINDING_DETECTED 到达，最多 90 秒）；一次投递都没有
  即为 FAIL。t 只有整秒精度，故 |接收时间 − t| 以接收时间的整秒计算，≤ 300 秒为合格。一个 CSI-Signature 中有多个 v1 时，任一匹配即验证通过
  （轮换 secret 的发送方会这样做）。每次尝试的头（secret 已脱敏）、正文、验证结果、接收时间与接收端的回答都写入 Allure 与 evidence.json。
  (The receiver runs on loopback, one path and a 64-character secret per scenario. "Every delivery" is every attempt received when the
  check runs, after at least the CAN-A FINDING_DETECTED has arrived (up to 90 s); none at all FAILs. t has whole seconds, so |receipt − t|
  is taken at the receipt's whole second; ≤ 300 s passes. Any one of several v1 values may match. Each attempt goes into the evidence.)

  场景: MON-08 Webhook 签名 — 每次投递都用订阅的 secret 验证通过，且签名时间为真实时间
    假如 租户 T1 在新的测试时钟上有监测保单 PM
    而且 该 SERVICE_PROVIDER 已按 AUTH-1 订阅 PM 上的 CAN-A、CAN-C 与 CAN-D
    而且 该订阅已完成一次扫描
    当 回调收到 CAN-A 发现项的 FINDING_DETECTED 投递
    那么 每次投递都带 CSI-Event-Id 与 CSI-Signature，且签名用订阅的 secret 验证通过
    而且 每次投递的接收时间与其签名时间 t 相差不超过 300 秒
