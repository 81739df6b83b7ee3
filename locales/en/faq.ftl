# FAQ text, English. Structure and sources live in faq/catalogue.yaml.
# Facts checked against the project fact sheet (compiled November 2026).
# Every answer ends with its "As of" line. No variables, no braces.

## Section titles (short: they go on buttons)

faq-section-a-title = Who is insured
faq-section-b-title = Exemptions
faq-section-c-title = National Pension benefits
faq-section-d-title = Leaving and the lump sum
faq-section-e-title = Karakikan
faq-section-f-title = Foreigners on a visa
faq-section-g-title = Permanent residency
faq-section-l-title = Lump-sum claim guide

## Section A: insured persons

faq-q01-question = What are Category 1, 2 and 3 in the Japanese pension?
faq-q01-answer =
    <b>Everyone in the Japanese pension is in one of 3 groups.</b> Your group decides how you pay.

    • <b>Category 1</b> (第1号被保険者): people aged 20 to 59 who live in Japan and are not in a company pension. For example students, self-employed people and people without a job. You pay the National Pension (国民年金) premium yourself: 17,920 yen a month in fiscal year 2026.
    • <b>Category 2</b> (第2号被保険者): employees in Employees' Pension Insurance (厚生年金) or in a mutual aid association (共済組合). Technical intern trainees and specified skilled workers at a Japanese company are Category 2. The premium is taken from your salary.
    • <b>Category 3</b> (第3号被保険者): the husband or wife of a Category 2 person who lives on that person's income. They pay no premium.

    Your group can change, for example when you leave a job. This matters for the lump sum: company months count for the Employees' Pension lump sum, and only months you paid yourself as Category 1 count for the National Pension lump sum.

    <i>As of November 2026.</i>
faq-q01-keywords = category 1 2 3, which category am i, what category is trainee, category meaning, difference between categories, which group am i, pension group, type of insured, insured person type, dai 2 go, dai ni go, dai ichigo, dai nigo, dai sango, hihokensha, catagory, 被保険者, 第1号, 第2号, 第3号

faq-q02-question = What is the National Pension (kokumin nenkin)?
faq-q02-answer =
    <b>The National Pension (国民年金, kokumin nenkin) is the basic public pension for everyone who lives in Japan, of any nationality.</b>

    • Everyone aged 20 to 59 with an address in Japan is in it.
    • If you work for a company with Employees' Pension (厚生年金), you are in the National Pension too. You do not pay a second premium: the deduction from your salary covers both.
    • If you are not in a company pension (student, no job, own business), you pay the premium yourself: 17,920 yen a month in fiscal year 2026. You get payment slips (納付書) by post.
    • If you cannot pay, ask your city office about an exemption (免除). Do not just stop paying: unpaid months count for nothing.

    It pays an old-age pension, a disability pension and a survivors' pension. If you leave Japan for good, you may be able to claim a lump sum (脱退一時金) for the months you paid.

    <i>As of November 2026.</i>
faq-q02-keywords = what is nenkin, nenkin meaning, what is national pension, japan pension system, explain pension system, nenkin system, how nenkin work, basic pension, what is basic pension, kiso nenkin, pension for everyone, who must join, 国民年金, 基礎年金, 年金制度

faq-q03-question = How much is the National Pension premium each month?
faq-q03-answer =
    <b>In fiscal year 2026 (April 2026 to March 2027) the premium is 17,920 yen a month.</b>

    • It changes every April. In fiscal year 2025 (April 2025 to March 2026) it was 17,510 yen. In fiscal year 2024 it was 16,980 yen.
    • In 2002 it was 13,300 yen, so old web pages and leaflets are wrong.
    • You pay it yourself only if you are Category 1 (not in a company pension). If you work for a company and see 厚生年金 on your payslip, you do not pay this premium separately.

    If your income is low, you can ask for an exemption (免除) instead of leaving months unpaid. Unpaid months do not count for a pension or for the lump sum.

    <i>As of November 2026.</i>
faq-q03-keywords = how much kokumin nenkin, price of kokumin nenkin, kokumin nenkin monthly, per month, monthly premium, monthly fee, how much pay every month, how much one month, 1 month, nenkin fee, nenkin cost, national pension fee, premium amount 2026, hokenryo, 17920, 17510, payment slip, nofusho, nenkin bill amount, 保険料, 納付書, 月額

faq-q04-question = Are foreigners covered by the Japanese pension?
faq-q04-answer =
    <b>Yes. Nationality does not matter: if you live in Japan, you are in the pension system.</b>

    • If you work for a company with Employees' Pension (厚生年金), you are enrolled through your job. This is normal for technical intern trainees (技能実習) and specified skilled workers (特定技能).
    • If you are aged 20 to 59, live in Japan and are not in a company pension, you are in the National Pension (国民年金) as Category 1.

    Today foreign residents have a residence card (在留カード) and are on the resident record (住民票) of their city. The old alien registration card ended on 9 July 2012.

    Your months are kept under your Basic Pension Number (基礎年金番号). Since April 2022 this number comes on a Basic Pension Number Notice (基礎年金番号通知書) instead of the pension handbook (年金手帳). Keep it safe: you need it to claim the lump sum.

    <i>As of November 2026.</i>
faq-q04-keywords = foreigner join pension, foreigner can join nenkin, foreigner pension, foreign worker need pension, foreign worker join pension, japan pension for foreigner, gaikokujin nenkin, gaikokujin, pension only for japanese, japanese only, do foreigners need pension, foreigner covered, non japanese, nationality does not matter, i am foreigner, foreign resident, residence card, zairyu card, alien registration, 外国人, 在留カード

faq-q05-question = Do I have to pay into the pension? Is it compulsory?
faq-q05-answer =
    <b>Yes, it is compulsory. You cannot choose to stay out.</b>

    • <b>Company workers:</b> if your workplace has Employees' Pension (厚生年金), your employer must enrol you and take the premium from your salary. This includes trainees and specified skilled workers.
    • <b>Everyone else</b> aged 20 to 59 with an address in Japan must be in the National Pension (国民年金) and pay the premium, or apply for an exemption (免除) if money is short.

    The money is not simply lost:
    • While you are covered, you are protected if you become disabled, and your family is protected if you die.
    • With 10 years of coverage you get an old-age pension.
    • If you leave Japan before that, you can claim a lump sum (脱退一時金) for up to 60 months.

    If you just do not pay National Pension, those months count for nothing, not even for the lump sum.

    <i>As of November 2026.</i>
faq-q05-keywords = compulsory, mandatory, must pay nenkin, must i pay, must pay pension, must join pension, do i have to pay, have to pay pension, need pay pension, obligatory, obligation, pension required, required or not, nenkin is must, forced to pay, can i skip pension, pay or not, need to pay nenkin, wajib, gimu, kanyu gimu, 義務, 強制加入

faq-q06-question = What is Employees' Pension Insurance (kosei nenkin)?
faq-q06-answer =
    <b>Employees' Pension Insurance (厚生年金保険, kosei nenkin) is the pension for people who work for a company.</b>

    • Technical intern trainees (技能実習) and specified skilled workers (特定技能) employed by a Japanese company are enrolled in it.
    • The premium is 18.3% of your standard monthly pay: half (9.15%) from you, half from your employer. It is taken from your salary every month. Look for 厚生年金 on your payslip.
    • As an employee you are in the National Pension (国民年金) at the same time, with one deduction.
    • Later it pays a salary-linked pension on top of the basic pension, if you reach 10 years of coverage in total.

    If you leave Japan before 10 years, you can claim the Employees' Pension lump sum (脱退一時金): your average standard pay × a rate, for up to 60 months. 20.42% tax is taken off, and you can usually get that tax back.

    <i>As of November 2026.</i>
faq-q06-keywords = kosei nenkin meaning, kousei nenkin, kouseinenkin, employees pension, employee pension meaning, company pension, shakai hoken, social insurance, difference with kokumin, salary linked pension, 厚生年金, 厚生年金保険, 社会保険

faq-q07-question = How much kosei nenkin is taken from my salary?
faq-q07-answer =
    <b>You pay 9.15% of your standard monthly remuneration (標準報酬月額). Your employer pays another 9.15%. Together: 18.3%.</b> This rate has been fixed since September 2017.

    How it works:
    • Your pay (basic pay plus allowances such as housing, commuting and overtime) is put into one of 32 grades, from 88,000 yen to 650,000 yen. Pay above the top grade is counted as 650,000 yen.
    • The grade is set when you start, and then checked every year from your pay in April, May and June. The new grade is used from September to the next August.
    • Example: standard monthly remuneration 200,000 yen → you pay 18,300 yen a month.
    • Bonuses are charged too: on the bonus rounded down to 1,000 yen, up to 1,500,000 yen for each month a bonus is paid.

    The 2002 table (30 grades, 98,000 to 620,000 yen) is out of date: grades were added in 2016 and 2020.

    <i>As of November 2026.</i>
