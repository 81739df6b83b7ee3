# Mga paalala, ang personal na checklist at ang tantiyang puwedeng i-share. Filipino (Tagalog).
# Nakasulat na sa paraan ng wika ang mga petsa ({ $date }, { $deadline } …).

## Mga paalala: pag-aalok at pag-iskedyul

remind-ask-departure = 🔔 Puwede kitang paalalahanan sa mga petsa ng pensiyon mo. Kailan ka aalis ng Japan (o kailan ka umalis)? I-type ang petsa, halimbawa 31/03/2027.
remind-ask-again = Hindi ko mabasa ang petsang iyan. Paki-type ang araw, buwan at taon, halimbawa 31/03/2027. O i-tap ang Kanselahin.
remind-offer-title = 🔔 Puwede akong sumulat sa iyo sa mga araw na ito:
remind-offer-none = Lumipas na ang lahat ng petsang puwede kong ipaalala sa iyo. Kung hindi ka pa nakakapag-claim, tingnan na ngayon ang deadline mo: baka hindi pa ito lumilipas.
remind-button-all = 🔔 Ipaalala sa akin ang lahat
remind-button-one = ➕ Ito lang: { $what }
remind-saved = ✅ Tapos na. Susulatan kita sa mga araw na ito:
remind-manage-hint = Puwede mong tingnan o kanselahin ang mga ito anumang oras gamit ang /reminders.
remind-dates-note = <i>Tantiya lang ang mga petsa. Alamin ang sarili mong deadline sa Japan Pension Service.</i>
remind-button = 🔔 Ipaalala ang mga deadline ko

## Tungkol saan ang bawat paalala (isang maikling linya, para sa mga listahan at button)

remind-kind-claimable = puwede mo nang ipadala ang claim mo
remind-kind-deadline = { $months ->
    [one] { $months } buwan bago ang deadline ng claim mo
   *[other] { $months } buwan bago ang deadline ng claim mo
}
remind-kind-decision = tingnan kung dumating na ang decision notice
remind-kind-refund = { $months ->
    [one] { $months } buwan bago ang huling araw ng pag-file ng tax return para sa refund
   *[other] { $months } buwan bago ang huling araw ng pag-file ng tax return para sa refund
}
remind-line = • { $date }: { $what }

## Listahan at pagkansela

reminders-title = 🔔 Ang mga paalala mo:
reminders-empty = Wala kang paalala. Pagkatapos mong kuwentahin ang lump sum kasama ang petsa ng pag-alis mo, o gamit ang /remind, puwede kitang paalalahanan sa mga deadline mo.
reminders-cancel = ❌ Kanselahin: { $date }
reminders-cancelled = Kinansela na.
reminders-claim-sent = 📮 Ipinadala ko na ang claim ngayon
reminders-add = 🔔 Magdagdag ng paalala

## Ang mga paalala mismo

reminder-claimable = 🔔 <b>Paalala:</b> ang plano mo ay umalis ng Japan noong { $date }. Simula ngayon, puwede mo nang ipadala ang claim mo para sa Lump-sum Withdrawal Payment. Dapat dumating ang claim sa Japan Pension Service nang hindi lalampas sa { $deadline }.
reminder-deadline = 🔔 <b>Paalala:</b> dapat dumating ang claim mo para sa Lump-sum Withdrawal Payment sa Japan Pension Service nang hindi lalampas sa <b>{ $deadline }</b>. Kung hindi mo pa ito naipapadala, ipadala na ngayon. Pagkalipas ng araw na iyon, mawawala na ang pera.
reminder-decision = 🔔 <b>Paalala:</b> ipinadala mo ang claim mo noong { $date }. Baka nakarating na sa iyo ang decision notice (脱退一時金支給決定通知書). Itabi ang orihinal: kailangan mo ito para sa tax refund. Kung walang dumating, magtanong sa Japan Pension Service.
reminder-refund = 🔔 <b>Paalala:</b> ang tax return na nagbabalik ng 20.42% na tax ay puwedeng i-file hanggang mga <b>{ $date }</b>. Kung hindi mo pa ito nai-file, kausapin na ngayon ang tax agent mo (納税管理人).
reminder-late = <i>(Huli ang paalalang ito: hindi ko ito naipadala noong { $date }.)</i>
reminder-open-checklist = ✅ Ang checklist ko

## Ang checklist

