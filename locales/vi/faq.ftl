# Nội dung hỏi đáp, tiếng Việt. Cấu trúc và nguồn nằm trong faq/catalogue.yaml.
# Dữ kiện đã đối chiếu với bảng dữ kiện của dự án (tổng hợp tháng 11/2026).
# Mọi câu trả lời kết thúc bằng dòng "Thông tin tính đến". Không có biến, không có dấu ngoặc nhọn.

## Tiêu đề các phần (ngắn: hiện trên nút bấm)

faq-section-a-title = Ai phải tham gia
faq-section-b-title = Miễn giảm
faq-section-c-title = Quyền lợi Lương hưu quốc dân
faq-section-d-title = Rời Nhật và tiền trợ cấp một lần
faq-section-e-title = Karakikan
faq-section-f-title = Người nước ngoài có visa
faq-section-g-title = Vĩnh trú
faq-section-l-title = Hướng dẫn nhận tiền trợ cấp một lần

## Phần A: người tham gia bảo hiểm

faq-q01-question = Nhóm 1, 2 và 3 trong lương hưu Nhật Bản là gì?
faq-q01-answer =
    <b>Mọi người tham gia lương hưu Nhật Bản đều thuộc một trong 3 nhóm.</b> Nhóm của bạn quyết định cách bạn đóng tiền.

    • <b>Nhóm 1</b> (第1号被保険者): người từ 20 đến 59 tuổi sống ở Nhật và không tham gia lương hưu của công ty. Ví dụ: học sinh, sinh viên, người tự kinh doanh và người không có việc làm. Bạn tự đóng phí Lương hưu quốc dân (国民年金): 17.920 yên một tháng trong năm tài chính 2026.
    • <b>Nhóm 2</b> (第2号被保険者): người làm công tham gia Bảo hiểm lương hưu phúc lợi (厚生年金) hoặc hiệp hội tương trợ (共済組合). Thực tập sinh kỹ năng và lao động kỹ năng đặc định làm ở công ty Nhật thuộc Nhóm 2. Phí bảo hiểm được trừ vào lương của bạn.
    • <b>Nhóm 3</b> (第3号被保険者): vợ hoặc chồng của người thuộc Nhóm 2, sống dựa vào thu nhập của người đó. Họ không phải đóng phí.

    Nhóm của bạn có thể thay đổi, ví dụ khi bạn nghỉ việc. Điều này quan trọng với tiền trợ cấp một lần: các tháng làm ở công ty được tính cho tiền trợ cấp một lần của Lương hưu phúc lợi, còn tiền trợ cấp một lần của Lương hưu quốc dân chỉ tính những tháng bạn tự đóng khi thuộc Nhóm 1.

    <i>Thông tin tính đến tháng 11/2026.</i>
faq-q01-keywords = nhóm 1 2 3, nhom 1 2 3, tôi thuộc nhóm nào, toi thuoc nhom nao, thực tập sinh thuộc nhóm mấy, nhóm mấy, nhom may, các nhóm khác nhau thế nào, loại người tham gia bảo hiểm, phân loại người tham gia, dai 1 go, dai 2 go, dai 3 go, dai ichigo, dai nigo, hihokensha, 被保険者, 第1号, 第2号, 第3号

faq-q02-question = Lương hưu quốc dân (kokumin nenkin) là gì?
faq-q02-answer =
    <b>Lương hưu quốc dân (国民年金, kokumin nenkin) là chế độ lương hưu công cơ bản cho tất cả mọi người sống ở Nhật, không phân biệt quốc tịch.</b>

    • Mọi người từ 20 đến 59 tuổi có địa chỉ ở Nhật đều tham gia.
    • Nếu bạn làm cho công ty có Lương hưu phúc lợi (厚生年金), bạn cũng đồng thời tham gia Lương hưu quốc dân. Bạn không phải đóng thêm khoản thứ hai: khoản trừ vào lương đã bao gồm cả hai.
    • Nếu bạn không tham gia lương hưu của công ty (học sinh, sinh viên, không có việc làm, tự kinh doanh), bạn tự đóng phí: 17.920 yên một tháng trong năm tài chính 2026. Bạn sẽ nhận phiếu nộp tiền (納付書) qua bưu điện.
    • Nếu không đóng được, hãy hỏi tòa thị chính về việc miễn giảm (免除). Đừng tự ý ngừng đóng: những tháng chưa đóng không được tính gì cả.

    Chế độ này chi trả lương hưu tuổi già, lương hưu khuyết tật và lương hưu cho gia đình người qua đời. Nếu bạn rời Nhật hẳn, bạn có thể xin tiền trợ cấp một lần (脱退一時金) cho những tháng bạn đã đóng.

    <i>Thông tin tính đến tháng 11/2026.</i>
faq-q02-keywords = nenkin là gì, nenkin la gi, kokumin nenkin là gì, kokumin nenkin la gi, lương hưu quốc dân, luong huu quoc dan, hưu trí quốc dân, huu tri quoc dan, chế độ lương hưu nhật, che do luong huu nhat, nenkin hoạt động thế nào, lương hưu cơ bản, luong huu co ban, kiso nenkin, ai phải tham gia, 国民年金, 基礎年金, 年金制度

faq-q03-question = Mỗi tháng phải đóng Lương hưu quốc dân bao nhiêu tiền?
faq-q03-answer =
    <b>Trong năm tài chính 2026 (từ tháng 4/2026 đến tháng 3/2027), phí bảo hiểm là 17.920 yên một tháng.</b>

    • Mức phí thay đổi vào tháng 4 hằng năm. Năm tài chính 2025 (từ tháng 4/2025 đến tháng 3/2026) là 17.510 yên. Năm tài chính 2024 là 16.980 yên.
    • Năm 2002 mức phí là 13.300 yên, nên các trang web và tờ rơi cũ là sai.
    • Bạn chỉ tự đóng phí này nếu bạn thuộc Nhóm 1 (không tham gia lương hưu của công ty). Nếu bạn làm cho công ty và thấy 厚生年金 trên phiếu lương, bạn không phải đóng riêng khoản phí này.

    Nếu thu nhập thấp, bạn có thể xin miễn giảm (免除) thay vì để các tháng không đóng. Những tháng chưa đóng không được tính cho lương hưu hay cho tiền trợ cấp một lần.

    <i>Thông tin tính đến tháng 11/2026.</i>
faq-q03-keywords = phí nenkin bao nhiêu, phi nenkin bao nhieu, kokumin nenkin bao nhiêu tiền, kokumin bao nhieu, mỗi tháng đóng bao nhiêu, moi thang dong bao nhieu, 1 tháng đóng bao nhiêu, tiền đóng nenkin hàng tháng, tien dong nenkin hang thang, phí hàng tháng, phí bảo hiểm hàng tháng, mức phí 2026, muc phi, giấy đóng tiền nenkin, phiếu nộp tiền, hokenryo, nofusho, 17920, 17.920, 17510, 保険料, 納付書, 月額

faq-q04-question = Người nước ngoài có tham gia lương hưu Nhật Bản không?
faq-q04-answer =
    <b>Có. Quốc tịch không quan trọng: nếu bạn sống ở Nhật, bạn nằm trong hệ thống lương hưu.</b>

    • Nếu bạn làm cho công ty có Lương hưu phúc lợi (厚生年金), bạn được đăng ký tham gia qua công việc. Điều này là bình thường với thực tập sinh kỹ năng (技能実習) và lao động kỹ năng đặc định (特定技能).
    • Nếu bạn từ 20 đến 59 tuổi, sống ở Nhật và không tham gia lương hưu của công ty, bạn tham gia Lương hưu quốc dân (国民年金) với tư cách Nhóm 1.

    Ngày nay người nước ngoài cư trú ở Nhật có thẻ cư trú (在留カード) và có tên trong sổ đăng ký cư dân (住民票) của thành phố nơi mình sống. Thẻ đăng ký người nước ngoài cũ đã chấm dứt từ ngày 9/7/2012.

    Các tháng tham gia của bạn được lưu theo mã số lương hưu cơ bản (基礎年金番号). Từ tháng 4/2022, mã số này được ghi trên Thông báo mã số lương hưu cơ bản (基礎年金番号通知書) thay cho sổ lương hưu (年金手帳). Hãy giữ cẩn thận: bạn cần nó để xin tiền trợ cấp một lần.

    <i>Thông tin tính đến tháng 11/2026.</i>
faq-q04-keywords = người nước ngoài có tham gia nenkin không, nguoi nuoc ngoai nenkin, người nước ngoài có lương hưu không, nguoi nuoc ngoai luong huu, lao động nước ngoài có nenkin không, lao dong nuoc ngoai, nenkin cho người nước ngoài, chỉ người nhật mới có lương hưu, chi nguoi nhat, không phải người nhật, quốc tịch không quan trọng, gaikokujin, gaikokujin nenkin, thẻ cư trú, the cu tru, thẻ ngoại kiều, zairyu card, 外国人, 在留カード

faq-q05-question = Tôi có bắt buộc phải đóng lương hưu không?
faq-q05-answer =
    <b>Có, đây là nghĩa vụ bắt buộc. Bạn không thể chọn đứng ngoài.</b>

    • <b>Người làm ở công ty:</b> nếu nơi làm việc của bạn có Lương hưu phúc lợi (厚生年金), công ty phải đăng ký cho bạn và trừ phí bảo hiểm vào lương. Điều này áp dụng cả cho thực tập sinh và lao động kỹ năng đặc định.
    • <b>Tất cả những người khác</b> từ 20 đến 59 tuổi có địa chỉ ở Nhật phải tham gia Lương hưu quốc dân (国民年金) và đóng phí, hoặc xin miễn giảm (免除) nếu thiếu tiền.

    Số tiền này không đơn giản là mất đi:
    • Trong thời gian tham gia, bạn được bảo vệ nếu bị khuyết tật, và gia đình bạn được bảo vệ nếu bạn qua đời.
    • Có đủ 10 năm tham gia, bạn sẽ nhận lương hưu tuổi già.
    • Nếu rời Nhật trước đó, bạn có thể xin tiền trợ cấp một lần (脱退一時金) cho tối đa 60 tháng.

    Nếu bạn cứ thế không đóng Lương hưu quốc dân, những tháng đó không được tính gì cả, kể cả cho tiền trợ cấp một lần.

    <i>Thông tin tính đến tháng 11/2026.</i>
faq-q05-keywords = bắt buộc, bat buoc, có bắt buộc đóng nenkin không, co bat buoc dong nenkin khong, có phải đóng nenkin không, co phai dong nenkin khong, có cần đóng không, co can dong khong, không đóng có sao không, khong dong co sao khong, không đóng được không, nghĩa vụ, nghia vu, ép đóng, bị ép đóng, đóng hay không đóng, gimu, kanyu gimu, 義務, 強制加入

faq-q06-question = Bảo hiểm lương hưu phúc lợi (kosei nenkin) là gì?
faq-q06-answer =
    <b>Bảo hiểm lương hưu phúc lợi (厚生年金保険, kosei nenkin) là chế độ lương hưu cho người làm việc ở công ty.</b>

    • Thực tập sinh kỹ năng (技能実習) và lao động kỹ năng đặc định (特定技能) được công ty Nhật tuyển dụng đều tham gia chế độ này.
    • Phí bảo hiểm là 18,3% mức lương tiêu chuẩn hằng tháng: một nửa (9,15%) do bạn đóng, một nửa do công ty đóng. Khoản này bị trừ vào lương mỗi tháng. Hãy tìm dòng 厚生年金 trên phiếu lương.
    • Là người làm công, bạn đồng thời tham gia Lương hưu quốc dân (国民年金), chỉ với một khoản trừ.
    • Sau này, nếu tổng thời gian tham gia của bạn đạt 10 năm, chế độ này trả thêm một khoản lương hưu theo mức lương, ngoài lương hưu cơ bản.

    Nếu bạn rời Nhật trước 10 năm, bạn có thể xin tiền trợ cấp một lần (脱退一時金) của Lương hưu phúc lợi: mức lương tiêu chuẩn trung bình × một tỷ lệ, tính cho tối đa 60 tháng. Thuế 20,42% sẽ bị trừ, và thường bạn có thể lấy lại khoản thuế đó.

    <i>Thông tin tính đến tháng 11/2026.</i>
faq-q06-keywords = kosei nenkin là gì, kosei nenkin la gi, kousei nenkin, kouseinenkin, lương hưu phúc lợi, luong huu phuc loi, bảo hiểm lương hưu phúc lợi, bảo hiểm hưu trí phúc lợi, bao hiem huu tri, bảo hiểm xã hội, bao hiem xa hoi, shakai hoken, lương hưu của công ty, luong huu cong ty, khác kokumin thế nào, khac kokumin, 厚生年金, 厚生年金保険, 社会保険

faq-q07-question = Lương của tôi bị trừ bao nhiêu tiền kosei nenkin?
faq-q07-answer =
    <b>Bạn đóng 9,15% mức lương tiêu chuẩn hằng tháng (標準報酬月額). Công ty đóng thêm 9,15%. Tổng cộng: 18,3%.</b> Tỷ lệ này cố định từ tháng 9/2017.

    Cách tính:
    • Tiền lương của bạn (lương cơ bản cộng các khoản phụ cấp như nhà ở, đi lại và tiền làm thêm giờ) được xếp vào một trong 32 bậc, từ 88.000 yên đến 650.000 yên. Lương trên bậc cao nhất được tính là 650.000 yên.
    • Bậc lương được xác định khi bạn bắt đầu làm việc, sau đó được xét lại mỗi năm dựa trên lương tháng 4, tháng 5 và tháng 6. Bậc mới được dùng từ tháng 9 đến tháng 8 năm sau.
    • Ví dụ: mức lương tiêu chuẩn hằng tháng 200.000 yên → bạn đóng 18.300 yên một tháng.
    • Tiền thưởng cũng bị tính phí: trên số tiền thưởng làm tròn xuống đến hàng 1.000 yên, tối đa 1.500.000 yên cho mỗi tháng có trả thưởng.

    Bảng năm 2002 (30 bậc, từ 98.000 đến 620.000 yên) đã lỗi thời: các bậc mới được thêm vào năm 2016 và năm 2020.

    <i>Thông tin tính đến tháng 11/2026.</i>
