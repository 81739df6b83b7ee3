# Berbicara dengan konsultan. Bahasa Indonesia.

handoff-ask-description = Tolong jelaskan pertanyaan Anda dalam beberapa kalimat (misalnya: berapa bulan Anda bekerja, kapan Anda meninggalkan Jepang, apa yang Anda perlukan). Konsultan akan menjawab di sini, di obrolan ini.
handoff-opened = Terima kasih. Pertanyaan Anda sudah dikirim ke konsultan kami (tiket #{ $ticket }). Mereka akan menjawab di obrolan ini. Semua yang Anda kirim sekarang akan diteruskan ke mereka. Kirim /endchat untuk mengakhiri percakapan.
handoff-next-opening = Konsultan kami sedang tidak bertugas. Konsultan akan membaca pesan Anda pada hari { $day } mulai pukul { $time } waktu Jepang.
handoff-next-opening-today = Konsultan kami sedang tidak bertugas. Konsultan akan membaca pesan Anda hari ini mulai pukul { $time } waktu Jepang.
handoff-already-open = Anda sudah punya percakapan yang masih terbuka dengan konsultan (tiket #{ $ticket }). Langsung tulis pesan Anda di sini.
handoff-relayed = Sudah dikirim ke konsultan. Jawabannya akan muncul di sini.
handoff-closed = Konsultan telah menutup percakapan ini (tiket #{ $ticket }).
handoff-ended-by-user = Anda telah mengakhiri percakapan dengan konsultan (tiket #{ $ticket }).
handoff-rate = Seberapa membantu konsultan tadi? Ketuk bintangnya.
handoff-rate-thanks = Terima kasih atas penilaian Anda!
handoff-no-ticket = Anda tidak punya percakapan terbuka dengan konsultan. Ketuk "Bicara dengan konsultan" di /menu untuk memulai.
handoff-slow-down = Anda mengirim banyak pesan dengan cepat. Konsultan akan menerima semuanya, hanya sedikit lebih lambat. Mohon tunggu jawabannya.
