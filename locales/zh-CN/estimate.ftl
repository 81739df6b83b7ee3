# 脱退一时金分步估算。简体中文。

## Questions

estimate-ask-pension = 你交的是哪种年金？
estimate-pension-employees = 从工资里扣的（厚生年金）
estimate-pension-national = 我自己交的（国民年金）
estimate-pension-both = 两种都有
estimate-pension-not-sure = 不确定
estimate-explain-pensions =
    • 如果公司从你的工资里扣了厚生年金（kōsei nenkin），你参加的就是<b>厚生年金</b>。大部分技能实习生和特定技能人员都是这种。
    • 如果你是自己拿缴费单（納付書）去便利店或银行交的，那就是<b>国民年金</b>。
    • 有的人两种都有，比如在两家公司之间有几个月没有工作。
estimate-ask-duration = 你参加厚生年金多长时间（从你在日本公司上班的第一个月，到你离开为止）？请输入月数或年数，比如<b>36</b>或<b>3年</b>。
estimate-know-dates = 我知道第一天和最后一天的上班日期
estimate-ask-first-day = 你在日本第一天上班是哪天？比如<b>2023-04-01</b>。
estimate-ask-last-day = 你的最后工作日是哪天（或将是哪天）？比如<b>2026-03-31</b>。
estimate-ask-final-month = 年金扣款在哪个月结束（或将在哪个月结束）？如果你最后一个工作日是那个月的最后一天，就是那个月；如果不是，就是前一个月。比如<b>2026-03</b>。
estimate-ask-pay-kind = 关于你的工资，你知道哪一项？
estimate-pay-salary = 我的月工资
estimate-pay-payslip = 工资单上的年金那一栏（厚生年金）
estimate-pay-standard = 我的标准报酬月额（標準報酬月額）
estimate-ask-salary = 你每月工资是多少日元（包括各种津贴和加班费，扣款之前的金额）？比如<b>250000</b>。
estimate-ask-payslip = 你的工资单上每个月扣多少厚生年金（kōsei nenkin），多少日元？比如<b>22875</b>。
estimate-ask-standard = 你的标准报酬月额（標準報酬月額）是多少日元？比如<b>260000</b>。
estimate-ask-bonuses = 你拿过奖金（賞与）吗？请输入所有奖金加起来的日元总额，比如<b>600000</b>，或者点下面的按钮。
estimate-no-bonuses = 没有奖金
estimate-ask-np-paid-months = 你自己全额交了几个月国民年金？比如<b>24</b>。
estimate-ask-np-last-paid-month = 你交的国民年金最后是哪个月的？比如<b>2025-11</b>。
estimate-ask-np-exemptions = 你有没有办过免除或学生缴费特例（学生納付特例）的月份？请选择类型，或者点“没有（其他）免除”。
estimate-exemption-quarter = 免除¼（你交了¾）
estimate-exemption-half = 免除½（你交了一半）
estimate-exemption-three-quarter = 免除¾（你交了¼）
estimate-exemption-full = 全额免除或学生缴费特例
estimate-no-more-exemptions = 没有（其他）免除
estimate-ask-np-quarter-exempt-months = 免除¼的有几个月？比如<b>6</b>。
estimate-ask-np-half-exempt-months = 免除½的有几个月？比如<b>6</b>。
estimate-ask-np-three-quarter-exempt-months = 免除¾的有几个月？比如<b>6</b>。
estimate-ask-np-full-exempt-months = 全额免除或学生缴费特例的有几个月？比如<b>6</b>。
estimate-ask-departure = 你哪天彻底离开日本（或打算哪天离开）？比如<b>2026-04-15</b>。这个日期决定你的申请期限。
estimate-no-departure = 还没决定
estimate-back = ◀ 返回
estimate-cancel = ✖ 取消
estimate-cancelled = 估算已取消。你的回答已删除。

## Result

estimate-result-employees-title = 厚生年金的脱退一时金（估算）
estimate-result-national-title = 国民年金的脱退一时金（估算）
estimate-result-months = 计入的月数：{ $months }个月（档位：{ $band }个月，最多{ $cap }个月）。最后一个月：{ $final }。
estimate-result-rate = 支付率：{ $rate } × 平均标准月报酬（標準報酬月額）{ $average }
estimate-result-premium = 保险费{ $premium } × ½ × { $band }个月
estimate-result-amount =
    脱退一时金：<b>{ $gross }</b>
    扣的税（20.42%）：{ $tax }
    实际给你：<b>{ $net }</b>
    以后大概能退回的税：{ $refund }
estimate-result-amount-untaxed =
    脱退一时金：<b>{ $gross }</b>（不扣税）
estimate-result-not-payable = <b>无法领取：</b>
estimate-result-deadline = 📅 申请截止：<b>{ $date }</b>
estimate-reason-fewer-than-6-months = 计入的月数不到{ $minimum }个月。至少需要{ $minimum }个月。
estimate-reason-qualifies-for-old-age-pension = 你已经有{ $months }个月或以上，所以可以改领老龄年金。请咨询年金事务所（年金事務所）。
estimate-reason-claim-period-expired = 2年的申请期限已经在{ $date }结束了。
estimate-warning-erases-earlier-coverage = 领了脱退一时金以后，你之前的所有月数都会被清零。这些月数在日本年金里就再也不算了。
estimate-warning-last-month-not-counted = 你的最后工作日不是月底最后一天，所以那个月不算。如果工作到月底，就是{ $months }个月。
estimate-warning-band-lost-by-leaving-early = 你的最后工作日不是月底最后一天，所以那个月不算，你会掉到低一档。如果工作到那个月最后一天，就是{ $months }个月，脱退一时金会是{ $amount }。
estimate-warning-months-beyond-cap = 最多只算{ $cap }个月。超过的月数不会多给钱。
estimate-warning-pay-above-top-grade = 每月工资超过{ $amount }的，按{ $amount }算。
estimate-warning-rules-due-to-change = 部分规则将会修改：计划延长上限；2025年的一部法律还新增了针对持再入国许可离开日本的人的规定。开始实施的日期都还没有公布。
estimate-warning-tax-refund-approximate = 能退回的税只是按这个金额粗略估算的。
estimate-warning-totalisation = 如果你来自菲律宾或印度，你的国家和日本签的协定可以把你在两个国家的月数加在一起算。领了脱退一时金，这个就没有了。申请前请想清楚。
estimate-only = <i>这只是估算。实际金额由日本年金机构决定。</i>
estimate-error-no-premium = 我还不知道{ $year }年度的国民年金保险费，所以没法估算。
estimate-error-no-rule = 我没有{ $month }的规则，所以没法估算。
estimate-error-input = 用这些回答我没法估算。请返回检查一下。
estimate-change-answer = ◀ 修改回答
estimate-start-over = ↺ 重新开始
estimate-how-to-claim = 怎么申请
