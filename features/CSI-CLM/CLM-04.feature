# language: zh-CN
@CSI-CLM @CLM-04 @MUST @test-mode
功能: CLM-04 一次性补充通知 / One complete supplement request per round (保险法第二十二条)
  每一轮始于报案，以及其后被保险人的每次上传。报案后只上传 CLAIM_FORM，再发补充通知 → items 为仍缺的全部材料；
  同一时点的孪生理赔上，首次通知只列部分 → 422 SUPPLEMENT_INCOMPLETE；同一轮的第二次通知 → 409 SUPPLEMENT_ALREADY_ISSUED；
  部分上传后的新通知只能列之前要求过且仍缺的材料，其他 → 422；最后一份材料到达时，理赔为 DOCUMENTS_COMPLETE，documentsCompleteAt 为当前时间。
  评估说明：测试工具发出不带 items 的通知，由方案列出所缺材料；"其他"用一份已收到的材料（CLAIM_FORM）来试。
  评估说明：尚未得知的成员（材料未齐时的 documentsCompleteAt 等）可为 null 或不出现（README §4.1），两者都接受。
  (A member not yet known may be null or absent.)

  背景:
    假如 租户 T1 已就 CLM-EX2 报案，并只上传了 CLAIM_FORM

  场景: CLM-04 一次性补充通知 — 一次列出全部所缺材料，同一轮不能再发
    当 租户 T1 的 INSURER 发出补充材料通知
    那么 响应状态为 201
    而且 通知列出的正是仍缺的全部材料
    当 租户 T1 的 INSURER 在同一轮再发补充材料通知
    那么 响应状态为 409，错误码 SUPPLEMENT_ALREADY_ISSUED

  场景: CLM-04 一次性补充通知 — 首次通知不能只列部分材料
    当 租户 T1 的 INSURER 发出只列 INCIDENT_REPORT 的补充材料通知
    那么 响应状态为 422，错误码 SUPPLEMENT_INCOMPLETE

  场景: CLM-04 一次性补充通知 — 部分上传后只能再要求之前要求过且仍缺的材料
    当 租户 T1 的 INSURER 发出补充材料通知
    而且 租户 T1 的 APPLICANT 上传 INCIDENT_REPORT
    而且 租户 T1 的 INSURER 发出只列 CLAIM_FORM 的补充材料通知
    那么 响应状态为 422
    当 租户 T1 的 INSURER 发出只列 LOSS_STATEMENT 的补充材料通知
    那么 响应状态为 201

  场景: CLM-04 一次性补充通知 — 材料齐全的时间
    当 租户 T1 的 INSURER 发出补充材料通知
    而且 测试时钟推进 1 天后，租户 T1 的 APPLICANT 上传其余全部材料
    那么 理赔状态为 DOCUMENTS_COMPLETE，documentsCompleteAt 为时钟的当前时间
