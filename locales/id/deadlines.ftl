# Pengingat, daftar periksa pribadi, dan ringkasan perkiraan untuk dibagikan. Bahasa Indonesia.
# Tanggal datang sudah ditulis dengan cara bahasa ini ({ $date }, { $deadline } …).

## Pengingat: menawarkan dan menjadwalkan

remind-ask-departure = 🔔 Saya bisa mengingatkan Anda tentang tanggal-tanggal penting pensiun Anda. Kapan Anda meninggalkan Jepang (sudah atau akan)? Ketik tanggalnya, misalnya 2027-03-31.
remind-ask-again = Saya tidak bisa membaca tanggal itu. Ketik tahun, bulan, dan tanggal, misalnya 2027-03-31. Atau ketuk Batal.
remind-offer-title = 🔔 Saya bisa mengirim pesan kepada Anda pada tanggal-tanggal ini:
remind-offer-none = Semua tanggal yang bisa saya ingatkan sudah lewat. Jika Anda belum mengklaim, periksa batas waktu Anda sekarang: mungkin batas waktunya belum lewat.
remind-button-all = 🔔 Ingatkan saya semuanya
remind-button-one = ➕ Hanya: { $what }
remind-saved = ✅ Selesai. Saya akan mengirim pesan kepada Anda pada tanggal-tanggal ini:
remind-manage-hint = Anda bisa melihat atau membatalkannya kapan saja dengan /reminders.
remind-dates-note = <i>Tanggal-tanggal ini hanya perkiraan. Periksa batas waktu Anda sendiri ke Japan Pension Service.</i>
remind-button = 🔔 Ingatkan batas waktu saya

## Isi setiap pengingat (satu baris pendek, dipakai di daftar dan tombol)

remind-kind-claimable = Anda bisa mengirim klaim
remind-kind-deadline = { $months ->
   *[other] { $months } bulan sebelum batas waktu klaim Anda
}
remind-kind-decision = periksa apakah surat keputusan pembayaran sudah tiba
remind-kind-refund = { $months ->
   *[other] { $months } bulan sebelum hari terakhir menyerahkan laporan pajak untuk pengembalian
}
remind-line = • { $date }: { $what }

## Melihat dan membatalkan

reminders-title = 🔔 Pengingat Anda:
reminders-empty = Anda belum punya pengingat. Saya bisa mengingatkan batas waktu Anda setelah Anda membuat perkiraan dengan tanggal Anda meninggalkan Jepang, atau lewat /remind.
reminders-cancel = ❌ Batalkan: { $date }
reminders-cancelled = Dibatalkan.
reminders-claim-sent = 📮 Saya sudah kirim klaim hari ini
reminders-add = 🔔 Tambah pengingat

## Isi pengingat

reminder-claimable = 🔔 <b>Pengingat:</b> Anda berencana meninggalkan Jepang pada { $date }. Mulai sekarang Anda bisa mengirim klaim uang sekaligus. Klaim harus sampai di Japan Pension Service paling lambat { $deadline }.
reminder-deadline = 🔔 <b>Pengingat:</b> klaim uang sekaligus Anda harus sampai di Japan Pension Service paling lambat <b>{ $deadline }</b>. Jika belum Anda kirim, kirim sekarang. Lewat tanggal itu, uangnya hangus.
reminder-decision = 🔔 <b>Pengingat:</b> Anda mengirim klaim pada { $date }. Sekarang surat keputusan pembayaran (脱退一時金支給決定通知書) mungkin sudah tiba. Simpan yang asli: Anda memerlukannya untuk pengembalian pajak. Jika belum ada yang datang, tanyakan ke Japan Pension Service.
reminder-refund = 🔔 <b>Pengingat:</b> laporan pajak untuk meminta kembali pajak 20,42% bisa diserahkan sampai sekitar <b>{ $date }</b>. Jika belum diserahkan, tanyakan ke wakil pajak (納税管理人) Anda sekarang.
reminder-late = <i>(Pengingat ini terlambat: saya tidak bisa mengirimnya pada { $date }.)</i>
reminder-open-checklist = ✅ Daftar periksa saya

## Daftar periksa

