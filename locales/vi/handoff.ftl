# Trò chuyện với tư vấn viên. Tiếng Việt.

handoff-ask-description = Hãy mô tả câu hỏi của bạn trong vài câu (ví dụ: bạn đã làm việc bao nhiêu tháng, bạn rời Nhật khi nào, bạn cần gì). Tư vấn viên sẽ trả lời ngay trong cuộc trò chuyện này.
handoff-opened = Cảm ơn bạn. Câu hỏi của bạn đã được gửi đến tư vấn viên của chúng tôi (mã yêu cầu #{ $ticket }). Họ sẽ trả lời trong cuộc trò chuyện này. Từ bây giờ, mọi tin nhắn bạn gửi sẽ được chuyển đến họ. Gửi /endchat để kết thúc cuộc trò chuyện.
handoff-next-opening = Hiện tư vấn viên của chúng tôi không làm việc. Tư vấn viên sẽ đọc tin nhắn của bạn vào { $day }, từ { $time } giờ Nhật Bản.
handoff-next-opening-today = Hiện tư vấn viên của chúng tôi không làm việc. Tư vấn viên sẽ đọc tin nhắn của bạn hôm nay, từ { $time } giờ Nhật Bản.
handoff-already-open = Bạn đang có một cuộc trò chuyện với tư vấn viên (mã yêu cầu #{ $ticket }). Bạn chỉ cần viết tin nhắn ở đây.
handoff-relayed = Đã gửi cho tư vấn viên. Câu trả lời sẽ đến ở đây.
handoff-closed = Tư vấn viên đã đóng cuộc trò chuyện này (mã yêu cầu #{ $ticket }).
handoff-ended-by-user = Bạn đã kết thúc cuộc trò chuyện với tư vấn viên (mã yêu cầu #{ $ticket }).
handoff-rate = Tư vấn viên đã giúp bạn đến mức nào? Hãy bấm chọn số sao.
handoff-rate-thanks = Cảm ơn bạn đã đánh giá!
handoff-no-ticket = Bạn không có cuộc trò chuyện nào đang mở với tư vấn viên. Hãy bấm "Nói chuyện với tư vấn viên" trong /menu để bắt đầu.
handoff-slow-down = Bạn đang gửi nhiều tin nhắn liên tục. Tư vấn viên sẽ nhận được tất cả, chỉ chậm hơn một chút. Hãy chờ câu trả lời.