faq-q07-keywords = bị trừ bao nhiêu, bi tru bao nhieu, trừ lương bao nhiêu, tru luong bao nhieu, tiền nenkin trừ vào lương, tien nenkin tru vao luong, trừ nhiều quá, tru nhieu qua, sao trừ nhiều thế, bao nhiêu phần trăm lương, phần trăm, phan tram, cách tính kosei nenkin, mức lương tiêu chuẩn, muc luong tieu chuan, hyojun hoshu getsugaku, bậc lương, bac luong, tiền thưởng bị trừ, phiếu lương, phieu luong, kyuyo meisai, 9,15%, 標準報酬月額, 保険料率, 給与明細

faq-q08-question = Công ty có đóng lương hưu cho tôi không?
faq-q08-answer =
    <b>Có. Công ty của bạn đóng số tiền bằng với bạn.</b>

    Phí Lương hưu phúc lợi (厚生年金) là 18,3% mức lương tiêu chuẩn hằng tháng: 9,15% do bạn đóng và 9,15% do công ty đóng. Công ty trừ phần của bạn vào lương và nộp cả hai phần cho Cơ quan Hưu trí Nhật Bản (日本年金機構).

    Ví dụ: mức lương tiêu chuẩn hằng tháng 220.000 yên → bạn đóng 20.130 yên, công ty đóng 20.130 yên, tổng cộng 40.260 yên một tháng.

    Hãy kiểm tra phiếu lương: tháng nào cũng phải có dòng 厚生年金. Nếu không bị trừ gì, hãy hỏi công ty hoặc nghiệp đoàn (監理団体) của bạn. Những tháng không được đăng ký tham gia không được tính cho lương hưu hay cho tiền trợ cấp một lần.

    Nên biết: tiền trợ cấp một lần (脱退一時金) dùng một nửa tỷ lệ (18,3% × ½). Vì vậy số tiền trả lại xấp xỉ phần bạn đã đóng, không phải phần của công ty.

    <i>Thông tin tính đến tháng 11/2026.</i>
faq-q08-keywords = công ty đóng một nửa, cong ty dong mot nua, công ty có đóng không, cong ty co dong khong, công ty đóng cho tôi, công ty đóng bao nhiêu, cong ty dong bao nhieu, phần công ty đóng, phan cong ty dong, chủ đóng, ai đóng kosei nenkin, công ty hay tôi đóng, mỗi bên một nửa, chia đôi, chia doi, jigyonushi futan, roshi seppan, kaisha futan, 事業主負担, 労使折半, 会社負担

faq-q09-question = Lương hưu tương trợ (kyosai kumiai) là gì?
faq-q09-answer =
    <b>Các hiệp hội tương trợ (共済組合, kyosai kumiai) quản lý lương hưu cho công chức và nhân viên nhà trường.</b>

    • Thành viên là, ví dụ, nhân viên nhà nước, nhân viên chính quyền địa phương và giáo viên. Nhân viên trường tư thục được bảo hiểm bởi Tập đoàn Xúc tiến và Tương trợ các trường tư thục Nhật Bản (PMAC, 日本私立学校振興・共済事業団).
    • Thành viên thuộc Nhóm 2, giống người làm công ty tham gia Lương hưu phúc lợi (厚生年金).
    • Các tháng tham gia hiệp hội tương trợ được cộng với các tháng khác của bạn để tính điều kiện 10 năm cho lương hưu tuổi già.
    • Với tiền trợ cấp một lần (脱退一時金), các tháng tham gia hiệp hội tương trợ được tính vào mức tối thiểu 6 tháng, giống như các tháng Lương hưu phúc lợi.

    Ai trả tiền trợ cấp một lần: nếu bạn có từ 6 tháng đã đóng Lương hưu quốc dân trở lên, Cơ quan Hưu trí Nhật Bản sẽ chi trả và xử lý mọi thứ. Nếu không, tổ chức lương hưu cuối cùng bạn tham gia sẽ chi trả: hiệp hội tương trợ, hoặc PMAC nếu là trường tư thục.

    <i>Thông tin tính đến tháng 11/2026.</i>
faq-q09-keywords = kyosai là gì, kyosai la gi, kyosai kumiai, kyousai, kyosai nenkin, lương hưu tương trợ, luong huu tuong tro, hiệp hội tương trợ, hiep hoi tuong tro, lương hưu công chức, luong huu cong chuc, lương hưu nhân viên nhà nước, lương hưu giáo viên, luong huu giao vien, trường tư thục, truong tu thuc, pmac, shigaku kyosai, komuin, 共済組合, 共済年金, 私学共済

faq-q10-question = Người nước ngoài có thể làm việc trong khu vực công và tham gia lương hưu tương trợ không?
faq-q10-answer =
    <b>Một số người nước ngoài có làm, ví dụ làm giáo viên hoặc nhân viên trường đại học. Khi đó họ tham gia hiệp hội tương trợ (共済組合).</b>

    Những công việc nào trong khu vực công mở cho người nước ngoài là tùy nơi tuyển dụng và tùy công việc. Đó không phải là câu hỏi về lương hưu. Quy định lương hưu không phụ thuộc vào quốc tịch:
    • Bạn thuộc Nhóm 2, giống người làm ở công ty.
    • Các tháng của bạn được tính vào điều kiện 10 năm cho lương hưu tuổi già.
    • Nếu rời Nhật trước 10 năm, bạn có thể xin tiền trợ cấp một lần (脱退一時金) cho các tháng tham gia hiệp hội tương trợ. Các điều kiện thông thường được áp dụng: ít nhất 6 tháng, không có địa chỉ ở Nhật, nộp hồ sơ trong vòng 2 năm. 2 năm này thường được tính từ khi bạn không còn địa chỉ ở Nhật, hoặc từ khi bạn mất tư cách tham gia bảo hiểm nếu thời điểm đó muộn hơn.
    • Nơi nộp hồ sơ: nếu có từ 6 tháng đã đóng Lương hưu quốc dân trở lên, nộp cho Cơ quan Hưu trí Nhật Bản. Nếu không, nộp cho hiệp hội của bạn, hoặc PMAC nếu bạn làm ở trường tư thục.

    Thực tập sinh và lao động kỹ năng đặc định ở công ty tư nhân tham gia Lương hưu phúc lợi (厚生年金), không phải hiệp hội tương trợ.

    <i>Thông tin tính đến tháng 11/2026.</i>
faq-q10-keywords = người nước ngoài làm công chức, nguoi nuoc ngoai lam cong chuc, làm ở tòa thị chính, lam o toa thi chinh, làm cho nhà nước, lam cho nha nuoc, người nước ngoài làm nhà nước, giáo viên nước ngoài, giao vien nuoc ngoai, giáo viên alt, trường công, nhân viên đại học, nhan vien dai hoc, koumuin, komuin, gaikokujin komuin, 公務員, 外国人公務員, 教員

faq-q11-question = Phí lương hưu tương trợ là bao nhiêu?
faq-q11-answer =
    <b>Đó là một tỷ lệ phần trăm trên tiền lương, bị trừ vào lương mỗi tháng. Phiếu lương của bạn ghi số tiền, và hiệp hội của bạn có thể cho bạn biết tỷ lệ.</b>

    Để so sánh: người làm công ty tham gia Lương hưu phúc lợi (厚生年金) đóng tổng cộng 18,3% mức lương tiêu chuẩn hằng tháng, 9,15% do người lao động và 9,15% do công ty.

    Các con số trong bộ hỏi đáp năm 2002 đã lỗi thời. Đừng dùng chúng.

    Với tiền trợ cấp một lần (脱退一時金): phần ước tính của bot dùng quy định của Lương hưu phúc lợi. Nếu bạn từng tham gia hiệp hội tương trợ, hãy nhờ hiệp hội xác nhận các con số của bạn, hoặc hỏi tư vấn viên của chúng tôi.

    <i>Thông tin tính đến tháng 11/2026.</i>
faq-q11-keywords = phí kyosai bao nhiêu, phi kyosai bao nhieu, kyosai bao nhiêu phần trăm, kyosai bao nhieu phan tram, tỷ lệ kyosai, ty le kyosai, kakekin, kyosai kakekin, tiền đóng tương trợ, tien dong tuong tro, phí tương trợ, phi tuong tro, lương giáo viên bị trừ, công chức bị trừ lương hưu, 掛金, 共済掛金

faq-q12-question = Nơi làm việc có cùng đóng phí tương trợ không?
faq-q12-answer =
    <b>Phiếu lương và hiệp hội của bạn có thể cho bạn biết chi phí được chia thế nào.</b>

    Để so sánh: trong Lương hưu phúc lợi (厚生年金), người lao động và công ty mỗi bên đóng một nửa, mỗi bên 9,15%. Với hiệp hội tương trợ (共済組合), đừng đoán: hãy kiểm tra phiếu lương hoặc hỏi hiệp hội.

    Hỏi ai:
    • Văn phòng hiệp hội tương trợ của bạn
    • Bộ phận nhân sự nơi bạn làm việc
    • PMAC, nếu bạn làm ở trường tư thục

    Tư vấn viên của bot cũng có thể giúp bạn đọc phiếu lương.

    <i>Thông tin tính đến tháng 11/2026.</i>
faq-q12-keywords = kyosai ai đóng, kyosai ai dong, nhà nước đóng một nửa, nha nuoc dong mot nua, trường đóng một nửa, truong dong mot nua, trường có đóng không, nơi làm việc đóng phần nào, kyosai chia đôi, kyosai chia doi, tương trợ ai đóng, tuong tro ai dong, kyosai futan wariai, 負担割合, 共済 事業主負担

faq-q13-question = Vợ hoặc chồng sống phụ thuộc có phải đóng lương hưu không?
faq-q13-answer =
    <b>Không. Người thuộc Nhóm 3 (第3号被保険者) không phải đóng phí.</b>

    • Nhóm 3 là vợ hoặc chồng từ 20 đến 59 tuổi, sống dựa vào thu nhập của người phối ngẫu thuộc Nhóm 2 (người làm công ty hoặc công chức).
    • Việc đăng ký được làm qua công ty của người phối ngẫu.
    • Những tháng này là thời gian tham gia lương hưu ở Nhật, nên được tính vào điều kiện 10 năm cho lương hưu tuổi già.

    Nhưng với tiền trợ cấp một lần (脱退一時金):
    • Các tháng thuộc Nhóm 3 không cho tiền trợ cấp một lần. Tiền trợ cấp một lần của Lương hưu quốc dân chỉ tính các tháng bạn tự đóng khi thuộc Nhóm 1. Tiền trợ cấp một lần của Lương hưu phúc lợi chỉ tính các tháng chính bạn làm ở công ty.

    Nếu bạn không còn thuộc Nhóm 3 (ví dụ sau khi ly hôn, hoặc khi người phối ngẫu nghỉ việc ở công ty) mà vẫn sống ở Nhật, thường bạn sẽ chuyển sang Nhóm 1 và phải tự đóng.

    <i>Thông tin tính đến tháng 11/2026.</i>
faq-q13-keywords = vợ phụ thuộc, vo phu thuoc, chồng phụ thuộc, chong phu thuoc, vợ không đi làm, vo khong di lam, vợ có phải đóng nenkin không, vo co phai dong nenkin, vợ ở nhà, nhóm 3, nhom 3, vợ có được tiền một lần không, visa gia đình, visa gia dinh, kazoku taizai, fuyo, fuyou, ly hôn, ly hon, 扶養, 配偶者, 家族滞在

## Phần B: miễn giảm

faq-q14-question = Tôi có thể được miễn giảm phí Lương hưu quốc dân không?
faq-q14-answer =
    <b>Có. Nếu thu nhập thấp, bạn có thể nộp đơn xin miễn giảm (免除, menjo) tại tòa thị chính.</b> Chế độ này chỉ dành cho Nhóm 1: những người tự đóng Lương hưu quốc dân (国民年金).

    Có 4 mức: miễn toàn bộ, miễn ¾, miễn một nửa và miễn ¼. Bạn phải nộp đơn. Việc miễn giảm không tự động.

    Các tháng được miễn được tính như sau:
    • Với điều kiện 10 năm cho lương hưu tuổi già: các tháng được miễn được tính.
    • Với tiền trợ cấp một lần (脱退一時金) của Lương hưu quốc dân: một tháng đóng đủ được tính là 1. Miễn ¼ (bạn đóng ¾) được tính ¾. Miễn một nửa được tính ½. Miễn ¾ (bạn đóng ¼) được tính ¼. Tháng được miễn toàn bộ được tính 0.
    • Các tháng chưa đóng (未納) được tính 0 cho mọi thứ.

    Ví dụ: 20 tháng đã đóng + 12 tháng miễn một nửa = 26 tháng được tính. Nếu tháng đóng cuối cùng thuộc năm tài chính 2026, tiền trợ cấp một lần là 215.040 yên.

    Vì vậy nếu không đóng được, hãy xin miễn giảm. Đừng tự ý ngừng đóng. Người làm công ty (Nhóm 2) không dùng được chế độ miễn giảm này.

    <i>Thông tin tính đến tháng 11/2026.</i>
faq-q14-keywords = không đóng được nenkin, khong dong duoc nenkin, không có tiền đóng nenkin, khong co tien dong nenkin, không đủ tiền đóng, khong du tien dong, nhận thư đòi tiền nenkin, miễn giảm, mien giam, miễn nenkin, mien nenkin, giảm phí, giam phi, menjo, nenkin menjo, thu nhập thấp, thu nhap thap, mất việc không đóng được, nợ nenkin, no nenkin, chưa đóng, đắt quá, mino, 免除, 未納

faq-q15-question = Tôi có thể ngừng đóng kosei nenkin vì sắp về nước không?
faq-q15-answer =
    <b>Không. Nếu bạn làm cho công ty có Lương hưu phúc lợi (厚生年金), không có chế độ miễn giảm. Phí bảo hiểm bị trừ vào mọi kỳ lương.</b>

    • Chế độ miễn giảm cho người thu nhập thấp chỉ có trong Lương hưu quốc dân, dành cho Nhóm 1.
    • Bạn không thể rời khỏi Lương hưu phúc lợi vì dự định về nước. Chừng nào bạn còn làm ở nơi làm việc có tham gia bảo hiểm, bạn vẫn được đăng ký.

    Điều bạn có thể làm: khi rời Nhật hẳn, hãy xin tiền trợ cấp một lần (脱退一時金). Khoản này trả lại tiền cho tối đa 60 tháng tham gia.

    Trước khi nộp hồ sơ: tiền trợ cấp một lần sẽ xóa toàn bộ các tháng trước đó của bạn. Nếu bạn có thể quay lại Nhật, hoặc bạn đến từ Philippines hay Ấn Độ, hãy đọc "Nhận tiền trợ cấp một lần thì tôi mất gì?" trước.

    Ví dụ: 36 tháng, mức lương tiêu chuẩn trung bình hằng tháng 220.000 yên → tỷ lệ 3,3 → 726.000 yên trước thuế. Sau khi trừ thuế 20,42%, bạn nhận khoảng 577.751 yên, và thường có thể lấy lại khoản thuế sau đó.

    <i>Thông tin tính đến tháng 11/2026.</i>
