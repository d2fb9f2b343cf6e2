# language: zh-CN
@CSI-CLM @CLM-07 @MUST @test-mode
功能: CLM-07 拒赔通知 / Denial notice within 3 days (保险法第二十四条)
  拒赔决定产生义务 DENIAL_NOTICE，于 decidedAt + 3 天到期；在到期前发出 denialNotice{issuedAt, reasons[], exclusionCodes[]} → MET；
  孪生理赔在 +3 天 1 分钟仍无通知 → BREACHED。方案在决定后自动发出通知的（决定后立即有 denialNotice），改为检查 denialNotice.issuedAt = decidedAt。
  边界：到期时刻本身仍为 PENDING，晚 1 分钟才是 BREACHED。
  评估说明：CLM-DENY（如 CLM-EX1，决定 DENIED，原因码 OUTSIDE_INSURING_CLAUSE）。

  场景: CLM-07 拒赔通知 — 3 天内发出通知
    假如 租户 T1 的 CLM-DENY 理赔已作出定责决定
    那么 理赔有 DENIAL_NOTICE 义务，于决定后 3 天到期
    当 测试时钟推进 2 天后，租户 T1 的 INSURER 发出拒赔通知
    那么 DENIAL_NOTICE 义务为 MET

  场景: CLM-07 拒赔通知 — 3 天 1 分钟仍无通知
    假如 租户 T1 的 CLM-DENY 理赔已作出定责决定
    当 测试时钟推进到决定后 3 天
    那么 DENIAL_NOTICE 义务为 PENDING，或方案已在决定时自动发出通知
    当 测试时钟推进到决定后 3 天 1 分钟
    那么 DENIAL_NOTICE 义务为 BREACHED，或方案已在决定时自动发出通知