faq-q07-keywords = how much deducted, kosei how much salary, salary deduction, deduct from salary, pension deduction too big, deduction too much, cut from salary, taken from salary, percent of salary, kosei nenkin percent, calculate kosei nenkin, how calculate deduction, hyojun hoshu getsugaku, standard monthly remuneration, grade, bonus deduction, kyuyo meisai, payslip pension amount, why so much deducted, is it normal, 9.15 percent, 標準報酬月額, 保険料率, 給与明細

faq-q08-question = Does my employer also pay for my pension?
faq-q08-answer =
    <b>Yes. Your employer pays the same amount as you.</b>

    The Employees' Pension (厚生年金) premium is 18.3% of your standard monthly remuneration: 9.15% from you and 9.15% from your employer. The employer takes your half from your salary and pays both halves to the Japan Pension Service (日本年金機構).

    Example: standard monthly remuneration 220,000 yen → you pay 20,130 yen, your employer pays 20,130 yen, total 40,260 yen a month.

    Check your payslip: it should show 厚生年金 every month. If nothing is deducted, ask your employer or your supervising organisation. Months without enrolment do not count for a pension or for the lump sum.

    Good to know: the lump sum (脱退一時金) uses half of the rate (18.3% × ½). So it gives back roughly your own share, not your employer's share.

    <i>As of November 2026.</i>
faq-q08-keywords = company pays half, employer pays half, company also pay, company pay for me, employer share, employer share of pension, company share, who pays kosei nenkin, company or me, company pay same amount, employer contribution, company contribution, jigyonushi futan, roshi seppan, half half, kaisha futan, 事業主負担, 労使折半, 会社負担

faq-q09-question = What is a mutual aid pension (kyosai kumiai)?
faq-q09-answer =
    <b>Mutual aid associations (共済組合, kyosai kumiai) run the pension for public servants and school staff.</b>

    • Members are for example national and local government workers and teachers. Staff of private schools are covered by the Promotion and Mutual Aid Corporation for Private Schools of Japan (PMAC, 日本私立学校振興・共済事業団).
    • Members are Category 2, like company workers in Employees' Pension (厚生年金).
    • Mutual aid months count toward the 10-year test for an old-age pension, together with your other months.
    • For the lump sum (脱退一時金), mutual aid months count toward the 6-month minimum, like Employees' Pension months.

    Who pays the lump sum: if you have 6 or more paid months of National Pension, the Japan Pension Service pays and handles everything. If not, the last pension body you belonged to pays: the association, or PMAC for a private school.

    <i>As of November 2026.</i>
faq-q09-keywords = what is kyosai, kyosai kumiai, kyousai, kyosai nenkin, mutual aid pension, mutual aid association, public servant pension, government worker pension, civil servant pension, city hall worker pension, teacher pension, teachers pension japan, private school pension, pmac, shigaku kyosai, komuin pension, 共済組合, 共済年金, 私学共済

faq-q10-question = Can a foreigner work in public service and join a mutual aid pension?
faq-q10-answer =
    <b>Some foreigners do, for example as teachers or university staff. Then they are in a mutual aid association (共済組合).</b>

    Which public jobs are open to foreigners depends on the employer and the job. That is not a pension question. The pension rules do not depend on nationality:
    • You are Category 2, like a company worker.
    • Your months count toward the 10-year test for an old-age pension.
    • If you leave Japan before 10 years, you can claim a lump sum (脱退一時金) for your mutual aid months. The usual conditions apply: at least 6 months, no address in Japan, claim within 2 years. The 2 years usually start when your address in Japan ends, or when you lost coverage if that is later.
    • Where to claim: with 6 or more paid National Pension months, at the Japan Pension Service. Otherwise at your association, or PMAC if you worked at a private school.

    Trainees and specified skilled workers at private companies are in Employees' Pension (厚生年金), not in mutual aid.

    <i>As of November 2026.</i>
faq-q10-keywords = foreigner city hall job, foreigner work city office, foreigner civil servant, can foreigner be komuin, gaikokujin komuin, koumuin, foreigner koumuin, work as koumuin, foreign teacher, alt teacher, public school teacher foreigner, university staff, foreigner government job, foreign teacher kyosai, public employee foreigner, 公務員, 外国人公務員, 教員

faq-q11-question = How much is the mutual aid pension premium?
faq-q11-answer =
    <b>It is a percentage of your salary, taken from your pay every month. Your payslip shows the amount, and your association can tell you the rate.</b>

    For comparison: company workers in Employees' Pension (厚生年金) pay 18.3% of their standard monthly remuneration in total, 9.15% from the worker and 9.15% from the employer.

    Figures in the 2002 FAQ are out of date. Do not use them.

    For the lump sum (脱退一時金): the bot's estimate uses the Employees' Pension rules. If you were in mutual aid, ask your association to confirm your figures, or ask our consultants.

    <i>As of November 2026.</i>
faq-q11-keywords = kyosai how much, kyosai premium, kyosai percent, kyosai rate, kakekin, kyosai kakekin, mutual aid rate, mutual aid premium, mutual aid how much, teacher pension deduction, public servant pension deduction, kyosai deduction salary, 掛金, 共済掛金

faq-q12-question = Does the employer share the mutual aid premium?
faq-q12-answer =
    <b>Your payslip and your association can tell you how the cost is shared.</b>

    For comparison: in Employees' Pension (厚生年金), the worker and the employer each pay half, 9.15% each. For mutual aid (共済組合), do not guess: check your payslip or ask your association.

    Who to ask:
    • The office of your mutual aid association
    • The personnel section of your employer
    • PMAC, if you work at a private school

    The bot's consultants can also help you read your payslip.

    <i>As of November 2026.</i>
faq-q12-keywords = kyosai employer part, who pays kyosai, kyosai half, government pays half, school pays half, school pay part, employer pay kyosai, kyosai futan wariai, mutual aid employer pays, mutual aid half, 負担割合, 共済 事業主負担

faq-q13-question = Does a dependent husband or wife pay pension premiums?
faq-q13-answer =
    <b>No. A Category 3 person (第3号被保険者) pays no premium.</b>

    • Category 3 is a husband or wife aged 20 to 59 who lives on the income of a Category 2 spouse (a company worker or public servant).
    • The registration goes through the spouse's employer.
    • These months are pension coverage in Japan, so they count toward the 10-year test for an old-age pension.

    But for the lump sum (脱退一時金):
    • Category 3 months give no lump sum. The National Pension lump sum counts only months you paid yourself as Category 1. The Employees' Pension lump sum counts only your own company months.

    If you stop being Category 3 (for example after a divorce, or your spouse leaves the company) and you still live in Japan, you usually become Category 1 and must pay yourself.

    <i>As of November 2026.</i>
faq-q13-keywords = dependent wife, dependent spouse, dependent husband, wife no job, wife not working, wife must pay, wife pension, spouse pension, category 3, category 3 premium, wife lump sum, dai 3 go, sango, fuyo, fuyou, family visa wife, kazoku taizai, divorce, 扶養, 配偶者, 家族滞在

## Section B: exemptions

faq-q14-question = Can I get an exemption from the National Pension premium?
faq-q14-answer =
    <b>Yes. If your income is low, you can apply for an exemption (免除, menjo) at your city office.</b> It is only for Category 1: people who pay the National Pension (国民年金) themselves.

    There are 4 levels: full, ¾, half and ¼ exemption. You must apply. It is not automatic.

    How exempt months count:
    • For the 10-year old-age pension test: exempt months count.
    • For the National Pension lump sum (脱退一時金): a fully paid month counts 1. With ¼ exemption (you pay ¾) it counts ¾. With half exemption it counts ½. With ¾ exemption (you pay ¼) it counts ¼. A fully exempt month counts 0.
    • Unpaid months (未納) count 0 for everything.

    Example: 20 paid months + 12 half-exempt months = 26 months counted. With the last paid month in fiscal year 2026, the lump sum is 215,040 yen.

    So if you cannot pay, apply for an exemption. Do not just stop paying. Company workers (Category 2) cannot use this exemption.

    <i>As of November 2026.</i>
faq-q14-keywords = cannot pay nenkin, cannot pay nenkin letter, cannot pay kokumin, cant pay, can not pay, no money pay nenkin, no money for nenkin, no money kokumin nenkin, kokumin nenkin exemption, exemption, exempt, menjo, nenkin menjo, low income, lost job cant pay, reduce premium, pay less, half exemption, too expensive, unpaid, mino, 免除, 未納