faq-q15-keywords = ngừng đóng kosei nenkin, ngung dong kosei nenkin, không muốn bị trừ lương, khong muon bi tru luong, dừng trừ nenkin, dung tru nenkin, thôi trừ nenkin, sắp về nước không cần đóng, sap ve nuoc khong can dong, thực tập sinh ngừng đóng, công ty thôi trừ nenkin, cong ty thoi tru, miễn kosei nenkin, mien kosei nenkin, kosei nenkin yameru, 厚生年金 免除, やめたい

faq-q16-question = Sinh viên có được miễn giảm phí lương hưu không?
faq-q16-answer =
    <b>Có. Sinh viên có thu nhập thấp có thể dùng chế độ đặc biệt hoãn đóng cho sinh viên (学生納付特例, gakusei nofu tokurei).</b> Chế độ này cho phép hoãn đóng phí Lương hưu quốc dân.

    • Nộp đơn tại tòa thị chính. Bạn phải nộp lại mỗi năm.
    • Du học sinh cũng dùng được.
    • Các tháng được hoãn được tính vào điều kiện 10 năm cho lương hưu tuổi già, nhưng không làm tăng số tiền lương hưu.
    • Với tiền trợ cấp một lần (脱退一時金) của Lương hưu quốc dân, các tháng được hoãn được tính là 0. Chỉ những tháng bạn thực sự đã đóng mới được tính.

    Nếu bạn đi làm với tư cách người làm công và tham gia Lương hưu phúc lợi (厚生年金), chế độ này không áp dụng cho những tháng đó.

    Hãy hỏi tòa thị chính về mức giới hạn thu nhập và giấy tờ cho trường hợp của bạn.

    <i>Thông tin tính đến tháng 11/2026.</i>
faq-q16-keywords = du học sinh, du hoc sinh, sinh viên, sinh vien, du học sinh không đóng được nenkin, du hoc sinh khong dong duoc, du học sinh có phải đóng không, miễn cho sinh viên, mien cho sinh vien, hoãn đóng, hoan dong, trường tiếng, truong tieng, trường nhật ngữ, đại học, senmon, senmon gakko, nihongo gakko, ryugakusei, gakusei nofu tokurei, 学生納付特例, 学生, 留学生

## Phần C: quyền lợi của Lương hưu quốc dân

faq-q17-question = Lương hưu quốc dân chi trả những loại lương hưu nào?
faq-q17-answer =
    <b>Lương hưu quốc dân (国民年金) chi trả 3 loại lương hưu.</b>

    • <b>Lương hưu cơ bản tuổi già</b> (老齢基礎年金): khi về già, nếu bạn có ít nhất 10 năm tham gia. Mức đầy đủ cho 40 năm là 847.300 yên một năm trong năm tài chính 2026 (khoảng 70.608 yên một tháng).
    • <b>Lương hưu cơ bản khuyết tật</b> (障害基礎年金): nếu bệnh tật hoặc chấn thương khiến bạn bị khuyết tật. Năm tài chính 2026: cấp 1 là 1.059.125 yên một năm, cấp 2 là 847.300 yên một năm.
    • <b>Lương hưu cơ bản cho gia đình người qua đời</b> (遺族基礎年金): cho gia đình của người qua đời. Năm tài chính 2026: 847.300 yên một năm, cộng thêm các khoản cho con.

    Các mức này áp dụng cho người sinh từ ngày 2/4/1956 trở về sau. Chúng thay đổi vào tháng 4 hằng năm. Năm tài chính 2026, lương hưu cơ bản tăng 1,9%.

    Người làm công ty tham gia Lương hưu phúc lợi (厚生年金) được nhận thêm một phần theo mức lương.

    <i>Thông tin tính đến tháng 11/2026.</i>
faq-q17-keywords = nenkin được nhận gì, nenkin duoc nhan gi, quyền lợi, quyen loi, quyền lợi nenkin, các loại lương hưu, cac loai luong huu, có mấy loại lương hưu, co may loai, kokumin nenkin trả những gì, được hưởng gì, duoc huong gi, 3 loại lương hưu, tuổi già khuyết tật gia đình, kyufu, nenkin shurui, 年金の種類, 給付

faq-q18-question = Lương hưu cơ bản khuyết tật là gì?
faq-q18-answer =
    <b>Lương hưu cơ bản khuyết tật (障害基礎年金) được chi trả nếu bệnh tật hoặc chấn thương khiến bạn bị khuyết tật nặng.</b>

    Mức năm tài chính 2026 (người sinh từ ngày 2/4/1956 trở về sau):
    • Cấp 1: 1.059.125 yên một năm (khoảng 88.260 yên một tháng)
    • Cấp 2: 847.300 yên một năm
    • Có thể được trả thêm khoản cho con.

    Phải đáp ứng các điều kiện; Cơ quan Hưu trí Nhật Bản xem xét từng trường hợp.

    Chế độ này cũng bảo vệ người lao động nước ngoài, kể cả khi bạn không định ở lại 10 năm.

    Cảnh báo về tiền trợ cấp một lần: nếu bạn đã từng có quyền nhận lương hưu Nhật Bản, kể cả lương hưu khuyết tật hoặc Tiền trợ cấp khuyết tật (障害手当金), bạn không thể xin tiền trợ cấp một lần (脱退一時金). Hãy nói chuyện với tư vấn viên của chúng tôi trước khi quyết định.

    <i>Thông tin tính đến tháng 11/2026.</i>
faq-q18-keywords = khuyết tật, khuyet tat, lương hưu khuyết tật, luong huu khuyet tat, lương hưu khuyết tật bao nhiêu, tai nạn, tai nan, tai nạn lao động, tai nan lao dong, bị thương, bi thuong, bệnh, benh, ốm không làm được, tàn tật, tan tat, shogai, shogai nenkin, shougai nenkin, trợ cấp khuyết tật, 障害年金, 障害手当金, 障害

faq-q19-question = Lương hưu cơ bản cho gia đình người qua đời là gì?
faq-q19-answer =
    <b>Lương hưu cơ bản cho gia đình người qua đời (遺族基礎年金) được trả cho gia đình của người tham gia bảo hiểm bị qua đời.</b>

    • Chủ yếu dành cho gia đình có con: vợ hoặc chồng đang nuôi con, hoặc chính những người con.
    • Phải đáp ứng các điều kiện; Cơ quan Hưu trí Nhật Bản xem xét từng trường hợp.

    Mức năm tài chính 2026: 847.300 yên một năm, cộng thêm một khoản cho mỗi người con. Năm tài chính 2025, khoản cộng thêm là 239.300 yên mỗi người cho con thứ 1 và con thứ 2, và 79.800 yên cho mỗi người con tiếp theo. Khoản cộng thêm cho con của năm tài chính 2026 vẫn đang chờ xác nhận.

    Nếu việc này xảy ra trong gia đình bạn, hãy sớm liên hệ văn phòng lương hưu (年金事務所) hoặc tư vấn viên của chúng tôi.

    <i>Thông tin tính đến tháng 11/2026.</i>
faq-q19-keywords = qua đời, qua doi, chết, chet, nếu tôi chết, neu toi chet, chết ở nhật, chet o nhat, chồng mất, chong mat, vợ mất, vo mat, gia đình có được tiền không, vợ con, con cái, góa, mồ côi, tử vong, tu vong, izoku, izoku nenkin, 遺族年金, 死亡

faq-q20-question = Khi nào tôi được nhận lương hưu tuổi già, và cần bao nhiêu năm?
faq-q20-answer =
    <b>Bạn cần ít nhất 10 năm (120 tháng) tham gia. Từ tháng 8/2017, điều kiện là 10 năm, không còn là 25 năm.</b>

    • 10 năm này được cộng dồn từ: các tháng đã đóng Lương hưu quốc dân, các tháng tham gia Lương hưu phúc lợi (厚生年金), các tháng tham gia hiệp hội tương trợ, các tháng được miễn giảm và karakikan (合算対象期間).
    • Số tiền phụ thuộc vào thời gian bạn đã đóng. Đóng đủ 40 năm được 847.300 yên một năm trong năm tài chính 2026 (người sinh từ ngày 2/4/1956 trở về sau). Ít năm hơn thì nhận ít hơn.
    • Nếu bạn từng tham gia Lương hưu phúc lợi, bạn còn nhận thêm một phần theo mức lương.
    • Các mức tiền được điều chỉnh vào tháng 4 hằng năm.

    Hãy hỏi văn phòng lương hưu (年金事務所) xem khi nào bạn có thể bắt đầu được nhận.

    Liên quan đến tiền trợ cấp một lần: khi bạn đã đủ 10 năm, bạn không thể nhận tiền trợ cấp một lần (脱退一時金) nữa. Thay vào đó, các tháng của bạn sẽ cho bạn lương hưu.

    <i>Thông tin tính đến tháng 11/2026.</i>
faq-q20-keywords = lương hưu tuổi già, luong huu tuoi gia, lương hưu khi về già, về hưu, ve huu, cần đóng bao nhiêu năm, can dong bao nhieu nam, đóng mấy năm mới có lương hưu, dong may nam, 10 năm, 10 nam, đủ 10 năm, du 10 nam, 120 tháng, 25 năm, bao nhiêu tuổi được nhận, 65 tuổi, về già, ve gia, rorei nenkin, rourei nenkin, 老齢年金, 受給資格期間

faq-q21-question = Nếu tôi có tổng cộng 10 năm kokumin nenkin và kosei nenkin, tôi có nhận được cả hai loại lương hưu không?
faq-q21-answer =
    <b>Có. Các tháng của bạn trong Lương hưu quốc dân (国民年金) và Lương hưu phúc lợi (厚生年金) được cộng lại để tính điều kiện 10 năm.</b>

    Khi bạn đủ 10 năm (120 tháng):
    • Bạn nhận Lương hưu cơ bản tuổi già (老齢基礎年金) từ Lương hưu quốc dân, dựa trên các tháng đã đóng.
    • Bạn cũng nhận lương hưu tuổi già của Lương hưu phúc lợi (老齢厚生年金), dựa trên các tháng tham gia Lương hưu phúc lợi và tiền lương của bạn.

    Ví dụ: 5 năm làm lao động kỹ năng đặc định ở công ty + 5 năm tự đóng Lương hưu quốc dân = 10 năm. Bạn đủ điều kiện.

    Năm 2002, bạn cần 25 năm. Quy định đã đổi thành 10 năm từ tháng 8/2017.

    Hãy nhớ: nếu bạn nhận tiền trợ cấp một lần (脱退一時金) vào bất kỳ lúc nào, mọi tháng trước đó sẽ bị xóa và không còn được tính vào 10 năm nữa.

    <i>Thông tin tính đến tháng 11/2026.</i>
faq-q21-keywords = cả hai lương hưu, ca hai luong huu, nhận cả hai, nhan ca hai, 2 loại lương hưu, kokumin và kosei cộng lại, kokumin va kosei, cộng dồn, cong don, cộng số năm, tổng số năm, tong so nam, năm ở công ty cộng năm tự đóng, tự đóng cho đủ 10 năm, tu dong cho du 10 nam, đóng tự nguyện, dong tu nguyen, nini kanyu, rorei kosei nenkin, 老齢厚生年金, 任意加入, 合算

faq-q22-question = Nếu tôi đóng chưa đủ 10 năm thì lương hưu của tôi sẽ ra sao?
faq-q22-answer =
    <b>Bạn không được nhận lương hưu tuổi già. Nhưng người nước ngoài rời Nhật có thể xin tiền trợ cấp một lần (脱退一時金) thay vào đó.</b>

    Bạn cần ít nhất 6 tháng tham gia. Tối đa 60 tháng được tính (từ tháng 4/2021; trước đó là 36 tháng).
    • <b>Lương hưu phúc lợi (厚生年金):</b> mức lương tiêu chuẩn trung bình hằng tháng × một tỷ lệ. 36 tháng cho tỷ lệ 3,3; từ 60 tháng trở lên cho tỷ lệ 5,5.
    • <b>Lương hưu quốc dân (国民年金)</b>, nếu tháng đóng cuối cùng thuộc năm tài chính 2026: từ 53.760 yên (6 đến 11 tháng) đến 537.600 yên (từ 60 tháng trở lên).

    Bảng năm 2002 (hệ số từ 0,5 đến 3,0, tối đa 36 tháng) không còn áp dụng.

    Nếu bạn trở thành người vĩnh trú hoặc nhập quốc tịch Nhật, những năm bạn sống ở nước ngoài có thể được tính là karakikan (合算対象期間), và bạn có thể đủ 10 năm theo cách đó.

    Nếu bạn có thể quay lại, các tháng của bạn vẫn được giữ theo mã số lương hưu cơ bản, miễn là bạn không nhận tiền trợ cấp một lần.

    <i>Thông tin tính đến tháng 11/2026.</i>
faq-q22-keywords = chưa đủ 10 năm, chua du 10 nam, dưới 10 năm, duoi 10 nam, không đủ năm, khong du nam, chỉ làm 3 năm, chi lam 3 nam, chỉ làm 5 năm, làm 5 năm không có lương hưu, đóng 8 năm, ở nhật ít năm, không có lương hưu tuổi già, nenkin dưới 10 năm, 10 nen miman

## Phần D: mất quyền lợi và tiền trợ cấp một lần

