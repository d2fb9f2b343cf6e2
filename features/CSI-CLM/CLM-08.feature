# language: zh-CN
@CSI-CLM @CLM-08 @MUST @test-mode
功能: CLM-08 定损明细 / Itemised loss assessment (Open FAIR)
  损失项 {itemId, section, formOfLoss, amount | bi{outageStart, outageEnd, hourlyLoss}, basis, evidenceRefs[], status, exclusionCode?}；
  formOfLoss 取自 Open FAIR 六类；营业中断项只有 bi（整分钟），没有 amount。EX1–EX3 的损失项 → 200；以下各项 → 422 并指向该字段。
  评估说明：无效情形都在 CLM-EX1 的损失项上构造（第 0 项为营业中断，第 1 项为数据恢复）。

  场景大纲: CLM-08 定损明细 — <案例> 的损失项被接受
    假如 租户 T1 的 <案例> 理赔已材料齐全
    当 租户 T1 的 INSURER 按该案提交定损明细
    那么 响应状态为 200
    例子:
      | 案例      |
      | CLM-EX1 |
      | CLM-EX2 |
      | CLM-EX3 |

  场景大纲: CLM-08 定损明细 — <缺陷>
    假如 租户 T1 的 CLM-EX1 理赔已材料齐全
    当 租户 T1 的 INSURER 提交带有缺陷"<缺陷>"的定损明细
    那么 响应状态为 422，错误指向 "<指针>"
    例子:
      | 缺陷         | 指针                       |
      | 保单上没有的保障   | /items/1/section         |
      | 未知的损失形式    | /items/1/formOfLoss      |
      | 营业中断项带金额   | /items/0/amount          |
      | 营业中断时间带秒   | /items/0/bi/outageStart  |
      | 结束早于开始     | /items/0/bi/outageEnd    |
      | 无法解析的证据引用  | /items/1/evidenceRefs/0  |
      | 依据为空       | /items/1/basis           |