checklist-title = ✅ <b>Daftar periksa Anda</b> — ketuk satu item jika sudah selesai.
checklist-claim = <b>Untuk klaim</b>
checklist-tax = <b>Untuk pengembalian pajak</b>
checklist-done-count = Selesai: { $done } dari { $total }.
checklist-item-moving-out = Laporan pindah keluar (転出届) di kantor kota sebelum Anda pergi
checklist-item-moving-out-why = Jika diserahkan sebelum pergi, Anda bisa langsung mengklaim dan tidak perlu bukti bahwa Anda tidak punya alamat di Jepang.
checklist-item-form = Formulir klaim (脱退一時金請求書)
checklist-item-form-why = Dwibahasa: satu bahasa asing + bahasa Jepang. Tulis dengan huruf KAPITAL.
checklist-item-passport = Fotokopi paspor
checklist-item-passport-why = Halaman dengan nama, tanggal lahir, kewarganegaraan, tanda tangan, status tinggal, dan keberangkatan terakhir Anda dari Jepang.
checklist-item-no-address = Bukti bahwa Anda tidak punya alamat di Jepang
checklist-item-no-address-why = Catatan penduduk yang sudah dihapus (住民票の除票). Tidak perlu jika Anda sudah menyerahkan laporan pindah keluar.
checklist-item-bank = Bukti rekening bank Anda
checklist-item-bank-why = Atas nama Anda sendiri: nama bank, cabang, alamat cabang, nomor rekening; kode SWIFT/BIC untuk bank di luar negeri.
checklist-item-pension-number = Nomor Pensiun Dasar
checklist-item-pension-number-why = Surat Pemberitahuan Nomor Pensiun Dasar (基礎年金番号通知書) atau buku pensiun (年金手帳).
checklist-item-send = Kirim semuanya lewat pos ke Japan Pension Service
checklist-item-send-why = Kiriman harus tiba pada atau setelah tanggal pindah keluar Anda, dan paling lambat pada batas waktu klaim Anda: 2 tahun setelah kepesertaan pensiun Anda atau alamat Anda di Jepang berakhir, mana yang lebih belakangan.
checklist-item-tax-agent = Wakil pajak (納税管理人) di Jepang
checklist-item-tax-agent-why = Orang di Jepang yang menyerahkan laporan pajak untuk Anda; pengembalian pajaknya dibayar ke rekening bank di Jepang.
checklist-item-decision-notice = Surat keputusan pembayaran yang asli (脱退一時金支給決定通知書)
checklist-item-decision-notice-why = Surat ini membuktikan pajak yang sudah dipotong. Jangan kirim ke mana pun tanpa menyimpan fotokopinya.
checklist-item-tax-return = Laporan pajak untuk pengembalian (退職所得の選択課税による還付のための申告書)
checklist-item-tax-return-why = Mulai 1 Januari tahun setelah pembayaran, dalam 5 tahun.
checklist-form-link = 📄 Formulir klaim dalam { $language } (Japan Pension Service): { $link }
checklist-form-english = 📄 Tidak ada formulir dalam bahasa Anda; pakai formulir bahasa Inggris (Japan Pension Service): { $link }
checklist-button = ✅ Daftar periksa saya

## Membagikan perkiraan

share-button = 📤 Bagikan perkiraan ini
share-intro = Teruskan pesan berikut ke keluarga, atasan, atau konsultan Anda.
share-title = 📋 <b>Perkiraan uang sekaligus</b> (脱退一時金) — { $date }
share-inputs = <b>Yang saya masukkan:</b>
share-input-months = Bulan kepesertaan: { $months }
share-input-final-month = Bulan kepesertaan terakhir: { $month }
share-input-pay = Rata-rata upah bulanan standar (標準報酬月額): { $amount }
share-input-departure = Meninggalkan Jepang: { $date }
share-pension-employees = <b>Pensiun Karyawan</b> (厚生年金)
share-pension-national = <b>Pensiun Nasional</b> (国民年金)
share-gross = Sebelum pajak (支給額): { $amount }
share-tax = Dipotong pajak 20,42% (源泉徴収税): { $amount }
share-net = Dibayarkan: { $amount }
share-refund = Pajak yang mungkin kembali (還付): paling banyak { $amount }
share-deadline = Batas waktu klaim (請求期限): { $date }
share-not-payable = Tidak bisa dibayarkan sesuai data yang dimasukkan.
share-footer = <i>Hanya perkiraan. Jumlah sebenarnya diputuskan oleh Japan Pension Service (日本年金機構). Dibuat dengan { $bot }.</i>

## Perintah (daftar perintah Telegram)

command-remind = Ingatkan batas waktu saya
command-reminders = Pengingat saya
command-checklist = Daftar periksa dokumen saya