faq-q23-question = Tôi có thể lấy lại tiền lương hưu đã đóng không?
faq-q23-answer =
    <b>Không phải dưới dạng hoàn tiền thông thường. Nhưng người nước ngoài rời Nhật có thể xin tiền trợ cấp một lần khi rút khỏi chế độ lương hưu (脱退一時金, dattai ichijikin).</b>

    Các điều kiện chính:
    • Bạn không phải là công dân Nhật Bản.
    • Bạn có ít nhất 6 tháng tham gia.
    • Bạn không có địa chỉ ở Nhật và không còn tham gia lương hưu Nhật Bản.
    • Bạn có dưới 10 năm tham gia và chưa từng có quyền nhận lương hưu.
    • Bạn nộp hồ sơ trong vòng 2 năm. 2 năm này thường được tính từ khi bạn không còn địa chỉ ở Nhật, hoặc từ khi bạn mất tư cách tham gia bảo hiểm nếu thời điểm đó muộn hơn.

    Khoản này tính cho tối đa 60 tháng (5 năm). Với người làm công ty, số tiền xấp xỉ phần phí bạn đã đóng, không phải phần của công ty.

    <b>Cảnh báo:</b> khi bạn đã nhận, mọi tháng trước khi nộp hồ sơ sẽ bị xóa. Chúng không còn được tính cho lương hưu Nhật Bản hay theo hiệp định an sinh xã hội nữa.

    Hãy mở phần hướng dẫn nhận tiền trợ cấp một lần trong menu để xem các bước.

    <i>Thông tin tính đến tháng 11/2026.</i>
faq-q23-keywords = hoàn tiền nenkin, hoan tien nenkin, lấy lại tiền nenkin, lay lai tien nenkin, rút nenkin, rut nenkin, lấy nenkin, lay nenkin, nenkin lần 1, nenkin lan 1, tiền nenkin khi về nước, tien nenkin ve nuoc, về nước có lấy lại tiền không, được trả lại tiền không, tiền một lần là gì, trợ cấp một lần, tro cap mot lan, trợ cấp một lần là gì, dattai ichijikin là gì, dattai ichijikin la gi, lump sum, 脱退一時金, 返金

faq-q24-question = Tôi đã tự đóng kokumin nenkin. Khi rời Nhật tôi có nhận được tiền trợ cấp một lần không?
faq-q24-answer =
    <b>Có. Nếu bạn đã đóng ít nhất 6 tháng Lương hưu quốc dân (国民年金) khi thuộc Nhóm 1, bạn có thể xin tiền trợ cấp một lần của Lương hưu quốc dân sau khi rời Nhật.</b>

    Số tiền = phí hằng tháng của năm tài chính có tháng đóng cuối cùng × ½ × con số ứng với mức tháng của bạn.

    Tháng đóng cuối cùng thuộc năm tài chính 2026 (phí 17.920 yên):
    • 6–11 tháng: 53.760 yên
    • 12–17: 107.520 yên
    • 18–23: 161.280 yên
    • 24–29: 215.040 yên
    • 30–35: 268.800 yên
    • 36–41: 322.560 yên
    • 42–47: 376.320 yên
    • 48–53: 430.080 yên
    • 54–59: 483.840 yên
    • Từ 60 trở lên: 537.600 yên

    Nếu tháng đóng cuối cùng của bạn nằm trong khoảng từ tháng 4/2025 đến tháng 3/2026 (phí 17.510 yên), số tiền thấp hơn một chút. Ví dụ, từ 60 tháng trở lên được 525.300 yên.

    Tiền trợ cấp một lần của Lương hưu quốc dân không bị trừ thuế.

    Chỉ những tháng bạn tự đóng mới được tính. Các tháng được miễn một phần được tính một phần. Các tháng được miễn toàn bộ, được hoãn đóng cho sinh viên và chưa đóng được tính là 0.

    Nộp hồ sơ trong vòng 2 năm. 2 năm này thường được tính từ khi bạn không còn địa chỉ ở Nhật, hoặc từ khi bạn mất tư cách tham gia bảo hiểm nếu thời điểm đó muộn hơn. Đọc "Hạn chót nộp hồ sơ xin tiền trợ cấp một lần là khi nào?" để biết chi tiết.

    Trước khi nộp hồ sơ: tiền trợ cấp một lần sẽ xóa toàn bộ các tháng trước đó của bạn. Hãy đọc "Nhận tiền trợ cấp một lần thì tôi mất gì?" trước.

    <i>Thông tin tính đến tháng 11/2026.</i>
faq-q24-keywords = kokumin nenkin hoàn tiền, kokumin hoan tien, tự đóng nenkin có lấy lại được không, tu dong nenkin lay lai, lấy lại tiền kokumin, lay lai tien kokumin, tiền một lần kokumin, rút kokumin nenkin, rut kokumin, nhóm 1 hoàn tiền, đóng ở tòa thị chính lấy lại, du học sinh lấy lại nenkin, kokumin không bị thuế, 537600, kokumin nenkin dattai ichijikin, 国民年金 脱退一時金, 国民年金 返金

faq-q25-question = Tôi đã làm ở công ty. Tôi có thể xin tiền từ cả kokumin nenkin và kosei nenkin không?
faq-q25-answer =
    <b>Thường thì các tháng làm ở công ty cho bạn một khoản tiền trợ cấp một lần: tiền trợ cấp một lần của Lương hưu phúc lợi (厚生年金の脱退一時金).</b>

    • Là người làm công ty (Nhóm 2), bạn cũng tham gia Lương hưu quốc dân, nhưng những tháng đó không cho khoản tiền trợ cấp một lần riêng của Lương hưu quốc dân.
    • Bạn chỉ nhận thêm tiền trợ cấp một lần của Lương hưu quốc dân nếu bạn cũng đã tự đóng Lương hưu quốc dân từ 6 tháng trở lên, ví dụ trong thời gian giữa hai công việc.

    Một mẫu đơn dùng cho cả hai. Nếu bạn có cả hai loại, bạn xin cả hai cùng một lúc.

    Thuế: 20,42% bị trừ từ tiền trợ cấp một lần của Lương hưu phúc lợi (thường bạn có thể lấy lại). Tiền trợ cấp một lần của Lương hưu quốc dân không bị trừ thuế.

    Ai chi trả: nếu có từ 6 tháng đã đóng Lương hưu quốc dân trở lên, Cơ quan Hưu trí Nhật Bản xử lý cả hai. Nếu không, tổ chức lương hưu cuối cùng nơi bạn làm việc sẽ chi trả; với công ty tư nhân, đó là Cơ quan Hưu trí Nhật Bản.

    Ví dụ: 30 tháng làm ở công ty + 8 tháng tự đóng → 2 khoản tiền trợ cấp một lần.

    Trước khi nộp hồ sơ: tiền trợ cấp một lần sẽ xóa toàn bộ các tháng trước đó của bạn. Nếu bạn có thể quay lại Nhật, hoặc bạn đến từ Philippines hay Ấn Độ, hãy đọc "Nhận tiền trợ cấp một lần thì tôi mất gì?" trước.

    <i>Thông tin tính đến tháng 11/2026.</i>
faq-q25-keywords = cả hai khoản tiền một lần, ca hai khoan, 2 khoản tiền một lần, hai khoản hoàn tiền, xin cả hai, xin ca hai, kosei và kokumin đều hoàn tiền, kosei nenkin hoàn tiền, kosei nenkin hoan tien, hoàn tiền kosei nenkin, người làm công ty hoàn tiền, nhận hai lần, nhan hai lan, kosei nenkin dattai ichijikin, 厚生年金 脱退一時金, 両方

## Phần E: karakikan (công dân Nhật và người vĩnh trú)

faq-q26-question = Karakikan là gì?
faq-q26-answer =
    <b>Karakikan (合算対象期間) là những khoảng thời gian được tính vào điều kiện 10 năm cho lương hưu tuổi già, nhưng không làm tăng số tiền.</b>

    Chúng giúp mọi người đủ 10 năm (120 tháng). Ví dụ:
    • Công dân Nhật: thời gian sống ở nước ngoài.
    • Người nước ngoài đã được vĩnh trú (永住者) hoặc nhập quốc tịch Nhật: thời gian sống ở nước ngoài từ tháng 4/1961 đến khi được cấp phép, chỉ trong độ tuổi từ 20 đến 59.
    • Thời gian là vợ hoặc chồng của người làm công trước tháng 4/1986, và thời gian là sinh viên trước tháng 4/1991.

    Thời gian ở nước ngoài không phải là karakikan đối với người nước ngoài có visa lao động, như thực tập sinh hay lao động kỹ năng đặc định.

    Quan trọng: nếu karakikan giúp bạn đủ 10 năm, bạn có quyền nhận lương hưu tuổi già, và bạn không thể nhận tiền trợ cấp một lần (脱退一時金) nữa.

    <i>Thông tin tính đến tháng 11/2026.</i>
faq-q26-keywords = karakikan, karakikan là gì, karakikan la gi, karakikan nghĩa là gì, karakikan nghia la gi, kara kikan, karakikann, giải thích karakikan, thời gian kara, thời gian trống, thoi gian trong, thời gian cộng gộp, thoi gian cong gop, gassan taisho kikan, 合算対象期間, カラ期間

faq-q27-question = Thời gian tôi sống ở nước mình có được tính là karakikan không?
faq-q27-answer =
    <b>Chỉ khi bạn trở thành người vĩnh trú (永住者) hoặc công dân Nhật.</b> Khi đó, những năm bạn sống ở nước ngoài từ tháng 4/1961 đến khi được cấp phép sẽ được tính, nhưng chỉ những năm trong độ tuổi từ 20 đến 59.

    Ví dụ: bạn sống ở nước mình từ 20 đến 28 tuổi, sau đó sang Nhật. Sau này bạn được vĩnh trú. 8 năm từ 20 đến 28 tuổi là karakikan. Chỉ cần thêm 2 năm tham gia ở Nhật là bạn đã đủ 10 năm.

    Thời gian ở Nhật không phải là karakikan. Người sống ở Nhật tham gia Lương hưu quốc dân và phải đóng phí hoặc xin miễn giảm.

    Karakikan không làm tăng số tiền. Lương hưu của bạn dựa trên những tháng bạn thực sự đã đóng.

    <i>Thông tin tính đến tháng 11/2026.</i>
faq-q27-keywords = thời gian ở việt nam, thoi gian o viet nam, những năm ở quê, nhung nam o que, năm ở nước mình, nam o nuoc minh, sống ở nước mình có được tính không, trước khi sang nhật, truoc khi sang nhat, năm ở nước ngoài, nam o nuoc ngoai, thời gian ở nước ngoài có được tính, karakikan nước ngoài, kaigai zaiju, 海外在住期間, 母国

faq-q28-question = Nếu tôi sống ở Nhật nhưng không làm cho công ty, thời gian đó có phải là karakikan không?
faq-q28-answer =
    <b>Không. Ngày nay, thời gian sống ở Nhật thường không phải là karakikan.</b>

    Nếu bạn sống ở Nhật trong độ tuổi từ 20 đến 59 và không tham gia lương hưu của công ty, bạn tham gia Lương hưu quốc dân (国民年金) với tư cách Nhóm 1. Bạn phải đóng phí (17.920 yên một tháng trong năm tài chính 2026) hoặc xin miễn giảm (免除).
    • Các tháng đã đóng được tính đầy đủ.
    • Các tháng được miễn được tính vào 10 năm.
    • Các tháng chưa đóng không được tính gì cả.

    Nếu bạn nghĩ một khoảng thời gian cũ có thể được tính, hãy hỏi văn phòng lương hưu (年金事務所).

    <i>Thông tin tính đến tháng 11/2026.</i>
faq-q28-keywords = không đi làm ở nhật, khong di lam o nhat, không làm công ty, khong lam cong ty, thất nghiệp, that nghiep, không có việc làm, khong co viec lam, nội trợ, noi tro, tự kinh doanh, tu kinh doanh, nghỉ giữa hai công ty, ở nhật không đi làm có phải karakikan, mushoku, 無職, 自営業

faq-q29-question = Ai được dùng karakikan?
faq-q29-answer =
    <b>Công dân Nhật, và người nước ngoài đã trở thành người vĩnh trú (永住者) hoặc công dân Nhật.</b>

    • Công dân Nhật: thời gian ở nước ngoài và một số khoảng thời gian khác được tính.
    • Người vĩnh trú và người đã nhập quốc tịch Nhật: thời gian ở nước ngoài từ tháng 4/1961 đến khi được cấp phép, trong độ tuổi từ 20 đến 59.
    • Một số khoảng thời gian cũ được tính cho tất cả những ai đáp ứng quy định, ví dụ là vợ hoặc chồng của người làm công trước tháng 4/1986, hoặc là sinh viên trước tháng 4/1991.

    Không áp dụng cho: người nước ngoài có visa lao động, visa thực tập sinh, visa kỹ năng đặc định, visa du học và các loại visa khác. Thời gian ở nước ngoài của họ không được tính.

    Với người vĩnh trú: karakikan có thể có nghĩa là bạn đã đủ 10 năm. Khi đó bạn có quyền nhận lương hưu tuổi già và không thể nhận tiền trợ cấp một lần (脱退一時金). Hãy kiểm tra điều này trước khi lên kế hoạch.

    <i>Thông tin tính đến tháng 11/2026.</i>
faq-q29-keywords = ai được dùng karakikan, ai duoc dung karakikan, người nước ngoài có được karakikan không, chỉ người nhật, chi nguoi nhat, chỉ người vĩnh trú, nhập quốc tịch, nhap quoc tich, nhập tịch, nhap tich, kika, công dân nhật, cong dan nhat, ai đủ điều kiện karakikan, 帰化, 日本国籍

faq-q30-question = Karakikan có được tính cho cả kosei nenkin và kyosai không?
faq-q30-answer =
    <b>Có. Điều kiện 10 năm là một điều kiện chung cho tất cả các chế độ lương hưu công.</b>

    Các tháng Lương hưu quốc dân, các tháng Lương hưu phúc lợi (厚生年金), các tháng hiệp hội tương trợ (共済組合), các tháng được miễn giảm và karakikan đều được cộng lại.

    Khi tổng số đạt từ 10 năm (120 tháng) trở lên:
    • bạn nhận Lương hưu cơ bản tuổi già, và
    • bạn nhận lương hưu tuổi già theo mức lương từ Lương hưu phúc lợi hoặc hiệp hội tương trợ cho những tháng bạn đi làm.

    Karakikan chỉ giúp bạn đủ 10 năm. Số tiền được tính từ những tháng bạn thực sự đã đóng.

    <i>Thông tin tính đến tháng 11/2026.</i>
