# language: zh-CN
@CSI-GEN @GEN-10 @MUST @test-mode
功能: GEN-10 分页 / Pagination
  列表接受 limit（1–100，默认 20）与 cursor，返回 {"data":[…],"nextCursor":…|null}，按 createdAt、id 升序。
  测试时钟上总要测试：创建 25 个名称前缀相同的时钟，以 limit=10 翻到末页：每页至多 10 项且升序，
  25 个各出现恰好一次，末页 nextCursor 为 null；以及 limit 与 cursor 的错误。
  评估说明：同一租户的其他场景可能同时创建时钟，因此检查"这 25 个各出现一次"而不是页数 10、10、5。
  不结束的列表（空页仍带 nextCursor、重复出现的游标、或超过 1000 页）在该处停止读取：这是本条款的 FAIL 并写明原因；
  其他条款读取到最后一项为止，不因此失败。
  评估说明：游标是不透明的字符串，不检查其形状；末页之后可以再有一个空页（末页带 nextCursor、下一页为空且 nextCursor 为 null），
  README §4.5 未排除，因此 10、10、5 之后的一个空页也接受。(Cursors are opaque; one trailing empty page after 10, 10, 5 is accepted.)

  场景: GEN-10 分页 — 25 个测试时钟逐页读取
    假如 租户 T1 的 INSURER 创建了 25 个名称前缀相同的测试时钟
    当 以 limit=10 翻阅测试时钟列表直到末页
    那么 每页不超过 10 项，且按 createdAt 与 id 升序
    而且 这 25 个测试时钟各出现恰好一次
    而且 末页的 nextCursor 为 null

  场景大纲: GEN-10 分页 — limit 越界
    当 租户 T1 的 INSURER 以 limit=<limit> 读取测试时钟列表
    那么 响应状态为 400，错误指向查询参数 "limit"

    例子:
      | limit |
      | 0     |
      | 101   |

  场景: GEN-10 分页 — 无效游标
    当 租户 T1 的 INSURER 以无效游标读取测试时钟列表
    那么 响应状态为 400，错误码 INVALID_CURSOR 指向查询参数 "cursor"

  @requires-CSI-UW
  场景: GEN-10 分页 — 同一测试时钟上的 25 个投保申请
    假如 租户 T1 的 APPLICANT 在新的测试时钟上提交了 25 个投保申请
    当 以 testClockId 与 limit=10 翻阅投保申请列表直到末页
    那么 各页依次有 10、10、5 项，无重复、无遗漏
    而且 末页的 nextCursor 为 null
