# language: zh-CN
@CSI-UW @UW-13 @MUST @test-mode
功能: UW-13 报价关联量化 / Quote cites a quantification (Open FAIR)
  每份报价都有 quantificationId；声明了 CSI-RQ 时，GET /quantifications/{id} → COMPLETED，且在同一租户、同一测试时钟上。

  场景: UW-13 报价关联量化 — 每份报价引用已完成的量化
    假如 租户 T1 已为 8 个 F-ORG 企业各走完评估、核保决定与报价
    那么 每份报价都有 quantificationId
    而且 声明了 CSI-RQ 时，每份报价引用的量化都已完成，且属于同一租户与测试时钟