faq-q30-keywords = karakikan kosei nenkin, karakikan kyosai, tính cho lương hưu phúc lợi, tinh cho luong huu phuc loi, tính cho tương trợ, tinh cho tuong tro, tất cả các loại lương hưu, tat ca cac loai luong huu, lương hưu công ty cũng được tính, mọi chế độ, moi che do, một điều kiện chung, mot dieu kien chung

faq-q31-question = Người vĩnh trú cần giấy tờ gì để chứng minh karakikan?
faq-q31-answer =
    <b>Bạn phải chứng minh nơi bạn đã sống và thời điểm bạn được vĩnh trú.</b> Cơ quan Hưu trí Nhật Bản quyết định giấy tờ nào được chấp nhận, nên hãy hỏi văn phòng lương hưu (年金事務所) trước khi nộp hồ sơ.

    Nên mang theo:
    • Hộ chiếu cũ và mới, có dấu nhập cảnh và xuất cảnh
    • Thẻ cư trú (在留カード) ghi tư cách vĩnh trú, và ngày được cấp phép
    • Thông báo mã số lương hưu cơ bản (基礎年金番号通知書) hoặc sổ lương hưu (年金手帳)
    • Một bảng thời gian đơn giản: bạn đã sống, làm việc và học ở đâu, theo từng năm, từ năm 20 tuổi

    Karakikan được kiểm tra khi bạn nộp hồ sơ xin lương hưu tuổi già. Hãy giữ bản sao mọi giấy tờ bạn nộp.

    Tư vấn viên của bot có thể giúp bạn chuẩn bị.

    <i>Thông tin tính đến tháng 11/2026.</i>
faq-q31-keywords = giấy tờ karakikan, giay to karakikan, chứng minh karakikan, chung minh karakikan, chứng minh thời gian ở nước ngoài, chung minh thoi gian o nuoc ngoai, dấu hộ chiếu cũ, dau ho chieu cu, bằng chứng, bang chung, bảng thời gian, hộ chiếu cũ, ho chieu cu, 書類, 証明

faq-q32-question = Tôi có thể đọc quy định về karakikan ở đâu?
faq-q32-answer =
    <b>Cơ quan Hưu trí Nhật Bản (日本年金機構) liệt kê các loại karakikan trong phần ghi chú của các mẫu đơn yêu cầu.</b> Văn phòng lương hưu (年金事務所) nào cũng có thể giải thích.

    Năm 2002, lương hưu do Cục Bảo hiểm Xã hội (社会保険庁) quản lý. Từ tháng 1/2010, đó là Cơ quan Hưu trí Nhật Bản.

    Tóm tắt các điểm chính:
    • Karakikan được tính vào điều kiện 10 năm, không tính vào số tiền.
    • Với người vĩnh trú và người đã nhập quốc tịch Nhật: thời gian ở nước ngoài từ tháng 4/1961 đến khi được cấp phép, trong độ tuổi từ 20 đến 59.
    • Ví dụ khác: vợ hoặc chồng của người làm công trước tháng 4/1986, sinh viên trước tháng 4/1991.

    Nếu bạn cần trợ giúp bằng ngôn ngữ của mình, hãy hỏi tư vấn viên của chúng tôi qua menu.

    <i>Thông tin tính đến tháng 11/2026.</i>
faq-q32-keywords = quy định karakikan, quy dinh karakikan, đọc ở đâu, doc o dau, tìm thông tin ở đâu, tim thong tin o dau, trang web, website, văn phòng lương hưu, van phong luong huu, nenkin jimusho, cơ quan hưu trí nhật bản, cục bảo hiểm xã hội, shakai hoken cho, 年金事務所, 日本年金機構, 社会保険庁

## Phần F: người nước ngoài có visa

faq-q33-question = Tôi có visa lao động và sẽ ở Nhật dưới 10 năm. Lương hưu của tôi sẽ ra sao?
faq-q33-answer =
    <b>Bạn có thể xin tiền trợ cấp một lần (脱退一時金) sau khi rời Nhật, cho cả Lương hưu phúc lợi và Lương hưu quốc dân.</b> Bạn cần 10 năm để có lương hưu tuổi già (trước tháng 8/2017 là 25 năm).

    • Mọi loại visa: thực tập sinh (技能実習), kỹ năng đặc định (特定技能), kỹ sư, du học, vợ/chồng và các loại khác.
    • Ít nhất 6 tháng tham gia.
    • Tối đa 60 tháng được tính. Các tháng sau tháng thứ 60 không làm tăng tiền trợ cấp một lần. (Đã có kế hoạch nâng lên 96 tháng, nhưng chưa có ngày bắt đầu.)
    • Nộp hồ sơ trong vòng 2 năm. 2 năm này thường được tính từ khi bạn không còn địa chỉ ở Nhật, hoặc từ khi bạn mất tư cách tham gia bảo hiểm nếu thời điểm đó muộn hơn. Đọc "Hạn chót nộp hồ sơ xin tiền trợ cấp một lần là khi nào?" để biết chi tiết.

    Nếu bạn ở lâu hơn: chuyển từ thực tập sinh sang kỹ năng đặc định mà không về nước thì thời gian tham gia của bạn vẫn tiếp tục. Khi đủ 120 tháng (10 năm), bạn có quyền nhận lương hưu tuổi già, và khi đó không thể nhận tiền trợ cấp một lần nữa.

    Hãy suy nghĩ kỹ trước khi nộp hồ sơ: tiền trợ cấp một lần sẽ xóa toàn bộ các tháng trước đó của bạn. Điều này quan trọng nếu bạn có thể quay lại Nhật. Nó cũng quan trọng nếu bạn đến từ Philippines hoặc Ấn Độ: hiệp định của các nước này với Nhật cho phép cộng gộp thời gian ở cả hai nước, và tiền trợ cấp một lần sẽ chấm dứt điều đó cho mọi tháng trước đó. Hãy đọc "Nhận tiền trợ cấp một lần thì tôi mất gì?" trước.

    <i>Thông tin tính đến tháng 11/2026.</i>
faq-q33-keywords = visa lao động, visa lao dong, thực tập sinh, thuc tap sinh, tts, xkld, kỹ năng đặc định, ky nang dac dinh, tokutei, tokutei ginou, tokutei gino, ginou jisshu, jisshusei, thực tập sinh 3 năm, tts 3 nam, tokutei 5 năm, hết hợp đồng thực tập, het hop dong, tts về nước, ở nhật dưới 10 năm, 技能実習, 特定技能, 就労ビザ

faq-q34-question = Tại sao tôi không dùng được karakikan khi có visa lao động?
faq-q34-answer =
    <b>Vì quy định karakikan cho thời gian ở nước ngoài chỉ dành cho công dân Nhật và người nước ngoài đã trở thành người vĩnh trú hoặc công dân Nhật.</b> Chỉ có visa lao động thì chưa đủ.

    Thay vào đó bạn có thể:
    • Đủ 10 năm bằng thời gian tham gia thực tế ở Nhật: các tháng đã đóng, các tháng làm ở công ty và các tháng được miễn giảm.
    • Nếu nước bạn có hiệp định an sinh xã hội với Nhật cho phép cộng gộp thời gian (ví dụ Philippines hoặc Ấn Độ), thời gian ở cả hai nước có thể được tính.
    • Xin tiền trợ cấp một lần (脱退一時金) khi rời Nhật.
    • Nếu sau này bạn được vĩnh trú, karakikan khi đó có thể áp dụng cho thời gian bạn ở nước ngoài.

    <i>Thông tin tính đến tháng 11/2026.</i>
faq-q34-keywords = tại sao không có karakikan, tai sao khong co karakikan, visa lao động không dùng được karakikan, karakikan visa lao dong, thực tập sinh không được karakikan, tts khong duoc karakikan, không được phép, tại sao không dùng được, tai sao khong dung duoc, tokutei không dùng được, bất công, bat cong, 合算対象期間 ビザ

faq-q35-question = Nếu tôi rời Nhật trước 10 năm, tôi có mất hết tiền lương hưu không?
faq-q35-answer =
    <b>Không mất hết. Bạn có các lựa chọn.</b>

    1. <b>Xin tiền trợ cấp một lần (脱退一時金).</b> Bạn nhận lại một phần tiền cho tối đa 60 tháng. Khi bạn đã nhận, mọi tháng trước khi nộp hồ sơ sẽ bị xóa. Nộp hồ sơ trong vòng 2 năm. 2 năm này thường được tính từ khi bạn không còn địa chỉ ở Nhật, hoặc từ khi bạn mất tư cách tham gia bảo hiểm nếu thời điểm đó muộn hơn. Nếu quá hạn, bạn mất quyền nhận tiền trợ cấp một lần, nhưng các tháng của bạn vẫn còn trong hồ sơ.
    2. <b>Giữ hồ sơ của bạn.</b> Các tháng của bạn được giữ theo mã số lương hưu cơ bản (基礎年金番号). Nếu sau này bạn quay lại Nhật, các tháng mới sẽ được cộng thêm. Đủ 10 năm, bạn sẽ nhận lương hưu.
    3. <b>Hiệp định an sinh xã hội.</b> Nhật Bản có 24 hiệp định. Với một số nước, như Philippines và Ấn Độ, thời gian ở Nhật và ở nước nhà có thể được cộng gộp. Việt Nam, Indonesia, Myanmar, Nepal, Campuchia và nhiều nước khác không có hiệp định, nên chỉ có lựa chọn 1 và 2.

    Trong thời gian tham gia, bạn cũng được bảo vệ bởi lương hưu khuyết tật và lương hưu cho gia đình người qua đời.

    <i>Thông tin tính đến tháng 11/2026.</i>
faq-q35-keywords = mất tiền, mat tien, mất hết tiền, mat het tien, mất trắng, mat trang, tiền nenkin mất hết, mất hết lương hưu, mat het luong huu, phí tiền, phi tien, về nước sớm, ve nuoc som, về sớm có mất tiền không, rời nhật trước 10 năm, roi nhat truoc 10 nam, có những lựa chọn nào, giữ hồ sơ, hồ sơ lương hưu, 損, 年金記録

faq-q36-question = Tôi có thể không nhận được lương hưu từ cả Nhật lẫn nước mình không?
faq-q36-answer =
    <b>Có, điều này có thể xảy ra.</b> Ở Nhật, bạn cần 10 năm tham gia để có lương hưu tuổi già. Lương hưu ở nước bạn có quy định riêng, và những năm bạn ở Nhật có thể không được tính ở đó.

    Rủi ro cao nhất nếu:
    • bạn ở Nhật dưới 10 năm, và
    • nước bạn không có hiệp định an sinh xã hội với Nhật. Việt Nam, Indonesia, Myanmar, Nepal, Campuchia, Thái Lan, Mông Cổ, Sri Lanka, Bangladesh và Uzbekistan không có (theo danh sách của Cơ quan Hưu trí Nhật Bản (JPS) cập nhật tháng 10/2025).

    Với những người lao động này, tiền trợ cấp một lần (脱退一時金) hoặc đủ 10 năm ở Nhật là những cách duy nhất để nhận lại giá trị từ số phí đã đóng.

    Nếu bạn đến từ Philippines hoặc Ấn Độ: hiệp định cho phép hai nước cộng gộp thời gian. Hãy so sánh điều này với tiền trợ cấp một lần trước khi nộp hồ sơ.

    <i>Thông tin tính đến tháng 11/2026.</i>
faq-q36-keywords = không có lương hưu ở đâu cả, khong co luong huu o dau, không nhận được gì cả, trắng tay, trang tay, lương hưu ở việt nam, luong huu o viet nam, bhxh việt nam, bhxh viet nam, bảo hiểm xã hội việt nam, lương hưu nước mình, luong huu nuoc minh, nước không có hiệp định, cả hai nước đều không, mukin, 無年金, 母国の年金

faq-q37-question = Có luật nào bảo vệ lương hưu của người lao động nước ngoài không?
faq-q37-answer =
    <b>Có: các hiệp định an sinh xã hội (社会保障協定) và tiền trợ cấp một lần (脱退一時金).</b>

    • Nhật Bản có 24 hiệp định đang có hiệu lực. Năm 2002 chỉ có 2 (Đức và Anh).
    • Phần lớn các hiệp định cho phép bạn cộng gộp thời gian ở cả hai nước. Một số chỉ giúp bạn không phải đóng vào cả hai hệ thống cùng lúc: Anh, Hàn Quốc, Trung Quốc và Ý.
    • Nếu không có hiệp định, luật vẫn cho bạn tiền trợ cấp một lần khi rời Nhật: tối đa 60 tháng, nộp hồ sơ trong vòng 2 năm. 2 năm này thường được tính từ khi bạn không còn địa chỉ ở Nhật, hoặc từ khi bạn mất tư cách tham gia bảo hiểm nếu thời điểm đó muộn hơn.
    • Trong thời gian tham gia, bạn được bảo vệ khi bị khuyết tật, và gia đình bạn được bảo vệ khi bạn qua đời, giống như người lao động Nhật.

    Để xem danh sách đầy đủ các nước, hãy mở "Nước tôi có hiệp định lương hưu với Nhật Bản không?" trong phần hướng dẫn nhận tiền trợ cấp một lần.

    <i>Thông tin tính đến tháng 11/2026.</i>
faq-q37-keywords = luật bảo vệ, luat bao ve, được bảo vệ không, bảo vệ lương hưu, bao ve luong huu, quyền lợi người lao động, quyen loi nguoi lao dong, quyền lợi lương hưu, có luật nào không, co luat nao khong, pháp luật, phap luat, đảm bảo, dam bao, hogo, kenri, 権利, 保護

faq-q38-question = Nếu tôi không nhận lương hưu thì số tiền tôi đã đóng sẽ đi đâu?
faq-q38-answer =
    <b>Phí bảo hiểm của bạn được dùng để chi trả cho hệ thống lương hưu công.</b> Tiền của bạn không được để dành trong một tài khoản cá nhân.

    Những gì bạn nhận lại nếu rời Nhật:
    • <b>Tiền trợ cấp một lần của Lương hưu phúc lợi:</b> khoảng bằng phần phí chính bạn đã đóng (không phải phần của công ty) cho tối đa 60 tháng, trừ đi 20,42% thuế mà thường bạn có thể lấy lại.
    • <b>Tiền trợ cấp một lần của Lương hưu quốc dân:</b> khoảng một nửa phí của mỗi tháng đã đóng, tính theo từng bậc 6 tháng, cho tối đa 60 tháng. Không bị trừ thuế.
    • Nếu bạn không nộp hồ sơ trong vòng 2 năm, bạn mất quyền nhận tiền trợ cấp một lần. 2 năm này thường được tính từ khi bạn không còn địa chỉ ở Nhật, hoặc từ khi bạn mất tư cách tham gia bảo hiểm nếu thời điểm đó muộn hơn.

    Nếu thay vào đó bạn đủ 10 năm tham gia, bạn sẽ nhận lương hưu tuổi già.

    <i>Thông tin tính đến tháng 11/2026.</i>