faq-q15-question = Can I stop paying kosei nenkin because I will go home?
faq-q15-answer =
    <b>No. If you work for a company with Employees' Pension (厚生年金), there is no exemption. The premium is taken from every salary.</b>

    • The low-income exemption exists only in the National Pension, for Category 1.
    • You cannot leave Employees' Pension because you plan to go home. As long as you work at a covered workplace, you are enrolled.

    What you can do: when you leave Japan for good, claim the lump sum (脱退一時金). It pays back money for up to 60 months of coverage.

    Before you claim: the lump sum erases all your earlier months. If you may come back to Japan, or you are from the Philippines or India, read "What do I lose when I take the lump sum?" first.

    Example: 36 months, average standard monthly remuneration 220,000 yen → rate 3.3 → 726,000 yen before tax. After 20.42% tax you receive about 577,751 yen, and you can usually get the tax back later.

    <i>As of November 2026.</i>
faq-q15-keywords = stop paying kosei nenkin, stop kosei, stop pension deduction, stop deduction salary, not deduct, no deduction please, dont want deduction, kosei nenkin exemption, exemption company worker, no need pension going home, trainee stop pension, company stop taking pension, kosei nenkin yameru, 厚生年金 免除, やめたい

faq-q16-question = Can students get an exemption from the pension premium?
faq-q16-answer =
    <b>Yes. Students with a low income can use the Student Payment Special System (学生納付特例, gakusei nofu tokurei).</b> It postpones the National Pension premium.

    • Apply at your city office. You must apply again every year.
    • Foreign students can use it too.
    • Postponed months count toward the 10-year test for an old-age pension, but they do not increase the pension amount.
    • For the National Pension lump sum (脱退一時金), postponed months count as 0. Only months you really paid count.

    If you work as an employee and are in Employees' Pension (厚生年金), this system does not apply to those months.

    Ask your city office about the income limit and the documents for your case.

    <i>As of November 2026.</i>
faq-q16-keywords = student, ryugakusei, ryugakusei nenkin, ryugakusei cannot pay, international student, foreign student, student exemption, student cannot pay, student no money, gakusei nofu tokurei, student deferral, postpone payment, university student, language school, nihongo gakko, senmon gakko, 学生納付特例, 学生, 留学生

## Section C: National Pension benefits

faq-q17-question = What pensions does the National Pension pay?
faq-q17-answer =
    <b>The National Pension (国民年金) pays 3 kinds of pension.</b>

    • <b>Old-age Basic Pension</b> (老齢基礎年金): in old age, if you have at least 10 years of coverage. The full amount for 40 years is 847,300 yen a year in fiscal year 2026 (about 70,608 yen a month).
    • <b>Disability Basic Pension</b> (障害基礎年金): if an illness or injury leaves you disabled. Fiscal year 2026: grade 1 is 1,059,125 yen a year, grade 2 is 847,300 yen a year.
    • <b>Survivors' Basic Pension</b> (遺族基礎年金): for the family of a person who dies. Fiscal year 2026: 847,300 yen a year, plus additions for children.

    These amounts are for people born on or after 2 April 1956. They change every April. For fiscal year 2026 the basic pension went up by 1.9%.

    Company workers in Employees' Pension (厚生年金) get a salary-linked part on top.

    <i>As of November 2026.</i>
faq-q17-keywords = what benefits, nenkin benefits, benefit, types of pension, kinds of pension, what kind pension, what pensions, what national pension give, what kokumin nenkin pay, what can i receive, 3 pensions, old age disability survivors, kyufu, nenkin shurui, 年金の種類, 給付

faq-q18-question = What is the Disability Basic Pension?
faq-q18-answer =
    <b>The Disability Basic Pension (障害基礎年金) is paid if an illness or injury leaves you with a serious disability.</b>

    Fiscal year 2026 amounts (born on or after 2 April 1956):
    • Grade 1: 1,059,125 yen a year (about 88,260 yen a month)
    • Grade 2: 847,300 yen a year
    • Additions for children may be paid on top.

    Conditions apply; the Japan Pension Service checks each case.

    This protects foreign workers too, even if you do not plan to stay 10 years.

    Lump-sum warning: if you ever had a right to a Japanese pension, including a disability pension or a Disability Allowance (障害手当金), you cannot claim the lump sum (脱退一時金). Talk to our consultants before you decide.

    <i>As of November 2026.</i>
faq-q18-keywords = disability, disabled, disability pension, disability pension how much, injury, injured, accident, accident at work, illness, sick, sick cannot work, handicap, shogai, shogai nenkin, shougai nenkin, shogai nenkin amount, disability allowance, become disabled, 障害年金, 障害手当金, 障害

faq-q19-question = What is the Survivors' Basic Pension?
faq-q19-answer =
    <b>The Survivors' Basic Pension (遺族基礎年金) is paid to the family of a covered person who dies.</b>

    • It is mainly for families with children: the husband or wife who raises the children, or the children themselves.
    • Conditions apply; the Japan Pension Service checks each case.

    Amount in fiscal year 2026: 847,300 yen a year, plus an addition for each child. In fiscal year 2025 the child addition was 239,300 yen each for the 1st and 2nd child, and 79,800 yen for each further child. The fiscal year 2026 child additions are still to be confirmed.

    If this happens in your family, contact a pension office (年金事務所) or our consultants soon.

    <i>As of November 2026.</i>
faq-q19-keywords = survivor, survivors pension, die, died, death, if i die, die in japan, husband died, wife died, family pension, family get money, wife and kids, children pension, widow, widower, orphan, izoku, izoku nenkin, 遺族年金, 死亡

faq-q20-question = When can I get the old-age pension, and how many years do I need?
faq-q20-answer =
    <b>You need at least 10 years (120 months) of coverage. Since August 2017 it is 10 years, not 25.</b>

    • The 10 years add up: National Pension paid months, Employees' Pension (厚生年金) months, mutual aid months, exemption months and karakikan (合算対象期間).
    • The amount depends on how long you paid. 40 full years give 847,300 yen a year in fiscal year 2026 (born on or after 2 April 1956). Fewer years give less.
    • If you were in Employees' Pension, you also get a salary-linked part.
    • Amounts are revised every April.

    Ask a pension office (年金事務所) when your payments can start.

    Lump-sum link: once you reach 10 years, you can no longer take the lump sum (脱退一時金). Your months then give you a pension instead.

    <i>As of November 2026.</i>
faq-q20-keywords = old age pension, retirement pension, how many years need, how long pay pension, 10 years pension, 10 years rule, 10 years enough, 120 months, 25 years, qualifying period, when receive pension, pension when old, pension age, age 65, how much pension, pension amount after 10 years, rorei nenkin, rourei nenkin, 老齢年金, 受給資格期間

faq-q21-question = If I have 10 years of kokumin nenkin and kosei nenkin together, do I get both pensions?
faq-q21-answer =
    <b>Yes. Your months in the National Pension (国民年金) and Employees' Pension (厚生年金) are added together for the 10-year test.</b>

    Once you have 10 years (120 months):
    • You get the Old-age Basic Pension (老齢基礎年金) from the National Pension, based on your paid months.
    • You also get the employees' old-age pension (老齢厚生年金), based on your Employees' Pension months and salary.

    Example: 5 years as a specified skilled worker in a company + 5 years paying National Pension yourself = 10 years. You qualify.

    In 2002 you needed 25 years. The rule changed to 10 years in August 2017.

    Remember: if you take a lump sum (脱退一時金) at any time, all months before it are erased and no longer count toward the 10 years.

    <i>As of November 2026.</i>
faq-q21-keywords = both pensions, receive both pensions, two pensions, 2 pensions, kokumin and kosei together, kosei plus kokumin, add kokumin kosei, combine years, total years, mixed periods, company years and kokumin years, pay myself nenkin, pay myself reach 10 years, pay voluntarily, voluntary payment, reach 10 years, nini kanyu, rorei kosei nenkin, 老齢厚生年金, 任意加入, 合算

