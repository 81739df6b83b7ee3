# 机器人界面：菜单、帮助、搜索、错误和格式。简体中文。

## Menu

menu-welcome =
    <b>你好！我是帮助在日外国劳动者了解年金的小助手。</b>

    我可以回答关于日本年金（nenkin）的问题，还能帮你估算离开日本时能拿回多少钱，也就是脱退一时金（脱退一時金，dattai ichijikin）。

    请在下面选择，或者直接输入你的问题。
menu-first-time = 小提示：你可以用自己的话输入问题，比如“回国能拿回多少钱？”或者“申请期限”。
menu-title = 你想做什么？
menu-browse = 📚 按主题查看
menu-estimate = 🧮 估算我的脱退一时金
menu-continue-estimate = 🧮 继续我的估算
menu-ask = ❓ 怎么提问
menu-back-to-menu = ☰ 菜单
menu-help =
    <b>怎么使用这个机器人</b>

    • 用自己的话输入问题，比如“期限是什么时候？”。
    • 点 <b>按主题查看</b>，按类别阅读答案。
    • 点 <b>估算我的脱退一时金</b>，回答几个问题，看看你大概能拿回多少钱。

    命令：/menu、/estimate、/cancel、/help。

    这个机器人只提供一般信息。每一份申请都由日本年金机构（Japan Pension Service）决定。

## Browsing and search

faq-browse-title = <b>主题</b>：请选一个。
faq-browse = 📚 按主题查看
faq-back-to-topics = ◀ 主题
faq-back-to-section = ◀ 返回
search-did-you-mean = 我不太确定你的意思。你是想问下面这些吗？
search-nothing-found = 抱歉，我没找到这个问题的答案。换个说法试试，或者按主题查看。

## Errors

error-not-an-amount = 我看不懂这个金额。请用数字输入日元金额，比如 250000、250,000 或 25万。
error-amount-not-positive = 金额必须大于0日元。
error-amount-too-large = 这个金额太大了。请检查一下，输入每月的日元金额。
error-not-a-duration = 我看不懂。请输入月数或年数，比如 36、3年 或 2年6个月。
error-duration-too-long = 时间太长了。请检查月数或年数。
error-not-a-date = 我看不懂这个日期。请这样输入：2026-03-31 或 31/03/2026。
error-not-a-month = 我看不懂这个月份。请这样输入：2026-03 或 03/2026。
error-use-buttons = 请点下面的一个按钮。
error-last-day-before-first-day = 最后工作日不能早于第一天上班的日期。
error-nothing-to-go-back-to = 这已经是第一个问题了。
error-stale-button = 这个按钮来自之前的消息。这是菜单。

## Formats

format-thousands-separator = ,
format-yen = ¥{ $amount }
format-date = { $year }年{ $monthname }{ $day }日
format-decimal-separator = .
format-year-month = { $year }年{ $monthname }
format-month-1 = 1月
format-month-2 = 2月
format-month-3 = 3月
format-month-4 = 4月
format-month-5 = 5月
format-month-6 = 6月
format-month-7 = 7月
format-month-8 = 8月
format-month-9 = 9月
format-month-10 = 10月
format-month-11 = 11月
format-month-12 = 12月

## Feedback and other messages

faq-helpful = 👍 有帮助
faq-not-helpful = 👎 没帮助
faq-feedback-thanks = 谢谢！很高兴能帮到你。
faq-feedback-sorry = 抱歉没能帮到你。换个说法问问，按主题查看，或者问问咨询员。
error-unsupported-message = 我只能看懂文字消息和按钮。请输入你的问题，或者使用菜单。
error-edited-message = 我不读修改过的消息。请重新发送你的消息。
error-generic = 抱歉，我这边出了点问题。请再试一次，或者用 /menu 打开菜单。
error-state-reset = 抱歉，系统更新后我没法继续我们上次的对话。我们从菜单重新开始吧。
menu-language-title = 请选择语言：
menu-language = 🌐 语言
menu-language-chosen = 语言：中文
forget-confirm = 要删除这个机器人保存的你的所有信息吗（你的语言、你的回答和你的反馈）？删除后无法恢复。
forget-yes = 是，删除
forget-no = 不，保留
forget-done = 完成。保存的你的所有信息都已删除。
forget-kept = 什么都没有删除。

## Commands (shown in Telegram's command menu)

command-start = 开始并显示菜单
command-menu = 显示菜单
command-estimate = 估算我的脱退一时金
command-language = 更换语言
command-help = 怎么使用这个机器人
command-cancel = 取消估算
command-forget = 删除我的数据
language-name = 中文
menu-consultant = 👤 联系咨询员
menu-consultant-unavailable =
    目前还不能通过这个机器人联系我们的咨询员。

    如果想问你自己的年金记录，请打电话或去日本年金机构（Japan Pension Service）的年金事务所（年金事務所）。带上你的在留卡和基础年金号码通知书（基礎年金番号通知書）。

## The bot's profile in Telegram

bot-description = 为在日外国劳动者免费解答日本年金问题：用你的语言回答，估算你能拿回的脱退一时金（脱退一時金）和申请期限，并告诉你申请步骤。
bot-short-description = 在日外国劳动者的日本年金助手：问答、脱退一时金估算、申请期限。
command-endchat = 结束和咨询员的对话
format-weekday-1 = 星期一
format-weekday-2 = 星期二
format-weekday-3 = 星期三
format-weekday-4 = 星期四
format-weekday-5 = 星期五
format-weekday-6 = 星期六
format-weekday-7 = 星期日
