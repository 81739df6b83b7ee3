# Antarmuka bot: menu, bantuan, pencarian, pesan kesalahan dan format. Bahasa Indonesia.

## Menu

menu-welcome =
    <b>Halo! Saya asisten pensiun untuk pekerja asing di Jepang.</b>

    Saya menjawab pertanyaan tentang pensiun Jepang (nenkin) dan memperkirakan berapa uang yang bisa Anda terima kembali saat meninggalkan Jepang: Pembayaran Sekaligus saat Keluar (脱退一時金, dattai ichijikin).

    Pilih di bawah, atau langsung ketik pertanyaan Anda.
menu-first-time = Tips: Anda bisa mengetik pertanyaan dengan kata-kata sendiri, misalnya "berapa uang yang bisa saya terima kembali?" atau "batas waktu klaim".
menu-title = Apa yang ingin Anda lakukan?
menu-browse = 📚 Lihat topik
menu-estimate = 🧮 Hitung perkiraan uang saya
menu-continue-estimate = 🧮 Lanjutkan perkiraan saya
menu-ask = ❓ Cara bertanya
menu-back-to-menu = ☰ Menu
menu-help =
    <b>Cara memakai bot ini</b>

    • Ketik pertanyaan dengan kata-kata sendiri, misalnya "kapan batas waktunya?".
    • Ketuk <b>Lihat topik</b> untuk membaca jawaban per topik.
    • Ketuk <b>Hitung perkiraan uang saya</b> lalu jawab beberapa pertanyaan untuk melihat berapa uang yang mungkin Anda terima kembali.

    Perintah: /menu, /estimate, /cancel, /help.

    Bot ini memberi informasi umum. Setiap klaim diputuskan oleh Japan Pension Service (Badan Pensiun Jepang).

## Melihat topik dan pencarian

faq-browse-title = <b>Topik</b>: pilih salah satu.
faq-browse = 📚 Lihat topik
faq-back-to-topics = ◀ Topik
faq-back-to-section = ◀ Kembali
search-did-you-mean = Saya kurang yakin mengerti maksud Anda. Apakah maksud Anda salah satu dari ini?
search-nothing-found = Maaf, saya tidak menemukan jawabannya. Coba dengan kata lain, atau lihat daftar topik.

## Pesan kesalahan

error-not-an-amount = Saya tidak bisa membaca jumlah itu. Ketik jumlah yen dalam angka, misalnya 250000, 250.000 atau 25万.
error-amount-not-positive = Jumlahnya harus lebih dari 0 yen.
error-amount-too-large = Jumlah itu terlalu besar. Tolong periksa lagi dan ketik jumlah per bulan dalam yen.
error-not-a-duration = Saya tidak bisa membacanya. Ketik jumlah bulan atau tahun, misalnya 36, 3 tahun atau 2 tahun 6 bulan.
error-duration-too-long = Itu terlalu lama. Tolong periksa lagi jumlah bulan atau tahunnya.
error-not-a-date = Saya tidak bisa membaca tanggal itu. Ketik seperti 2026-03-31 atau 31/03/2026.
error-not-a-month = Saya tidak bisa membaca bulan itu. Ketik seperti 2026-03 atau 03/2026.
error-use-buttons = Silakan ketuk salah satu tombol di bawah.
error-last-day-before-first-day = Hari kerja terakhir tidak boleh sebelum hari kerja pertama.
error-nothing-to-go-back-to = Ini pertanyaan pertama.
error-stale-button = Tombol itu dari pesan lama. Ini menunya.

## Format

format-thousands-separator = .
format-yen = ¥{ $amount }
format-date = { $day } { $monthname } { $year }
format-decimal-separator = ,
format-year-month = { $monthname } { $year }
format-month-1 = Januari
format-month-2 = Februari
format-month-3 = Maret
format-month-4 = April
format-month-5 = Mei
format-month-6 = Juni
format-month-7 = Juli
format-month-8 = Agustus
format-month-9 = September
format-month-10 = Oktober
format-month-11 = November
format-month-12 = Desember

## Masukan dan pesan lain

faq-helpful = 👍 Membantu
faq-not-helpful = 👎 Tidak membantu
faq-feedback-thanks = Terima kasih! Senang bisa membantu.
faq-feedback-sorry = Maaf, jawaban ini belum membantu. Coba tanya dengan kata lain, lihat daftar topik, atau tanyakan ke konsultan.
error-unsupported-message = Saya hanya bisa membaca pesan teks dan ketukan tombol. Silakan ketik pertanyaan Anda, atau pakai menu.
error-edited-message = Saya tidak membaca pesan yang sudah diedit. Silakan kirim ulang pesan Anda.
error-generic = Maaf, ada masalah di sistem saya. Silakan coba lagi, atau buka menu dengan /menu.
error-state-reset = Maaf, percakapan terakhir kita tidak bisa dilanjutkan setelah pembaruan. Mari mulai lagi dari menu.
menu-language-title = Pilih bahasa Anda:
menu-language = 🌐 Bahasa
menu-language-chosen = Bahasa: Bahasa Indonesia
forget-confirm = Hapus semua data Anda yang disimpan bot ini (bahasa, jawaban, dan masukan Anda)? Ini tidak bisa dibatalkan.
forget-yes = Ya, hapus
forget-no = Tidak, simpan
forget-done = Selesai. Semua data tentang Anda sudah dihapus.
forget-kept = Tidak ada yang dihapus.

## Perintah (tampil di menu perintah Telegram)

command-start = Mulai dan tampilkan menu
command-menu = Tampilkan menu
command-estimate = Hitung perkiraan uang sekaligus saya
command-language = Ganti bahasa
command-help = Cara memakai bot ini
command-cancel = Batalkan perkiraan
command-forget = Hapus data saya
language-name = Bahasa Indonesia
menu-consultant = 👤 Bicara dengan konsultan
menu-consultant-unavailable =
    Konsultan kami belum bisa dihubungi lewat bot ini.

    Untuk pertanyaan tentang catatan pensiun Anda sendiri, telepon atau datangi kantor pensiun (年金事務所, nenkin jimusho) milik Japan Pension Service. Bawa kartu izin tinggal (在留カード) dan Surat Pemberitahuan Nomor Pensiun Dasar (基礎年金番号通知書) Anda.

## Profil bot di Telegram

bot-description = Bantuan gratis tentang pensiun Jepang untuk pekerja asing: jawaban dalam bahasa Anda, perkiraan uang pengembalian sekaligus (脱退一時金) beserta batas waktunya, dan langkah-langkah untuk mengklaimnya.
bot-short-description = Bantuan pensiun Jepang untuk pekerja asing: tanya jawab, perkiraan uang sekaligus, batas waktu.
command-endchat = Akhiri obrolan dengan konsultan
format-weekday-1 = Senin
format-weekday-2 = Selasa
format-weekday-3 = Rabu
format-weekday-4 = Kamis
format-weekday-5 = Jumat
format-weekday-6 = Sabtu
format-weekday-7 = Minggu
