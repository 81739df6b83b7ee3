# Perkiraan uang sekaligus dengan tanya jawab. Bahasa Indonesia.

## Pertanyaan

estimate-ask-pension = Anda membayar iuran ke pensiun yang mana?
estimate-pension-employees = Dipotong dari gaji saya (Pensiun Karyawan)
estimate-pension-national = Saya bayar sendiri (Pensiun Nasional)
estimate-pension-both = Keduanya
estimate-pension-not-sure = Tidak yakin
estimate-explain-pensions =
    • Jika perusahaan memotong 厚生年金 (kōsei nenkin) dari gaji Anda, Anda ikut <b>Pensiun Karyawan</b>. Kebanyakan peserta magang dan pekerja berketerampilan spesifik termasuk di sini.
    • Jika Anda sendiri yang membayar dengan slip pembayaran (納付書) di toko atau bank, itu <b>Pensiun Nasional</b> (国民年金).
    • Ada orang yang punya keduanya, misalnya ada bulan-bulan tanpa pekerjaan di antara dua perusahaan.
estimate-ask-duration = Berapa lama Anda ikut Pensiun Karyawan (dari bulan pertama di perusahaan Jepang sampai Anda keluar)? Ketik jumlah bulan atau tahun, misalnya <b>36</b> atau <b>3 tahun</b>.
estimate-know-dates = Saya tahu hari kerja pertama dan terakhir saya
estimate-ask-first-day = Kapan hari kerja pertama Anda di Jepang? Misalnya <b>2023-04-01</b>.
estimate-ask-last-day = Kapan hari kerja terakhir Anda (sudah lewat atau yang akan datang)? Misalnya <b>2026-03-31</b>.
estimate-ask-final-month = Di bulan apa potongan pensiun berakhir (atau akan berakhir)? Jika hari kerja terakhir Anda adalah hari terakhir suatu bulan, itulah bulannya; jika tidak, bulan sebelumnya. Misalnya <b>2026-03</b>.
estimate-ask-pay-kind = Apa yang Anda ketahui tentang gaji Anda?
estimate-pay-salary = Gaji bulanan saya
estimate-pay-payslip = Baris pensiun di slip gaji saya (厚生年金)
estimate-pay-standard = Upah bulanan standar saya (標準報酬月額)
estimate-ask-salary = Berapa gaji bulanan Anda dalam yen, termasuk tunjangan dan lembur, sebelum potongan? Misalnya <b>250000</b>.
estimate-ask-payslip = Berapa yen yang dipotong untuk 厚生年金 (kōsei nenkin) di slip gaji Anda setiap bulan? Misalnya <b>22875</b>.
estimate-ask-standard = Berapa upah bulanan standar (標準報酬月額) Anda dalam yen? Misalnya <b>260000</b>.
estimate-ask-bonuses = Apakah Anda menerima bonus (賞与)? Ketik total semua bonus dalam yen, misalnya <b>600000</b>, atau ketuk tombolnya.
estimate-no-bonuses = Tidak ada bonus
estimate-ask-np-paid-months = Berapa bulan Anda membayar sendiri Pensiun Nasional secara penuh? Misalnya <b>24</b>.
estimate-ask-np-last-paid-month = Bulan apa yang terakhir Anda bayar untuk Pensiun Nasional? Misalnya <b>2025-11</b>.
estimate-ask-np-exemptions = Apakah ada bulan dengan pembebasan iuran (免除) atau penundaan untuk pelajar (学生納付特例)? Pilih jenisnya, atau ketuk "Tidak ada (lagi) pembebasan".
estimate-exemption-quarter = Bebas ¼ (Anda bayar ¾)
estimate-exemption-half = Bebas ½ (Anda bayar setengah)
estimate-exemption-three-quarter = Bebas ¾ (Anda bayar ¼)
estimate-exemption-full = Bebas penuh atau penundaan pelajar
estimate-no-more-exemptions = Tidak ada (lagi) pembebasan
estimate-ask-np-quarter-exempt-months = Berapa bulan Anda mendapat pembebasan ¼? Misalnya <b>6</b>.
estimate-ask-np-half-exempt-months = Berapa bulan Anda mendapat pembebasan ½? Misalnya <b>6</b>.
estimate-ask-np-three-quarter-exempt-months = Berapa bulan Anda mendapat pembebasan ¾? Misalnya <b>6</b>.
estimate-ask-np-full-exempt-months = Berapa bulan Anda bebas penuh atau mendapat penundaan pelajar? Misalnya <b>6</b>.
estimate-ask-departure = Kapan Anda meninggalkan Jepang untuk seterusnya (sudah atau akan)? Misalnya <b>2026-04-15</b>. Dari tanggal ini kami tahu batas waktu klaim Anda.
estimate-no-departure = Belum pasti
estimate-back = ◀ Kembali
estimate-cancel = ✖ Batal
estimate-cancelled = Perkiraan dibatalkan. Jawaban Anda sudah dihapus.