faq-q38-keywords = tiền của tôi đi đâu, tien cua toi di dau, tiền đã đóng đi đâu, tiền đóng dùng vào việc gì, tien dong dung vao viec gi, không được để dành, tài khoản cá nhân, tai khoan ca nhan, nuôi người già, trả cho người già, quỹ lương hưu, quy luong huu, fukaho, 保険料 どこ, 賦課方式

faq-q39-question = Tại sao người nước ngoài có visa phải đóng lương hưu?
faq-q39-answer =
    <b>Vì luật lương hưu Nhật Bản áp dụng cho tất cả những ai sống hoặc làm việc ở Nhật, không phân biệt quốc tịch.</b>

    Phí bảo hiểm của bạn dùng để chi trả cho hệ thống lương hưu công. Hệ thống này cũng bảo vệ bạn trước các rủi ro khi bạn ở Nhật:
    • Lương hưu cơ bản khuyết tật nếu bạn bị khuyết tật nặng (năm tài chính 2026: 847.300 yên một năm cho cấp 2)
    • Lương hưu cơ bản cho gia đình người qua đời, dành cho gia đình bạn nếu bạn qua đời

    Với người nước ngoài rời Nhật sớm, tiền trợ cấp một lần (脱退一時金) trả lại một phần phí đã đóng. Các hiệp định an sinh xã hội cũng giúp tránh đóng hai lần với một số nước.

    <i>Thông tin tính đến tháng 11/2026.</i>
faq-q39-keywords = tại sao người nước ngoài phải đóng, tai sao nguoi nuoc ngoai phai dong, vì sao phải đóng nenkin, vi sao phai dong nenkin, tại sao phải đóng lương hưu, lý do đóng nenkin, ly do dong nenkin, mục đích, muc dich, thực tập sinh sao phải đóng, visa phải đóng lương hưu, tại sao bị trừ nenkin, naze, 外国人 なぜ 年金

faq-q40-question = Tôi có thể không tham gia lương hưu vì sẽ về nước không?
faq-q40-answer =
    <b>Không.</b>

    • <b>Lương hưu phúc lợi (厚生年金):</b> nếu bạn làm ở nơi làm việc có tham gia bảo hiểm, bạn được đăng ký. Bạn không thể ra khỏi chế độ này khi còn làm ở đó, kể cả khi bạn sẽ không bao giờ đủ 10 năm.
    • <b>Lương hưu quốc dân (国民年金):</b> nếu bạn sống ở Nhật trong độ tuổi từ 20 đến 59, bạn phải tham gia. Nếu thiếu tiền, hãy xin miễn giảm (免除) tại tòa thị chính. Đừng tự ý ngừng đóng.

    Năm 2002, lương hưu do Cục Bảo hiểm Xã hội quản lý. Từ tháng 1/2010, đó là Cơ quan Hưu trí Nhật Bản (日本年金機構).

    Điều bạn có thể làm: xin tiền trợ cấp một lần (脱退一時金) khi rời Nhật. Hãy giữ phiếu lương và Thông báo mã số lương hưu cơ bản (基礎年金番号通知書).

    Nhưng hãy suy nghĩ trước: tiền trợ cấp một lần sẽ xóa toàn bộ các tháng trước khi nộp hồ sơ. Nếu bạn có thể quay lại Nhật, hoặc bạn đến từ Philippines hay Ấn Độ, hãy đọc "Nhận tiền trợ cấp một lần thì tôi mất gì?" trước khi nộp hồ sơ.

    <i>Thông tin tính đến tháng 11/2026.</i>
faq-q40-keywords = không tham gia, khong tham gia, không muốn tham gia, khong muon tham gia, từ chối đóng nenkin, tu choi dong nenkin, hủy nenkin, huy nenkin, bỏ nenkin, bo nenkin, thoát khỏi nenkin, ra khỏi chế độ lương hưu, không đóng nữa, chọn không tham gia, chon khong tham gia, 加入しない, やめる

## Phần G: vĩnh trú

faq-q41-question = Vĩnh trú ở Nhật là gì?
faq-q41-answer =
    <b>Vĩnh trú (永住者, eijusha) là tư cách lưu trú không giới hạn thời gian bạn được ở Nhật.</b>

    Cục Quản lý Xuất nhập cảnh và Lưu trú Nhật Bản (出入国在留管理庁) xét từng hồ sơ. Điều kiện và giấy tờ do quy định về xuất nhập cảnh đặt ra, không phải do hệ thống lương hưu. Tư vấn viên của chúng tôi có thể giúp bạn tìm đúng cơ quan và chuẩn bị.

    Liên quan đến lương hưu:
    • Sau khi được vĩnh trú, những năm bạn sống ở nước ngoài từ tháng 4/1961 đến khi được cấp phép (trong độ tuổi từ 20 đến 59) được tính là karakikan (合算対象期間).
    • Điều này có thể giúp bạn đủ 10 năm. Khi đó bạn có quyền nhận lương hưu tuổi già, và bạn không thể nhận tiền trợ cấp một lần (脱退一時金) nữa.

    <i>Thông tin tính đến tháng 11/2026.</i>
faq-q41-keywords = vĩnh trú, vinh tru, visa vĩnh trú, visa vinh tru, vĩnh trú là gì, vinh tru la gi, làm sao để được vĩnh trú, lam sao duoc vinh tru, xin vĩnh trú, xin vinh tru, thẻ vĩnh trú, eijuken, eiju, eijusha, eijyuken, thường trú, thuong tru, cục xuất nhập cảnh, 永住, 永住権, 永住者, 永住許可

faq-q42-question = Vĩnh trú mang lại lợi ích gì về lương hưu?
faq-q42-answer =
    <b>Lợi ích chính về lương hưu là karakikan (合算対象期間): thời gian bạn ở nước ngoài có thể được tính vào điều kiện 10 năm.</b>

    • Được tính: thời gian ở nước ngoài từ tháng 4/1961 đến khi bạn được vĩnh trú, trong độ tuổi từ 20 đến 59.
    • Điều này giúp bạn dễ có lương hưu tuổi già hơn nhiều, kể cả khi số năm đóng ở Nhật ít hơn.
    • Karakikan không làm tăng số tiền. Chỉ những tháng đã đóng mới làm tăng.

    Mặt trái: khi bạn đã đủ 10 năm, bạn không thể nhận tiền trợ cấp một lần (脱退一時金) nữa. Nhiều người vĩnh trú đang ở trong tình huống này.

    Các quyền khác của người vĩnh trú (làm việc, gia đình, vay tiền) tùy thuộc vào luật xuất nhập cảnh và các luật khác. Cục Quản lý Xuất nhập cảnh và Lưu trú quyết định các vấn đề xuất nhập cảnh. Tư vấn viên của chúng tôi có thể giúp.

    <i>Thông tin tính đến tháng 11/2026.</i>
faq-q42-keywords = vĩnh trú lương hưu, vinh tru luong huu, lợi ích vĩnh trú, loi ich vinh tru, vĩnh trú có lợi gì, vinh tru co loi gi, vĩnh trú được gì về nenkin, eijusha nenkin, có lợi cho lương hưu, co loi cho luong huu, 永住 メリット, 永住者 年金

faq-q43-question = Người vĩnh trú có phải sống ở Nhật suốt không?
faq-q43-answer =
    <b>Đây là câu hỏi về xuất nhập cảnh. Cục Quản lý Xuất nhập cảnh và Lưu trú (出入国在留管理庁) đặt ra quy định về việc rời Nhật và quay lại.</b> Trước khi ở nước ngoài lâu, hãy kiểm tra các quy định đó hoặc hỏi tư vấn viên của chúng tôi. Dùng giấy phép tái nhập cảnh (再入国許可) đúng cách là điều quan trọng.

    Về lương hưu:
    • Từ ngày 9/7/2012, người nước ngoài cư trú ở Nhật có thẻ cư trú (在留カード). Thẻ đăng ký người nước ngoài cũ không còn nữa.
    • Thời gian ở nước ngoài trước khi bạn được vĩnh trú có thể là karakikan.
    • Các tháng lương hưu của bạn vẫn được giữ trong hồ sơ khi bạn ở nước ngoài.
    • Nếu bạn đã đủ 10 năm, bạn không thể nhận tiền trợ cấp một lần (脱退一時金). Thay vào đó, các tháng của bạn sẽ cho bạn lương hưu.

    <i>Thông tin tính đến tháng 11/2026.</i>
faq-q43-keywords = vĩnh trú sống ở nước ngoài, vinh tru song o nuoc ngoai, vĩnh trú về nước lâu, vinh tru ve nuoc lau, được ở nước ngoài bao lâu, ra nước ngoài lâu, phải ở nhật suốt không, phai o nhat suot khong, mất vĩnh trú, mat vinh tru, về việt nam lâu, mỗi năm bao nhiêu ngày, 永住者 出国, 海外 永住

faq-q44-question = Vĩnh trú có làm thay đổi quốc tịch hay ảnh hưởng đến nước tôi không?
faq-q44-answer =
    <b>Không. Vĩnh trú không làm thay đổi quốc tịch của bạn. Bạn vẫn giữ hộ chiếu nước mình, và cần giữ cho hộ chiếu còn hạn.</b>

    Các vấn đề ở nước nhà (bầu cử, tài sản, lương hưu ở nước bạn, thuế) theo luật của nước bạn. Hãy hỏi đại sứ quán.

    Lương hưu:
    • Ở Nhật, vĩnh trú có thể giúp bạn có karakikan cho những năm ở nước ngoài. Điều này có thể giúp bạn đủ 10 năm và có lương hưu tuổi già.
    • Hiệp định an sinh xã hội cũng có thể giúp. Nhật Bản có 24 hiệp định. Philippines và Ấn Độ cộng gộp thời gian; Trung Quốc và Hàn Quốc thì không.
    • Khi bạn đã có quyền nhận lương hưu Nhật Bản, bạn không thể nhận tiền trợ cấp một lần (脱退一時金) nữa.

    <i>Thông tin tính đến tháng 11/2026.</i>
faq-q44-keywords = quốc tịch, quoc tich, đổi quốc tịch, doi quoc tich, mất quốc tịch việt nam, mat quoc tich, giữ quốc tịch, giu quoc tich, bỏ quốc tịch, giữ hộ chiếu việt nam, song tịch, song tich, hai quốc tịch, đại sứ quán, dai su quan, bầu cử, bau cu, kokuseki, 国籍, 大使館

## Phần L: hướng dẫn nhận tiền trợ cấp một lần

faq-ls-eligibility-question = Tôi có được nhận tiền trợ cấp một lần không? Điều kiện là gì?
faq-ls-eligibility-answer =
    <b>Bạn có thể xin tiền trợ cấp một lần (脱退一時金, dattai ichijikin) nếu đúng cả 7 điều sau:</b>

    1. Bạn không phải là công dân Nhật Bản.
    2. Hiện bạn không tham gia lương hưu Nhật Bản (cả Lương hưu phúc lợi lẫn Lương hưu quốc dân).
    3. Bạn có ít nhất 6 tháng: từ 6 tháng trở lên tham gia Lương hưu phúc lợi (厚生年金) hoặc hiệp hội tương trợ, hoặc từ 6 tháng đã đóng Lương hưu quốc dân (国民年金) trở lên.
    4. Bạn chưa có 10 năm (120 tháng) tham gia. Karakikan và các tháng được miễn giảm cũng được tính trong điều kiện này.
    5. Bạn chưa từng có quyền nhận lương hưu Nhật Bản, kể cả lương hưu khuyết tật hoặc Tiền trợ cấp khuyết tật (障害手当金).
    6. Bạn không có địa chỉ ở Nhật.
    7. Chưa quá 2 năm kể từ khi bạn mất tư cách tham gia bảo hiểm. Nếu lúc đó bạn vẫn còn địa chỉ ở Nhật, 2 năm được tính từ khi địa chỉ đó chấm dứt.

    Dưới 6 tháng: không có tiền trợ cấp một lần.
    Loại visa không quan trọng: thực tập sinh, kỹ năng đặc định, kỹ sư, du học sinh và những người khác đều có thể xin.

    Nếu bạn rời Nhật với giấy phép tái nhập cảnh mà không nộp thông báo chuyển đi (転出届), có thể bạn chưa xin được ngay. Xem "Tôi rời Nhật với giấy phép tái nhập cảnh. Tôi có xin được tiền trợ cấp một lần không?".

    Đáp ứng điều kiện không có nghĩa là bạn bắt buộc phải xin. Tiền trợ cấp một lần sẽ xóa toàn bộ các tháng trước đó của bạn. Nếu bạn có thể quay lại Nhật, hoặc bạn đến từ Philippines hay Ấn Độ, hãy đọc "Nhận tiền trợ cấp một lần thì tôi mất gì?" trước.

    <i>Thông tin tính đến tháng 11/2026.</i>
faq-ls-eligibility-keywords = điều kiện, dieu kien, điều kiện nhận nenkin, dieu kien nhan nenkin, điều kiện rút nenkin, dieu kien rut nenkin, điều kiện lấy tiền một lần, có được nhận không, co duoc nhan khong, có được lấy không, co duoc lay khong, đủ điều kiện không, du dieu kien khong, ai được nhận, 6 tháng, 6 thang, làm 5 tháng, lam 5 thang, dưới 6 tháng, duoi 6 thang, vẫn ở nhật có xin được không, còn địa chỉ ở nhật, trên 10 năm, yêu cầu, joken, shikaku, 脱退一時金 条件, 要件