faq-q22-question = What happens to my pension if I pay for less than 10 years?
faq-q22-answer =
    <b>You get no old-age pension. But a foreigner who leaves Japan can claim the lump sum (脱退一時金) instead.</b>

    You need at least 6 months of coverage. At most 60 months are counted (since April 2021; before that it was 36).
    • <b>Employees' Pension (厚生年金):</b> average standard monthly remuneration × a rate. 36 months give rate 3.3; 60 months or more give 5.5.
    • <b>National Pension (国民年金)</b>, last paid month in fiscal year 2026: from 53,760 yen (6 to 11 months) up to 537,600 yen (60 months or more).

    The 2002 table (factors 0.5 to 3.0, at most 36 months) no longer applies.

    If you become a permanent resident or a Japanese citizen, your years abroad can count as karakikan (合算対象期間), and you may reach 10 years that way.

    If you might come back, your months stay under your Basic Pension Number as long as you do not take the lump sum.

    <i>As of November 2026.</i>
faq-q22-keywords = less than 10 years, under 10 years, not enough years, only 3 years, only 5 years, work 5 years no pension, pay 8 years, short time japan, no old age pension, nenkin gone, nenkin less than 10 years, 10 nen miman

## Section D: losing benefits and the lump sum

faq-q23-question = Can I get back the pension money I paid?
faq-q23-answer =
    <b>Not as a normal refund. But a foreigner who leaves Japan can claim the Lump-sum Withdrawal Payment (脱退一時金, dattai ichijikin).</b>

    Main conditions:
    • You are not a Japanese citizen.
    • You have at least 6 months of coverage.
    • You have no address in Japan and are not in a Japanese pension any more.
    • You have less than 10 years of coverage and never had a right to a pension.
    • You claim within 2 years. The 2 years usually start when your address in Japan ends, or when you lost coverage if that is later.

    It counts up to 60 months (5 years). For company workers it is roughly your own share of the premiums, not your employer's share.

    <b>Warning:</b> once you receive it, all your months before the claim are erased. They no longer count for a Japanese pension or under a social security agreement.

    Open the lump-sum claim guide in the menu for the steps.

    <i>As of November 2026.</i>
faq-q23-keywords = refund, pension refund, nenkin refund, refund nenkin, money back, get money back, pension money back, return money, payback, lump sum, what is lump sum, lumpsum, what is lumpsum, lamsam, lump sump, what is dattai ichijikin, refund when leaving japan, refund when return my country, refund go home, money back go home, foreigner refund, 脱退一時金, 返金

faq-q24-question = I paid kokumin nenkin myself. Can I get a lump sum when I leave?
faq-q24-answer =
    <b>Yes. If you paid at least 6 months of National Pension (国民年金) as Category 1, you can claim the National Pension lump sum after you leave Japan.</b>

    Amount = the monthly premium of the fiscal year of your last paid month × ½ × the number for your band.

    Last paid month in fiscal year 2026 (premium 17,920 yen):
    • 6–11 months: 53,760 yen
    • 12–17: 107,520 yen
    • 18–23: 161,280 yen
    • 24–29: 215,040 yen
    • 30–35: 268,800 yen
    • 36–41: 322,560 yen
    • 42–47: 376,320 yen
    • 48–53: 430,080 yen
    • 54–59: 483,840 yen
    • 60 or more: 537,600 yen

    If your last paid month was between April 2025 and March 2026 (premium 17,510 yen), the amounts are a little lower. For example, 60 months or more gives 525,300 yen.

    No tax is taken from the National Pension lump sum.

    Only months you paid yourself count. Partly exempt months count partly. Fully exempt, student-postponed and unpaid months count 0.

    Claim within 2 years. The 2 years usually start when your address in Japan ends, or when you lost coverage if that is later. Read "What is the deadline to claim the lump sum?" for details.

    Before you claim: the lump sum erases all your earlier months. Read "What do I lose when I take the lump sum?" first.

    <i>As of November 2026.</i>
faq-q24-keywords = kokumin refund, kokumin lump sum, kokumin money back, national pension refund, refund national pension, paid myself, paid myself refund, category 1 refund, city hall pension refund, kokumin nenkin dattai ichijikin, national pension no tax, student kokumin refund, 537600, 国民年金 脱退一時金, 国民年金 返金

faq-q25-question = I worked at a company. Can I claim from both kokumin nenkin and kosei nenkin?
faq-q25-answer =
    <b>Usually your company months give one lump sum: the Employees' Pension lump sum (厚生年金の脱退一時金).</b>

    • As a company worker (Category 2) you are also in the National Pension, but those months give no separate National Pension lump sum.
    • You get a National Pension lump sum as well only if you also paid National Pension yourself for 6 months or more, for example between two jobs.

    One claim form covers both. If you have both kinds, you claim both at the same time.

    Tax: 20.42% is taken from the Employees' Pension lump sum (you can usually get it back). The National Pension lump sum is not taxed.

    Who pays: with 6 or more paid National Pension months, the Japan Pension Service handles both. Otherwise the last pension body you worked under pays; for a private company that is the Japan Pension Service.

    Example: 30 months at a company + 8 months paid yourself → 2 lump sums.

    Before you claim: the lump sum erases all your earlier months. If you may come back to Japan, or you are from the Philippines or India, read "What do I lose when I take the lump sum?" first.

    <i>As of November 2026.</i>
faq-q25-keywords = both lump sums, two lump sum, 2 lump sum, two refunds, claim both, kosei and kokumin refund, kokumin and kosei both refund, refund kosei nenkin, both pension refund, company worker refund, double refund, kosei nenkin dattai ichijikin, 厚生年金 脱退一時金, 両方

## Section E: karakikan (Japanese nationals and permanent residents)

faq-q26-question = What is karakikan?
faq-q26-answer =
    <b>Karakikan (合算対象期間) are periods that count toward the 10-year test for an old-age pension, but add nothing to the amount.</b>

    They help people reach 10 years (120 months). Examples:
    • Japanese nationals: time living abroad.
    • Foreigners who got permanent residence (永住者) or Japanese nationality: time living abroad from April 1961 until the permission, only between ages 20 and 59.
    • Time as an employee's husband or wife before April 1986, and time as a student before April 1991.

    Time abroad is not karakikan for foreigners on a work visa, such as trainees or specified skilled workers.

    Important: if karakikan bring you to 10 years, you are entitled to an old-age pension, and you can no longer take the lump sum (脱退一時金).

    <i>As of November 2026.</i>
faq-q26-keywords = karakikan, what is karakikan, karakikan meaning, karakikan mean, kara kikan, karakikann, karakikan explain, kara period, empty period, gassan taisho kikan, credit period, 合算対象期間, カラ期間

faq-q27-question = Does the time I lived in my home country count as karakikan?
faq-q27-answer =
    <b>Only if you become a permanent resident (永住者) or a Japanese citizen.</b> Then your years abroad from April 1961 until you got the permission count, but only the years between age 20 and 59.

    Example: you lived in your country from age 20 to 28, then came to Japan. Later you get permanent residence. The 8 years from 20 to 28 are karakikan. With just 2 more years of coverage in Japan you would already have 10 years.

    Time in Japan is not karakikan. People who live in Japan are in the National Pension and must pay or get an exemption.

    Karakikan add nothing to the amount. Your pension is based on the months you actually paid.

    <i>As of November 2026.</i>
faq-q27-keywords = years in my country, home country years, time in my country, years abroad count, time abroad count, before japan years, before coming japan, lived in my country count, overseas years, abroad karakikan, kaigai zaiju, 海外在住期間, 母国

faq-q28-question = If I live in Japan but don't work for a company, is that karakikan?
faq-q28-answer =
    <b>No. Today, time living in Japan is normally not karakikan.</b>

    If you live in Japan aged 20 to 59 and are not in a company pension, you are in the National Pension (国民年金) as Category 1. You must pay the premium (17,920 yen a month in fiscal year 2026) or apply for an exemption (免除).
    • Paid months count fully.
    • Exempt months count toward the 10 years.
    • Unpaid months count for nothing.

    If you think an old period may count, ask a pension office (年金事務所).

    <i>As of November 2026.</i>
faq-q28-keywords = not working in japan, no company, unemployed, jobless, housewife, self employed, no job period, between jobs, living in japan karakikan, mushoku, no work, 無職, 自営業

faq-q29-question = Who can use karakikan?
faq-q29-answer =
    <b>Japanese nationals, and foreigners who became permanent residents (永住者) or Japanese citizens.</b>

    • Japanese nationals: time abroad and some other periods count.
    • Permanent residents and naturalised citizens: time abroad from April 1961 until the permission, between ages 20 and 59.
    • Some old periods count for everyone who meets the rule, for example as an employee's husband or wife before April 1986, or as a student before April 1991.

    Not for: foreigners on a work visa, trainee visa, specified skilled worker visa, student visa and so on. Their time abroad does not count.

    For permanent residents: karakikan can mean you already meet 10 years. Then you are entitled to an old-age pension and cannot take the lump sum (脱退一時金). Check this before you make plans.

    <i>As of November 2026.</i>
