# language: zh-CN
@CSI-CAT @CAT-04 @MUST
功能: CAT-04 承保与服务模式 / Underwriting and service modes
  每个产品至少有 1 个 underwritingModes 和 1 个 serviceModes；取值来自代码表，且不重复。

  场景: CAT-04 承保与服务模式 — 至少一个、来自代码表、不重复
    当 租户 T1 的 APPLICANT 以 limit=100 翻阅产品目录直到末页
    那么 每个产品至少有 1 个承保模式和 1 个服务模式，取值来自代码表且不重复