faq-ls-amount-question = Tôi sẽ nhận được bao nhiêu tiền trợ cấp một lần?
faq-ls-amount-answer =
    <b>Lương hưu phúc lợi (厚生年金): mức lương tiêu chuẩn trung bình hằng tháng × tỷ lệ chi trả.</b>

    Tỷ lệ chi trả theo số tháng tham gia (tháng cuối cùng từ tháng 4/2021 trở về sau):
    • 6–11 tháng: 0,5
    • 12–17: 1,1
    • 18–23: 1,6
    • 24–29: 2,2
    • 30–35: 2,7
    • 36–41: 3,3
    • 42–47: 3,8
    • 48–53: 4,4
    • 54–59: 4,9
    • Từ 60 trở lên: 5,5
    Hiện nay tối đa 60 tháng được tính. Đã có kế hoạch nâng lên 96 tháng, sẽ thực hiện bằng Nghị định Nội các (政令). Chưa có Nghị định Nội các nào và chưa có ngày bắt đầu nào được công bố.
    Mức trung bình có tính cả tiền thưởng. Lương trên 650.000 yên một tháng chỉ được tính là 650.000.

    Ví dụ: 36 tháng, lương trung bình 220.000 yên → 220.000 × 3,3 = 726.000 yên. Thuế 20,42% (khoảng 148.249 yên) bị trừ, nên bạn nhận khoảng 577.751 yên. Thường bạn có thể lấy lại tiền thuế sau đó.

    <b>Lương hưu quốc dân (国民年金): phí bảo hiểm × ½ × số tháng theo mức.</b> Tháng đóng cuối cùng thuộc năm tài chính 2026 (phí 17.920 yên), từ 60 tháng trở lên: 17.920 × ½ × 60 = 537.600 yên. Không bị trừ thuế.

    <b>Cẩn thận với ngày làm việc cuối cùng.</b> Nếu ngày làm việc cuối cùng của bạn là ngày 30/3 thay vì ngày 31/3, tháng 3 sẽ không được tính. 36 tháng thành 35 tháng, tỷ lệ giảm từ 3,3 xuống 2,7, và 726.000 yên chỉ còn 594.000 yên.

    Bấm <b>Ước tính tiền trợ cấp một lần</b> trong menu để tính số tiền của bạn.

    Trước khi nộp hồ sơ: tiền trợ cấp một lần sẽ xóa toàn bộ các tháng trước đó của bạn. Hãy đọc "Nhận tiền trợ cấp một lần thì tôi mất gì?" trước.

    <i>Thông tin tính đến tháng 11/2026.</i>
faq-ls-amount-keywords = bao nhiêu tiền, bao nhieu tien, được bao nhiêu, duoc bao nhieu, nhận được bao nhiêu, nhan duoc bao nhieu, dc bn, bn tiền, nenkin lần 1 bao nhiêu, nenkin lan 1 bao nhieu, lấy được bao nhiêu, lay duoc bao nhieu, về nước được bao nhiêu tiền, làm 3 năm được bao nhiêu, cách tính tiền nenkin, cach tinh tien nenkin, tính tiền nenkin, số tiền, so tien, ước tính, uoc tinh, tỷ lệ chi trả, ty le chi tra, lương trung bình, shikyuritsu, keisan, ikura, 金額, いくら, 計算

faq-ls-how-to-claim-question = Làm thế nào để xin tiền trợ cấp một lần?
faq-ls-how-to-claim-answer =
    <b>Bạn gửi mẫu đơn yêu cầu qua đường bưu điện đến Cơ quan Hưu trí Nhật Bản (日本年金機構).</b>

    Trước khi bắt đầu: tiền trợ cấp một lần sẽ xóa toàn bộ các tháng trước khi nộp hồ sơ. Nếu bạn có thể quay lại Nhật, hoặc bạn đến từ Philippines hay Ấn Độ, hãy đọc "Nhận tiền trợ cấp một lần thì tôi mất gì?" trước.

    1. <b>Trước khi rời Nhật:</b> nộp thông báo chuyển đi (転出届, tenshutsu todoke) tại tòa thị chính. Giữ lại Thông báo mã số lương hưu cơ bản và các phiếu lương.
    2. <b>Lấy mẫu đơn</b> "Application for the Lump-sum Withdrawal Payments" (đơn yêu cầu tiền trợ cấp một lần khi rút khỏi chế độ lương hưu). Mẫu đơn song ngữ (ngôn ngữ của bạn + tiếng Nhật) có 14 thứ tiếng: tiếng Anh, tiếng Trung, tiếng Hàn, tiếng Bồ Đào Nha, tiếng Tây Ban Nha, tiếng Indonesia, tiếng Philippines, tiếng Thái, tiếng Việt, tiếng Myanmar, tiếng Khmer, tiếng Nga, tiếng Nepal và tiếng Mông Cổ. Không có mẫu đơn bằng tiếng Sinhala, tiếng Bengal, tiếng Uzbek, tiếng Hindi hoặc tiếng Urdu: khi đó hãy dùng mẫu tiếng Anh. Tải về từ trang web của Cơ quan Hưu trí Nhật Bản (JPS), hoặc lấy tại văn phòng lương hưu, tòa thị chính hoặc hiệp hội giao lưu quốc tế.
    3. <b>Điền đơn</b> bằng chữ IN HOA: họ tên, ngày sinh, địa chỉ ở nước ngoài và thông tin ngân hàng. Nếu là ngân hàng ở nước ngoài, hãy ghi mã SWIFT/BIC. Không bao giờ ghi một địa chỉ ở Nhật làm địa chỉ của bạn.
    4. <b>Đính kèm giấy tờ</b> (xem "Tôi cần những giấy tờ gì để xin tiền trợ cấp một lần?").
    5. <b>Gửi bưu điện</b> đến: Japan Pension Service, Foreign Affairs Group (外国業務グループ), 3-5-24 Takaido-nishi, Suginami-ku, Tokyo 168-8505, JAPAN. Hãy kiểm tra địa chỉ ghi trên mẫu đơn của bạn trước khi gửi. Hồ sơ phải đến nơi vào hoặc sau ngày chuyển đi của bạn.
    6. <b>Chờ</b> thông báo quyết định chi trả (脱退一時金支給決定通知書). Hãy giữ bản gốc: bạn cần nó để xin hoàn thuế.

    Bạn có thể gửi từ Nhật sau khi đã nộp thông báo chuyển đi (kể từ ngày dự định chuyển đi), hoặc gửi từ nước mình trong vòng 2 năm. Đọc "Hạn chót nộp hồ sơ xin tiền trợ cấp một lần là khi nào?" để biết chi tiết.

    Trang chính thức (tiếng Anh): <a href="https://www.nenkin.go.jp/international/english/lumpsum/lumpsum.html">JPS Lump-sum Withdrawal Payments</a>

    <i>Thông tin tính đến tháng 11/2026.</i>
faq-ls-how-to-claim-keywords = cách xin, cach xin, thủ tục, thu tuc, thủ tục nenkin, thu tuc nenkin, thủ tục rút nenkin, thu tuc rut nenkin, thủ tục nenkin lần 1, làm hồ sơ, lam ho so, nộp hồ sơ, nop ho so, gửi đơn đi đâu, gui don di dau, gửi hồ sơ đi đâu, gui ho so di dau, địa chỉ gửi hồ sơ, mẫu đơn, mau don, tải mẫu đơn, đơn tiếng việt, don tieng viet, các bước, seikyu, shinsei, tetsuzuki, 手続き, 請求, 申請

faq-ls-documents-question = Tôi cần những giấy tờ gì để xin tiền trợ cấp một lần?
faq-ls-documents-answer =
    <b>Danh sách giấy tờ để xin tiền trợ cấp một lần:</b>

    • <b>Mẫu đơn yêu cầu</b>, đã điền và ký.
    • <b>Bản sao hộ chiếu:</b> các trang có họ tên, ngày sinh, quốc tịch, chữ ký và tư cách lưu trú, cùng trang có dấu lần xuất cảnh cuối cùng khỏi Nhật.
    • <b>Giấy tờ chứng minh bạn không có địa chỉ ở Nhật:</b> bản sao phiếu cư trú đã xóa (住民票の除票). Không cần nếu bạn đã nộp thông báo chuyển đi (転出届) trước khi rời Nhật.
    • <b>Giấy tờ ngân hàng</b> ghi tên ngân hàng, tên chi nhánh, địa chỉ chi nhánh, số tài khoản, và cho thấy tài khoản đứng tên chính bạn. Ví dụ giấy xác nhận của ngân hàng hoặc bản sao sổ ngân hàng. Nếu là ngân hàng ở nước ngoài, hãy thêm mã SWIFT/BIC.
    • <b>Mã số lương hưu cơ bản:</b> bản sao Thông báo mã số lương hưu cơ bản (基礎年金番号通知書) hoặc sổ lương hưu (年金手帳). Sổ lương hưu không còn được cấp từ tháng 4/2022.
    • <b>Nếu có người nộp thay bạn:</b> giấy ủy quyền (委任状) và giấy tờ tùy thân của người đó.

    Lưu ý: viết bằng chữ IN HOA, không ghi địa chỉ ở Nhật làm địa chỉ của bạn, và giữ bản sao mọi thứ bạn gửi đi.

    <i>Thông tin tính đến tháng 11/2026.</i>
faq-ls-documents-keywords = giấy tờ, giay to, cần giấy tờ gì, can giay to gi, hồ sơ cần những gì, ho so can nhung gi, chuẩn bị giấy tờ gì, bản sao hộ chiếu, ban sao ho chieu, giấy xác nhận ngân hàng, giay xac nhan ngan hang, sổ ngân hàng, so ngan hang, mã swift, ma swift, swift code, mã số lương hưu, ma so luong huu, mất sổ nenkin, mat so nenkin, làm lại sổ nenkin, lam lai so nenkin, mất nenkin techo, nenkin techo, kiso nenkin bango, phiếu cư trú đã xóa, juminhyo no joseki, shorui, 必要書類, 年金手帳

faq-ls-deadline-question = Hạn chót nộp hồ sơ xin tiền trợ cấp một lần là khi nào?
faq-ls-deadline-answer =
    <b>2 năm.</b> 2 năm này bắt đầu từ ngày bạn mất tư cách tham gia bảo hiểm lương hưu. Nếu vào ngày đó bạn vẫn còn địa chỉ ở Nhật, 2 năm bắt đầu từ khi địa chỉ của bạn ở Nhật chấm dứt.

    • Với người làm công ty, tư cách tham gia bị mất vào ngày sau ngày làm việc cuối cùng.
    • Phần lớn mọi người nộp thông báo chuyển đi (転出届) khi rời Nhật. Khi đó 2 năm thường được tính từ ngày chuyển đi.

    Ví dụ: ngày làm việc cuối cùng là 31/3/2026, ngày chuyển đi là 15/4/2026. Hồ sơ phải được nộp trong vòng 2 năm, vì vậy hãy gửi thật sớm, đừng để sát giữa tháng 4/2028.

    Nếu bạn rời Nhật với giấy phép tái nhập cảnh và không nộp thông báo chuyển đi, địa chỉ của bạn vẫn còn trong sổ đăng ký cho đến khi giấy phép hoặc tư cách lưu trú của bạn hết hạn. Khi đó 2 năm bắt đầu sau thời điểm ấy.

    Nếu quá hạn, bạn mất quyền nhận tiền trợ cấp một lần. Các tháng của bạn vẫn còn trong hồ sơ lương hưu. Hãy nộp sớm: bưu điện chậm, và sửa sai sót thì mất thời gian.

    Nhưng hãy suy nghĩ trước khi nộp: nhận tiền trợ cấp một lần sẽ xóa toàn bộ các tháng trước đó của bạn. Nếu bạn có thể quay lại Nhật, hoặc bạn đến từ Philippines hay Ấn Độ, hãy đọc "Nhận tiền trợ cấp một lần thì tôi mất gì?" trước.

    Việc hoàn thuế có thời hạn riêng, dài hơn: 5 năm kể từ ngày 1/1 của năm sau năm bạn nhận tiền trợ cấp một lần.

    <i>Thông tin tính đến tháng 11/2026.</i>
faq-ls-deadline-keywords = hạn chót, han chot, thời hạn, thoi han, hạn nộp, han nop, hết hạn, het han, quá hạn, qua han, trễ hạn, tre han, muộn, về nước 2 năm, ve nuoc 2 nam, trong vòng 2 năm, trong vong 2 nam, về nước rồi còn xin được không, về nước lâu rồi, ve nuoc lau roi, về 3 năm rồi, ve 3 nam roi, bao lâu sau khi về, còn kịp không, con kip khong, kigen, jiko, 期限, 時効, 2年

faq-ls-tax-refund-question = Tôi có thể lấy lại khoản thuế 20,42% trên tiền trợ cấp một lần không?
faq-ls-tax-refund-answer =
    <b>Thường là có. Thuế 20,42% bị trừ từ tiền trợ cấp một lần của Lương hưu phúc lợi, và phần lớn thực tập sinh và lao động kỹ năng đặc định có thể lấy lại toàn bộ.</b> Tiền trợ cấp một lần của Lương hưu quốc dân không bị trừ thuế.

    1. <b>Chỉ định người quản lý nộp thuế (納税管理人, nozei kanrinin)</b> ở Nhật: một người hoặc một công ty bạn tin tưởng. Nộp giấy thông báo người quản lý nộp thuế (納税管理人の届出書) cho cơ quan thuế phụ trách địa chỉ cuối cùng của bạn ở Nhật. Bạn có thể làm việc này trước hoặc sau khi rời Nhật, hoặc cùng lúc với tờ khai.
    2. <b>Người quản lý nộp thuế nộp tờ khai</b> "退職所得の選択課税による還付のための申告書" (tờ khai xin hoàn thuế theo chế độ lựa chọn cách đánh thuế thu nhập thôi việc).
    3. <b>Đính kèm bản gốc thông báo quyết định</b> (脱退一時金支給決定通知書). Giấy này chứng minh thuế đã bị trừ.

    Khi nào: từ ngày 1/1 của năm sau năm bạn nhận tiền, trong vòng 5 năm.

    Tiền hoàn thuế chỉ được trả vào tài khoản ngân hàng ở Nhật, thường là tài khoản của người quản lý nộp thuế. Hãy chọn người này thật cẩn thận.

    Vì sao được hoàn: tiền trợ cấp một lần được xem là thu nhập thôi việc (退職所得), với mức khấu trừ 400.000 yên cho mỗi năm (ít nhất 800.000 yên). Ví dụ: 36 tháng, tiền trợ cấp một lần 726.000 yên → khấu trừ 1.200.000 yên → toàn bộ tiền thuế (khoảng 148.249 yên) được hoàn lại.

    <i>Thông tin tính đến tháng 11/2026.</i>
