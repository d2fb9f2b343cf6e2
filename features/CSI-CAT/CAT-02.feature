# language: zh-CN
@CSI-CAT @CAT-02 @MUST
功能: CAT-02 险种 / Insurance type
  每个产品恰有一个取自代码表的 insuranceType：PROPERTY_FIRST_PARTY 财产类、LIABILITY_THIRD_PARTY 责任类、PRODUCT_SERVICE 产品服务类。

  场景: CAT-02 险种 — 每个产品恰有一个已知险种
    当 租户 T1 的 APPLICANT 以 limit=100 翻阅产品目录直到末页
    那么 每个产品恰有一个取自代码表的险种
