# language: zh-CN
@CSI-ER @ER-02 @MUST @test-mode
功能: ER-02 事件分类 / Provisional category (GB/T 20986-2023)
  category 总是 10 个类别代码之一；带 suspectedCategory:"MALWARE" 的夹具（INC-RANSOM）得到 MALWARE。
  评估说明："总是"以 F-INC 的全部 12 个事件检验，每个事件读回（GET）后判定；未给 suspectedCategory 时由方案自定类别，只要在 10 个代码之内。
  (Every F-INC incident, read back; without suspectedCategory any of the 10 codes passes.)

  场景: ER-02 事件分类 — category 总是 10 个代码之一
    当 租户 T1 的 APPLICANT 报告 F-INC 的全部事件
    那么 每个事件都以 201 受理
    而且 每个事件的 category 都是 10 个类别代码之一

  场景: ER-02 事件分类 — suspectedCategory 为 MALWARE 的事件归入 MALWARE
    当 租户 T1 的 APPLICANT 报告 F-INC 事件 "INC-RANSOM"
    那么 响应状态为 201
    而且 事件的 category 为 MALWARE
