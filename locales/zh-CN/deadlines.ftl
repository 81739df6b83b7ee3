# 提醒、个人清单和可以分享的估算摘要。简体中文。
# 日期传进来时已经按本语言的写法写好（{ $date }、{ $deadline }……）。

## Reminders: offering and scheduling

remind-ask-departure = 🔔 我可以提醒你年金相关的日期。你哪天离开日本（如果已经离开了，是哪天离开的）？请输入日期，比如 2027-03-31。
remind-ask-again = 我看不懂这个日期。请输入年、月、日，比如 2027-03-31。或者点“取消”。
remind-offer-title = 🔔 我可以在这些日子给你发消息：
remind-offer-none = 我能提醒你的日期都已经过去了。如果你还没申请，请现在就查一下你的申请期限：可能还没过。
remind-button-all = 🔔 全部都提醒我
remind-button-one = ➕ 只提醒：{ $what }
remind-saved = ✅ 好了。我会在这些日子给你发消息：
remind-manage-hint = 你随时可以用 /reminders 查看或取消这些提醒。
remind-dates-note = <i>这些日期是估算的。请向日本年金机构确认你自己的申请期限。</i>
remind-button = 🔔 设置期限提醒

## What each reminder is about (one short line, used in lists and buttons)

remind-kind-claimable = 可以寄出你的申请了
remind-kind-deadline = { $months ->
   *[other] 申请期限前{ $months }个月
}
remind-kind-decision = 确认支付决定通知书有没有寄到
remind-kind-refund = { $months ->
   *[other] 退税申报截止日前{ $months }个月
}
remind-line = • { $date }：{ $what }

## Listing and cancelling

reminders-title = 🔔 你的提醒：
reminders-empty = 你现在没有提醒。做估算时输入离开日期后，或者用 /remind，我就可以提醒你各项期限。
reminders-cancel = ❌ 取消：{ $date }
reminders-cancelled = 已取消。
reminders-claim-sent = 📮 我今天寄出了申请
reminders-add = 🔔 添加提醒

## The reminders themselves

reminder-claimable = 🔔 <b>提醒：</b>你计划在{ $date }离开日本。从现在起，你可以寄出脱退一时金的申请了。申请最晚必须在{ $deadline }寄到日本年金机构。
reminder-deadline = 🔔 <b>提醒：</b>你的脱退一时金申请最晚必须在<b>{ $deadline }</b>寄到日本年金机构。如果还没寄，请现在就寄。过了这一天，这笔钱就没有了。
reminder-decision = 🔔 <b>提醒：</b>你在{ $date }寄出了申请。支付决定通知书（脱退一時金支給決定通知書）现在可能已经寄到了。请保管好原件：申请退税时要用。如果什么都没收到，请问日本年金机构。
reminder-refund = 🔔 <b>提醒：</b>退回那20.42%税款的申报，大约可以提交到<b>{ $date }</b>。如果还没提交，请现在就联系你的纳税管理人（納税管理人）。
reminder-late = <i>（这条提醒晚了：我没能在{ $date }发给你。）</i>
reminder-open-checklist = ✅ 我的清单

## The checklist

checklist-title = ✅ <b>你的清单</b>——办完一项，就点一下那一项。
checklist-claim = <b>申请脱退一时金</b>
checklist-tax = <b>申请退税</b>
checklist-done-count = 已完成：{ $done }项，共{ $total }项。
checklist-item-moving-out = 离开前去市区町村役所办转出申报（転出届）
checklist-item-moving-out-why = 离开前办好，就可以马上申请，也不需要证明你在日本没有住址。
checklist-item-form = 申请表（脱退一時金請求書）
checklist-item-form-why = 双语：一种外语 + 日语。请用大写字母填写。
checklist-item-passport = 护照复印件
checklist-item-passport-why = 有姓名、出生日期、国籍、签名、在留资格的那几页，以及你最后一次离开日本的那一页。
checklist-item-no-address = 在日本没有住址的证明
checklist-item-no-address-why = 住民票除票（住民票の除票）。如果办了转出申报，就不需要。
checklist-item-bank = 银行账户证明
checklist-item-bank-why = 必须是你本人名下的：银行、支行、支行地址、账号；国外的银行还要SWIFT/BIC代码。
checklist-item-pension-number = 基础年金号码
checklist-item-pension-number-why = 基础年金号码通知书（基礎年金番号通知書）或你的年金手册（年金手帳）。
checklist-item-send = 把所有材料邮寄给日本年金机构
checklist-item-send-why = 必须在你的转出日当天或之后寄到，而且不能晚于你的申请期限：从你失去年金参保资格或在日本的住址注销起2年，以较晚的为准。
checklist-item-tax-agent = 在日本的纳税管理人（納税管理人）
checklist-item-tax-agent-why = 在日本替你提交退税申报的人；退税会打进日本的银行账户。
checklist-item-decision-notice = 支付决定通知书原件（脱退一時金支給決定通知書）
checklist-item-decision-notice-why = 它证明你被扣了多少税。没留复印件，就不要把它寄出去。
checklist-item-tax-return = 退税申报书（退職所得の選択課税による還付のための申告書）
checklist-item-tax-return-why = 从领到脱退一时金的第二年1月1日起，5年内。
checklist-form-link = 📄 { $language }版申请表（日本年金机构）：{ $link }
checklist-form-english = 📄 没有你的语言的申请表；请用英语版（日本年金机构）：{ $link }
checklist-button = ✅ 我的清单

## Sharing an estimate

share-button = 📤 分享这份估算
share-intro = 把下一条消息转发给你的家人、你的上司或咨询员。
share-title = 📋 <b>脱退一时金估算</b>（脱退一時金）——{ $date }
share-inputs = <b>我输入的信息：</b>
share-input-months = 参保月数：{ $months }
share-input-final-month = 最后参保月份：{ $month }
share-input-pay = 平均标准报酬月额（標準報酬月額）：{ $amount }
share-input-departure = 离开日本：{ $date }
share-pension-employees = <b>厚生年金</b>
share-pension-national = <b>国民年金</b>
share-gross = 税前金额（支給額）：{ $amount }
share-tax = 扣的税 20.42%（源泉徴収税）：{ $amount }
share-net = 实际到手：{ $amount }
share-refund = 可能退回的税（還付）：最多{ $amount }
share-deadline = 申请期限（請求期限）：{ $date }
share-not-payable = 按输入的信息，无法领取。
share-footer = <i>仅为估算。实际金额由日本年金机构（日本年金機構）决定。由 { $bot } 生成。</i>

## Commands (Telegram's command list)

command-remind = 提醒我各项期限
command-reminders = 我的提醒
command-checklist = 我的材料清单
