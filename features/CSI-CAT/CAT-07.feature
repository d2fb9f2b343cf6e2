# language: zh-CN
@CSI-CAT @CAT-07 @MUST @test-mode
功能: CAT-07 报价遵守品类 / Quotes respect the catalogue
  每份报价、以及 productId 不是 CSI-TEST 的每份测试辅助保单：保障范围都在产品的 coverageSections 内；
  aggregateLimit 在 limitRange 内；premium 在 premiumRange 内。
  投保申请请求了产品未提供的保障 → 422 SECTION_NOT_IN_PRODUCT，pointer /requestedCoverage/sections/<i>/code。
  报价与投保申请属于 CSI-UW：未声明时本条款不适用。

  @requires-CSI-UW
  场景: CAT-07 报价遵守品类 — 报价的保障、限额与保费在产品范围内
    假如 租户 T1 已就 RC-STD 保障取得报价
    那么 报价的每个保障范围都在所选产品的 coverageSections 内
    而且 报价的 aggregateLimit 在产品的 limitRange 内，premium 在 premiumRange 内

  @requires-CSI-UW
  场景: CAT-07 报价遵守品类 — 请求产品未提供的保障
    当 租户 T1 的 APPLICANT 提交请求了产品未提供保障的投保申请
    那么 响应状态为 422，错误码 SECTION_NOT_IN_PRODUCT 指向 "/requestedCoverage/sections/0/code"
