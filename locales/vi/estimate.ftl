# Ước tính tiền trợ cấp một lần theo từng bước. Tiếng Việt.

## Câu hỏi

estimate-ask-pension = Bạn đã đóng vào loại lương hưu nào?
estimate-pension-employees = Bị trừ vào lương (Lương hưu phúc lợi)
estimate-pension-national = Tôi tự đóng (Lương hưu quốc dân)
estimate-pension-both = Cả hai
estimate-pension-not-sure = Không chắc
estimate-explain-pensions =
    • Nếu công ty trừ 厚生年金 (kōsei nenkin) vào lương của bạn, bạn thuộc <b>Lương hưu phúc lợi</b>. Phần lớn thực tập sinh và lao động kỹ năng đặc định thuộc loại này.
    • Nếu bạn tự đóng bằng phiếu nộp tiền (納付書) ở cửa hàng tiện lợi hoặc ngân hàng, đó là <b>Lương hưu quốc dân</b> (国民年金).
    • Có người có cả hai, ví dụ những tháng không có việc làm giữa hai công ty.
estimate-ask-duration = Bạn đã tham gia Lương hưu phúc lợi trong bao lâu (từ tháng đầu tiên làm ở công ty Nhật đến khi nghỉ việc)? Hãy gõ số tháng hoặc số năm, ví dụ <b>36</b> hoặc <b>3 năm</b>.
estimate-know-dates = Tôi biết ngày đầu tiên và ngày cuối cùng đi làm
estimate-ask-first-day = Ngày đầu tiên bạn đi làm ở Nhật là ngày nào? Ví dụ <b>01/04/2023</b>.
estimate-ask-last-day = Ngày làm việc cuối cùng của bạn là (hoặc đã là) ngày nào? Ví dụ <b>31/03/2026</b>.
estimate-ask-final-month = Tháng cuối cùng tiền lương hưu bị trừ vào lương của bạn là (hoặc sẽ là) tháng nào? Nếu ngày làm việc cuối cùng của bạn là ngày cuối tháng thì đó là tháng đó; nếu không thì là tháng trước đó. Ví dụ <b>03/2026</b>.
estimate-ask-pay-kind = Bạn biết gì về tiền lương của mình?
estimate-pay-salary = Lương hằng tháng của tôi
estimate-pay-payslip = Dòng lương hưu trên phiếu lương (厚生年金)
estimate-pay-standard = Mức lương tiêu chuẩn hằng tháng của tôi (標準報酬月額)
estimate-ask-salary = Lương hằng tháng của bạn là bao nhiêu yên, tính cả phụ cấp và tiền làm thêm giờ, trước khi bị trừ các khoản? Ví dụ <b>250000</b>.
estimate-ask-payslip = Mỗi tháng phiếu lương của bạn trừ bao nhiêu yên cho 厚生年金 (kōsei nenkin)? Ví dụ <b>22875</b>.
estimate-ask-standard = Mức lương tiêu chuẩn hằng tháng (標準報酬月額) của bạn là bao nhiêu yên? Ví dụ <b>260000</b>.
estimate-ask-bonuses = Bạn có được nhận tiền thưởng (賞与) không? Hãy gõ tổng số tiền thưởng bằng yên, ví dụ <b>600000</b>, hoặc bấm nút.
estimate-no-bonuses = Không có tiền thưởng
estimate-ask-np-paid-months = Bạn đã tự đóng đủ Lương hưu quốc dân bao nhiêu tháng? Ví dụ <b>24</b>.
estimate-ask-np-last-paid-month = Tháng cuối cùng bạn đóng Lương hưu quốc dân là tháng nào? Ví dụ <b>11/2025</b>.
estimate-ask-np-exemptions = Bạn có tháng nào được miễn giảm (免除) hoặc hoãn đóng theo chế độ đặc biệt cho sinh viên (学生納付特例) không? Hãy chọn loại, hoặc bấm "Không có (thêm) miễn giảm".
estimate-exemption-quarter = Miễn ¼ (bạn đóng ¾)
estimate-exemption-half = Miễn ½ (bạn đóng một nửa)
estimate-exemption-three-quarter = Miễn ¾ (bạn đóng ¼)
estimate-exemption-full = Miễn toàn bộ hoặc hoãn đóng cho sinh viên
estimate-no-more-exemptions = Không có (thêm) miễn giảm
estimate-ask-np-quarter-exempt-months = Có bao nhiêu tháng được miễn ¼? Ví dụ <b>6</b>.
estimate-ask-np-half-exempt-months = Có bao nhiêu tháng được miễn ½? Ví dụ <b>6</b>.
estimate-ask-np-three-quarter-exempt-months = Có bao nhiêu tháng được miễn ¾? Ví dụ <b>6</b>.
estimate-ask-np-full-exempt-months = Có bao nhiêu tháng được miễn toàn bộ hoặc hoãn đóng cho sinh viên? Ví dụ <b>6</b>.
estimate-ask-departure = Bạn đã (hoặc sẽ) rời Nhật hẳn vào ngày nào? Ví dụ <b>15/04/2026</b>. Ngày này cho biết hạn chót nộp hồ sơ của bạn.
estimate-no-departure = Chưa quyết định
estimate-back = ◀ Quay lại
estimate-cancel = ✖ Hủy
estimate-cancelled = Đã hủy ước tính. Các câu trả lời của bạn đã bị xóa.

