# Lời nhắc, danh sách việc cần làm và bản tóm tắt ước tính để chia sẻ. Tiếng Việt.
# Ngày tháng được truyền vào đã viết sẵn theo cách của ngôn ngữ này ({ $date }, { $deadline } …).

## Lời nhắc: đề nghị và đặt lịch

remind-ask-departure = 🔔 Tôi có thể nhắc bạn các mốc thời gian về lương hưu. Bạn sẽ rời Nhật (hoặc đã rời Nhật) vào ngày nào? Hãy gõ ngày, ví dụ 31/03/2027.
remind-ask-again = Tôi không đọc được ngày này. Hãy gõ ngày, tháng và năm, ví dụ 31/03/2027. Hoặc bấm Hủy.
remind-offer-title = 🔔 Tôi có thể nhắn cho bạn vào những ngày này:
remind-offer-none = Tất cả các ngày tôi có thể nhắc bạn đều đã qua. Nếu bạn chưa nộp hồ sơ, hãy kiểm tra hạn chót của bạn ngay: có thể vẫn còn kịp.
remind-button-all = 🔔 Nhắc tôi tất cả
remind-button-one = ➕ Chỉ nhắc: { $what }
remind-saved = ✅ Xong. Tôi sẽ nhắn cho bạn vào những ngày này:
remind-manage-hint = Bạn có thể xem hoặc hủy các lời nhắc bất cứ lúc nào bằng lệnh /reminders.
remind-dates-note = <i>Các ngày này chỉ là ước tính. Hãy kiểm tra hạn chót của chính bạn với Cơ quan Hưu trí Nhật Bản.</i>
remind-button = 🔔 Nhắc tôi các hạn chót

## Nội dung của từng lời nhắc (một dòng ngắn, dùng trong danh sách và nút bấm)

remind-kind-claimable = bạn có thể gửi hồ sơ
remind-kind-deadline = { $months ->
   *[other] { $months } tháng trước hạn chót nộp hồ sơ
}
remind-kind-decision = kiểm tra xem thông báo quyết định đã đến chưa
remind-kind-refund = { $months ->
   *[other] { $months } tháng trước ngày cuối cùng để nộp tờ khai xin hoàn thuế
}
remind-line = • { $date }: { $what }

## Xem và hủy lời nhắc

reminders-title = 🔔 Các lời nhắc của bạn:
reminders-empty = Bạn chưa có lời nhắc nào. Tôi có thể nhắc bạn các hạn chót sau khi bạn làm ước tính có ngày rời Nhật, hoặc qua lệnh /remind.
reminders-cancel = ❌ Hủy: { $date }
reminders-cancelled = Đã hủy.
reminders-claim-sent = 📮 Hôm nay tôi đã gửi hồ sơ
reminders-add = 🔔 Thêm lời nhắc

## Nội dung lời nhắc

reminder-claimable = 🔔 <b>Nhắc nhở:</b> bạn dự định rời Nhật vào { $date }. Từ bây giờ bạn có thể gửi hồ sơ xin tiền trợ cấp một lần. Hồ sơ phải đến Cơ quan Hưu trí Nhật Bản chậm nhất là { $deadline }.
reminder-deadline = 🔔 <b>Nhắc nhở:</b> hồ sơ xin tiền trợ cấp một lần của bạn phải đến Cơ quan Hưu trí Nhật Bản chậm nhất là <b>{ $deadline }</b>. Nếu bạn chưa gửi, hãy gửi ngay bây giờ. Qua ngày đó, bạn sẽ mất số tiền này.
reminder-decision = 🔔 <b>Nhắc nhở:</b> bạn đã gửi hồ sơ vào { $date }. Đến giờ, thông báo quyết định chi trả (脱退一時金支給決定通知書) có thể đã đến. Hãy giữ bản gốc: bạn cần nó để xin hoàn thuế. Nếu chưa nhận được gì, hãy hỏi Cơ quan Hưu trí Nhật Bản.
reminder-refund = 🔔 <b>Nhắc nhở:</b> tờ khai để lấy lại khoản thuế 20,42% có thể nộp đến khoảng <b>{ $date }</b>. Nếu bạn chưa nộp, hãy hỏi người quản lý nộp thuế (納税管理人) của bạn ngay bây giờ.
reminder-late = <i>(Lời nhắc này bị muộn: tôi không gửi được vào { $date }.)</i>
reminder-open-checklist = ✅ Danh sách việc cần làm

## Danh sách việc cần làm

