# Ang interface ng bot: menu, tulong, paghahanap, error at format. Filipino (Tagalog).

## Menu

menu-welcome =
    <b>Kumusta po! Ako ang pension helper para sa mga dayuhang manggagawa sa Japan.</b>

    Sinasagot ko ang mga tanong tungkol sa pensiyon sa Japan (nenkin), at kinukuwenta ko kung magkano ang puwede mong makuha pabalik kapag umalis ka na ng Japan: ang Lump-sum Withdrawal Payment (脱退一時金, dattai ichijikin).

    Pumili sa ibaba, o i-type lang ang tanong mo.
menu-first-time = Tip: puwede mong i-type ang tanong mo sa sarili mong salita, halimbawa "magkano ang makukuha kong refund?" o "deadline ng pag-claim".
menu-title = Ano ang gusto mong gawin?
menu-browse = 📚 Tingnan ang mga paksa
menu-estimate = 🧮 Kuwentahin ang lump sum ko
menu-continue-estimate = 🧮 Ituloy ang pagkuwenta ko
menu-ask = ❓ Paano magtanong
menu-back-to-menu = ☰ Menu
menu-help =
    <b>Paano gamitin ang bot na ito</b>

    • I-type ang tanong mo sa sarili mong salita, halimbawa "kailan ang deadline?".
    • I-tap ang <b>Tingnan ang mga paksa</b> para basahin ang mga sagot ayon sa paksa.
    • I-tap ang <b>Kuwentahin ang lump sum ko</b> at sagutin ang ilang tanong para makita kung magkano ang maaari mong makuha pabalik.

    Mga command: /menu, /estimate, /cancel, /help.

    Pangkalahatang impormasyon lang ang ibinibigay ng bot na ito. Ang Japan Pension Service ang nagpapasya sa bawat claim.

## Pagtingin sa mga paksa at paghahanap

faq-browse-title = <b>Mga paksa</b>: pumili ng isa.
faq-browse = 📚 Tingnan ang mga paksa
faq-back-to-topics = ◀ Mga paksa
faq-back-to-section = ◀ Bumalik
search-did-you-mean = Hindi ako sigurado kung naintindihan kita. Isa ba sa mga ito ang ibig mong sabihin?
search-nothing-found = Pasensya na po, wala akong nahanap na sagot diyan. Subukan ang ibang salita, o tingnan ang mga paksa.

## Mga error

error-not-an-amount = Hindi ko mabasa ang halagang iyan. I-type ang yen bilang numero, halimbawa 250000, 250,000 o 25万.
error-amount-not-positive = Dapat mas mataas sa 0 yen ang halaga.
error-amount-too-large = Masyadong malaki ang halagang iyan. Pakitingnan ulit at i-type ang buwanang halaga sa yen.
error-not-a-duration = Hindi ko iyan mabasa. I-type ang bilang ng buwan o taon, halimbawa 36, 3 taon o 2 taon 6 buwan.
error-duration-too-long = Masyadong mahaba iyan. Pakitingnan ulit ang bilang ng buwan o taon.
error-not-a-date = Hindi ko mabasa ang petsang iyan. I-type ito nang ganito: 2026-03-31 o 31/03/2026.
error-not-a-month = Hindi ko mabasa ang buwang iyan. I-type ito nang ganito: 2026-03 o 03/2026.
error-use-buttons = Paki-tap ang isa sa mga button sa ibaba.
error-last-day-before-first-day = Hindi puwedeng mas maaga ang huling araw ng trabaho kaysa sa unang araw ng trabaho.
error-nothing-to-go-back-to = Ito ang unang tanong.
error-stale-button = Galing sa lumang mensahe ang button na iyan. Narito ang menu.

## Mga format

format-thousands-separator = ,
format-yen = ¥{ $amount }
format-date = { $monthname } { $day }, { $year }
format-decimal-separator = .
format-year-month = { $monthname } { $year }
format-month-1 = Enero
format-month-2 = Pebrero
format-month-3 = Marso
format-month-4 = Abril
format-month-5 = Mayo
format-month-6 = Hunyo
format-month-7 = Hulyo
format-month-8 = Agosto
format-month-9 = Setyembre
format-month-10 = Oktubre
format-month-11 = Nobyembre
format-month-12 = Disyembre

## Feedback at iba pang mensahe

faq-helpful = 👍 Nakatulong
faq-not-helpful = 👎 Hindi nakatulong
faq-feedback-thanks = Salamat po! Natutuwa akong nakatulong ito.
faq-feedback-sorry = Pasensya na po at hindi ito nakatulong. Subukang magtanong gamit ang ibang salita, tingnan ang mga paksa, o magtanong sa isang consultant.
error-unsupported-message = Text na mensahe at pag-tap ng button lang ang nababasa ko. Paki-type ang tanong mo, o gamitin ang menu.
error-edited-message = Hindi ko binabasa ang mga na-edit na mensahe. Pakipadala ulit ang mensahe mo.
error-generic = Pasensya na po, may nagkaproblema sa panig ko. Pakisubukan ulit, o buksan ang menu gamit ang /menu.
error-state-reset = Pasensya na po, hindi ko maituloy ang huli nating usapan dahil sa isang update. Magsimula tayo ulit sa menu.
menu-language-title = Piliin ang wika mo:
menu-language = 🌐 Wika
menu-language-chosen = Wika: Filipino
forget-confirm = Burahin ang lahat ng naka-save sa bot na ito tungkol sa iyo (ang wika mo, ang mga sagot mo at ang feedback mo)? Hindi na ito maibabalik.
forget-yes = Oo, burahin
forget-no = Huwag, itago
forget-done = Tapos na. Nabura na ang lahat ng naka-save tungkol sa iyo.
forget-kept = Walang binura.

## Mga command (makikita sa command menu ng Telegram)

command-start = Simulan at ipakita ang menu
command-menu = Ipakita ang menu
command-estimate = Kuwentahin ang lump sum ko
command-language = Palitan ang wika
command-help = Paano gamitin ang bot na ito
command-cancel = Kanselahin ang pagkuwenta
command-forget = Burahin ang data ko
language-name = Filipino
menu-consultant = 👤 Makipag-usap sa consultant
menu-consultant-unavailable =
    Hindi pa makakausap ang mga consultant namin sa pamamagitan ng bot na ito.

    Para sa mga tanong tungkol sa sarili mong pension record, tumawag o pumunta sa isang pension office (年金事務所) ng Japan Pension Service. Dalhin ang residence card mo at ang Basic Pension Number Notice mo (基礎年金番号通知書).

## Ang profile ng bot sa Telegram

bot-description = Libreng tulong tungkol sa pensiyon sa Japan para sa mga dayuhang manggagawa: mga sagot sa wika mo, tantiya ng lump-sum refund mo (脱退一時金) kasama ang deadline nito, at ang mga hakbang para i-claim ito.
bot-short-description = Tulong sa pensiyon sa Japan para sa mga dayuhang manggagawa: mga tanong, tantiya ng lump sum, mga deadline.
command-endchat = Tapusin ang chat sa consultant
format-weekday-1 = Lunes
format-weekday-2 = Martes
format-weekday-3 = Miyerkules
format-weekday-4 = Huwebes
format-weekday-5 = Biyernes
format-weekday-6 = Sabado
format-weekday-7 = Linggo