## Kết quả

estimate-result-employees-title = Tiền trợ cấp một lần của Lương hưu phúc lợi (ước tính)
estimate-result-national-title = Tiền trợ cấp một lần của Lương hưu quốc dân (ước tính)
estimate-result-months = Số tháng được tính: { $months } (mức { $band }, tối đa { $cap }). Tháng cuối cùng: { $final }.
estimate-result-rate = Tỷ lệ chi trả: { $rate } × mức lương chuẩn hằng tháng trung bình (標準報酬月額) { $average }
estimate-result-premium = Phí bảo hiểm { $premium } × ½ × { $band } tháng
estimate-result-amount =
    Tiền trợ cấp một lần: <b>{ $gross }</b>
    Thuế bị khấu trừ (20,42%): { $tax }
    Số tiền bạn nhận: <b>{ $net }</b>
    Tiền thuế nhiều khả năng bạn được hoàn lại sau này: { $refund }
estimate-result-amount-untaxed =
    Tiền trợ cấp một lần: <b>{ $gross }</b> (không bị đánh thuế)
estimate-result-not-payable = <b>Không được chi trả:</b>
estimate-result-deadline = 📅 Hạn nộp hồ sơ: <b>{ $date }</b>
estimate-reason-fewer-than-6-months = chỉ có dưới { $minimum } tháng được tính. Bạn cần ít nhất { $minimum } tháng.
estimate-reason-qualifies-for-old-age-pension = bạn có từ { $months } tháng trở lên, nên bạn có thể nhận lương hưu tuổi già thay vào đó. Hãy hỏi văn phòng lương hưu (年金事務所).
estimate-reason-claim-period-expired = thời hạn 2 năm để nộp hồ sơ đã kết thúc vào { $date }.
estimate-warning-erases-earlier-coverage = Khi bạn nhận tiền trợ cấp một lần, toàn bộ các tháng trước đó của bạn sẽ bị xóa. Chúng không còn được tính cho lương hưu Nhật Bản nữa.
estimate-warning-last-month-not-counted = Ngày làm việc cuối cùng của bạn không phải ngày cuối tháng, nên tháng đó không được tính. Nếu làm đến hết tháng, bạn sẽ có { $months } tháng.
estimate-warning-band-lost-by-leaving-early = Ngày làm việc cuối cùng của bạn không phải ngày cuối tháng, nên tháng đó không được tính và bạn bị tụt xuống một mức. Với { $months } tháng (làm đến ngày cuối cùng của tháng), tiền trợ cấp một lần sẽ là { $amount }.
estimate-warning-months-beyond-cap = Chỉ { $cap } tháng được tính. Các tháng sau đó không làm tăng thêm tiền.
estimate-warning-pay-above-top-grade = Lương trên { $amount } một tháng chỉ được tính là { $amount }.
estimate-warning-rules-due-to-change = Một số quy định sắp thay đổi: mức trần dài hơn đang được dự kiến, và một luật năm 2025 bổ sung quy định cho người rời Nhật có giấy phép tái nhập cảnh. Ngày bắt đầu áp dụng chưa được công bố.
estimate-warning-tax-refund-approximate = Tiền thuế được hoàn lại chỉ là ước tính sơ bộ cho số tiền này.
estimate-warning-totalisation = Nếu bạn đến từ Philippines hoặc Ấn Độ, hiệp định giữa nước bạn và Nhật Bản có thể cộng gộp số tháng của bạn ở cả hai nước. Nhận tiền trợ cấp một lần sẽ chấm dứt điều đó. Hãy suy nghĩ kỹ trước khi nộp hồ sơ.
estimate-only = <i>Đây chỉ là ước tính. Số tiền thực tế do Cơ quan Hưu trí Nhật Bản quyết định.</i>
estimate-error-no-premium = Tôi chưa biết mức phí Lương hưu quốc dân của năm tài chính { $year }, nên không thể ước tính trường hợp này.
estimate-error-no-rule = Tôi không có quy định cho { $month }, nên không thể ước tính trường hợp này.
estimate-error-input = Tôi không thể ước tính với các câu trả lời này. Hãy quay lại và kiểm tra chúng.
estimate-change-answer = ◀ Sửa một câu trả lời
estimate-start-over = ↺ Làm lại từ đầu
estimate-how-to-claim = Cách nộp hồ sơ