checklist-title = ✅ <b>Danh sách việc cần làm của bạn</b> — bấm vào một mục khi đã làm xong.
checklist-claim = <b>Để nộp hồ sơ</b>
checklist-tax = <b>Để xin hoàn thuế</b>
checklist-done-count = Đã xong: { $done } trên { $total }.
checklist-item-moving-out = Nộp thông báo chuyển đi (転出届) tại tòa thị chính trước khi rời Nhật
checklist-item-moving-out-why = Nếu nộp trước khi rời Nhật, bạn có thể nộp hồ sơ ngay và không cần giấy tờ chứng minh bạn không có địa chỉ ở Nhật.
checklist-item-form = Mẫu đơn yêu cầu (脱退一時金請求書)
checklist-item-form-why = Song ngữ: một ngoại ngữ + tiếng Nhật. Viết bằng chữ IN HOA.
checklist-item-passport = Bản sao hộ chiếu
checklist-item-passport-why = Các trang có họ tên, ngày sinh, quốc tịch, chữ ký, tư cách lưu trú và lần xuất cảnh cuối cùng khỏi Nhật.
checklist-item-no-address = Giấy tờ chứng minh bạn không có địa chỉ ở Nhật
checklist-item-no-address-why = Phiếu cư trú đã xóa (住民票の除票). Không cần nếu bạn đã nộp thông báo chuyển đi.
checklist-item-bank = Giấy tờ ngân hàng
checklist-item-bank-why = Tài khoản đứng tên chính bạn: tên ngân hàng, chi nhánh, địa chỉ chi nhánh, số tài khoản; mã SWIFT/BIC nếu là ngân hàng ở nước ngoài.
checklist-item-pension-number = Mã số lương hưu cơ bản
checklist-item-pension-number-why = Thông báo mã số lương hưu cơ bản (基礎年金番号通知書) hoặc sổ lương hưu (年金手帳).
checklist-item-send = Gửi tất cả qua bưu điện đến Cơ quan Hưu trí Nhật Bản
checklist-item-send-why = Hồ sơ phải đến nơi vào hoặc sau ngày chuyển đi của bạn, và chậm nhất là vào hạn chót nộp hồ sơ: 2 năm sau khi bạn mất tư cách tham gia bảo hiểm lương hưu hoặc khi địa chỉ của bạn ở Nhật chấm dứt, tính theo mốc nào muộn hơn.
checklist-item-tax-agent = Người quản lý nộp thuế (納税管理人) ở Nhật
checklist-item-tax-agent-why = Một người ở Nhật nộp tờ khai thay bạn; tiền hoàn thuế được trả vào một tài khoản ngân hàng ở Nhật.
checklist-item-decision-notice = Bản gốc thông báo quyết định chi trả (脱退一時金支給決定通知書)
checklist-item-decision-notice-why = Giấy này chứng minh thuế đã bị trừ. Đừng gửi đi khi chưa giữ lại bản sao.
checklist-item-tax-return = Tờ khai xin hoàn thuế (退職所得の選択課税による還付のための申告書)
checklist-item-tax-return-why = Từ ngày 1/1 của năm sau năm nhận tiền, trong vòng 5 năm.
checklist-form-link = 📄 Mẫu đơn yêu cầu bằng { $language } (Cơ quan Hưu trí Nhật Bản): { $link }
checklist-form-english = 📄 Không có mẫu đơn bằng ngôn ngữ của bạn; hãy dùng mẫu tiếng Anh (Cơ quan Hưu trí Nhật Bản): { $link }
checklist-button = ✅ Danh sách việc cần làm

## Chia sẻ ước tính

share-button = 📤 Chia sẻ ước tính này
share-intro = Hãy chuyển tiếp tin nhắn tiếp theo cho gia đình, người phụ trách của bạn hoặc một tư vấn viên.
share-title = 📋 <b>Ước tính tiền trợ cấp một lần</b> (脱退一時金) — { $date }
share-inputs = <b>Thông tin tôi đã nhập:</b>
share-input-months = Số tháng tham gia: { $months }
share-input-final-month = Tháng tham gia cuối cùng: { $month }
share-input-pay = Mức lương tiêu chuẩn hằng tháng trung bình (標準報酬月額): { $amount }
share-input-departure = Ngày rời Nhật: { $date }
share-pension-employees = <b>Lương hưu phúc lợi</b> (厚生年金)
share-pension-national = <b>Lương hưu quốc dân</b> (国民年金)
share-gross = Trước thuế (支給額): { $amount }
share-tax = Thuế bị khấu trừ 20,42% (源泉徴収税): { $amount }
share-net = Số tiền nhận được: { $amount }
share-refund = Tiền thuế có thể được hoàn lại (還付): tối đa { $amount }
share-deadline = Hạn nộp hồ sơ (請求期限): { $date }
share-not-payable = Không được chi trả theo thông tin đã nhập.
share-footer = <i>Chỉ là ước tính. Cơ quan Hưu trí Nhật Bản (日本年金機構) quyết định số tiền thực tế. Được tạo bằng { $bot }.</i>

## Lệnh (danh sách lệnh của Telegram)

command-remind = Nhắc tôi các hạn chót
command-reminders = Các lời nhắc của tôi
command-checklist = Danh sách giấy tờ của tôi
