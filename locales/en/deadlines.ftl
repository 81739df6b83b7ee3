# Reminders, the personal checklist and the shareable estimate summary.
# Dates arrive already written in the language's way ({ $date }, { $deadline } …).

## Reminders: offering and scheduling

remind-ask-departure = 🔔 I can remind you of your pension dates. When do you leave Japan (or when did you leave)? Type the date, for example 31/03/2027.
remind-ask-again = I could not read that date. Please type day, month and year, for example 31/03/2027. Or tap Cancel.
remind-offer-title = 🔔 I can write to you on these days:
remind-offer-none = All the dates I could remind you of have already passed. If you have not claimed yet, check your deadline now: it may still be open.
remind-button-all = 🔔 Remind me of all of them
remind-button-one = ➕ Only: { $what }
remind-saved = ✅ Done. I will write to you on these days:
remind-manage-hint = You can see or cancel them at any time with /reminders.
remind-dates-note = <i>Dates are estimates. Check your own deadline with the Japan Pension Service.</i>
remind-button = 🔔 Remind me of my deadlines

## What each reminder is about (one short line, used in lists and buttons)

remind-kind-claimable = you can send your claim
remind-kind-deadline = { $months ->
    [one] 1 month before your claim deadline
   *[other] { $months } months before your claim deadline
}
remind-kind-decision = check that the decision notice arrived
remind-kind-refund = { $months ->
    [one] 1 month before the last day to file the tax refund return
   *[other] { $months } months before the last day to file the tax refund return
}
remind-line = • { $date }: { $what }

## Listing and cancelling

reminders-title = 🔔 Your reminders:
reminders-empty = You have no reminders. After an estimate with your departure date, or with /remind, I can remind you of your deadlines.
reminders-cancel = ❌ Cancel: { $date }
reminders-cancelled = Cancelled.
reminders-claim-sent = 📮 I sent my claim today
reminders-add = 🔔 Add reminders

## The reminders themselves

reminder-claimable = 🔔 <b>Reminder:</b> you planned to leave Japan on { $date }. From now on you can send your claim for the Lump-sum Withdrawal Payment. The claim must reach the Japan Pension Service by { $deadline }.
reminder-deadline = 🔔 <b>Reminder:</b> your claim for the Lump-sum Withdrawal Payment must reach the Japan Pension Service by <b>{ $deadline }</b>. If you have not sent it yet, send it now. After that day the money is lost.
reminder-decision = 🔔 <b>Reminder:</b> you sent your claim on { $date }. By now the payment decision notice (脱退一時金支給決定通知書) may have arrived. Keep the original: you need it for the tax refund. If nothing came, ask the Japan Pension Service.
reminder-refund = 🔔 <b>Reminder:</b> the tax return that gives back the 20.42% tax can be filed until about <b>{ $date }</b>. If you have not filed it yet, ask your tax agent (納税管理人) now.
reminder-late = <i>(This reminder is late: I could not send it on { $date }.)</i>
reminder-open-checklist = ✅ My checklist

## The checklist

checklist-title = ✅ <b>Your checklist</b> — tap an item when it is done.
checklist-claim = <b>For the claim</b>
checklist-tax = <b>For the tax refund</b>
checklist-done-count = Done: { $done } of { $total }.
checklist-item-moving-out = Moving-out notification (転出届) at your city office before you leave
checklist-item-moving-out-why = Filed before you leave, it lets you claim at once, without proof that you have no address in Japan.
checklist-item-form = Claim form (脱退一時金請求書)
checklist-item-form-why = Bilingual: one foreign language + Japanese. Write in capital letters.
checklist-item-passport = Passport copy
checklist-item-passport-why = Pages with name, birth date, nationality, signature, status of residence and your last departure from Japan.
checklist-item-no-address = Proof that you have no address in Japan
checklist-item-no-address-why = The removed resident record (住民票の除票). Not needed if you filed the moving-out notification.
checklist-item-bank = Proof of your bank account
checklist-item-bank-why = In your own name: bank, branch, branch address, account number; SWIFT/BIC code for a bank abroad.
checklist-item-pension-number = Basic Pension Number
checklist-item-pension-number-why = The Basic Pension Number Notice (基礎年金番号通知書) or your pension handbook (年金手帳).
checklist-item-send = Send everything by post to the Japan Pension Service
checklist-item-send-why = It must arrive on or after your moving-out date, and by your claim deadline: 2 years after your pension coverage or your address in Japan ended, whichever was later.
checklist-item-tax-agent = Tax agent (納税管理人) in Japan
checklist-item-tax-agent-why = Someone in Japan who files the return for you; the refund goes to a Japanese bank account.
checklist-item-decision-notice = Original payment decision notice (脱退一時金支給決定通知書)
checklist-item-decision-notice-why = It proves the tax that was withheld. Do not send it away without a copy.
checklist-item-tax-return = Tax return for the refund (退職所得の選択課税による還付のための申告書)
checklist-item-tax-return-why = From 1 January of the year after the payment, within 5 years.
checklist-form-link = 📄 Claim form in { $language } (Japan Pension Service): { $link }
checklist-form-english = 📄 There is no form in your language; use the English one (Japan Pension Service): { $link }
checklist-button = ✅ My checklist

## Sharing an estimate

share-button = 📤 Share this estimate
share-intro = Forward the next message to your family, your supervisor or a consultant.
share-title = 📋 <b>Lump-sum estimate</b> (脱退一時金) — { $date }
share-inputs = <b>What I entered:</b>
share-input-months = Months covered: { $months }
share-input-final-month = Last month of coverage: { $month }
share-input-pay = Average standard monthly remuneration (標準報酬月額): { $amount }
share-input-departure = Leaving Japan: { $date }
share-pension-employees = <b>Employees' Pension</b> (厚生年金)
share-pension-national = <b>National Pension</b> (国民年金)
share-gross = Before tax (支給額): { $amount }
share-tax = Tax withheld, 20.42% (源泉徴収税): { $amount }
share-net = Paid out: { $amount }
share-refund = Tax that may come back (還付): up to { $amount }
share-deadline = Claim deadline (請求期限): { $date }
share-not-payable = Not payable as entered.
share-footer = <i>Estimate only. The Japan Pension Service (日本年金機構) decides the real amount. Made with { $bot }.</i>

## Commands (Telegram's command list)

command-remind = Remind me of my deadlines
command-reminders = My reminders
command-checklist = My checklist of documents
