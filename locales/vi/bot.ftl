# Giao diện của bot: menu, hướng dẫn, tìm kiếm, lỗi và định dạng. Tiếng Việt.

## Menu

menu-welcome =
    <b>Xin chào! Tôi là trợ lý lương hưu dành cho người lao động nước ngoài tại Nhật Bản.</b>

    Tôi trả lời các câu hỏi về lương hưu Nhật Bản (nenkin) và ước tính số tiền bạn có thể nhận lại khi rời Nhật: tiền trợ cấp một lần khi rút khỏi chế độ lương hưu (脱退一時金, dattai ichijikin).

    Hãy chọn bên dưới, hoặc gõ luôn câu hỏi của bạn.
menu-first-time = Mẹo: bạn có thể gõ câu hỏi theo cách nói của mình, ví dụ "tôi được nhận lại bao nhiêu tiền?" hoặc "hạn chót nộp hồ sơ".
menu-title = Bạn muốn làm gì?
menu-browse = 📚 Xem theo chủ đề
menu-estimate = 🧮 Ước tính tiền trợ cấp một lần
menu-continue-estimate = 🧮 Tiếp tục ước tính
menu-ask = ❓ Cách đặt câu hỏi
menu-back-to-menu = ☰ Menu
menu-help =
    <b>Cách dùng bot này</b>

    • Gõ câu hỏi theo cách nói của bạn, ví dụ "hạn chót là khi nào?".
    • Bấm <b>Xem theo chủ đề</b> để đọc câu trả lời theo từng chủ đề.
    • Bấm <b>Ước tính tiền trợ cấp một lần</b> và trả lời vài câu hỏi để xem bạn có thể nhận lại khoảng bao nhiêu.

    Các lệnh: /menu, /estimate, /cancel, /help.

    Bot này chỉ cung cấp thông tin chung. Mọi hồ sơ đều do Cơ quan Hưu trí Nhật Bản (Japan Pension Service) quyết định.

## Xem chủ đề và tìm kiếm

faq-browse-title = <b>Chủ đề</b>: hãy chọn một chủ đề.
faq-browse = 📚 Xem theo chủ đề
faq-back-to-topics = ◀ Chủ đề
faq-back-to-section = ◀ Quay lại
search-did-you-mean = Tôi chưa chắc đã hiểu đúng. Có phải bạn muốn hỏi một trong những câu này?
search-nothing-found = Xin lỗi, tôi không tìm thấy câu trả lời cho câu hỏi này. Hãy thử hỏi bằng từ khác, hoặc xem theo chủ đề.

## Lỗi

error-not-an-amount = Tôi không đọc được số tiền này. Hãy gõ số yên bằng chữ số, ví dụ 250000, 250.000 hoặc 25万.
error-amount-not-positive = Số tiền phải lớn hơn 0 yên.
error-amount-too-large = Số tiền này quá lớn. Hãy kiểm tra lại và gõ số tiền hằng tháng bằng yên.
error-not-a-duration = Tôi không đọc được. Hãy gõ số tháng hoặc số năm, ví dụ 36, 3 năm hoặc 2 năm 6 tháng.
error-duration-too-long = Thời gian này quá dài. Hãy kiểm tra lại số tháng hoặc số năm.
error-not-a-date = Tôi không đọc được ngày này. Hãy gõ theo dạng 31/03/2026 hoặc 2026-03-31.
error-not-a-month = Tôi không đọc được tháng này. Hãy gõ theo dạng 03/2026 hoặc 2026-03.
error-use-buttons = Hãy bấm một trong các nút bên dưới.
error-last-day-before-first-day = Ngày làm việc cuối cùng không thể trước ngày bắt đầu đi làm.
error-nothing-to-go-back-to = Đây là câu hỏi đầu tiên.
error-stale-button = Nút này thuộc một tin nhắn cũ. Đây là menu.

## Định dạng