faq-q29-keywords = who can use karakikan, karakikan foreigner, only japanese, for foreigner or japanese, permanent resident only, naturalized, naturalised, kika, japanese citizen, who eligible, 帰化, 日本国籍

faq-q30-question = Does karakikan count for kosei nenkin and kyosai too?
faq-q30-answer =
    <b>Yes. The 10-year test is one test for all public pensions.</b>

    Your National Pension months, Employees' Pension (厚生年金) months, mutual aid (共済組合) months, exemption months and karakikan are all added together.

    When the total is 10 years (120 months) or more:
    • you get the Old-age Basic Pension, and
    • you get the salary-linked old-age pension from Employees' Pension or mutual aid for your working months.

    Karakikan only help you reach 10 years. The amount comes from the months you actually paid.

    <i>As of November 2026.</i>
faq-q30-keywords = karakikan kosei nenkin, karakikan kyosai, count for employees pension, count for mutual aid, count for kosei, all pensions, company pension too, all schemes, one test, every pension system

faq-q31-question = What documents do permanent residents need to show karakikan?
faq-q31-answer =
    <b>You must show where you lived and when you got permanent residence.</b> The Japan Pension Service decides what it accepts, so ask at a pension office (年金事務所) before you claim.

    Useful to bring:
    • Your passports, old and new, with entry and exit stamps
    • Your residence card (在留カード) showing permanent residence, and the date of the permission
    • Your Basic Pension Number Notice (基礎年金番号通知書) or pension handbook (年金手帳)
    • A simple timeline: where you lived, worked and studied, year by year, from age 20

    Karakikan are checked when you claim your old-age pension. Keep copies of everything you hand in.

    The bot's consultants can help you prepare.

    <i>As of November 2026.</i>
faq-q31-keywords = karakikan documents, proof, prove time abroad, papers to show, old passport stamps, evidence, proof lived abroad, timeline, what document, show karakikan, 書類, 証明

faq-q32-question = Where can I read the karakikan rules?
faq-q32-answer =
    <b>The Japan Pension Service (日本年金機構) lists the types of karakikan in the notes to its claim forms.</b> Any pension office (年金事務所) can explain them.

    In 2002 the pension was run by the Social Insurance Agency. Since January 2010 it is the Japan Pension Service.

    The main points in short:
    • Karakikan count toward the 10-year test, not toward the amount.
    • For permanent residents and naturalised citizens: time abroad from April 1961 until the permission, between ages 20 and 59.
    • Other examples: an employee's husband or wife before April 1986, a student before April 1991.

    If you need help in your language, ask our consultants through the menu.

    <i>As of November 2026.</i>
faq-q32-keywords = karakikan rules, where read, rules in english, information, where find rules, website, nenkin jimusho, pension office, social insurance agency, shakai hoken cho, 年金事務所, 日本年金機構, 社会保険庁

## Section F: foreign residents on visas

faq-q33-question = I'm on a work visa and will stay less than 10 years. What happens to my pension?
faq-q33-answer =
    <b>You can claim the lump sum (脱退一時金) after you leave Japan, for Employees' Pension and for National Pension.</b> You need 10 years for an old-age pension (25 years until August 2017).

    • Any visa: trainee (技能実習), specified skilled worker (特定技能), engineer, student, spouse and others.
    • At least 6 months of coverage.
    • Up to 60 months count. Months after 60 add nothing to the lump sum. (A rise to 96 months is planned, but it has no start date yet.)
    • Claim within 2 years. The 2 years usually start when your address in Japan ends, or when you lost coverage if that is later. Read "What is the deadline to claim the lump sum?" for details.

    If you stay longer: moving from trainee to specified skilled worker without going home keeps your coverage running. At 120 months (10 years) you become entitled to an old-age pension, and then the lump sum is no longer possible.

    Think before you claim: the lump sum erases all your earlier months. This matters if you may come back to Japan. It also matters if you are from the Philippines or India: their agreements with Japan let periods in both countries be added together, and the lump sum ends this for all earlier months. Read "What do I lose when I take the lump sum?" first.

    <i>As of November 2026.</i>
faq-q33-keywords = work visa, visa holder, trainee, jisshusei, ginou jisshusei, ginou jisshu, gino jisshu, tokutei ginou, tokutei gino, ssw, specified skilled worker, technical intern, trainee 3 years, jisshusei 3 years, ssw 5 years, after trainee finish, trainee pension, work visa less than 10 years, 技能実習, 特定技能, 就労ビザ

faq-q34-question = Why can't I use karakikan on a work visa?
faq-q34-answer =
    <b>Because the karakikan rule for time abroad is only for Japanese nationals and for foreigners who became permanent residents or Japanese citizens.</b> A work visa is not enough.

    What you can do instead:
    • Reach 10 years with real coverage in Japan: paid months, company months and exemption months.
    • If your country has a social security agreement with Japan that adds periods together (for example the Philippines or India), periods in both countries can count.
    • Claim the lump sum (脱退一時金) when you leave.
    • If you later get permanent residence, karakikan can then apply to your time abroad.

    <i>As of November 2026.</i>
faq-q34-keywords = why no karakikan, karakikan work visa, visa holder cannot use, trainee cannot use, not allowed, why cannot use, jisshusei cannot, tokutei ginou cannot, unfair, why not for visa, 合算対象期間 ビザ

faq-q35-question = If I leave Japan before 10 years, do I lose all my pension money?
faq-q35-answer =
    <b>Not all. You have choices.</b>

    1. <b>Claim the lump sum (脱退一時金).</b> You get part of the money back for up to 60 months. When you receive it, all your months before the claim are erased. Claim within 2 years. The 2 years usually start when your address in Japan ends, or when you lost coverage if that is later. If you miss the deadline, you lose the lump sum, but your months stay on your record.
    2. <b>Keep your record.</b> Your months stay under your Basic Pension Number (基礎年金番号). If you come back to Japan later, new months are added. At 10 years you get a pension.
    3. <b>Social security agreement.</b> Japan has 24 agreements. With some countries, such as the Philippines and India, Japanese and home-country periods can be added together. Vietnam, Indonesia, Myanmar, Nepal, Cambodia and many others have no agreement, so only choices 1 and 2 exist.

    While you are covered, you are also protected by the disability and survivors' pensions.

    <i>As of November 2026.</i>
faq-q35-keywords = lose money, lose all money, money lost, nenkin lost, lose everything, lose all pension, money wasted, leave early, leaving japan early, go home early, go back lose money, leave before 10 years, leave japan before 10 years, what options, choices, keep record, pension record, money gone, 損, 年金記録

faq-q36-question = Could I end up with no pension from Japan or from my home country?
faq-q36-answer =
    <b>Yes, this can happen.</b> In Japan you need 10 years of coverage for an old-age pension. Your home-country pension has its own rules, and your years in Japan may be missing there.

    The risk is highest if:
    • you stay in Japan for less than 10 years, and
    • your country has no social security agreement with Japan. Vietnam, Indonesia, Myanmar, Nepal, Cambodia, Thailand, Mongolia, Sri Lanka, Bangladesh and Uzbekistan have none (JPS list updated October 2025).

    For these workers, the lump sum (脱退一時金) or reaching 10 years in Japan are the only ways to get value from the premiums.

    From the Philippines or India: the agreement lets both countries add periods together. Compare this with the lump sum before you claim.

    <i>As of November 2026.</i>
faq-q36-keywords = no pension anywhere, nothing from both countries, end up with nothing, no pension my country, home country pension, my country pension, no agreement risk, nothing left, mukin, 無年金, 母国の年金

faq-q37-question = Is there any legal protection for foreign workers' pensions?
faq-q37-answer =
    <b>Yes: social security agreements (社会保障協定) and the lump sum (脱退一時金).</b>

    • Japan has 24 agreements in force. In 2002 there were only 2 (Germany and the United Kingdom).
    • Most agreements let you add periods in both countries. Some only stop you from paying into both systems at once: the United Kingdom, Korea, China and Italy.
    • Without an agreement, the law still gives you the lump sum when you leave: up to 60 months, claimed within 2 years. The 2 years usually start when your address in Japan ends, or when you lost coverage if that is later.
    • While you are covered, you have the same disability and survivors' protection as Japanese workers.

    For the full country list, open "Social security agreements" in the lump-sum claim guide.

    <i>As of November 2026.</i>
faq-q37-keywords = legal protection, law protect, protection, rights, pension rights, worker rights, law for foreigners, is there law, legal, protect my pension, guarantee, hogo, kenri, 権利, 保護

