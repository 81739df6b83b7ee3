# Ang gabay sa pagkuwenta ng lump sum. Filipino (Tagalog).

## Mga tanong

estimate-ask-pension = Saang pensiyon ka nagbayad?
estimate-pension-employees = Kinakaltas sa sahod ko (Employees' Pension)
estimate-pension-national = Ako mismo ang nagbayad (National Pension)
estimate-pension-both = Pareho
estimate-pension-not-sure = Hindi ako sigurado
estimate-explain-pensions =
    • Kung kinaltasan ng kompanya mo ang sahod mo para sa 厚生年金 (kōsei nenkin), kasali ka sa <b>Employees' Pension</b>. Ganito ang karamihan ng mga trainee at specified skilled worker.
    • Kung ikaw mismo ang nagbayad gamit ang payment slip (納付書) sa tindahan o bangko, iyon ang <b>National Pension</b> (国民年金).
    • May mga taong may pareho, halimbawa kung may mga buwan na wala silang trabaho sa pagitan ng dalawang kompanya.
estimate-ask-duration = Gaano ka katagal nasa Employees' Pension (mula sa unang buwan mo sa isang kompanya sa Japan hanggang sa pag-alis mo)? I-type ang bilang ng buwan o taon, halimbawa <b>36</b> o <b>3 taon</b>.
estimate-know-dates = Alam ko ang una at huling araw ng trabaho ko
estimate-ask-first-day = Ano ang unang araw ng trabaho mo sa Japan? Halimbawa <b>2023-04-01</b>.
estimate-ask-last-day = Kailan ang huling araw ng trabaho mo (tapos na man o darating pa)? Halimbawa <b>2026-03-31</b>.
estimate-ask-final-month = Sa anong buwan natapos (o matatapos) ang kaltas para sa pensiyon? Kung ang huling araw mo sa trabaho ay ang huling araw ng buwan, iyon mismong buwan; kung hindi, ang buwan bago nito. Halimbawa <b>2026-03</b>.
estimate-ask-pay-kind = Ano ang alam mo tungkol sa sahod mo?
estimate-pay-salary = Ang buwanang sahod ko
estimate-pay-payslip = Ang linya ng pensiyon sa payslip ko (厚生年金)
estimate-pay-standard = Ang standard monthly remuneration ko (標準報酬月額)
estimate-ask-salary = Magkano ang buwanang sahod mo sa yen, kasama ang mga allowance at overtime, bago ang mga kaltas? Halimbawa <b>250000</b>.
estimate-ask-payslip = Magkano ang kinakaltas para sa 厚生年金 (kōsei nenkin) sa payslip mo bawat buwan, sa yen? Halimbawa <b>22875</b>.
estimate-ask-standard = Magkano ang standard monthly remuneration mo (標準報酬月額) sa yen? Halimbawa <b>260000</b>.
estimate-ask-bonuses = Nakatanggap ka ba ng bonus (賞与)? I-type ang kabuuan ng lahat ng bonus sa yen, halimbawa <b>600000</b>, o i-tap ang button.
estimate-no-bonuses = Walang bonus
estimate-ask-np-paid-months = Ilang buwan kang mismong nagbayad ng buong premium ng National Pension? Halimbawa <b>24</b>.
estimate-ask-np-last-paid-month = Para sa anong buwan ang huli mong bayad sa National Pension? Halimbawa <b>2025-11</b>.
estimate-ask-np-exemptions = May mga buwan ka bang may exemption (免除) o student deferral (学生納付特例)? Piliin ang uri, o i-tap ang "Wala (nang) exemption".
estimate-exemption-quarter = ¼ exempt (¾ ang binayaran mo)
estimate-exemption-half = ½ exempt (kalahati ang binayaran mo)
estimate-exemption-three-quarter = ¾ exempt (¼ ang binayaran mo)
estimate-exemption-full = Buong exempt o student deferral
estimate-no-more-exemptions = Wala (nang) exemption
estimate-ask-np-quarter-exempt-months = Ilang buwan ang may ¼ exemption? Halimbawa <b>6</b>.
estimate-ask-np-half-exempt-months = Ilang buwan ang may ½ exemption? Halimbawa <b>6</b>.
estimate-ask-np-three-quarter-exempt-months = Ilang buwan ang may ¾ exemption? Halimbawa <b>6</b>.
estimate-ask-np-full-exempt-months = Ilang buwan ang buong exempt o naka-student deferral? Halimbawa <b>6</b>.
estimate-ask-departure = Kailan ka umalis (o aalis) ng Japan nang tuluyan? Halimbawa <b>2026-04-15</b>. Mula rito makukuwenta ang deadline ng claim mo.
estimate-no-departure = Hindi pa tiyak
estimate-back = ◀ Bumalik
estimate-cancel = ✖ Kanselahin
estimate-cancelled = Kinansela na ang pagkuwenta. Nabura na ang mga sagot mo.

## Resulta

estimate-result-employees-title = Lump sum mula sa Employees' Pension (tantiya)
estimate-result-national-title = Lump sum mula sa National Pension (tantiya)
estimate-result-months = Mga buwang binilang: { $months } (band { $band }, hanggang { $cap } lang). Huling buwan: { $final }.
estimate-result-rate = Payment rate: { $rate } × average na standard na buwanang sahod (標準報酬月額) { $average }
estimate-result-premium = Premium { $premium } × ½ × { $band } buwan
estimate-result-amount =
    Lump sum: <b>{ $gross }</b>
    Kinaltas na tax (20.42%): { $tax }
    Matatanggap mo: <b>{ $net }</b>
    Tax na malamang maibabalik sa iyo mamaya: { $refund }
estimate-result-amount-untaxed =
    Lump sum: <b>{ $gross }</b> (walang tax)
estimate-result-not-payable = <b>Walang maibabayad:</b>
estimate-result-deadline = 📅 Mag-claim hanggang: <b>{ $date }</b>
estimate-reason-fewer-than-6-months = kulang sa { $minimum } buwan ang nabibilang. Kailangan mo ng hindi bababa sa { $minimum }.
estimate-reason-qualifies-for-old-age-pension = may { $months } buwan ka na o higit pa, kaya puwede kang makakuha ng old-age pension sa halip nito. Magtanong sa isang pension office (年金事務所).
estimate-reason-claim-period-expired = natapos na noong { $date } ang 2 taong palugit para mag-claim.
estimate-warning-erases-earlier-coverage = Kapag natanggap mo ang lump sum, mabubura ang lahat ng buwan mo bago nito. Hindi na sila mabibilang para sa anumang pensiyon sa Japan.
estimate-warning-last-month-not-counted = Hindi huling araw ng buwan ang huling araw ng trabaho mo, kaya hindi mabibilang ang buwang iyon. Kung nagtrabaho ka hanggang sa katapusan ng buwan, magiging { $months } buwan ito.
estimate-warning-band-lost-by-leaving-early = Hindi huling araw ng buwan ang huling araw ng trabaho mo, kaya hindi mabibilang ang buwang iyon at bababa ka ng isang band. Kung may { $months } buwan (kung nagtrabaho ka hanggang sa huling araw ng buwan), magiging { $amount } ang lump sum.
estimate-warning-months-beyond-cap = { $cap } buwan lang ang nabibilang. Walang idinadagdag ang mga buwan pagkatapos noon.
estimate-warning-pay-above-top-grade = Ang sahod na higit sa { $amount } kada buwan ay binibilang bilang { $amount }.
estimate-warning-rules-due-to-change = May ilang patakarang magbabago: may planong mas mahabang limit ng buwan, at may batas noong 2025 na nagdadagdag ng patakaran para sa mga umaalis ng Japan na may re-entry permit. Wala pang inaanunsyong petsa kung kailan magsisimula ang mga ito.
estimate-warning-tax-refund-approximate = Magaspang na tantiya lang para sa halagang ito ang tax na maibabalik sa iyo.
estimate-warning-totalisation = Kung taga-Pilipinas o India ka, ang kasunduan ng bansa mo sa Japan ay puwedeng pagsamahin ang mga buwan mo sa dalawang bansa. Kapag kinuha mo ang lump sum, matatapos iyon. Pag-isipan muna bago ka mag-claim.
estimate-only = <i>Tantiya lang ito. Ang Japan Pension Service ang nagpapasya ng totoong halaga.</i>
estimate-error-no-premium = Hindi ko pa alam ang premium ng National Pension para sa fiscal year { $year }, kaya hindi ko ito makukuwenta.
estimate-error-no-rule = Wala sa akin ang mga patakaran para sa { $month }, kaya hindi ko ito makukuwenta.
estimate-error-input = Hindi ko ito makuwenta gamit ang mga sagot na ito. Pakibalikan at tingnan ang mga ito.
estimate-change-answer = ◀ Palitan ang isang sagot
estimate-start-over = ↺ Magsimula ulit
estimate-how-to-claim = Paano mag-claim
