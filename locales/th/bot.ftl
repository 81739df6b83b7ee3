# หน้าตาของบอท: เมนู วิธีใช้ การค้นหา ข้อผิดพลาด และรูปแบบตัวเลข ภาษาไทย

## Menu

menu-welcome =
    <b>สวัสดี! เราคือผู้ช่วยเรื่องเงินบำนาญสำหรับแรงงานต่างชาติในญี่ปุ่น</b>

    เราตอบคำถามเรื่องระบบบำนาญญี่ปุ่น (เนนคิน, nenkin) และช่วยประมาณว่าคุณจะได้เงินคืนเท่าไรเมื่อออกจากญี่ปุ่น: เงินก้อนกรณีถอนตัว (脱退一時金, dattai ichijikin)

    เลือกจากด้านล่าง หรือพิมพ์คำถามของคุณได้เลย
menu-first-time = เคล็ดลับ: คุณพิมพ์คำถามด้วยคำพูดของตัวเองได้ เช่น "จะได้เงินคืนเท่าไร" หรือ "ยื่นขอได้ถึงเมื่อไร"
menu-title = คุณต้องการทำอะไร
menu-browse = 📚 ดูตามหัวข้อ
menu-estimate = 🧮 คำนวณเงินก้อนของฉัน
menu-continue-estimate = 🧮 คำนวณต่อจากเดิม
menu-ask = ❓ วิธีถามคำถาม
menu-back-to-menu = ☰ เมนู
menu-help =
    <b>วิธีใช้บอทนี้</b>

    • พิมพ์คำถามด้วยคำพูดของคุณเอง เช่น "หมดเขตยื่นเมื่อไร"
    • แตะ <b>ดูตามหัวข้อ</b> เพื่ออ่านคำตอบแยกตามเรื่อง
    • แตะ <b>คำนวณเงินก้อนของฉัน</b> แล้วตอบคำถามไม่กี่ข้อ เพื่อดูว่าคุณอาจได้เงินคืนเท่าไร

    คำสั่ง: /menu, /estimate, /cancel, /help

    บอทนี้ให้ข้อมูลทั่วไป องค์การบำนาญญี่ปุ่น (Japan Pension Service) เป็นผู้ตัดสินคำร้องทุกเรื่อง

## Browsing and search

faq-browse-title = <b>หัวข้อ</b>: เลือกหนึ่งหัวข้อ
faq-browse = 📚 ดูตามหัวข้อ
faq-back-to-topics = ◀ หัวข้อ
faq-back-to-section = ◀ กลับ
search-did-you-mean = เราไม่แน่ใจว่าเข้าใจถูกไหม คุณหมายถึงเรื่องใดเรื่องหนึ่งต่อไปนี้หรือเปล่า
search-nothing-found = ขออภัย เราหาคำตอบสำหรับคำถามนี้ไม่พบ ลองใช้คำอื่น หรือดูตามหัวข้อ

## Errors

error-not-an-amount = อ่านจำนวนเงินนี้ไม่ได้ พิมพ์จำนวนเยนเป็นตัวเลข เช่น 250000, 250,000 หรือ 25万
error-amount-not-positive = จำนวนเงินต้องมากกว่า 0 เยน
error-amount-too-large = จำนวนเงินนี้มากเกินไป กรุณาตรวจสอบ แล้วพิมพ์เงินต่อเดือนเป็นเยน
error-not-a-duration = อ่านไม่ได้ พิมพ์เป็นจำนวนเดือนหรือปี เช่น 36, 3 ปี หรือ 2 ปี 6 เดือน
error-duration-too-long = ระยะเวลานานเกินไป กรุณาตรวจสอบจำนวนเดือนหรือปี
error-not-a-date = อ่านวันที่นี้ไม่ได้ พิมพ์แบบ 2026-03-31 หรือ 31/03/2026
error-not-a-month = อ่านเดือนนี้ไม่ได้ พิมพ์แบบ 2026-03 หรือ 03/2026
error-use-buttons = กรุณาแตะปุ่มใดปุ่มหนึ่งด้านล่าง
error-last-day-before-first-day = วันทำงานวันสุดท้ายจะอยู่ก่อนวันเริ่มทำงานวันแรกไม่ได้
error-nothing-to-go-back-to = นี่คือคำถามแรกแล้ว
error-stale-button = ปุ่มนั้นมาจากข้อความเก่า นี่คือเมนู

## Formats