faq-q38-question = What happens to the money I paid if I don't get a pension?
faq-q38-answer =
    <b>Your premiums fund the public pension system.</b> Your money is not saved in a personal account.

    What comes back to you if you leave:
    • <b>Employees' Pension lump sum:</b> about your own share of the premiums (not your employer's share) for up to 60 months, minus 20.42% tax that you can usually get back.
    • <b>National Pension lump sum:</b> roughly half of the premium for each paid month, counted in steps of 6 months, for up to 60 months. No tax.
    • If you do not claim within 2 years, you lose the right to the lump sum. The 2 years usually start when your address in Japan ends, or when you lost coverage if that is later.

    If you reach 10 years of coverage instead, you get an old-age pension.

    <i>As of November 2026.</i>
faq-q38-keywords = where my money go, where pension money go, where premium go, money i paid where, what happen money paid, money not saved, personal account, premiums used, fund, old people, pay for elderly, fukaho, 保険料 どこ, 賦課方式

faq-q39-question = Why must foreigners on a visa pay into the pension?
faq-q39-answer =
    <b>Because Japan's pension law covers everyone who lives or works in Japan, of any nationality.</b>

    Your premiums fund the public pension system. It also covers risks while you are in Japan:
    • Disability Basic Pension if you become seriously disabled (fiscal year 2026: 847,300 yen a year for grade 2)
    • Survivors' Basic Pension for your family if you die

    For foreigners who leave early, the lump sum (脱退一時金) gives part of the premiums back. Social security agreements also stop double payments with some countries.

    <i>As of November 2026.</i>
faq-q39-keywords = why foreigners pay, foreigner must pay, gaikokujin must pay, foreigner pay reason, reason pay pension, purpose, trainee must pay, visa pay pension, reason for nenkin, why deducted foreigner, naze, 外国人 なぜ 年金

faq-q40-question = Can I opt out of the pension because I will go home?
faq-q40-answer =
    <b>No.</b>

    • <b>Employees' Pension (厚生年金):</b> if you work at a covered workplace, you are enrolled. You cannot leave it while you work there, even if you will never reach 10 years.
    • <b>National Pension (国民年金):</b> if you live in Japan aged 20 to 59, you must be in it. If money is short, apply for an exemption (免除) at your city office. Do not just stop paying.

    In 2002 the pension was run by the Social Insurance Agency. Since January 2010 it is the Japan Pension Service (日本年金機構).

    What you can do: claim the lump sum (脱退一時金) when you leave Japan. Keep your payslips and your Basic Pension Number Notice (基礎年金番号通知書).

    But think first: the lump sum erases all your months before the claim. If you may come back to Japan, or you are from the Philippines or India, read "What do I lose when I take the lump sum?" before you claim.

    <i>As of November 2026.</i>
faq-q40-keywords = opt out, optout, say no, say no to pension, refuse, cancel pension, cancel nenkin, not join, dont join, dont want join, don't want to join, leave pension system, leave nenkin system, withdraw from system, quit nenkin, get out of pension, no thank you, choose not join, 加入しない, やめる

## Section G: permanent residency

faq-q41-question = What is permanent residency in Japan?
faq-q41-answer =
    <b>Permanent residency (永住者, eijusha) is a status of residence with no limit on how long you may stay.</b>

    The Immigration Services Agency of Japan (出入国在留管理庁) decides each application. The requirements and documents are set by immigration rules, not by the pension system. Our consultants can help you find the right office and prepare.

    Pension link:
    • After you get it, your years abroad from April 1961 until the permission (ages 20 to 59) count as karakikan (合算対象期間).
    • This can bring you to 10 years. Then you have a right to an old-age pension, and you can no longer take the lump sum (脱退一時金).

    <i>As of November 2026.</i>
faq-q41-keywords = permanent resident, how become permanent resident, permanent resident japan, permanent residence, eijuken, what is eijuken, get eijuken, eijyuken, eijuu, eiju, eijusha, pr visa, apply eijuken, green card japan, immigration, 永住, 永住権, 永住者, 永住許可

faq-q42-question = What pension benefit does permanent residency give me?
faq-q42-answer =
    <b>The main pension benefit is karakikan (合算対象期間): your time abroad can count toward the 10-year test.</b>

    • What counts: time abroad from April 1961 until you got permanent residence, between ages 20 and 59.
    • This makes an old-age pension much easier to reach, even with fewer paid years in Japan.
    • Karakikan add nothing to the amount. Only paid months do.

    The other side: once you meet 10 years, the lump sum (脱退一時金) is no longer possible. Many permanent residents are in this situation.

    Other rights of permanent residents (work, family, loans) depend on immigration and other laws. The Immigration Services Agency decides immigration matters. Our consultants can help.

    <i>As of November 2026.</i>
faq-q42-keywords = permanent resident pension, pr advantage, pr pension merit, eijuken merit, eijuken pension, eijusha nenkin, pension advantage, good for pension, what good for nenkin, pension plus, help my pension, 永住 メリット, 永住者 年金

faq-q43-question = Do permanent residents have to live in Japan all the time?
faq-q43-answer =
    <b>This is an immigration question. The Immigration Services Agency (出入国在留管理庁) sets the rules for leaving and coming back to Japan.</b> Before a long stay abroad, check them or ask our consultants. Using a re-entry permit (再入国許可) correctly matters.

    Pension side:
    • Since 9 July 2012 foreign residents have a residence card (在留カード). The old alien registration card no longer exists.
    • Time abroad before you got permanent residence can be karakikan.
    • Your pension months stay on your record while you are away.
    • If you already meet 10 years, you cannot take the lump sum (脱退一時金). Your months will give you a pension instead.

    <i>As of November 2026.</i>
faq-q43-keywords = pr live abroad, permanent resident abroad, eijuken live abroad, pr live outside japan, go abroad long time, stay outside long time, how long outside, must stay in japan, live in my country long time, lose pr status, days per year, 永住者 出国, 海外 永住

faq-q44-question = Does permanent residency change my nationality or affect my home country?
faq-q44-answer =
    <b>No. Permanent residency does not change your nationality. You keep the passport of your own country, and you need to keep it valid.</b>

    Home-country matters (voting, property, your home pension, tax) follow your country's laws. Ask your embassy.

    Pension:
    • In Japan, permanent residence can give you karakikan for your years abroad. This may bring you to 10 years and an old-age pension.
    • A social security agreement may also help. Japan has 24. The Philippines and India add periods together; China and Korea do not.
    • Once you are entitled to a Japanese pension, the lump sum (脱退一時金) is no longer possible.

    <i>As of November 2026.</i>
faq-q44-keywords = nationality, change nationality, lose nationality, lose my nationality, keep my nationality, give up nationality, give up passport, citizenship, keep passport, home country effect, dual nationality, embassy, vote, kokuseki, 国籍, 大使館

## Section L: the lump-sum claim guide

