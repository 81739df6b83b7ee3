# The guided lump-sum estimate. English.

## Questions

estimate-ask-pension = Which pension did you pay into?
estimate-pension-employees = Taken from my salary (Employees' Pension)
estimate-pension-national = I paid it myself (National Pension)
estimate-pension-both = Both
estimate-pension-not-sure = Not sure
estimate-explain-pensions =
    • If your company took 厚生年金 (kōsei nenkin) from your salary, you are in the <b>Employees' Pension</b>. Most trainees and specified skilled workers are.
    • If you paid with payment slips (納付書) at a shop or bank yourself, that was the <b>National Pension</b> (国民年金).
    • Some people have both, for example months without a job between two companies.
estimate-ask-duration = How long were you in the Employees' Pension (from your first month at a Japanese company until you leave)? Type months or years, for example <b>36</b> or <b>3 years</b>.
estimate-know-dates = I know my first and last working day
estimate-ask-first-day = What was your first day of work in Japan? For example <b>2023-04-01</b>.
estimate-ask-last-day = What is (or was) your last working day? For example <b>2026-03-31</b>.
estimate-ask-final-month = In which month did (or will) the pension deduction end? If your last working day is the last day of a month, it is that month; otherwise it is the month before. For example <b>2026-03</b>.
estimate-ask-pay-kind = What do you know about your pay?
estimate-pay-salary = My monthly pay
estimate-pay-payslip = The pension line on my payslip (厚生年金)
estimate-pay-standard = My standard monthly remuneration (標準報酬月額)
estimate-ask-salary = How much is your monthly pay in yen, with allowances and overtime, before deductions? For example <b>250000</b>.
estimate-ask-payslip = How much is taken for 厚生年金 (kōsei nenkin) on your payslip each month, in yen? For example <b>22875</b>.
estimate-ask-standard = What is your standard monthly remuneration (標準報酬月額) in yen? For example <b>260000</b>.
estimate-ask-bonuses = Did you get bonuses (賞与)? Type the total of all bonuses in yen, for example <b>600000</b>, or tap the button.
estimate-no-bonuses = No bonuses
estimate-ask-np-paid-months = How many months did you pay the National Pension yourself, in full? For example <b>24</b>.
estimate-ask-np-last-paid-month = What was the last month you paid the National Pension for? For example <b>2025-11</b>.
estimate-ask-np-exemptions = Did you have months with an exemption (免除) or the student deferral (学生納付特例)? Choose the kind, or tap "No (more) exemptions".
estimate-exemption-quarter = ¼ exempt (you paid ¾)
estimate-exemption-half = ½ exempt (you paid half)
estimate-exemption-three-quarter = ¾ exempt (you paid ¼)
estimate-exemption-full = Fully exempt or student deferral
estimate-no-more-exemptions = No (more) exemptions
estimate-ask-np-quarter-exempt-months = How many months had a ¼ exemption? For example <b>6</b>.
estimate-ask-np-half-exempt-months = How many months had a ½ exemption? For example <b>6</b>.
estimate-ask-np-three-quarter-exempt-months = How many months had a ¾ exemption? For example <b>6</b>.
estimate-ask-np-full-exempt-months = How many months were fully exempt or student-deferred? For example <b>6</b>.
estimate-ask-departure = When did (or will) you leave Japan for good? For example <b>2026-04-15</b>. This gives your claim deadline.
estimate-no-departure = Not decided yet
estimate-back = ◀ Back
estimate-cancel = ✖ Cancel
estimate-cancelled = The estimate is cancelled. Your answers are deleted.

## Result

estimate-result-employees-title = Employees' Pension lump sum (estimate)
estimate-result-national-title = National Pension lump sum (estimate)
estimate-result-months = Months counted: { $months } (band { $band }, at most { $cap }). Last month: { $final }.
estimate-result-rate = Payment rate: { $rate } × average standard monthly pay (標準報酬月額) { $average }
estimate-result-premium = Premium { $premium } × ½ × { $band } months
estimate-result-amount =
    Lump sum: <b>{ $gross }</b>
    Tax taken (20.42%): { $tax }
    Paid to you: <b>{ $net }</b>
    Tax you can probably get back later: { $refund }
estimate-result-amount-untaxed =
    Lump sum: <b>{ $gross }</b> (no tax)
estimate-result-not-payable = <b>Nothing can be paid:</b>
estimate-result-deadline = 📅 Claim by: <b>{ $date }</b>
estimate-reason-fewer-than-6-months = fewer than { $minimum } months count. You need at least { $minimum }.
estimate-reason-qualifies-for-old-age-pension = you have { $months } months or more, so you can get an old-age pension instead. Ask a pension office (年金事務所).
estimate-reason-claim-period-expired = the 2-year claim period ended on { $date }.
estimate-warning-erases-earlier-coverage = When you receive the lump sum, all your months before it are erased. They no longer count for a Japanese pension.
estimate-warning-last-month-not-counted = Your last working day is not the last day of a month, so that month does not count. Working until the end of the month would give { $months } months.
estimate-warning-band-lost-by-leaving-early = Your last working day is not the last day of a month, so that month does not count and you drop a band. With { $months } months (working until the month's last day) the lump sum would be { $amount }.
estimate-warning-months-beyond-cap = Only { $cap } months count. Months after that add nothing.
estimate-warning-pay-above-top-grade = Pay above { $amount } a month counts as { $amount }.
estimate-warning-rules-due-to-change = Some rules are due to change: a longer cap is planned, and a 2025 law adds a rule for people who leave Japan with a re-entry permit. No start dates have been announced yet.
estimate-warning-tax-refund-approximate = The tax you get back is a rough estimate for this amount.
estimate-warning-totalisation = If you are from the Philippines or India, your country's agreement with Japan can add your months in both countries together. Taking the lump sum ends that. Think before you claim.
estimate-only = <i>Only an estimate. The Japan Pension Service decides the real amount.</i>
estimate-error-no-premium = I do not know the National Pension premium for fiscal year { $year } yet, so I cannot estimate this.
estimate-error-no-rule = I do not have the rules for { $month }, so I cannot estimate this.
estimate-error-input = I could not estimate this with these answers. Please go back and check them.
estimate-change-answer = ◀ Change an answer
estimate-start-over = ↺ Start over
estimate-how-to-claim = How to claim