format-thousands-separator = ,
format-yen = { $amount } เยน
format-date = { $day } { $monthname } ค.ศ. { $year }
format-decimal-separator = .
format-year-month = { $monthname } ค.ศ. { $year }
format-month-1 = มกราคม
format-month-2 = กุมภาพันธ์
format-month-3 = มีนาคม
format-month-4 = เมษายน
format-month-5 = พฤษภาคม
format-month-6 = มิถุนายน
format-month-7 = กรกฎาคม
format-month-8 = สิงหาคม
format-month-9 = กันยายน
format-month-10 = ตุลาคม
format-month-11 = พฤศจิกายน
format-month-12 = ธันวาคม

## Feedback and other messages

faq-helpful = 👍 มีประโยชน์
faq-not-helpful = 👎 ไม่มีประโยชน์
faq-feedback-thanks = ขอบคุณ! ดีใจที่ช่วยได้
faq-feedback-sorry = ขออภัยที่คำตอบนี้ไม่ช่วยคุณ ลองถามด้วยคำอื่น ดูตามหัวข้อ หรือถามที่ปรึกษา
error-unsupported-message = เราอ่านได้เฉพาะข้อความตัวอักษรและการแตะปุ่ม กรุณาพิมพ์คำถามของคุณ หรือใช้เมนู
error-edited-message = เราไม่อ่านข้อความที่ถูกแก้ไข กรุณาส่งข้อความใหม่อีกครั้ง
error-generic = ขออภัย เกิดข้อผิดพลาดทางฝั่งเรา กรุณาลองใหม่ หรือเปิดเมนูด้วย /menu
error-state-reset = ขออภัย หลังการอัปเดตเราคุยต่อจากครั้งที่แล้วไม่ได้ มาเริ่มใหม่จากเมนูกัน
menu-language-title = เลือกภาษาของคุณ:
menu-language = 🌐 ภาษา
menu-language-chosen = ภาษา: ภาษาไทย
forget-confirm = ลบข้อมูลทั้งหมดที่บอทนี้เก็บไว้เกี่ยวกับคุณ (ภาษา คำตอบ และความคิดเห็นของคุณ) ใช่ไหม ลบแล้วจะเอากลับคืนไม่ได้
forget-yes = ใช่ ลบเลย
forget-no = ไม่ เก็บไว้
forget-done = เรียบร้อย ข้อมูลทั้งหมดที่เก็บไว้เกี่ยวกับคุณถูกลบแล้ว
forget-kept = ไม่ได้ลบอะไร

## Commands (shown in Telegram's command menu)

command-start = เริ่มต้นและแสดงเมนู
command-menu = แสดงเมนู
command-estimate = คำนวณเงินก้อนของฉัน
command-language = เปลี่ยนภาษา
command-help = วิธีใช้บอทนี้
command-cancel = ยกเลิกการคำนวณ
command-forget = ลบข้อมูลของฉัน
language-name = ภาษาไทย
menu-consultant = 👤 คุยกับที่ปรึกษา
menu-consultant-unavailable =
    ตอนนี้ยังติดต่อที่ปรึกษาผ่านบอทนี้ไม่ได้

    ถ้ามีคำถามเกี่ยวกับประวัติบำนาญของคุณเอง ให้โทรหรือไปที่สำนักงานบำนาญ (年金事務所) ขององค์การบำนาญญี่ปุ่น (Japan Pension Service) โดยนำบัตรผู้พำนัก (在留カード) และหนังสือแจ้งหมายเลขบำนาญพื้นฐาน (基礎年金番号通知書) ไปด้วย

## The bot's profile in Telegram

bot-description = ช่วยเรื่องบำนาญญี่ปุ่นฟรีสำหรับแรงงานต่างชาติ: ตอบเป็นภาษาของคุณ ประมาณเงินก้อนที่จะได้คืน (脱退一時金) พร้อมวันหมดเขต และขั้นตอนการยื่นขอ
bot-short-description = ช่วยเรื่องบำนาญญี่ปุ่นสำหรับแรงงานต่างชาติ: ถามตอบ ประมาณเงินก้อน วันหมดเขต
command-endchat = จบการคุยกับที่ปรึกษา
format-weekday-1 = วันจันทร์
format-weekday-2 = วันอังคาร
format-weekday-3 = วันพุธ
format-weekday-4 = วันพฤหัสบดี
format-weekday-5 = วันศุกร์
format-weekday-6 = วันเสาร์
format-weekday-7 = วันอาทิตย์