faq-ls-tax-refund-keywords = hoàn thuế, hoan thue, nenkin lần 2, nenkin lan 2, lấy lại thuế, lay lai thue, lấy lại tiền thuế, thuế 20%, thue 20, 20,42, thuế nenkin, thue nenkin, tiền thuế bị trừ, người quản lý nộp thuế, nguoi quan ly nop thue, người đại diện thuế, nozei kanrinin, nouzei kanrinin, kanpu, khai thuế, khai thue, khấu trừ thuế, gensen, thu nhập thôi việc, taishoku shotoku, 納税管理人, 還付, 源泉徴収, 退職所得

faq-ls-erases-periods-question = Nhận tiền trợ cấp một lần thì tôi mất gì?
faq-ls-erases-periods-answer =
    <b>Khi bạn nhận tiền trợ cấp một lần, toàn bộ thời gian tham gia trước khi nộp hồ sơ sẽ bị xóa.</b>

    • Những tháng đó không còn được tính vào điều kiện 10 năm để có lương hưu tuổi già ở Nhật.
    • Chúng không còn được tính theo bất kỳ hiệp định an sinh xã hội nào.
    • Nếu sau này bạn quay lại Nhật, số tháng của bạn bắt đầu lại từ 0.

    Hãy suy nghĩ trước nếu:
    • bạn có thể quay lại Nhật, ví dụ làm lao động kỹ năng đặc định (特定技能) sau khi là thực tập sinh, hoặc theo chế độ mới Lao động phát triển kỹ năng (育成就労) từ ngày 1/4/2027;
    • bạn đã có nhiều năm ở Nhật và có thể đủ 10 năm (120 tháng);
    • nước bạn có hiệp định với Nhật cho phép cộng gộp thời gian, như Philippines hoặc Ấn Độ. Hãy so sánh cả hai lựa chọn. Bot cho bạn thấy cả hai; quyết định là của bạn.

    Nên biết: bạn có thể xin nhiều lần, mỗi lần bạn rời Nhật và đáp ứng điều kiện. Nhưng mỗi lần xin chỉ tối đa 60 tháng được tính.

    <i>Thông tin tính đến tháng 11/2026.</i>
faq-ls-erases-periods-keywords = mất gì, mat gi, lấy tiền một lần có mất gì không, thiệt gì, thiet gi, bất lợi, bat loi, mất số năm, bị xóa, bi xoa, xóa thời gian, xoa thoi gian, về 0, quay lại nhật, quay lai nhat, sang lại nhật, sang lai nhat, lấy nenkin rồi sang lại, lay nenkin roi sang lai, đi tokutei sau khi lấy nenkin, có nên rút không, co nen rut khong, nên rút hay chờ, rủi ro, rui ro, 消える, デメリット, 再来日

faq-ls-processing-time-question = Bao lâu thì nhận được tiền trợ cấp một lần?
faq-ls-processing-time-answer =
    <b>Không có con số chính thức nào từ Cơ quan Hưu trí Nhật Bản (JPS).</b>

    Các bên thứ ba (các công ty dịch vụ, không phải JPS) nói thường mất khoảng 3 đến 4 tháng, và có bên nói 4 đến 5 tháng. Đây <u>không</u> phải là con số chính thức. Sẽ lâu hơn nếu mẫu đơn có sai sót hoặc thiếu giấy tờ.

    Sau khi có quyết định, JPS gửi thông báo quyết định (脱退一時金支給決定通知書) và chuyển tiền vào tài khoản ngân hàng bạn đã cung cấp.

    Tiền hoàn thuế đến sau và riêng biệt: tờ khai chỉ có thể nộp từ ngày 1/1 của năm sau năm bạn nhận tiền.

    Để tránh chậm trễ:
    • Viết bằng chữ IN HOA.
    • Ghi mã SWIFT/BIC nếu là ngân hàng ở nước ngoài.
    • Gửi đủ tất cả các trang hộ chiếu được yêu cầu.
    • Không ghi địa chỉ ở Nhật làm địa chỉ của bạn.
    • Giữ bản sao mọi thứ.

    <i>Thông tin tính đến tháng 11/2026.</i>
faq-ls-processing-time-keywords = bao lâu, bao lau, mất bao lâu, mat bao lau, bao lâu có tiền, bao lau co tien, bao giờ tiền về, bao gio tien ve, khi nào nhận được tiền, khi nao nhan duoc tien, chờ bao lâu, cho bao lau, đợi lâu quá, chưa nhận được tiền, chua nhan duoc tien, tiền chưa về, tien chua ve, nộp mấy tháng rồi, mấy tháng, may thang, thời gian xử lý, itsu, 何ヶ月, いつ, 処理期間

faq-ls-reentry-permit-question = Tôi rời Nhật với giấy phép tái nhập cảnh. Tôi có xin được tiền trợ cấp một lần không?
faq-ls-reentry-permit-answer =
    <b>Hiện nay: có, nếu bạn đã nộp thông báo chuyển đi (転出届, tenshutsu todoke) tại tòa thị chính.</b>

    Cách làm hiện nay:
    • Nếu bạn rời Nhật với giấy phép tái nhập cảnh (再入国許可) hoặc giấy phép tái nhập cảnh đặc biệt (みなし再入国許可) và KHÔNG nộp thông báo chuyển đi, địa chỉ của bạn ở Nhật vẫn còn trong sổ đăng ký. Bạn không thể xin cho đến khi địa chỉ bị xóa, tức là khi giấy phép hoặc tư cách lưu trú của bạn hết hạn.
    • Nếu bạn nộp thông báo chuyển đi, bạn có thể xin ngay, kể cả khi có giấy phép tái nhập cảnh.
    • Từ tháng 3/2017, bạn thậm chí có thể gửi hồ sơ từ trong Nhật sau khi đã nộp thông báo, kể từ ngày dự định chuyển đi. Đính kèm phiếu cư trú (住民票) có ghi việc dự định chuyển ra nước ngoài.

    Thay đổi sắp tới: luật cải cách lương hưu năm 2025 quy định người rời Nhật với giấy phép tái nhập cảnh không thể xin khi giấy phép còn hiệu lực. Ngày bắt đầu sẽ do Nghị định Nội các quy định trong vòng 4 năm kể từ ngày 20/6/2025, và hiện chưa được công bố. Những trang nói rằng quy định này đã bắt đầu từ tháng 4/2026 không có căn cứ trong luật.

    Nếu bạn định quay lại, hãy suy nghĩ trước khi xin: việc này xóa các tháng của bạn.

    <i>Thông tin tính đến tháng 11/2026.</i>
faq-ls-reentry-permit-keywords = tái nhập cảnh, tai nhap canh, giấy phép tái nhập cảnh, giay phep tai nhap canh, tái nhập cảnh đặc biệt, về nước có tái nhập cảnh, ve nuoc co tai nhap canh, minashi sainyukoku, sainyukoku kyoka, thông báo chuyển đi, thong bao chuyen di, cắt chuyển đi, cat chuyen di, cắt juminhyo, cat juminhyo, tenshutsu todoke, tenshutsu, tenshutsutodoke, xin ở nhật trước khi về, nộp từ nhật, nop tu nhat, địa chỉ chưa bị xóa, 再入国許可, みなし再入国許可, 転出届

faq-ls-agreements-question = Nước tôi có hiệp định lương hưu với Nhật Bản không?
faq-ls-agreements-answer =
    <b>Nhật Bản có hiệp định an sinh xã hội (社会保障協定, shakai hosho kyotei) đang có hiệu lực với 24 nước.</b>

    <b>Có cộng gộp thời gian:</b> Đức, Mỹ, Bỉ, Pháp, Canada, Úc, Hà Lan, Cộng hòa Séc, Tây Ban Nha, Ireland, Brazil, Thụy Sĩ, Hungary, Ấn Độ, Luxembourg, Philippines, Slovakia, Phần Lan, Thụy Điển và Áo.

    <b>Không cộng gộp thời gian</b> (hiệp định chỉ giúp tránh đóng hai lần): Anh, Hàn Quốc, Trung Quốc và Ý.

    <b>Không có hiệp định:</b> Việt Nam, Indonesia, Myanmar, Nepal, Campuchia, Thái Lan, Mông Cổ, Sri Lanka, Bangladesh và Uzbekistan. Với bạn, tiền trợ cấp một lần hoặc đủ 10 năm ở Nhật là những cách duy nhất để nhận lại giá trị từ số phí đã đóng.

    <b>Philippines và Ấn Độ:</b> các tháng của bạn ở Nhật có thể được cộng với các tháng ở nước bạn để đủ điều kiện nhận lương hưu ở cả hai nước. Nếu bạn nhận tiền trợ cấp một lần, điều này sẽ mất đối với mọi tháng trước đó. Bạn phải chọn: bot cho bạn thấy cả hai lựa chọn, nhưng quyết định là của bạn.

    Danh sách của Cơ quan Hưu trí Nhật Bản, cập nhật ngày 27/10/2025. Có thể có thêm hiệp định mới.

    <i>Thông tin tính đến tháng 11/2026.</i>
faq-ls-agreements-keywords = hiệp định, hiep dinh, hiệp định an sinh xã hội, hiep dinh an sinh xa hoi, hiệp định lương hưu, hiep dinh luong huu, việt nam có hiệp định không, viet nam co hiep dinh khong, nước nào có hiệp định, nuoc nao co hiep dinh, cộng gộp thời gian, cong gop thoi gian, philippines, ấn độ, an do, indonesia, myanmar, nepal, trung quốc, shakai hosho kyotei, tsusan, 社会保障協定, 通算

faq-ls-changes-question = Sắp tới lương hưu có những thay đổi gì?
faq-ls-changes-answer =
    <b>Một luật cải cách lương hưu đã được thông qua vào tháng 6/2025. Các thay đổi về tiền trợ cấp một lần chưa có ngày bắt đầu.</b>

    Đã có kế hoạch, chưa có ngày bắt đầu:
    • <b>Mức trần từ 5 năm lên 8 năm</b> (từ 60 lên 96 tháng). Sẽ được thực hiện bằng Nghị định Nội các (政令). Chưa có Nghị định Nội các nào và chưa có ngày bắt đầu nào được công bố. Hiện nay mức trần là 60 tháng.

    Đã ban hành, chưa công bố ngày bắt đầu:
    • <b>Quy định về giấy phép tái nhập cảnh:</b> không được xin khi giấy phép tái nhập cảnh của bạn còn hiệu lực. Quy định bắt đầu vào ngày do Nghị định Nội các quy định trong vòng 4 năm kể từ ngày 20/6/2025. Cho đến lúc đó, cách làm hiện nay vẫn được áp dụng: đã nộp thông báo chuyển đi (転出届) thì bạn có thể xin.

    Đã có ngày cố định:
    • <b>Chế độ Lao động phát triển kỹ năng (育成就労, ikusei shuro)</b> thay thế Chương trình thực tập sinh kỹ năng từ ngày 1/4/2027, có các biện pháp chuyển tiếp. Kế hoạch: tối đa 3 năm, sau đó là lao động kỹ năng đặc định số 1 tối đa 5 năm.
    • <b>Bậc lương cao nhất của Lương hưu phúc lợi</b>: 680.000 yên từ tháng 9/2027, 710.000 từ tháng 9/2028, 750.000 từ tháng 9/2029 (hiện nay là 650.000).

    Những trang nói rằng các quy định này về tiền trợ cấp một lần đã bắt đầu từ tháng 4/2026 không có căn cứ trong luật. Bot sẽ được cập nhật khi ngày bắt đầu được công bố.

    <i>Thông tin tính đến tháng 11/2026.</i>
faq-ls-changes-keywords = thay đổi, thay doi, luật mới, luat moi, quy định mới, quy dinh moi, cải cách lương hưu, cai cach luong huu, luật 2025, luat 2025, 8 năm, 8 nam, 96 tháng, 96 thang, nenkin 8 năm, thay đổi nenkin, sắp tới, sap toi, tin mới, kaisei, ikusei shuro, ikusei shurou, dục thành tựu lao, duc thanh tuu lao, 2027, 法改正, 育成就労, 改正

faq-ls-agents-question = Tôi có thể thuê dịch vụ làm hồ sơ thay không? Làm sao để tránh bị lừa?
faq-ls-agents-answer =
    <b>Bạn có thể tự nộp hồ sơ, miễn phí. Bạn không cần người làm dịch vụ.</b>

    Nếu có người nộp thay bạn:
    • Họ cần giấy ủy quyền (委任状) có chữ ký của bạn, và giấy tờ tùy thân của chính họ.
    • Hãy hỏi về chứng chỉ và số đăng ký hành nghề của họ, rồi kiểm tra lại. Chuyên gia bảo hiểm xã hội và lao động có giấy phép hành nghề (社会保険労務士, sharoushi) là người có chuyên môn về thủ tục lương hưu.
    • Yêu cầu ghi rõ phí và dịch vụ bằng văn bản.
    • Để xin hoàn thuế, bạn cần người quản lý nộp thuế (納税管理人). Tiền hoàn thuế được trả vào tài khoản ở Nhật, thường là tài khoản của người đó, nên hãy chọn người bạn tin tưởng.

    Dấu hiệu cảnh báo:
    • Đòi trả phí lớn trước khi làm bất cứ việc gì
    • Đòi giữ hộ chiếu, thẻ cư trú hoặc thẻ ngân hàng của bạn, hoặc hỏi mã PIN hay mật khẩu ngân hàng trực tuyến của bạn
    • Hứa tiền trợ cấp một lần nhiều hơn mức quy định cho phép
    • Bảo bạn khai thông tin sai, ví dụ một địa chỉ không đúng

    Đừng gửi số hộ chiếu hoặc số tài khoản ngân hàng trong cuộc trò chuyện này.

    <i>Thông tin tính đến tháng 11/2026.</i>
faq-ls-agents-keywords = dịch vụ, dich vu, dịch vụ nenkin, dich vu nenkin, dịch vụ lấy nenkin, dich vu lay nenkin, công ty dịch vụ, phí dịch vụ, phi dich vu, làm hộ, lam ho, nhờ làm hộ, nho lam ho, lừa đảo, lua dao, bị lừa, bi lua, có uy tín không, uy tin, mất phí 20%, tự làm, tu lam, tự làm được không, tu lam duoc khong, sharoushi, daiko, 社会保険労務士, 代行, 詐欺