checklist-title = ✅ <b>Ang checklist mo</b> — i-tap ang isang item kapag tapos na ito.
checklist-claim = <b>Para sa claim</b>
checklist-tax = <b>Para sa tax refund</b>
checklist-done-count = Tapos na: { $done } sa { $total }.
checklist-item-moving-out = Moving-out notification (転出届) sa city office mo bago ka umalis
checklist-item-moving-out-why = Kung nai-file mo ito bago ka umalis, puwede kang mag-claim agad at hindi mo na kailangan ng patunay na wala kang address sa Japan.
checklist-item-form = Claim form (脱退一時金請求書)
checklist-item-form-why = Bilingual: isang wikang banyaga + Japanese. Sumulat sa malalaking titik (CAPITAL letters).
checklist-item-passport = Kopya ng passport
checklist-item-passport-why = Mga pahinang may pangalan, petsa ng kapanganakan, nasyonalidad, pirma, status of residence at ang tatak ng huli mong pag-alis sa Japan.
checklist-item-no-address = Patunay na wala kang address sa Japan
checklist-item-no-address-why = Ang removed resident record (住民票の除票). Hindi na kailangan kung nag-file ka ng moving-out notification.
checklist-item-bank = Patunay ng bank account mo
checklist-item-bank-why = Nakapangalan sa iyo: bangko, branch, address ng branch, account number; SWIFT/BIC code para sa bangko sa ibang bansa.
checklist-item-pension-number = Basic Pension Number
checklist-item-pension-number-why = Ang Basic Pension Number Notice (基礎年金番号通知書) o ang pension handbook mo (年金手帳).
checklist-item-send = Ipadala ang lahat sa koreo sa Japan Pension Service
checklist-item-send-why = Dapat itong dumating sa araw ng moving-out mo o pagkatapos nito, at hindi lalampas sa deadline ng claim mo: 2 taon mula nang matapos ang pension coverage mo o ang address mo sa Japan, alinman ang mas huli.
checklist-item-tax-agent = Tax agent (納税管理人) sa Japan
checklist-item-tax-agent-why = Isang tao sa Japan na magfa-file ng tax return para sa iyo; sa isang bank account sa Japan ibabayad ang refund.
checklist-item-decision-notice = Orihinal na decision notice (脱退一時金支給決定通知書)
checklist-item-decision-notice-why = Pinapatunayan nito ang tax na kinaltas. Huwag itong ipadala nang walang kopyang naiiwan sa iyo.
checklist-item-tax-return = Tax return para sa refund (退職所得の選択課税による還付のための申告書)
checklist-item-tax-return-why = Mula Enero 1 ng taon pagkatapos mong matanggap ang lump sum, sa loob ng 5 taon.
checklist-form-link = 📄 Claim form sa { $language } (Japan Pension Service): { $link }
checklist-form-english = 📄 Walang form sa wika mo; gamitin ang English na form (Japan Pension Service): { $link }
checklist-button = ✅ Ang checklist ko

## Pag-share ng tantiya

share-button = 📤 I-share ang tantiyang ito
share-intro = I-forward ang susunod na mensahe sa pamilya mo, sa supervisor mo o sa isang consultant.
share-title = 📋 <b>Tantiya ng lump sum</b> (脱退一時金) — { $date }
share-inputs = <b>Ang mga sagot ko:</b>
share-input-months = Mga buwan ng coverage: { $months }
share-input-final-month = Huling buwan ng coverage: { $month }
share-input-pay = Average na standard monthly remuneration (標準報酬月額): { $amount }
share-input-departure = Pag-alis ng Japan: { $date }
share-pension-employees = <b>Employees' Pension</b> (厚生年金)
share-pension-national = <b>National Pension</b> (国民年金)
share-gross = Bago ang tax (支給額): { $amount }
share-tax = Kinaltas na tax, 20.42% (源泉徴収税): { $amount }
share-net = Matatanggap: { $amount }
share-refund = Tax na puwedeng maibalik (還付): hanggang { $amount }
share-deadline = Deadline ng claim (請求期限): { $date }
share-not-payable = Walang maibabayad ayon sa mga sagot na ito.
share-footer = <i>Tantiya lang. Ang Japan Pension Service (日本年金機構) ang nagpapasya ng totoong halaga. Ginawa gamit ang { $bot }.</i>

## Mga command (listahan ng command sa Telegram)

command-remind = Ipaalala ang mga deadline ko
command-reminders = Mga paalala ko
command-checklist = Checklist ng mga dokumento ko
