# language: zh-CN
@CSI-UW @UW-11 @MUST @test-mode
功能: UW-11 保费单调性 / Premium monotonicity
  F-META 变形测试，每对共用一个测试时钟与同样的金丝雀，按 AUTH-1 评估 CAN-A 与 CAN-C：
  M-CTRL：把一项答案改好 → 保费不更高，结果不更差（ACCEPT > ACCEPT_WITH_CONDITIONS > REFER > DECLINE）；任一侧没有报价时只比较结果。
  M-LIM：累计限额 5,000,000.00 → 10,000,000.00 → 保费不更低。M-REV：年营业收入加倍 → 保费不更低。
  评估说明：M-CTRL 的 IND 以 MEDIUM 答案为基线，逐一把与 STRONG 不同的 8 项答案改为 STRONG 的取值；HLT（MEDIUM-RDP）另加 exposedRdp true→false。
  M-LIM 与 M-REV 的两侧都必须取得报价（IND 是 STRONG 企业），否则不通过。

  场景大纲: UW-11 保费单调性 — <变形> 每项答案改好都不提高保费
    当 租户 T1 对 <变形> 的每项答案分别改好并核保
    那么 每个变体的保费都不高于基线，核保结果都不差于基线
    例子:
      | 变形         |
      | M-CTRL-IND |
      | M-CTRL-HLT |

  场景: UW-11 保费单调性 — M-LIM 提高限额不降低保费
    当 租户 T1 对 IND 分别以累计限额 "5000000.00" 与 "10000000.00" 核保
    那么 后者的保费不低于前者

  场景: UW-11 保费单调性 — M-REV 收入加倍不降低保费
    当 租户 T1 对 IND 分别以年营业收入 "356000000.00" 与 "712000000.00" 核保
    那么 后者的保费不低于前者