faq-ls-eligibility-question = Can I get the lump sum? What are the conditions?
faq-ls-eligibility-answer =
    <b>You can claim the lump sum (脱退一時金, dattai ichijikin) if all 7 points are true:</b>

    1. You are not a Japanese citizen.
    2. You are not in a Japanese pension now (neither Employees' Pension nor National Pension).
    3. You have at least 6 months: 6 or more months in Employees' Pension (厚生年金) or mutual aid, or 6 or more paid months of National Pension (国民年金).
    4. You do not have 10 years (120 months) of coverage. Karakikan and exemption months count in this test.
    5. You never had a right to a Japanese pension, including a disability pension or a Disability Allowance (障害手当金).
    6. You have no address in Japan.
    7. Not more than 2 years have passed since you lost coverage. If you still had an address in Japan then, the 2 years start when that address ended.

    Fewer than 6 months: no lump sum.
    Your visa type does not matter: trainee, specified skilled worker, engineer, student and others can all claim.

    If you left with a re-entry permit and did not file a moving-out notification (転出届), you may not be able to claim yet. See "Re-entry permit".

    Meeting the conditions does not mean you must claim. The lump sum erases all your earlier months. If you may come back to Japan, or you are from the Philippines or India, read "What do I lose when I take the lump sum?" first.

    <i>As of November 2026.</i>
faq-ls-eligibility-keywords = eligible, eligibility, conditions, refund conditions, lump sum conditions, lumpsum conditions, dattai ichijikin conditions, syarat, requirement, am i eligible, qualify, who can claim, claim conditions, 6 months, six months, 5 months, less than 6 months, work only 5 months, still in japan, still live in japan, no address japan, more than 10 years, over 10 years refund, joken, shikaku, 脱退一時金 条件, 要件

faq-ls-amount-question = How much lump sum will I get?
faq-ls-amount-answer =
    <b>Employees' Pension (厚生年金): average standard monthly remuneration × payment rate.</b>

    Payment rate by months of coverage (last month April 2021 or later):
    • 6–11 months: 0.5
    • 12–17: 1.1
    • 18–23: 1.6
    • 24–29: 2.2
    • 30–35: 2.7
    • 36–41: 3.3
    • 42–47: 3.8
    • 48–53: 4.4
    • 54–59: 4.9
    • 60 or more: 5.5
    Today at most 60 months count. A rise to 96 months is planned, to be made by Cabinet Order. No Cabinet Order and no start date have been announced yet.
    The average includes bonuses. Pay above 650,000 yen a month counts as 650,000.

    Example: 36 months, average 220,000 yen → 220,000 × 3.3 = 726,000 yen. Tax of 20.42% (about 148,249 yen) is taken off, so you receive about 577,751 yen. You can usually get the tax back later.

    <b>National Pension (国民年金): premium × ½ × months band.</b> Last paid month in fiscal year 2026 (premium 17,920 yen), 60 months or more: 17,920 × ½ × 60 = 537,600 yen. No tax.

    <b>Careful with your last day.</b> If your last working day is 30 March instead of 31 March, March is not counted. 36 months become 35, the rate drops from 3.3 to 2.7, and 726,000 yen becomes 594,000 yen.

    Tap <b>Estimate my lump sum</b> in the menu to calculate yours.

    Before you claim: the lump sum erases all your earlier months. Read "What do I lose when I take the lump sum?" first.

    <i>As of November 2026.</i>
faq-ls-amount-keywords = how much, how much money, how much refund, how much lump sum, lumpsum how much, how much get back, how many yen, how many money, how much yen get, how much money back go home, dattai ichijikin how much, 3 years how much, amount, refund amount, calculate, calculation, keisan, estimate, payment rate, shikyuritsu, average salary, salary 200000 refund, ikura, 金額, いくら, 計算

faq-ls-how-to-claim-question = How do I apply for the lump sum?
faq-ls-how-to-claim-answer =
    <b>You send a claim form by post to the Japan Pension Service (日本年金機構).</b>

    Before you start: the lump sum erases all your months before the claim. If you may come back to Japan, or you are from the Philippines or India, read "What do I lose when I take the lump sum?" first.

    1. <b>Before leaving Japan:</b> file a moving-out notification (転出届, tenshutsu todoke) at your city office. Keep your Basic Pension Number Notice and your payslips.
    2. <b>Get the form</b> "Application for the Lump-sum Withdrawal Payments". It is bilingual (your language + Japanese) in 14 languages: English, Chinese, Korean, Portuguese, Spanish, Indonesian, Filipino, Thai, Vietnamese, Myanmar, Khmer, Russian, Nepali and Mongolian. There is no form in Sinhala, Bengali, Uzbek, Hindi or Urdu: then use the English form. Download it from the JPS website, or get it at a pension office, a city office or an international association.
    3. <b>Fill it in</b> in CAPITAL letters: name, date of birth, overseas address and bank details. For an overseas bank, write the SWIFT/BIC code. Never write a Japanese address as your address.
    4. <b>Attach the documents</b> (see "Documents checklist").
    5. <b>Post it</b> to: Japan Pension Service, Foreign Affairs Group (外国業務グループ), 3-5-24 Takaido-nishi, Suginami-ku, Tokyo 168-8505, JAPAN. Check the address on your form before you post. It must arrive on or after your moving-out date.
    6. <b>Wait</b> for the decision notice (脱退一時金支給決定通知書). Keep the original: you need it for the tax refund.

    You can post it from Japan once your moving-out notification is filed (from the planned moving-out date), or from your home country within 2 years. Read "What is the deadline to claim the lump sum?" for details.

    Official page: <a href="https://www.nenkin.go.jp/international/english/lumpsum/lumpsum.html">JPS Lump-sum Withdrawal Payments</a>

    <i>As of November 2026.</i>
faq-ls-how-to-claim-keywords = how to apply, how apply, how to claim, how claim dattai ichijikin, apply lump sum, apply lumpsum, apply refund, claim refund, claim nenkin refund, procedure, process, steps, step by step, what to do, what need do, where send, send form, claim form, application form, download form, address send, seikyu, shinsei, tetsuzuki, 手続き, 請求, 申請

faq-ls-documents-question = What documents do I need for the lump sum claim?
faq-ls-documents-answer =
    <b>Checklist for the lump-sum claim:</b>

    • <b>Claim form</b>, filled in and signed.
    • <b>Passport copy:</b> the pages with your name, date of birth, nationality, signature and status of residence, plus the page with the stamp of your last departure from Japan.
    • <b>Proof that you have no address in Japan:</b> a copy of your removed resident record (住民票の除票). Not needed if you filed the moving-out notification (転出届) before leaving.
    • <b>Bank proof</b> showing bank name, branch name, branch address, account number, and that the account is in your own name. For example a bank certificate or a copy of your passbook. For an overseas bank, add the SWIFT/BIC code.
    • <b>Basic Pension Number:</b> a copy of your Basic Pension Number Notice (基礎年金番号通知書) or pension handbook (年金手帳). Handbooks have not been issued since April 2022.
    • <b>If someone applies for you:</b> a power of attorney (委任状) and the agent's ID.

    Tips: write in CAPITAL letters, do not give a Japanese address as your address, and keep a copy of everything you send.

    <i>As of November 2026.</i>
faq-ls-documents-keywords = documents, documents needed, what documents, lump sum documents, lumpsum documents, documents for refund, dattai ichijikin documents, documen, dokumen, papers, what papers, checklist, what need send, what i need send, passport copy, bank proof, bank certificate, bank book, swift code, pension number, lost nenkin techo, lost pension book, nenkin techo, pension handbook, kiso nenkin bango, juminhyo no joseki, shorui, 必要書類, 年金手帳

faq-ls-deadline-question = What is the deadline to claim the lump sum?
faq-ls-deadline-answer =
    <b>2 years.</b> The 2 years start on the day you lost pension coverage. If you still had an address in Japan on that day, they start when your address in Japan ended.

    • For company workers, coverage is lost on the day after your last working day.
    • Most people file a moving-out notification (転出届) when they leave. Then the 2 years usually run from the moving-out date.

    Example: last working day 31 March 2026, moving-out date 15 April 2026. Your claim must be made within 2 years, so send it well before mid-April 2028.

    If you left with a re-entry permit and no moving-out notification, your address stays on the record until the permit or your status of residence expires. The 2 years then start after that.

    If you miss the deadline, you lose the right to the lump sum. Your months stay on your pension record. Claim early: post is slow, and mistakes take time to fix.

    But think before you claim: receiving the lump sum erases all your earlier months. If you may come back to Japan, or you are from the Philippines or India, read "What do I lose when I take the lump sum?" first.

    The tax refund has its own, longer deadline: 5 years from 1 January of the year after you receive the lump sum.

    <i>As of November 2026.</i>
faq-ls-deadline-keywords = deadline, lump sum deadline, lumpsum deadline, refund deadline, dattai ichijikin deadline, time limit, limit, too late, too late claim, late, expire, expired, 2 years, two years, 2 years after leaving, can still claim, claim after go home, how many years after leaving, left japan years ago, left long ago, left 3 years ago, how long can apply, last day, kigen, jiko, 期限, 時効, 2年

faq-ls-tax-refund-question = Can I get back the 20.42% tax on the lump sum?
faq-ls-tax-refund-answer =
    <b>Usually yes. 20.42% tax is taken from the Employees' Pension lump sum, and most trainees and specified skilled workers can get all of it back.</b> The National Pension lump sum is not taxed.

    1. <b>Appoint a tax agent (納税管理人, nozei kanrinin)</b> in Japan: a person or company you trust. File the tax agent notice (納税管理人の届出書) with the tax office for your last address in Japan. You can do this before or after leaving, or together with the return.
    2. <b>The agent files the return</b> "退職所得の選択課税による還付のための申告書" (tax return for refund under selective taxation of retirement income).
    3. <b>Attach the original decision notice</b> (脱退一時金支給決定通知書). It proves the tax was taken.

    When: from 1 January of the year after you received the money, within 5 years.

    The refund is paid only to a Japanese bank account, usually the agent's. Choose the agent carefully.

    Why it comes back: the lump sum is treated as retirement income, with a deduction of 400,000 yen per year (at least 800,000 yen). Example: 36 months, 726,000 yen lump sum → deduction 1,200,000 yen → all of the tax (about 148,249 yen) comes back.

    <i>As of November 2026.</i>
faq-ls-tax-refund-keywords = tax refund, tax back, lump sum tax, dattai ichijikin tax, 20.42, 20 percent tax, tax, second refund, 2nd refund, tax agent, nozei kanrinin, nouzei kanrinin, nozeikanrinin, kanpu, tax return, withholding, gensen, retirement income, taishoku shotoku, cut for tax, 納税管理人, 還付, 源泉徴収, 退職所得

faq-ls-erases-periods-question = What do I lose when I take the lump sum?
faq-ls-erases-periods-answer =
    <b>When you receive the lump sum, all your coverage before the claim is erased.</b>

    • Those months no longer count for the 10-year test for a Japanese old-age pension.
    • They no longer count under any social security agreement.
    • If you come back to Japan later, your count starts again from 0.

    Think first if:
    • you may come back to Japan, for example as a specified skilled worker (特定技能) after being a trainee, or under the new Employment for Skill Development (育成就労) system from 1 April 2027;
    • you already have many years in Japan and could reach 10 years (120 months);
    • your country has an agreement with Japan that adds periods together, such as the Philippines or India. Compare both options. The bot shows them; the choice is yours.

    Good to know: you can claim more than once, each time you leave and meet the conditions. But only up to 60 months count per claim.

    <i>As of November 2026.</i>
faq-ls-erases-periods-keywords = what i lose, lose if take lump sum, take dattai ichijikin, disadvantage, dattai ichijikin disadvantage, lose years, years gone, erase, erased, reset, reset to zero, come back japan later, come back after refund, return japan again, come back tokutei ginou, demerit, risk, should i claim, claim or wait, think twice, records deleted, 消える, デメリット, 再来日

faq-ls-processing-time-question = How long does it take to get the lump sum money?
faq-ls-processing-time-answer =
    <b>There is no official figure from the Japan Pension Service.</b>

    Third parties (agencies, not JPS) say it often takes about 3 to 4 months, and some say 4 to 5 months. This is <u>not</u> an official figure. It takes longer if the form has mistakes or documents are missing.

    After the decision, JPS sends the decision notice (脱退一時金支給決定通知書) and pays into the bank account you gave.

    The tax refund comes later and separately: the return can only be filed from 1 January of the year after you received the money.

    To avoid delays:
    • Write in CAPITAL letters.
    • Give the SWIFT/BIC code for an overseas bank.
    • Send all passport pages that are asked for.
    • Do not give a Japanese address as your address.
    • Keep a copy of everything.

    <i>As of November 2026.</i>
faq-ls-processing-time-keywords = how long take, how long wait, lump sum how long, how long get money, when money come, when receive refund, refund arrive, dattai ichijikin when paid, processing time, waiting, still waiting refund, not received, not come yet, money not arrived, applied months ago, months wait, how many months, delay, late payment, status, itsu, 何ヶ月, いつ, 処理期間

faq-ls-reentry-permit-question = I left Japan with a re-entry permit. Can I claim the lump sum?
faq-ls-reentry-permit-answer =
    <b>Today: yes, if you filed a moving-out notification (転出届, tenshutsu todoke) at your city office.</b>

    Current practice:
    • If you leave with a re-entry permit (再入国許可) or a special re-entry permit (みなし再入国許可) and do NOT file a moving-out notification, your address in Japan stays on the record. You cannot claim until it is deleted, which happens when your permit or status of residence expires.
    • If you file the moving-out notification, you can claim now, even with a re-entry permit.
    • Since March 2017 you can even send the claim from inside Japan once the notification is filed, from your planned moving-out date. Attach a resident record showing the planned move abroad.

    Coming change: the 2025 pension reform law says that people who leave with a re-entry permit cannot claim while it is valid. The start date will be set by Cabinet Order within 4 years of 20 June 2025, and it has not been announced yet. Pages saying it started in April 2026 are not backed by the law.

    If you plan to come back, think before claiming: it erases your months.

    <i>As of November 2026.</i>
faq-ls-reentry-permit-keywords = re-entry permit, reentry permit, re entry, special re-entry, re-entry permit lump sum, re-entry refund, re-entry dattai ichijikin, minashi sainyukoku, sainyukoku kyoka, moving out notification, moving-out, tenshutsu todoke, tenshutsu, tenshutsutodoke, claim before leave, claim in japan before leaving, refund before go home, apply from japan, city hall before leaving, address not deleted, 再入国許可, みなし再入国許可, 転出届

faq-ls-agreements-question = Does my country have a pension agreement with Japan?
faq-ls-agreements-answer =
    <b>Japan has social security agreements (社会保障協定, shakai hosho kyotei) in force with 24 countries.</b>

    <b>Periods added together:</b> Germany, USA, Belgium, France, Canada, Australia, Netherlands, Czech Republic, Spain, Ireland, Brazil, Switzerland, Hungary, India, Luxembourg, Philippines, Slovakia, Finland, Sweden and Austria.

    <b>No adding of periods</b> (the agreement only stops double payment): United Kingdom, Korea, China and Italy.

    <b>No agreement:</b> Vietnam, Indonesia, Myanmar, Nepal, Cambodia, Thailand, Mongolia, Sri Lanka, Bangladesh and Uzbekistan. For you, the lump sum or 10 years in Japan are the only ways to get value from your premiums.

    <b>Philippines and India:</b> your Japanese months can be added to your home-country months to qualify for a pension in both countries. If you take the lump sum, this is lost for all earlier months. You must choose: the bot shows both options, but the choice is yours.

    List from the Japan Pension Service, updated 27 October 2025. New agreements may be added.

    <i>As of November 2026.</i>
faq-ls-agreements-keywords = social security agreement, pension agreement, agreement, agreement with japan, which country agreement, totalization, philippines, india, vietnam agreement, indonesia agreement, myanmar agreement, nepal agreement, china agreement, shakai hosho kyotei, tsusan, 社会保障協定, 通算

faq-ls-changes-question = What pension changes are coming?
faq-ls-changes-answer =
    <b>A pension reform law was passed in June 2025. The changes to the lump sum have no start date yet.</b>

    Planned, no start date yet:
    • <b>Cap from 5 years to 8 years</b> (60 to 96 months). It is to be made by Cabinet Order. No Cabinet Order and no start date have been announced. Today the cap is 60 months.

    Enacted, start date not announced:
    • <b>Re-entry permit rule:</b> no claim while your re-entry permit is valid. It starts on a date set by Cabinet Order within 4 years of 20 June 2025. Until then the current practice applies: with a moving-out notification (転出届) you can claim.

    Fixed dates:
    • <b>Employment for Skill Development (育成就労, ikusei shuro)</b> replaces the Technical Intern Training Program from 1 April 2027, with transitional measures. The plan: up to 3 years, then specified skilled worker (i) for up to 5 years.
    • <b>Top pay grade for Employees' Pension</b>: 680,000 yen from September 2027, 710,000 from September 2028, 750,000 from September 2029 (now 650,000).

    Pages saying these lump-sum rules started in April 2026 are not backed by the law. The bot will be updated when the start dates are announced.

    <i>As of November 2026.</i>
faq-ls-changes-keywords = changes, new rules, new law, reform, pension reform, 2025 reform, law change, 8 years, 96 months, lump sum 96 months, refund new rule, dattai ichijikin change, future, kaisei, ikusei shuro, ikusei shurou, 2027, what is changing, news, 法改正, 育成就労, 改正

faq-ls-agents-question = Can I pay an agent to apply for me? How do I avoid scams?
faq-ls-agents-answer =
    <b>You can apply yourself, for free. You do not need an agent.</b>

    If someone applies for you:
    • They need a power of attorney (委任状) signed by you, and their own ID.
    • Ask for their qualification and registration number, and check them. A licensed labour and social security attorney (社会保険労務士, sharoushi) is a qualified professional for pension procedures.
    • Get the fee and the service in writing.
    • For the tax refund you need a tax agent (納税管理人). The refund is paid to a Japanese account, often the agent's, so choose someone you trust.

    Warning signs:
    • A big fee paid before anything is done
    • Asking to keep your passport, residence card or bank card, or asking for your PIN or online banking password
    • Promising a bigger lump sum than the rules allow
    • Asking you to give false information, such as a wrong address

    Do not send passport or bank numbers in this chat.

    <i>As of November 2026.</i>
faq-ls-agents-keywords = agent, agency, agency fee, lump sum agent, refund agency, dattai ichijikin agency, scam, is it scam, refund scam, fraud, fake, fee, 20 percent fee, commission, broker, sharoushi, sharoshi, daiko, do it myself, by myself no agent, someone do for me, trust, cheat, 社会保険労務士, 代行, 詐欺