format-thousands-separator = .
format-yen = { $amount } ¥
format-date = ngày { $day } { $monthname } năm { $year }
format-decimal-separator = ,
format-year-month = { $monthname } năm { $year }
format-month-1 = tháng 1
format-month-2 = tháng 2
format-month-3 = tháng 3
format-month-4 = tháng 4
format-month-5 = tháng 5
format-month-6 = tháng 6
format-month-7 = tháng 7
format-month-8 = tháng 8
format-month-9 = tháng 9
format-month-10 = tháng 10
format-month-11 = tháng 11
format-month-12 = tháng 12

## Đánh giá và các tin nhắn khác

faq-helpful = 👍 Có ích
faq-not-helpful = 👎 Không có ích
faq-feedback-thanks = Cảm ơn bạn! Rất vui vì câu trả lời đã giúp được bạn.
faq-feedback-sorry = Xin lỗi vì câu trả lời chưa giúp được bạn. Hãy thử hỏi bằng cách khác, xem theo chủ đề, hoặc hỏi tư vấn viên.
error-unsupported-message = Tôi chỉ đọc được tin nhắn chữ và các lần bấm nút. Hãy gõ câu hỏi của bạn, hoặc dùng menu.
error-edited-message = Tôi không đọc tin nhắn đã sửa. Hãy gửi lại tin nhắn của bạn.
error-generic = Xin lỗi, phía tôi đã xảy ra lỗi. Hãy thử lại, hoặc mở menu bằng lệnh /menu.
error-state-reset = Xin lỗi, sau khi cập nhật tôi không thể tiếp tục cuộc trò chuyện trước đó. Chúng ta bắt đầu lại từ menu nhé.
menu-language-title = Chọn ngôn ngữ của bạn:
menu-language = 🌐 Ngôn ngữ
menu-language-chosen = Ngôn ngữ: Tiếng Việt
forget-confirm = Xóa mọi thông tin bot này đã lưu về bạn (ngôn ngữ, các câu trả lời và đánh giá của bạn)? Việc này không thể hoàn tác.
forget-yes = Có, xóa
forget-no = Không, giữ lại
forget-done = Xong. Mọi thông tin đã lưu về bạn đã bị xóa.
forget-kept = Không có gì bị xóa.

## Lệnh (hiện trong menu lệnh của Telegram)

command-start = Bắt đầu và hiện menu
command-menu = Hiện menu
command-estimate = Ước tính tiền trợ cấp một lần
command-language = Đổi ngôn ngữ
command-help = Cách dùng bot này
command-cancel = Hủy ước tính
command-forget = Xóa dữ liệu của tôi
language-name = Tiếng Việt
menu-consultant = 👤 Nói chuyện với tư vấn viên
menu-consultant-unavailable =
    Hiện chưa thể liên hệ tư vấn viên của chúng tôi qua bot này.

    Nếu có câu hỏi về hồ sơ lương hưu của chính bạn, hãy gọi điện hoặc đến một văn phòng lương hưu (年金事務所) của Cơ quan Hưu trí Nhật Bản (Japan Pension Service). Hãy mang theo thẻ cư trú (在留カード) và Thông báo mã số lương hưu cơ bản (基礎年金番号通知書).

## Hồ sơ của bot trên Telegram

bot-description = Hỗ trợ miễn phí về lương hưu Nhật Bản cho người lao động nước ngoài: trả lời bằng ngôn ngữ của bạn, ước tính tiền trợ cấp một lần khi rút khỏi chế độ lương hưu (脱退一時金) kèm hạn chót, và các bước để nhận tiền.
bot-short-description = Hỗ trợ lương hưu Nhật Bản cho người lao động nước ngoài: hỏi đáp, ước tính tiền trợ cấp một lần, hạn chót.
command-endchat = Kết thúc trò chuyện với tư vấn viên
format-weekday-1 = Thứ Hai
format-weekday-2 = Thứ Ba
format-weekday-3 = Thứ Tư
format-weekday-4 = Thứ Năm
format-weekday-5 = Thứ Sáu
format-weekday-6 = Thứ Bảy
format-weekday-7 = Chủ Nhật