## Hasil

estimate-result-employees-title = Uang sekaligus Pensiun Karyawan (perkiraan)
estimate-result-national-title = Uang sekaligus Pensiun Nasional (perkiraan)
estimate-result-months = Bulan yang dihitung: { $months } (kelompok { $band }, paling banyak { $cap }). Bulan terakhir: { $final }.
estimate-result-rate = Angka pengali: { $rate } × rata-rata gaji standar bulanan (標準報酬月額) { $average }
estimate-result-premium = Iuran { $premium } × ½ × { $band } bulan
estimate-result-amount =
    Uang sekaligus: <b>{ $gross }</b>
    Dipotong pajak (20,42%): { $tax }
    Dibayar ke Anda: <b>{ $net }</b>
    Pajak yang kemungkinan bisa Anda minta kembali nanti: { $refund }
estimate-result-amount-untaxed =
    Uang sekaligus: <b>{ $gross }</b> (tanpa pajak)
estimate-result-not-payable = <b>Tidak ada yang bisa dibayarkan:</b>
estimate-result-deadline = 📅 Klaim paling lambat: <b>{ $date }</b>
estimate-reason-fewer-than-6-months = bulan yang dihitung kurang dari { $minimum }. Anda perlu paling sedikit { $minimum } bulan.
estimate-reason-qualifies-for-old-age-pension = Anda punya { $months } bulan atau lebih, jadi Anda bisa mendapat pensiun hari tua sebagai gantinya. Tanyakan ke kantor pensiun (年金事務所).
estimate-reason-claim-period-expired = masa klaim 2 tahun sudah berakhir pada { $date }.
estimate-warning-erases-earlier-coverage = Begitu Anda menerima uang sekaligus, semua bulan Anda sebelumnya dihapus. Bulan-bulan itu tidak dihitung lagi untuk pensiun Jepang.
estimate-warning-last-month-not-counted = Hari kerja terakhir Anda bukan hari terakhir bulan, jadi bulan itu tidak dihitung. Jika bekerja sampai akhir bulan, Anda akan punya { $months } bulan.
estimate-warning-band-lost-by-leaving-early = Hari kerja terakhir Anda bukan hari terakhir bulan, jadi bulan itu tidak dihitung dan Anda turun satu kelompok. Dengan { $months } bulan (bekerja sampai hari terakhir bulan), uang sekaligusnya akan menjadi { $amount }.
estimate-warning-months-beyond-cap = Hanya { $cap } bulan yang dihitung. Bulan setelahnya tidak menambah apa pun.
estimate-warning-pay-above-top-grade = Gaji di atas { $amount } per bulan dihitung sebagai { $amount }.
estimate-warning-rules-due-to-change = Beberapa aturan akan berubah: batas bulan yang lebih panjang sedang direncanakan, dan undang-undang tahun 2025 menambah aturan untuk orang yang meninggalkan Jepang dengan izin masuk kembali. Tanggal mulainya belum diumumkan.
estimate-warning-tax-refund-approximate = Pajak yang bisa Anda minta kembali hanya perkiraan kasar untuk jumlah ini.
estimate-warning-totalisation = Jika Anda berasal dari Filipina atau India, perjanjian negara Anda dengan Jepang bisa menggabungkan bulan-bulan Anda di kedua negara. Mengambil uang sekaligus mengakhiri hal itu. Pikirkan dulu sebelum mengklaim.
estimate-only = <i>Ini hanya perkiraan. Jumlah sebenarnya diputuskan oleh Japan Pension Service.</i>
estimate-error-no-premium = Saya belum tahu iuran Pensiun Nasional untuk tahun fiskal { $year }, jadi saya tidak bisa memperkirakannya.
estimate-error-no-rule = Saya tidak punya aturan untuk { $month }, jadi saya tidak bisa memperkirakannya.
estimate-error-input = Saya tidak bisa membuat perkiraan dengan jawaban ini. Silakan kembali dan periksa jawaban Anda.
estimate-change-answer = ◀ Ubah jawaban
estimate-start-over = ↺ Mulai dari awal
estimate-how-to-claim = Cara mengklaim
