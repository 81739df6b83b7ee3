# Teks FAQ, bahasa Indonesia. Struktur dan sumber ada di faq/catalogue.yaml.
# Fakta diperiksa dengan lembar fakta proyek (disusun November 2026).
# Setiap jawaban diakhiri dengan baris "Per ...". Tanpa variabel, tanpa kurung kurawal.

## Judul bagian (pendek: dipakai di tombol)

faq-section-a-title = Siapa yang ikut pensiun
faq-section-b-title = Pembebasan iuran
faq-section-c-title = Manfaat Pensiun Nasional
faq-section-d-title = Keluar dan uang sekaligus
faq-section-e-title = Karakikan
faq-section-f-title = Orang asing dengan visa
faq-section-g-title = Izin tinggal tetap
faq-section-l-title = Panduan klaim uang sekaligus

## Bagian A: peserta

faq-q01-question = Apa itu Kategori 1, 2 dan 3 dalam pensiun Jepang?
faq-q01-answer =
    <b>Semua peserta pensiun Jepang masuk salah satu dari 3 kelompok.</b> Kelompok Anda menentukan cara Anda membayar.

    • <b>Kategori 1</b> (第1号被保険者): orang berusia 20 sampai 59 tahun yang tinggal di Jepang dan tidak ikut pensiun perusahaan. Misalnya pelajar, orang yang bekerja sendiri, dan orang yang tidak bekerja. Anda membayar sendiri iuran Pensiun Nasional (国民年金): 17.920 yen per bulan pada tahun fiskal 2026.
    • <b>Kategori 2</b> (第2号被保険者): karyawan yang ikut Asuransi Pensiun Karyawan (厚生年金) atau asosiasi bantuan bersama (共済組合). Peserta magang teknis dan pekerja berketerampilan spesifik di perusahaan Jepang termasuk Kategori 2. Iurannya dipotong dari gaji Anda.
    • <b>Kategori 3</b> (第3号被保険者): suami atau istri dari orang Kategori 2 yang hidup dari penghasilan orang itu. Mereka tidak membayar iuran.

    Kelompok Anda bisa berubah, misalnya saat Anda berhenti kerja. Ini penting untuk uang sekaligus: bulan-bulan di perusahaan dihitung untuk uang sekaligus Pensiun Karyawan, dan hanya bulan yang Anda bayar sendiri sebagai Kategori 1 yang dihitung untuk uang sekaligus Pensiun Nasional.

    <i>Per November 2026.</i>
faq-q01-keywords = kategori 1 2 3, saya kategori berapa, kategori apa, magang kategori apa, arti kategori, beda kategori, perbedaan kategori, golongan peserta, jenis peserta, kelompok peserta, dai 1 go, dai 2 go, dai 3 go, dai ichigo, dai nigo, dai sango, hihokensha, katagori, kategory, 被保険者, 第1号, 第2号, 第3号

faq-q02-question = Apa itu Pensiun Nasional (kokumin nenkin)?
faq-q02-answer =
    <b>Pensiun Nasional (国民年金, kokumin nenkin) adalah pensiun publik dasar untuk semua orang yang tinggal di Jepang, apa pun kewarganegaraannya.</b>

    • Semua orang berusia 20 sampai 59 tahun yang punya alamat di Jepang ikut pensiun ini.
    • Jika Anda bekerja di perusahaan yang ikut Pensiun Karyawan (厚生年金), Anda juga ikut Pensiun Nasional. Anda tidak membayar iuran kedua: potongan dari gaji Anda sudah mencakup keduanya.
    • Jika Anda tidak ikut pensiun perusahaan (pelajar, tidak bekerja, usaha sendiri), Anda membayar iuran sendiri: 17.920 yen per bulan pada tahun fiskal 2026. Anda akan menerima slip pembayaran (納付書) lewat pos.
    • Jika Anda tidak sanggup membayar, tanyakan tentang pembebasan iuran (免除) ke kantor kota Anda. Jangan langsung berhenti membayar: bulan yang tidak dibayar tidak dihitung sama sekali.

    Pensiun ini membayar pensiun hari tua, pensiun disabilitas, dan pensiun untuk keluarga yang ditinggalkan. Jika Anda meninggalkan Jepang untuk seterusnya, Anda mungkin bisa mengklaim uang sekaligus (脱退一時金) untuk bulan-bulan yang sudah Anda bayar.

    <i>Per November 2026.</i>
faq-q02-keywords = apa itu nenkin, nenkin itu apa, arti nenkin, nenkin artinya, apa itu kokumin nenkin, kokumin nenkin itu apa, pensiun nasional, sistem pensiun jepang, penjelasan sistem pensiun, cara kerja nenkin, pensiun dasar, kiso nenkin, pensiun untuk semua orang, siapa wajib ikut, asuransi pensiun jepang, 国民年金, 基礎年金, 年金制度

faq-q03-question = Berapa iuran Pensiun Nasional setiap bulan?
faq-q03-answer =
    <b>Pada tahun fiskal 2026 (April 2026 sampai Maret 2027) iurannya 17.920 yen per bulan.</b>

    • Iurannya berubah setiap bulan April. Pada tahun fiskal 2025 (April 2025 sampai Maret 2026) iurannya 17.510 yen. Pada tahun fiskal 2024 iurannya 16.980 yen.
    • Pada tahun 2002 iurannya 13.300 yen, jadi halaman web dan brosur lama sudah salah.
    • Anda membayarnya sendiri hanya jika Anda Kategori 1 (tidak ikut pensiun perusahaan). Jika Anda bekerja di perusahaan dan ada 厚生年金 di slip gaji Anda, Anda tidak membayar iuran ini secara terpisah.

    Jika penghasilan Anda rendah, Anda bisa mengajukan pembebasan iuran (免除) daripada membiarkan bulan-bulan tidak dibayar. Bulan yang tidak dibayar tidak dihitung untuk pensiun maupun untuk uang sekaligus.

    <i>Per November 2026.</i>
faq-q03-keywords = iuran kokumin nenkin, iuran nenkin sebulan, iuran bulanan, bayar nenkin sebulan berapa, berapa bayar per bulan, biaya nenkin, harga kokumin nenkin, tagihan nenkin, tagihan bulanan, nominal iuran, iuran 2026, hokenryo, 17920, 17.920, 17510, slip pembayaran nenkin, kertas tagihan nenkin, nofusho, bayar di konbini, 保険料, 納付書, 月額

faq-q04-question = Apakah orang asing ikut pensiun Jepang?
faq-q04-answer =
    <b>Ya. Kewarganegaraan tidak berpengaruh: jika Anda tinggal di Jepang, Anda masuk sistem pensiun.</b>

    • Jika Anda bekerja di perusahaan yang ikut Pensiun Karyawan (厚生年金), Anda terdaftar lewat pekerjaan Anda. Ini hal biasa untuk peserta magang teknis (技能実習) dan pekerja berketerampilan spesifik (特定技能).
    • Jika Anda berusia 20 sampai 59 tahun, tinggal di Jepang dan tidak ikut pensiun perusahaan, Anda ikut Pensiun Nasional (国民年金) sebagai Kategori 1.

    Sekarang penduduk asing punya kartu izin tinggal (在留カード, zairyu card) dan tercatat di catatan penduduk (住民票) kota tempat tinggalnya. Kartu registrasi orang asing yang lama berakhir pada 9 Juli 2012.

    Bulan-bulan Anda dicatat di bawah Nomor Pensiun Dasar (基礎年金番号). Sejak April 2022 nomor ini diberikan lewat Surat Pemberitahuan Nomor Pensiun Dasar (基礎年金番号通知書), bukan lagi buku pensiun (年金手帳). Simpan baik-baik: Anda memerlukannya untuk mengklaim uang sekaligus.

    <i>Per November 2026.</i>
faq-q04-keywords = orang asing ikut nenkin, orang asing wajib nenkin, pekerja asing ikut pensiun, wna ikut pensiun, warga asing pensiun, orang asing bisa ikut, nenkin untuk orang asing, nenkin cuma buat orang jepang, hanya orang jepang, bukan orang jepang, kewarganegaraan, saya orang asing, gaikokujin, gaikokujin nenkin, penduduk asing, kartu izin tinggal, zairyu card, kartu alien, 外国人, 在留カード

faq-q05-question = Apakah saya harus membayar pensiun? Apakah wajib?
faq-q05-answer =
    <b>Ya, ini wajib. Anda tidak bisa memilih untuk tidak ikut.</b>

    • <b>Pekerja perusahaan:</b> jika tempat kerja Anda ikut Pensiun Karyawan (厚生年金), perusahaan wajib mendaftarkan Anda dan memotong iuran dari gaji Anda. Ini juga berlaku untuk peserta magang dan pekerja berketerampilan spesifik.
    • <b>Semua orang lain</b> berusia 20 sampai 59 tahun yang punya alamat di Jepang wajib ikut Pensiun Nasional (国民年金) dan membayar iurannya, atau mengajukan pembebasan iuran (免除) jika uangnya tidak cukup.

    Uangnya tidak begitu saja hilang:
    • Selama Anda terdaftar, Anda terlindungi jika menjadi penyandang disabilitas, dan keluarga Anda terlindungi jika Anda meninggal.
    • Dengan masa kepesertaan 10 tahun, Anda mendapat pensiun hari tua.
    • Jika Anda meninggalkan Jepang sebelum itu, Anda bisa mengklaim uang sekaligus (脱退一時金) untuk paling banyak 60 bulan.

    Jika Anda begitu saja tidak membayar Pensiun Nasional, bulan-bulan itu tidak dihitung sama sekali, bahkan untuk uang sekaligus pun tidak.

    <i>Per November 2026.</i>
faq-q05-keywords = wajib, wajib bayar, wajib ikut, apakah wajib, harus bayar nenkin, harus ikut pensiun, apa harus bayar, kewajiban, diwajibkan, dipaksa bayar, boleh tidak bayar, boleh ga bayar, bisa skip nenkin, bayar atau tidak, perlu bayar nenkin ga, nenkin harus, gimu, kanyu gimu, 義務, 強制加入

faq-q06-question = Apa itu Asuransi Pensiun Karyawan (kosei nenkin)?
faq-q06-answer =
    <b>Asuransi Pensiun Karyawan (厚生年金保険, kosei nenkin) adalah pensiun untuk orang yang bekerja di perusahaan.</b>

    • Peserta magang teknis (技能実習) dan pekerja berketerampilan spesifik (特定技能) yang dipekerjakan perusahaan Jepang terdaftar di pensiun ini.
    • Iurannya 18,3% dari upah bulanan standar Anda: setengahnya (9,15%) dari Anda, setengahnya dari perusahaan. Iuran dipotong dari gaji Anda setiap bulan. Cari tulisan 厚生年金 di slip gaji Anda.
    • Sebagai karyawan, Anda sekaligus ikut Pensiun Nasional (国民年金), dengan satu potongan saja.
    • Nanti pensiun ini membayar bagian pensiun yang terkait gaji di atas pensiun dasar, jika total masa kepesertaan Anda mencapai 10 tahun.

    Jika Anda meninggalkan Jepang sebelum 10 tahun, Anda bisa mengklaim uang sekaligus Pensiun Karyawan (脱退一時金): rata-rata upah bulanan standar Anda × angka pengali, untuk paling banyak 60 bulan. Pajak 20,42% dipotong, dan biasanya pajak itu bisa Anda minta kembali.

    <i>Per November 2026.</i>
faq-q06-keywords = apa itu kosei nenkin, kosei nenkin itu apa, arti kosei nenkin, kousei nenkin, kouseinenkin, kosei nengkin, pensiun karyawan, pensiun perusahaan, asuransi pensiun karyawan, shakai hoken, asuransi sosial, beda kosei dan kokumin, pensiun dari kantor, 厚生年金, 厚生年金保険, 社会保険

faq-q07-question = Berapa kosei nenkin yang dipotong dari gaji saya?
faq-q07-answer =
    <b>Anda membayar 9,15% dari upah bulanan standar (標準報酬月額) Anda. Perusahaan membayar 9,15% lagi. Totalnya: 18,3%.</b> Tarif ini tetap sejak September 2017.

    Cara kerjanya:
    • Gaji Anda (gaji pokok ditambah tunjangan seperti tunjangan perumahan, transportasi dan lembur) dimasukkan ke salah satu dari 32 tingkat, dari 88.000 yen sampai 650.000 yen. Gaji di atas tingkat tertinggi dihitung sebagai 650.000 yen.
    • Tingkat Anda ditentukan saat mulai bekerja, lalu diperiksa setiap tahun dari gaji bulan April, Mei dan Juni. Tingkat baru dipakai dari September sampai Agustus berikutnya.
    • Contoh: upah bulanan standar 200.000 yen → Anda membayar 18.300 yen per bulan.
    • Bonus juga dikenai iuran: dari bonus yang dibulatkan ke bawah ke kelipatan 1.000 yen, paling banyak 1.500.000 yen untuk setiap bulan bonus dibayarkan.

    Tabel tahun 2002 (30 tingkat, 98.000 sampai 620.000 yen) sudah tidak berlaku: tingkat ditambah pada tahun 2016 dan 2020.

    <i>Per November 2026.</i>
faq-q07-keywords = potongan gaji, potongan kosei nenkin, potongan nenkin berapa, dipotong berapa, gaji dipotong, potongan terlalu besar, potongan kebanyakan, kok potongannya besar, persen dari gaji, berapa persen, hitung potongan, cara hitung potongan, hyojun hoshu getsugaku, upah bulanan standar, tingkat gaji, potongan bonus, kyuyo meisai, slip gaji nenkin, wajar ga, 9.15 persen, 標準報酬月額, 保険料率, 給与明細

faq-q08-question = Apakah perusahaan juga membayar pensiun saya?
faq-q08-answer =
    <b>Ya. Perusahaan membayar jumlah yang sama dengan Anda.</b>

    Iuran Pensiun Karyawan (厚生年金) adalah 18,3% dari upah bulanan standar Anda: 9,15% dari Anda dan 9,15% dari perusahaan. Perusahaan memotong bagian Anda dari gaji dan membayar kedua bagian ke Japan Pension Service (日本年金機構).

    Contoh: upah bulanan standar 220.000 yen → Anda membayar 20.130 yen, perusahaan membayar 20.130 yen, totalnya 40.260 yen per bulan.

    Periksa slip gaji Anda: setiap bulan harus ada 厚生年金. Jika tidak ada potongan sama sekali, tanyakan ke perusahaan atau lembaga pengawas (kumiai) Anda. Bulan tanpa pendaftaran tidak dihitung untuk pensiun maupun untuk uang sekaligus.

    Perlu diketahui: uang sekaligus (脱退一時金) memakai setengah dari tarif itu (18,3% × ½). Jadi yang kembali kira-kira hanya bagian Anda sendiri, bukan bagian perusahaan.

    <i>Per November 2026.</i>
faq-q08-keywords = perusahaan bayar setengah, perusahaan juga bayar, perusahaan ikut bayar, kantor ikut bayar, bagian perusahaan, bagian kantor, siapa yang bayar kosei, perusahaan atau saya, bayar sama rata, iuran perusahaan, kontribusi perusahaan, tanggungan perusahaan, jigyonushi futan, roshi seppan, kaisha futan, setengah setengah, bagi dua, 事業主負担, 労使折半, 会社負担

faq-q09-question = Apa itu pensiun bantuan bersama (kyosai kumiai)?
faq-q09-answer =
    <b>Asosiasi bantuan bersama (共済組合, kyosai kumiai) mengelola pensiun untuk pegawai negeri dan staf sekolah.</b>

    • Anggotanya misalnya pegawai pemerintah pusat dan daerah, serta guru. Staf sekolah swasta dilindungi oleh Promotion and Mutual Aid Corporation for Private Schools of Japan (PMAC, 日本私立学校振興・共済事業団).
    • Anggotanya termasuk Kategori 2, sama seperti pekerja perusahaan di Pensiun Karyawan (厚生年金).
    • Bulan-bulan di bantuan bersama dihitung untuk syarat 10 tahun pensiun hari tua, bersama bulan-bulan Anda yang lain.
    • Untuk uang sekaligus (脱退一時金), bulan bantuan bersama dihitung untuk syarat minimal 6 bulan, sama seperti bulan Pensiun Karyawan.

    Siapa yang membayar uang sekaligus: jika Anda punya 6 bulan atau lebih Pensiun Nasional yang sudah dibayar, Japan Pension Service yang membayar dan mengurus semuanya. Jika tidak, badan pensiun terakhir tempat Anda terdaftar yang membayar: asosiasinya, atau PMAC untuk sekolah swasta.

    <i>Per November 2026.</i>
faq-q09-keywords = apa itu kyosai, kyosai kumiai, kyousai, kyosai nenkin, pensiun bantuan bersama, asosiasi bantuan bersama, pensiun pegawai negeri, pensiun pns, pensiun pegawai pemerintah, pegawai balai kota, pensiun guru, guru di jepang, sekolah swasta, pmac, shigaku kyosai, komuin, 共済組合, 共済年金, 私学共済

faq-q10-question = Bisakah orang asing bekerja di instansi pemerintah dan ikut pensiun bantuan bersama?
faq-q10-answer =
    <b>Ada orang asing yang bekerja di sana, misalnya sebagai guru atau staf universitas. Mereka ikut asosiasi bantuan bersama (共済組合).</b>

    Pekerjaan pemerintah mana yang terbuka untuk orang asing tergantung pada instansi dan pekerjaannya. Itu bukan soal pensiun. Aturan pensiun tidak bergantung pada kewarganegaraan:
    • Anda termasuk Kategori 2, sama seperti pekerja perusahaan.
    • Bulan-bulan Anda dihitung untuk syarat 10 tahun pensiun hari tua.
    • Jika Anda meninggalkan Jepang sebelum 10 tahun, Anda bisa mengklaim uang sekaligus (脱退一時金) untuk bulan-bulan bantuan bersama Anda. Syarat biasa berlaku: paling sedikit 6 bulan, tidak punya alamat di Jepang, klaim dalam 2 tahun. Hitungan 2 tahun biasanya dimulai saat alamat Anda di Jepang berakhir, atau saat Anda kehilangan kepesertaan jika itu lebih belakangan.
    • Tempat klaim: jika punya 6 bulan atau lebih Pensiun Nasional yang sudah dibayar, ke Japan Pension Service. Jika tidak, ke asosiasi Anda, atau PMAC jika Anda bekerja di sekolah swasta.

    Peserta magang dan pekerja berketerampilan spesifik di perusahaan swasta ikut Pensiun Karyawan (厚生年金), bukan bantuan bersama.

    <i>Per November 2026.</i>
faq-q10-keywords = orang asing kerja di balai kota, kerja di kantor pemerintah, orang asing jadi pns, orang asing pegawai negeri, gaikokujin komuin, koumuin, kerja sebagai koumuin, guru asing, guru alt, guru sekolah negeri, staf universitas, dosen asing, kerja instansi pemerintah, pegawai pemerintah asing, 公務員, 外国人公務員, 教員

faq-q11-question = Berapa iuran pensiun bantuan bersama?
faq-q11-answer =
    <b>Iurannya berupa persentase dari gaji Anda dan dipotong setiap bulan. Slip gaji Anda menunjukkan jumlahnya, dan asosiasi Anda bisa memberi tahu tarifnya.</b>

    Sebagai perbandingan: pekerja perusahaan di Pensiun Karyawan (厚生年金) membayar total 18,3% dari upah bulanan standar mereka, 9,15% dari pekerja dan 9,15% dari perusahaan.

    Angka di FAQ tahun 2002 sudah tidak berlaku. Jangan dipakai.

    Untuk uang sekaligus (脱退一時金): perkiraan dari bot ini memakai aturan Pensiun Karyawan. Jika Anda ikut bantuan bersama, minta asosiasi Anda memastikan angka-angkanya, atau tanyakan ke konsultan kami.

    <i>Per November 2026.</i>
faq-q11-keywords = iuran kyosai, kyosai berapa, potongan kyosai, persen kyosai, tarif kyosai, kakekin, kyosai kakekin, tarif bantuan bersama, iuran bantuan bersama, potongan pensiun guru, potongan pensiun pegawai negeri, kyosai potong gaji, 掛金, 共済掛金

faq-q12-question = Apakah instansi tempat kerja ikut menanggung iuran bantuan bersama?
faq-q12-answer =
    <b>Slip gaji Anda dan asosiasi Anda bisa menunjukkan bagaimana biayanya dibagi.</b>

    Sebagai perbandingan: di Pensiun Karyawan (厚生年金), pekerja dan perusahaan masing-masing membayar setengah, yaitu 9,15%. Untuk bantuan bersama (共済組合), jangan menebak: periksa slip gaji Anda atau tanyakan ke asosiasi Anda.

    Tempat bertanya:
    • Kantor asosiasi bantuan bersama Anda
    • Bagian kepegawaian di tempat kerja Anda
    • PMAC, jika Anda bekerja di sekolah swasta

    Konsultan bot ini juga bisa membantu Anda membaca slip gaji.

    <i>Per November 2026.</i>
faq-q12-keywords = kyosai bagian pemberi kerja, siapa bayar kyosai, kyosai setengah, pemerintah bayar setengah, sekolah bayar setengah, sekolah ikut bayar, instansi ikut bayar kyosai, pembagian iuran kyosai, kyosai futan wariai, bantuan bersama dibagi, tanggungan kyosai, 負担割合, 共済 事業主負担

faq-q13-question = Apakah suami atau istri tanggungan membayar iuran pensiun?
faq-q13-answer =
    <b>Tidak. Orang Kategori 3 (第3号被保険者) tidak membayar iuran.</b>

    • Kategori 3 adalah suami atau istri berusia 20 sampai 59 tahun yang hidup dari penghasilan pasangan Kategori 2 (pekerja perusahaan atau pegawai negeri).
    • Pendaftarannya diurus lewat perusahaan pasangan.
    • Bulan-bulan ini adalah masa kepesertaan pensiun di Jepang, jadi dihitung untuk syarat 10 tahun pensiun hari tua.

    Tetapi untuk uang sekaligus (脱退一時金):
    • Bulan Kategori 3 tidak menghasilkan uang sekaligus. Uang sekaligus Pensiun Nasional hanya menghitung bulan yang Anda bayar sendiri sebagai Kategori 1. Uang sekaligus Pensiun Karyawan hanya menghitung bulan Anda sendiri di perusahaan.

    Jika Anda tidak lagi Kategori 3 (misalnya setelah bercerai, atau pasangan Anda keluar dari perusahaan) dan Anda masih tinggal di Jepang, biasanya Anda menjadi Kategori 1 dan harus membayar sendiri.

    <i>Per November 2026.</i>
faq-q13-keywords = istri tanggungan, suami tanggungan, pasangan tanggungan, istri tidak kerja, istri ga kerja, istri harus bayar, nenkin istri, pensiun istri, pensiun pasangan, kategori 3, iuran kategori 3, dai 3 go, fuyo, fuyou, visa keluarga, kazoku taizai, ibu rumah tangga ikut suami, cerai, 扶養, 配偶者, 家族滞在

## Bagian B: pembebasan iuran

faq-q14-question = Bisakah saya mendapat pembebasan iuran Pensiun Nasional?
faq-q14-answer =
    <b>Bisa. Jika penghasilan Anda rendah, Anda bisa mengajukan pembebasan iuran (免除, menjo) di kantor kota Anda.</b> Ini hanya untuk Kategori 1: orang yang membayar sendiri Pensiun Nasional (国民年金).

    Ada 4 tingkat: pembebasan penuh, ¾, setengah dan ¼. Anda harus mengajukannya. Tidak otomatis.

    Cara bulan yang dibebaskan dihitung:
    • Untuk syarat 10 tahun pensiun hari tua: bulan yang dibebaskan ikut dihitung.
    • Untuk uang sekaligus Pensiun Nasional (脱退一時金): bulan yang dibayar penuh dihitung 1. Dengan pembebasan ¼ (Anda membayar ¾) dihitung ¾. Dengan pembebasan setengah dihitung ½. Dengan pembebasan ¾ (Anda membayar ¼) dihitung ¼. Bulan yang dibebaskan penuh dihitung 0.
    • Bulan yang tidak dibayar (未納) dihitung 0 untuk semuanya.

    Contoh: 20 bulan dibayar + 12 bulan bebas setengah = 26 bulan yang dihitung. Jika bulan terakhir yang dibayar ada di tahun fiskal 2026, uang sekaligusnya 215.040 yen.

    Jadi jika Anda tidak sanggup membayar, ajukan pembebasan iuran. Jangan begitu saja berhenti membayar. Pekerja perusahaan (Kategori 2) tidak bisa memakai pembebasan ini.

    <i>Per November 2026.</i>
faq-q14-keywords = tidak sanggup bayar, ga sanggup bayar, gak mampu bayar, ga bisa bayar nenkin, tidak bisa bayar, gak ada duit bayar nenkin, ga punya uang, belum bayar nenkin, nunggak nenkin, tunggakan, surat tagihan nenkin, keringanan, pembebasan iuran, dibebaskan, bebas iuran, menjo, nenkin menjo, penghasilan rendah, kena phk, bayar setengah, mino, 免除, 未納

faq-q15-question = Bisakah saya berhenti membayar kosei nenkin karena saya akan pulang?
faq-q15-answer =
    <b>Tidak. Jika Anda bekerja di perusahaan yang ikut Pensiun Karyawan (厚生年金), tidak ada pembebasan iuran. Iurannya dipotong dari setiap gaji.</b>

    • Pembebasan untuk penghasilan rendah hanya ada di Pensiun Nasional, untuk Kategori 1.
    • Anda tidak bisa keluar dari Pensiun Karyawan karena berencana pulang. Selama Anda bekerja di tempat kerja yang terdaftar, Anda menjadi peserta.

    Yang bisa Anda lakukan: saat Anda meninggalkan Jepang untuk seterusnya, klaim uang sekaligus (脱退一時金). Uang ini mengembalikan sebagian uang untuk paling banyak 60 bulan kepesertaan.

    Sebelum mengklaim: uang sekaligus menghapus semua bulan Anda sebelumnya. Jika Anda mungkin kembali ke Jepang, atau Anda berasal dari Filipina atau India, baca dulu "Apa yang hilang jika saya mengambil uang sekaligus?".

    Contoh: 36 bulan, rata-rata upah bulanan standar 220.000 yen → angka pengali 3,3 → 726.000 yen sebelum pajak. Setelah pajak 20,42% Anda menerima sekitar 577.751 yen, dan biasanya pajaknya bisa Anda minta kembali nanti.

    <i>Per November 2026.</i>
faq-q15-keywords = berhenti bayar kosei nenkin, stop kosei nenkin, stop potongan, stop potongan nenkin, hentikan potongan gaji, jangan dipotong, ga mau dipotong, tidak mau dipotong, pembebasan kosei nenkin, karyawan bebas iuran, mau pulang ga usah bayar, magang stop nenkin, perusahaan berhenti potong, kosei nenkin yameru, 厚生年金 免除, やめたい

faq-q16-question = Apakah pelajar bisa mendapat pembebasan iuran pensiun?
faq-q16-answer =
    <b>Bisa. Pelajar dengan penghasilan rendah bisa memakai Sistem Khusus Pembayaran Pelajar (学生納付特例, gakusei nofu tokurei).</b> Sistem ini menunda pembayaran iuran Pensiun Nasional.

    • Ajukan di kantor kota Anda. Anda harus mengajukan lagi setiap tahun.
    • Pelajar asing juga bisa memakainya.
    • Bulan yang ditunda dihitung untuk syarat 10 tahun pensiun hari tua, tetapi tidak menambah jumlah pensiun.
    • Untuk uang sekaligus Pensiun Nasional (脱退一時金), bulan yang ditunda dihitung 0. Hanya bulan yang benar-benar Anda bayar yang dihitung.

    Jika Anda bekerja sebagai karyawan dan ikut Pensiun Karyawan (厚生年金), sistem ini tidak berlaku untuk bulan-bulan itu.

    Tanyakan ke kantor kota Anda tentang batas penghasilan dan dokumen untuk kasus Anda.

    <i>Per November 2026.</i>
faq-q16-keywords = pelajar, mahasiswa, ryugakusei, ryugakusei nenkin, pelajar asing, mahasiswa asing, pembebasan pelajar, pelajar tidak bisa bayar, mahasiswa ga bisa bayar, pelajar ga punya uang, gakusei nofu tokurei, penundaan pelajar, tunda bayar, kuliah, sekolah bahasa, nihongo gakko, senmon gakko, 学生納付特例, 学生, 留学生

## Bagian C: manfaat Pensiun Nasional

faq-q17-question = Pensiun apa saja yang dibayar oleh Pensiun Nasional?
faq-q17-answer =
    <b>Pensiun Nasional (国民年金) membayar 3 jenis pensiun.</b>

    • <b>Pensiun Dasar Hari Tua</b> (老齢基礎年金): di usia tua, jika masa kepesertaan Anda paling sedikit 10 tahun. Jumlah penuh untuk 40 tahun adalah 847.300 yen per tahun pada tahun fiskal 2026 (sekitar 70.608 yen per bulan).
    • <b>Pensiun Dasar Disabilitas</b> (障害基礎年金): jika sakit atau cedera membuat Anda menjadi penyandang disabilitas. Tahun fiskal 2026: tingkat 1 sebesar 1.059.125 yen per tahun, tingkat 2 sebesar 847.300 yen per tahun.
    • <b>Pensiun Dasar untuk Keluarga yang Ditinggalkan</b> (遺族基礎年金): untuk keluarga dari orang yang meninggal. Tahun fiskal 2026: 847.300 yen per tahun, ditambah tambahan untuk anak.

    Jumlah ini untuk orang yang lahir pada atau setelah 2 April 1956. Jumlahnya berubah setiap bulan April. Untuk tahun fiskal 2026, pensiun dasar naik 1,9%.

    Pekerja perusahaan di Pensiun Karyawan (厚生年金) mendapat tambahan bagian yang terkait gaji.

    <i>Per November 2026.</i>
faq-q17-keywords = manfaat nenkin, manfaat pensiun nasional, jenis pensiun, macam macam pensiun, pensiun apa saja, kokumin nenkin dapat apa, dapat apa dari nenkin, bisa terima apa, 3 jenis pensiun, hari tua disabilitas ahli waris, tunjangan pensiun, kyufu, nenkin shurui, 年金の種類, 給付

faq-q18-question = Apa itu Pensiun Dasar Disabilitas?
faq-q18-answer =
    <b>Pensiun Dasar Disabilitas (障害基礎年金) dibayarkan jika sakit atau cedera membuat Anda mengalami disabilitas berat.</b>

    Jumlah tahun fiskal 2026 (lahir pada atau setelah 2 April 1956):
    • Tingkat 1: 1.059.125 yen per tahun (sekitar 88.260 yen per bulan)
    • Tingkat 2: 847.300 yen per tahun
    • Tambahan untuk anak bisa dibayarkan di atas jumlah itu.

    Ada syarat-syaratnya; Japan Pension Service memeriksa setiap kasus.

    Ini juga melindungi pekerja asing, walaupun Anda tidak berencana tinggal 10 tahun.

    Peringatan tentang uang sekaligus: jika Anda pernah punya hak atas pensiun Jepang, termasuk pensiun disabilitas atau Tunjangan Disabilitas (障害手当金), Anda tidak bisa mengklaim uang sekaligus (脱退一時金). Bicarakan dengan konsultan kami sebelum Anda memutuskan.

    <i>Per November 2026.</i>
faq-q18-keywords = disabilitas, cacat, pensiun disabilitas, pensiun cacat berapa, cedera, luka, kecelakaan, kecelakaan kerja, sakit parah, sakit tidak bisa kerja, difabel, penyandang disabilitas, shogai, shogai nenkin, shougai nenkin, tunjangan disabilitas, jadi cacat, 障害年金, 障害手当金, 障害

faq-q19-question = Apa itu Pensiun Dasar untuk Keluarga yang Ditinggalkan?
faq-q19-answer =
    <b>Pensiun Dasar untuk Keluarga yang Ditinggalkan (遺族基礎年金) dibayarkan kepada keluarga dari peserta yang meninggal.</b>

    • Pensiun ini terutama untuk keluarga yang punya anak: suami atau istri yang membesarkan anak-anak, atau anak-anak itu sendiri.
    • Ada syarat-syaratnya; Japan Pension Service memeriksa setiap kasus.

    Jumlah pada tahun fiskal 2026: 847.300 yen per tahun, ditambah tambahan untuk setiap anak. Pada tahun fiskal 2025 tambahan anak adalah 239.300 yen masing-masing untuk anak ke-1 dan ke-2, dan 79.800 yen untuk setiap anak berikutnya. Tambahan anak untuk tahun fiskal 2026 masih menunggu kepastian.

    Jika hal ini terjadi di keluarga Anda, segera hubungi kantor pensiun (年金事務所) atau konsultan kami.

    <i>Per November 2026.</i>
faq-q19-keywords = meninggal, meninggal dunia, kalau saya meninggal, mati, wafat, meninggal di jepang, suami meninggal, istri meninggal, pensiun keluarga, keluarga dapat uang, ahli waris, istri dan anak, pensiun anak, janda, duda, yatim, izoku, izoku nenkin, 遺族年金, 死亡

faq-q20-question = Kapan saya bisa mendapat pensiun hari tua, dan berapa tahun yang diperlukan?
faq-q20-answer =
    <b>Anda perlu masa kepesertaan paling sedikit 10 tahun (120 bulan). Sejak Agustus 2017 syaratnya 10 tahun, bukan 25 tahun.</b>

    • Hitungan 10 tahun dijumlahkan dari: bulan Pensiun Nasional yang dibayar, bulan Pensiun Karyawan (厚生年金), bulan bantuan bersama, bulan pembebasan iuran, dan karakikan (合算対象期間).
    • Jumlah pensiunnya tergantung berapa lama Anda membayar. Pembayaran penuh 40 tahun memberi 847.300 yen per tahun pada tahun fiskal 2026 (lahir pada atau setelah 2 April 1956). Jika lebih sedikit tahunnya, jumlahnya juga lebih kecil.
    • Jika Anda ikut Pensiun Karyawan, Anda juga mendapat bagian yang terkait gaji.
    • Jumlahnya disesuaikan setiap bulan April.

    Tanyakan ke kantor pensiun (年金事務所) kapan pembayaran Anda bisa dimulai.

    Hubungannya dengan uang sekaligus: begitu Anda mencapai 10 tahun, Anda tidak bisa lagi mengambil uang sekaligus (脱退一時金). Bulan-bulan Anda akan memberi Anda pensiun sebagai gantinya.

    <i>Per November 2026.</i>
faq-q20-keywords = pensiun hari tua, pensiun masa tua, pensiun pas tua, dapat pensiun umur berapa, berapa tahun harus bayar, harus bayar berapa lama, syarat 10 tahun, aturan 10 tahun, 10 tahun cukup, 120 bulan, 25 tahun, masa minimal, kapan bisa terima pensiun, usia pensiun, umur 65, pensiun bulanan seumur hidup, rorei nenkin, rourei nenkin, 老齢年金, 受給資格期間

faq-q21-question = Jika saya punya 10 tahun kokumin nenkin dan kosei nenkin digabung, apakah saya mendapat kedua pensiun?
faq-q21-answer =
    <b>Ya. Bulan-bulan Anda di Pensiun Nasional (国民年金) dan Pensiun Karyawan (厚生年金) dijumlahkan untuk syarat 10 tahun.</b>

    Begitu Anda punya 10 tahun (120 bulan):
    • Anda mendapat Pensiun Dasar Hari Tua (老齢基礎年金) dari Pensiun Nasional, berdasarkan bulan-bulan yang Anda bayar.
    • Anda juga mendapat pensiun hari tua karyawan (老齢厚生年金), berdasarkan bulan-bulan Pensiun Karyawan dan gaji Anda.

    Contoh: 5 tahun sebagai pekerja berketerampilan spesifik di perusahaan + 5 tahun membayar sendiri Pensiun Nasional = 10 tahun. Anda memenuhi syarat.

    Pada tahun 2002 Anda perlu 25 tahun. Aturannya berubah menjadi 10 tahun pada Agustus 2017.

    Ingat: jika Anda mengambil uang sekaligus (脱退一時金) kapan pun, semua bulan sebelumnya dihapus dan tidak lagi dihitung untuk 10 tahun itu.

    <i>Per November 2026.</i>
faq-q21-keywords = dapat dua pensiun, dapat keduanya, 2 pensiun, kokumin dan kosei digabung, kosei ditambah kokumin, gabung masa kokumin kosei, jumlah tahun digabung, total tahun, masa campuran, tahun di perusahaan dan bayar sendiri, bayar sendiri sampai 10 tahun, bayar sukarela, ikut sukarela, nini kanyu, rorei kosei nenkin, 老齢厚生年金, 任意加入, 合算

faq-q22-question = Apa yang terjadi dengan pensiun saya jika saya membayar kurang dari 10 tahun?
faq-q22-answer =
    <b>Anda tidak mendapat pensiun hari tua. Tetapi orang asing yang meninggalkan Jepang bisa mengklaim uang sekaligus (脱退一時金) sebagai gantinya.</b>

    Anda perlu masa kepesertaan paling sedikit 6 bulan. Paling banyak 60 bulan yang dihitung (sejak April 2021; sebelumnya 36).
    • <b>Pensiun Karyawan (厚生年金):</b> rata-rata upah bulanan standar × angka pengali. 36 bulan memberi angka pengali 3,3; 60 bulan atau lebih memberi 5,5.
    • <b>Pensiun Nasional (国民年金)</b>, bulan terakhir yang dibayar di tahun fiskal 2026: dari 53.760 yen (6 sampai 11 bulan) sampai 537.600 yen (60 bulan atau lebih).

    Tabel tahun 2002 (faktor 0,5 sampai 3,0, paling banyak 36 bulan) sudah tidak berlaku.

    Jika Anda menjadi penduduk tetap atau warga negara Jepang, tahun-tahun Anda di luar negeri bisa dihitung sebagai karakikan (合算対象期間), dan dengan cara itu Anda mungkin mencapai 10 tahun.

    Jika Anda mungkin kembali, bulan-bulan Anda tetap tercatat di bawah Nomor Pensiun Dasar Anda selama Anda tidak mengambil uang sekaligus.

    <i>Per November 2026.</i>
faq-q22-keywords = kurang dari 10 tahun, di bawah 10 tahun, belum 10 tahun, tahunnya kurang, cuma 3 tahun, cuma 5 tahun, kerja 5 tahun ga dapat pensiun, bayar 8 tahun, sebentar di jepang, tidak dapat pensiun hari tua, nenkin hangus, nenkin kurang 10 tahun, 10 nen miman

## Bagian D: kehilangan manfaat dan uang sekaligus

faq-q23-question = Bisakah uang pensiun yang saya bayar dikembalikan?
faq-q23-answer =
    <b>Tidak sebagai pengembalian biasa. Tetapi orang asing yang meninggalkan Jepang bisa mengklaim Pembayaran Sekaligus saat Keluar (脱退一時金, dattai ichijikin).</b>

    Syarat utamanya:
    • Anda bukan warga negara Jepang.
    • Masa kepesertaan Anda paling sedikit 6 bulan.
    • Anda tidak punya alamat di Jepang dan tidak lagi ikut pensiun Jepang.
    • Masa kepesertaan Anda kurang dari 10 tahun dan Anda tidak pernah punya hak atas pensiun.
    • Anda mengklaim dalam 2 tahun. Hitungan 2 tahun biasanya dimulai saat alamat Anda di Jepang berakhir, atau saat Anda kehilangan kepesertaan jika itu lebih belakangan.

    Yang dihitung paling banyak 60 bulan (5 tahun). Untuk pekerja perusahaan, jumlahnya kira-kira bagian iuran Anda sendiri, bukan bagian perusahaan.

    <b>Peringatan:</b> begitu Anda menerimanya, semua bulan Anda sebelum klaim dihapus. Bulan-bulan itu tidak lagi dihitung untuk pensiun Jepang maupun untuk perjanjian jaminan sosial.

    Buka panduan klaim uang sekaligus di menu untuk melihat langkah-langkahnya.

    <i>Per November 2026.</i>
faq-q23-keywords = uang kembali, uang nenkin kembali, uang pensiun kembali, pengembalian uang pensiun, pengembalian nenkin, refund nenkin, nenkin bisa balik, duit nenkin balik, uang pensiun bisa diambil, pencairan nenkin, apa itu dattai ichijikin, uang sekaligus itu apa, lump sum itu apa, lumpsum, pulang kampung dapat uang, pulang ke negara asal, 脱退一時金, 返金

faq-q24-question = Saya membayar kokumin nenkin sendiri. Bisakah saya mendapat uang sekaligus saat keluar dari Jepang?
faq-q24-answer =
    <b>Bisa. Jika Anda sudah membayar Pensiun Nasional (国民年金) paling sedikit 6 bulan sebagai Kategori 1, Anda bisa mengklaim uang sekaligus Pensiun Nasional setelah meninggalkan Jepang.</b>

    Jumlah = iuran bulanan pada tahun fiskal bulan terakhir yang Anda bayar × ½ × angka untuk kelompok bulan Anda.

    Bulan terakhir yang dibayar di tahun fiskal 2026 (iuran 17.920 yen):
    • 6–11 bulan: 53.760 yen
    • 12–17: 107.520 yen
    • 18–23: 161.280 yen
    • 24–29: 215.040 yen
    • 30–35: 268.800 yen
    • 36–41: 322.560 yen
    • 42–47: 376.320 yen
    • 48–53: 430.080 yen
    • 54–59: 483.840 yen
    • 60 atau lebih: 537.600 yen

    Jika bulan terakhir yang Anda bayar ada di antara April 2025 dan Maret 2026 (iuran 17.510 yen), jumlahnya sedikit lebih kecil. Misalnya, 60 bulan atau lebih memberi 525.300 yen.

    Uang sekaligus Pensiun Nasional tidak dipotong pajak.

    Hanya bulan yang Anda bayar sendiri yang dihitung. Bulan yang dibebaskan sebagian dihitung sebagian. Bulan yang dibebaskan penuh, ditunda sebagai pelajar, dan tidak dibayar dihitung 0.

    Klaim dalam 2 tahun. Hitungan 2 tahun biasanya dimulai saat alamat Anda di Jepang berakhir, atau saat Anda kehilangan kepesertaan jika itu lebih belakangan. Baca "Kapan batas waktu klaim uang sekaligus?" untuk rinciannya.

    Sebelum mengklaim: uang sekaligus menghapus semua bulan Anda sebelumnya. Baca dulu "Apa yang hilang jika saya mengambil uang sekaligus?".

    <i>Per November 2026.</i>
faq-q24-keywords = kokumin nenkin dikembalikan, refund kokumin, uang kokumin kembali, pencairan kokumin nenkin, kokumin nenkin dattai ichijikin, uang sekaligus pensiun nasional, bayar sendiri bisa cair, bayar sendiri dapat balik, nenkin bayar sendiri, kategori 1 dikembalikan, bayar di konbini bisa balik, pensiun nasional tanpa pajak, pelajar kokumin dikembalikan, 537600, 537.600, 国民年金 脱退一時金, 国民年金 返金

faq-q25-question = Saya bekerja di perusahaan. Bisakah saya mengklaim dari kokumin nenkin dan kosei nenkin sekaligus?
faq-q25-answer =
    <b>Biasanya bulan-bulan Anda di perusahaan hanya memberi satu uang sekaligus: uang sekaligus Pensiun Karyawan (厚生年金の脱退一時金).</b>

    • Sebagai pekerja perusahaan (Kategori 2) Anda juga ikut Pensiun Nasional, tetapi bulan-bulan itu tidak memberi uang sekaligus Pensiun Nasional tersendiri.
    • Anda juga mendapat uang sekaligus Pensiun Nasional hanya jika Anda juga membayar sendiri Pensiun Nasional selama 6 bulan atau lebih, misalnya di antara dua pekerjaan.

    Satu formulir klaim mencakup keduanya. Jika Anda punya kedua jenis, Anda mengklaim keduanya sekaligus.

    Pajak: 20,42% dipotong dari uang sekaligus Pensiun Karyawan (biasanya bisa Anda minta kembali). Uang sekaligus Pensiun Nasional tidak dipotong pajak.

    Siapa yang membayar: jika ada 6 bulan atau lebih Pensiun Nasional yang sudah dibayar, Japan Pension Service mengurus keduanya. Jika tidak, badan pensiun terakhir tempat Anda bekerja yang membayar; untuk perusahaan swasta itu adalah Japan Pension Service.

    Contoh: 30 bulan di perusahaan + 8 bulan bayar sendiri → 2 uang sekaligus.

    Sebelum mengklaim: uang sekaligus menghapus semua bulan Anda sebelumnya. Jika Anda mungkin kembali ke Jepang, atau Anda berasal dari Filipina atau India, baca dulu "Apa yang hilang jika saya mengambil uang sekaligus?".

    <i>Per November 2026.</i>
faq-q25-keywords = dua uang sekaligus, 2 uang sekaligus, klaim dua duanya, klaim keduanya, kosei dan kokumin dua duanya, kokumin dan kosei cair semua, refund kosei nenkin, pencairan kosei nenkin, pencairan dobel, cair dobel, dapat dua kali, karyawan pabrik cair, kosei nenkin dattai ichijikin, 厚生年金 脱退一時金, 両方

## Bagian E: karakikan (warga negara Jepang dan penduduk tetap)

faq-q26-question = Apa itu karakikan?
faq-q26-answer =
    <b>Karakikan (合算対象期間) adalah periode yang ikut dihitung untuk syarat 10 tahun pensiun hari tua, tetapi tidak menambah jumlah pensiun sama sekali.</b>

    Periode ini membantu orang mencapai 10 tahun (120 bulan). Contohnya:
    • Warga negara Jepang: masa tinggal di luar negeri.
    • Orang asing yang mendapat izin tinggal tetap (永住者) atau kewarganegaraan Jepang: masa tinggal di luar negeri dari April 1961 sampai izin diberikan, hanya antara usia 20 dan 59 tahun.
    • Masa sebagai suami atau istri karyawan sebelum April 1986, dan masa sebagai pelajar sebelum April 1991.

    Masa di luar negeri bukan karakikan bagi orang asing dengan visa kerja, seperti peserta magang atau pekerja berketerampilan spesifik.

    Penting: jika karakikan membuat Anda mencapai 10 tahun, Anda berhak atas pensiun hari tua, dan Anda tidak bisa lagi mengambil uang sekaligus (脱退一時金).

    <i>Per November 2026.</i>
faq-q26-keywords = karakikan, apa itu karakikan, karakikan itu apa, arti karakikan, maksud karakikan, kara kikan, karakikann, karakikan adalah, penjelasan karakikan, periode kosong, masa kosong, gassan taisho kikan, masa yang dihitung tapi tidak dibayar, 合算対象期間, カラ期間

faq-q27-question = Apakah masa saya tinggal di negara asal dihitung sebagai karakikan?
faq-q27-answer =
    <b>Hanya jika Anda menjadi penduduk tetap (永住者) atau warga negara Jepang.</b> Dalam hal itu, tahun-tahun Anda di luar negeri dari April 1961 sampai izin diberikan ikut dihitung, tetapi hanya tahun-tahun antara usia 20 dan 59.

    Contoh: Anda tinggal di negara Anda dari usia 20 sampai 28, lalu datang ke Jepang. Kemudian Anda mendapat izin tinggal tetap. Masa 8 tahun dari usia 20 sampai 28 adalah karakikan. Dengan tambahan 2 tahun kepesertaan di Jepang saja, Anda sudah punya 10 tahun.

    Masa di Jepang bukan karakikan. Orang yang tinggal di Jepang ikut Pensiun Nasional dan harus membayar atau mendapat pembebasan iuran.

    Karakikan tidak menambah jumlah pensiun. Pensiun Anda dihitung dari bulan-bulan yang benar-benar Anda bayar.

    <i>Per November 2026.</i>
faq-q27-keywords = tahun di negara asal, masa di indonesia, tinggal di negara sendiri, tahun di kampung, masa di luar negeri dihitung, tahun sebelum ke jepang, sebelum datang ke jepang, waktu di indo dihitung ga, tinggal di luar jepang dihitung, karakikan luar negeri, kaigai zaiju, 海外在住期間, 母国

faq-q28-question = Jika saya tinggal di Jepang tetapi tidak bekerja di perusahaan, apakah itu karakikan?
faq-q28-answer =
    <b>Tidak. Sekarang masa tinggal di Jepang biasanya bukan karakikan.</b>

    Jika Anda tinggal di Jepang, berusia 20 sampai 59 tahun dan tidak ikut pensiun perusahaan, Anda ikut Pensiun Nasional (国民年金) sebagai Kategori 1. Anda harus membayar iurannya (17.920 yen per bulan pada tahun fiskal 2026) atau mengajukan pembebasan iuran (免除).
    • Bulan yang dibayar dihitung penuh.
    • Bulan yang dibebaskan dihitung untuk 10 tahun itu.
    • Bulan yang tidak dibayar tidak dihitung sama sekali.

    Jika Anda merasa ada periode lama yang mungkin dihitung, tanyakan ke kantor pensiun (年金事務所).

    <i>Per November 2026.</i>
faq-q28-keywords = tidak kerja di jepang, tidak ikut perusahaan, nganggur, pengangguran, tidak punya kerja, ibu rumah tangga, usaha sendiri, wiraswasta, masa tanpa kerja, di antara dua kerjaan, tinggal di jepang karakikan, mushoku, 無職, 自営業

faq-q29-question = Siapa yang bisa memakai karakikan?
faq-q29-answer =
    <b>Warga negara Jepang, dan orang asing yang menjadi penduduk tetap (永住者) atau warga negara Jepang.</b>

    • Warga negara Jepang: masa di luar negeri dan beberapa periode lain ikut dihitung.
    • Penduduk tetap dan orang yang sudah naturalisasi: masa di luar negeri dari April 1961 sampai izin diberikan, antara usia 20 dan 59 tahun.
    • Beberapa periode lama dihitung untuk semua orang yang memenuhi aturannya, misalnya sebagai suami atau istri karyawan sebelum April 1986, atau sebagai pelajar sebelum April 1991.

    Tidak berlaku untuk: orang asing dengan visa kerja, visa magang, visa pekerja berketerampilan spesifik, visa pelajar dan sebagainya. Masa mereka di luar negeri tidak dihitung.

    Untuk penduduk tetap: karakikan bisa berarti Anda sudah memenuhi 10 tahun. Dalam hal itu Anda berhak atas pensiun hari tua dan tidak bisa mengambil uang sekaligus (脱退一時金). Periksa hal ini sebelum Anda membuat rencana.

    <i>Per November 2026.</i>
faq-q29-keywords = siapa bisa pakai karakikan, karakikan untuk orang asing, cuma orang jepang, untuk orang asing atau jepang, hanya penduduk tetap, naturalisasi, ganti kewarganegaraan jepang, kika, warga negara jepang, siapa yang berhak karakikan, 帰化, 日本国籍

faq-q30-question = Apakah karakikan juga berlaku untuk kosei nenkin dan kyosai?
faq-q30-answer =
    <b>Ya. Syarat 10 tahun adalah satu syarat untuk semua pensiun publik.</b>

    Bulan Pensiun Nasional, bulan Pensiun Karyawan (厚生年金), bulan bantuan bersama (共済組合), bulan pembebasan iuran, dan karakikan semuanya dijumlahkan.

    Jika totalnya 10 tahun (120 bulan) atau lebih:
    • Anda mendapat Pensiun Dasar Hari Tua, dan
    • Anda mendapat pensiun hari tua yang terkait gaji dari Pensiun Karyawan atau bantuan bersama untuk bulan-bulan Anda bekerja.

    Karakikan hanya membantu Anda mencapai 10 tahun. Jumlah pensiunnya berasal dari bulan-bulan yang benar-benar Anda bayar.

    <i>Per November 2026.</i>
faq-q30-keywords = karakikan kosei nenkin, karakikan kyosai, karakikan pensiun karyawan, dihitung untuk kosei, dihitung untuk bantuan bersama, berlaku semua pensiun, pensiun perusahaan juga, semua skema, satu syarat, semua sistem pensiun

faq-q31-question = Dokumen apa yang diperlukan penduduk tetap untuk membuktikan karakikan?
faq-q31-answer =
    <b>Anda harus menunjukkan di mana Anda tinggal dan kapan Anda mendapat izin tinggal tetap.</b> Japan Pension Service yang memutuskan dokumen apa yang diterima, jadi tanyakan ke kantor pensiun (年金事務所) sebelum Anda mengklaim.

    Yang berguna untuk dibawa:
    • Paspor Anda, yang lama dan yang baru, dengan cap masuk dan keluar
    • Kartu izin tinggal (在留カード) yang menunjukkan izin tinggal tetap, dan tanggal izinnya
    • Surat Pemberitahuan Nomor Pensiun Dasar (基礎年金番号通知書) atau buku pensiun (年金手帳)
    • Riwayat sederhana: di mana Anda tinggal, bekerja dan belajar, tahun demi tahun, sejak usia 20

    Karakikan diperiksa saat Anda mengklaim pensiun hari tua. Simpan salinan semua yang Anda serahkan.

    Konsultan bot ini bisa membantu Anda menyiapkannya.

    <i>Per November 2026.</i>
faq-q31-keywords = dokumen karakikan, bukti karakikan, bukti tinggal di luar negeri, membuktikan masa di luar negeri, paspor lama cap, cap imigrasi, bukti, riwayat tinggal, surat apa untuk karakikan, berkas karakikan, 書類, 証明

faq-q32-question = Di mana saya bisa membaca aturan karakikan?
faq-q32-answer =
    <b>Japan Pension Service (日本年金機構) mencantumkan jenis-jenis karakikan di catatan pada formulir klaimnya.</b> Setiap kantor pensiun (年金事務所) bisa menjelaskannya.

    Pada tahun 2002 pensiun dikelola oleh Social Insurance Agency (Badan Asuransi Sosial). Sejak Januari 2010 dikelola oleh Japan Pension Service.

    Poin utamanya secara singkat:
    • Karakikan dihitung untuk syarat 10 tahun, bukan untuk jumlah pensiun.
    • Untuk penduduk tetap dan orang yang sudah naturalisasi: masa di luar negeri dari April 1961 sampai izin diberikan, antara usia 20 dan 59 tahun.
    • Contoh lain: suami atau istri karyawan sebelum April 1986, pelajar sebelum April 1991.

    Jika Anda perlu bantuan dalam bahasa Anda, tanyakan ke konsultan kami lewat menu.

    <i>Per November 2026.</i>
faq-q32-keywords = aturan karakikan, baca aturan dimana, aturan dalam bahasa inggris, informasi karakikan, cari aturan, situs resmi, website nenkin, nenkin jimusho, kantor pensiun, social insurance agency, shakai hoken cho, 年金事務所, 日本年金機構, 社会保険庁

## Bagian F: penduduk asing dengan visa

faq-q33-question = Saya punya visa kerja dan akan tinggal kurang dari 10 tahun. Apa yang terjadi dengan pensiun saya?
faq-q33-answer =
    <b>Anda bisa mengklaim uang sekaligus (脱退一時金) setelah meninggalkan Jepang, untuk Pensiun Karyawan dan untuk Pensiun Nasional.</b> Untuk pensiun hari tua Anda perlu 10 tahun (25 tahun sampai Agustus 2017).

    • Visa apa pun: magang (技能実習), pekerja berketerampilan spesifik (特定技能), insinyur, pelajar, pasangan dan lainnya.
    • Masa kepesertaan paling sedikit 6 bulan.
    • Paling banyak 60 bulan yang dihitung. Bulan setelah 60 tidak menambah uang sekaligus. (Ada rencana menaikkannya menjadi 96 bulan, tetapi belum ada tanggal mulainya.)
    • Klaim dalam 2 tahun. Hitungan 2 tahun biasanya dimulai saat alamat Anda di Jepang berakhir, atau saat Anda kehilangan kepesertaan jika itu lebih belakangan. Baca "Kapan batas waktu klaim uang sekaligus?" untuk rinciannya.

    Jika Anda tinggal lebih lama: pindah dari magang ke pekerja berketerampilan spesifik tanpa pulang membuat kepesertaan Anda terus berjalan. Pada 120 bulan (10 tahun) Anda berhak atas pensiun hari tua, dan setelah itu uang sekaligus tidak bisa lagi.

    Pikirkan dulu sebelum mengklaim: uang sekaligus menghapus semua bulan Anda sebelumnya. Ini penting jika Anda mungkin kembali ke Jepang. Ini juga penting jika Anda berasal dari Filipina atau India: perjanjian negara itu dengan Jepang memungkinkan masa di kedua negara digabungkan, dan uang sekaligus mengakhiri hal ini untuk semua bulan sebelumnya. Baca dulu "Apa yang hilang jika saya mengambil uang sekaligus?".

    <i>Per November 2026.</i>
faq-q33-keywords = visa kerja, pemegang visa, magang, pemagang, peserta magang, kenshusei, jisshusei, ginou jisshusei, ginou jisshu, gino jisshu, tokutei ginou, tokutei gino, ssw, pekerja berketerampilan spesifik, magang 3 tahun, jisshusei 3 tahun, ssw 5 tahun, habis magang, nenkin anak magang, visa kerja kurang 10 tahun, 技能実習, 特定技能, 就労ビザ

faq-q34-question = Mengapa saya tidak bisa memakai karakikan dengan visa kerja?
faq-q34-answer =
    <b>Karena aturan karakikan untuk masa di luar negeri hanya untuk warga negara Jepang dan orang asing yang menjadi penduduk tetap atau warga negara Jepang.</b> Visa kerja saja tidak cukup.

    Yang bisa Anda lakukan sebagai gantinya:
    • Mencapai 10 tahun dengan kepesertaan nyata di Jepang: bulan yang dibayar, bulan di perusahaan, dan bulan pembebasan iuran.
    • Jika negara Anda punya perjanjian jaminan sosial dengan Jepang yang menggabungkan masa kepesertaan (misalnya Filipina atau India), masa di kedua negara bisa dihitung.
    • Mengklaim uang sekaligus (脱退一時金) saat Anda keluar.
    • Jika nanti Anda mendapat izin tinggal tetap, karakikan bisa berlaku untuk masa Anda di luar negeri.

    <i>Per November 2026.</i>
faq-q34-keywords = kenapa tidak bisa karakikan, karakikan visa kerja, pemegang visa tidak bisa, magang tidak bisa karakikan, tidak boleh, kenapa tidak bisa pakai, jisshusei tidak bisa, tokutei ginou tidak bisa, tidak adil, kenapa visa tidak bisa, 合算対象期間 ビザ

faq-q35-question = Jika saya meninggalkan Jepang sebelum 10 tahun, apakah semua uang pensiun saya hilang?
faq-q35-answer =
    <b>Tidak semuanya. Anda punya pilihan.</b>

    1. <b>Mengklaim uang sekaligus (脱退一時金).</b> Anda mendapat sebagian uang kembali untuk paling banyak 60 bulan. Begitu Anda menerimanya, semua bulan Anda sebelum klaim dihapus. Klaim dalam 2 tahun. Hitungan 2 tahun biasanya dimulai saat alamat Anda di Jepang berakhir, atau saat Anda kehilangan kepesertaan jika itu lebih belakangan. Jika Anda melewatkan batas waktu, Anda kehilangan uang sekaligus, tetapi bulan-bulan Anda tetap ada di catatan Anda.
    2. <b>Menyimpan catatan Anda.</b> Bulan-bulan Anda tetap tercatat di bawah Nomor Pensiun Dasar (基礎年金番号). Jika nanti Anda kembali ke Jepang, bulan-bulan baru ditambahkan. Pada 10 tahun Anda mendapat pensiun.
    3. <b>Perjanjian jaminan sosial.</b> Jepang punya 24 perjanjian. Dengan beberapa negara, seperti Filipina dan India, masa di Jepang dan di negara asal bisa digabungkan. Vietnam, Indonesia, Myanmar, Nepal, Kamboja dan banyak negara lain tidak punya perjanjian, jadi hanya ada pilihan 1 dan 2.

    Selama Anda terdaftar, Anda juga terlindungi oleh pensiun disabilitas dan pensiun untuk keluarga yang ditinggalkan.

    <i>Per November 2026.</i>
faq-q35-keywords = uang hilang, semua uang hilang, uang nenkin hilang, nenkin hilang semua, rugi semua, uang terbuang, sia sia, pulang lebih cepat, keluar jepang lebih awal, pulang sebelum kontrak habis, pulang rugi, keluar sebelum 10 tahun, tinggalkan jepang sebelum 10 tahun, pilihan apa saja, simpan catatan, catatan pensiun, uang lenyap, 損, 年金記録

faq-q36-question = Mungkinkah saya tidak mendapat pensiun sama sekali, baik dari Jepang maupun dari negara asal?
faq-q36-answer =
    <b>Ya, ini bisa terjadi.</b> Di Jepang Anda perlu masa kepesertaan 10 tahun untuk pensiun hari tua. Pensiun di negara asal Anda punya aturan sendiri, dan tahun-tahun Anda di Jepang mungkin tidak tercatat di sana.

    Risikonya paling tinggi jika:
    • Anda tinggal di Jepang kurang dari 10 tahun, dan
    • negara Anda tidak punya perjanjian jaminan sosial dengan Jepang. Vietnam, Indonesia, Myanmar, Nepal, Kamboja, Thailand, Mongolia, Sri Lanka, Bangladesh dan Uzbekistan tidak punya perjanjian (daftar JPS diperbarui Oktober 2025).

    Bagi pekerja ini, uang sekaligus (脱退一時金) atau mencapai 10 tahun di Jepang adalah satu-satunya cara agar iuran yang dibayar ada hasilnya.

    Dari Filipina atau India: perjanjiannya memungkinkan kedua negara menggabungkan masa kepesertaan. Bandingkan ini dengan uang sekaligus sebelum Anda mengklaim.

    <i>Per November 2026.</i>
faq-q36-keywords = tidak dapat pensiun dimana mana, tidak dapat dari dua negara, ujung ujungnya tidak dapat apa apa, tidak dapat pensiun di negara sendiri, pensiun negara asal, pensiun di indonesia, bpjs ketenagakerjaan, jht, tidak ada perjanjian risiko, tidak tersisa apa apa, mukin, 無年金, 母国の年金

faq-q37-question = Adakah perlindungan hukum untuk pensiun pekerja asing?
faq-q37-answer =
    <b>Ada: perjanjian jaminan sosial (社会保障協定) dan uang sekaligus (脱退一時金).</b>

    • Jepang punya 24 perjanjian yang berlaku. Pada tahun 2002 hanya ada 2 (Jerman dan Inggris).
    • Kebanyakan perjanjian memungkinkan Anda menggabungkan masa di kedua negara. Beberapa hanya mencegah Anda membayar ke dua sistem sekaligus: Inggris, Korea, Tiongkok dan Italia.
    • Tanpa perjanjian pun, undang-undang tetap memberi Anda uang sekaligus saat Anda keluar: paling banyak 60 bulan, diklaim dalam 2 tahun. Hitungan 2 tahun biasanya dimulai saat alamat Anda di Jepang berakhir, atau saat Anda kehilangan kepesertaan jika itu lebih belakangan.
    • Selama Anda terdaftar, Anda punya perlindungan disabilitas dan perlindungan untuk keluarga yang ditinggalkan yang sama dengan pekerja Jepang.

    Untuk daftar negara lengkap, buka "Perjanjian jaminan sosial" di panduan klaim uang sekaligus.

    <i>Per November 2026.</i>
faq-q37-keywords = perlindungan hukum, hukum melindungi, perlindungan, hak, hak pensiun, hak pekerja, hukum untuk orang asing, ada undang undang, legal, lindungi pensiun saya, jaminan, hogo, kenri, 権利, 保護

faq-q38-question = Ke mana uang yang saya bayar jika saya tidak mendapat pensiun?
faq-q38-answer =
    <b>Iuran Anda membiayai sistem pensiun publik.</b> Uang Anda tidak disimpan di rekening pribadi.

    Yang kembali ke Anda jika Anda keluar:
    • <b>Uang sekaligus Pensiun Karyawan:</b> kira-kira bagian iuran Anda sendiri (bukan bagian perusahaan) untuk paling banyak 60 bulan, dikurangi pajak 20,42% yang biasanya bisa Anda minta kembali.
    • <b>Uang sekaligus Pensiun Nasional:</b> kira-kira setengah dari iuran untuk setiap bulan yang dibayar, dihitung per kelompok 6 bulan, untuk paling banyak 60 bulan. Tanpa pajak.
    • Jika Anda tidak mengklaim dalam 2 tahun, Anda kehilangan hak atas uang sekaligus. Hitungan 2 tahun biasanya dimulai saat alamat Anda di Jepang berakhir, atau saat Anda kehilangan kepesertaan jika itu lebih belakangan.

    Jika sebaliknya Anda mencapai 10 tahun kepesertaan, Anda mendapat pensiun hari tua.

    <i>Per November 2026.</i>
faq-q38-keywords = uang saya kemana, uang nenkin dipakai untuk apa, iuran kemana, uang yang dibayar kemana, nasib uang yang dibayar, uang tidak ditabung, rekening pribadi, iuran dipakai, dana pensiun, orang tua jepang, bayar untuk lansia, fukaho, 保険料 どこ, 賦課方式

faq-q39-question = Mengapa orang asing dengan visa harus membayar pensiun?
faq-q39-answer =
    <b>Karena undang-undang pensiun Jepang berlaku untuk semua orang yang tinggal atau bekerja di Jepang, apa pun kewarganegaraannya.</b>

    Iuran Anda membiayai sistem pensiun publik. Sistem ini juga melindungi Anda dari risiko selama Anda di Jepang:
    • Pensiun Dasar Disabilitas jika Anda menjadi penyandang disabilitas berat (tahun fiskal 2026: 847.300 yen per tahun untuk tingkat 2)
    • Pensiun Dasar untuk Keluarga yang Ditinggalkan bagi keluarga Anda jika Anda meninggal

    Bagi orang asing yang keluar lebih awal, uang sekaligus (脱退一時金) mengembalikan sebagian iuran. Perjanjian jaminan sosial juga mencegah pembayaran ganda dengan beberapa negara.

    <i>Per November 2026.</i>
faq-q39-keywords = kenapa orang asing bayar, kenapa harus bayar nenkin, orang asing harus bayar, alasan bayar pensiun, alasan nenkin, tujuan nenkin, kenapa magang harus bayar, visa harus bayar pensiun, kenapa dipotong, kenapa gaji orang asing dipotong, naze, 外国人 なぜ 年金

faq-q40-question = Bisakah saya tidak ikut pensiun karena saya akan pulang?
faq-q40-answer =
    <b>Tidak bisa.</b>

    • <b>Pensiun Karyawan (厚生年金):</b> jika Anda bekerja di tempat kerja yang terdaftar, Anda menjadi peserta. Anda tidak bisa keluar selama bekerja di sana, walaupun Anda tidak akan pernah mencapai 10 tahun.
    • <b>Pensiun Nasional (国民年金):</b> jika Anda tinggal di Jepang dan berusia 20 sampai 59 tahun, Anda wajib ikut. Jika uangnya tidak cukup, ajukan pembebasan iuran (免除) di kantor kota Anda. Jangan begitu saja berhenti membayar.

    Pada tahun 2002 pensiun dikelola oleh Social Insurance Agency (Badan Asuransi Sosial). Sejak Januari 2010 dikelola oleh Japan Pension Service (日本年金機構).

    Yang bisa Anda lakukan: mengklaim uang sekaligus (脱退一時金) saat Anda meninggalkan Jepang. Simpan slip gaji dan Surat Pemberitahuan Nomor Pensiun Dasar (基礎年金番号通知書) Anda.

    Tetapi pikirkan dulu: uang sekaligus menghapus semua bulan Anda sebelum klaim. Jika Anda mungkin kembali ke Jepang, atau Anda berasal dari Filipina atau India, baca dulu "Apa yang hilang jika saya mengambil uang sekaligus?" sebelum mengklaim.

    <i>Per November 2026.</i>
faq-q40-keywords = tidak mau ikut, ga mau ikut nenkin, menolak nenkin, tolak pensiun, batalkan nenkin, batal ikut pensiun, keluar dari nenkin, keluar dari sistem pensiun, berhenti jadi peserta, mundur dari nenkin, tidak usah ikut, opt out, pilih tidak ikut, ga usah ikut, 加入しない, やめる

## Bagian G: izin tinggal tetap

faq-q41-question = Apa itu izin tinggal tetap di Jepang?
faq-q41-answer =
    <b>Izin tinggal tetap (永住者, eijusha) adalah status tinggal yang tidak membatasi berapa lama Anda boleh tinggal.</b>

    Immigration Services Agency of Japan (出入国在留管理庁, Badan Imigrasi Jepang) memutuskan setiap permohonan. Syarat dan dokumennya ditentukan oleh aturan imigrasi, bukan oleh sistem pensiun. Konsultan kami bisa membantu Anda menemukan kantor yang tepat dan menyiapkannya.

    Hubungannya dengan pensiun:
    • Setelah Anda mendapatkannya, tahun-tahun Anda di luar negeri dari April 1961 sampai izin diberikan (usia 20 sampai 59) dihitung sebagai karakikan (合算対象期間).
    • Ini bisa membuat Anda mencapai 10 tahun. Dalam hal itu Anda berhak atas pensiun hari tua, dan Anda tidak bisa lagi mengambil uang sekaligus (脱退一時金).

    <i>Per November 2026.</i>
faq-q41-keywords = izin tinggal tetap, ijin tinggal tetap, penduduk tetap, tinggal permanen, permanent resident, cara jadi penduduk tetap, cara dapat eijuken, eijuken, apa itu eijuken, eijyuken, eijuu, eiju, eijusha, visa permanen, visa pr, ajukan eijuken, green card jepang, imigrasi, 永住, 永住権, 永住者, 永住許可

faq-q42-question = Manfaat pensiun apa yang saya dapat dari izin tinggal tetap?
faq-q42-answer =
    <b>Manfaat utamanya adalah karakikan (合算対象期間): masa Anda di luar negeri bisa dihitung untuk syarat 10 tahun.</b>

    • Yang dihitung: masa di luar negeri dari April 1961 sampai Anda mendapat izin tinggal tetap, antara usia 20 dan 59 tahun.
    • Ini membuat pensiun hari tua jauh lebih mudah dicapai, walaupun tahun yang dibayar di Jepang lebih sedikit.
    • Karakikan tidak menambah jumlah pensiun. Hanya bulan yang dibayar yang menambah.

    Sisi lainnya: begitu Anda memenuhi 10 tahun, uang sekaligus (脱退一時金) tidak bisa lagi. Banyak penduduk tetap berada dalam situasi ini.

    Hak lain penduduk tetap (bekerja, keluarga, pinjaman) tergantung pada aturan imigrasi dan undang-undang lain. Immigration Services Agency yang memutuskan urusan imigrasi. Konsultan kami bisa membantu.

    <i>Per November 2026.</i>
faq-q42-keywords = pensiun penduduk tetap, keuntungan pr, keuntungan eijuken, manfaat eijuken untuk nenkin, eijuken pensiun, eijusha nenkin, punya eijuken masih bisa dattai ichijikin, keuntungan untuk pensiun, bagus untuk nenkin, eijuken ada untungnya, bantu pensiun saya, merit eijuken, 永住 メリット, 永住者 年金

faq-q43-question = Apakah penduduk tetap harus selalu tinggal di Jepang?
faq-q43-answer =
    <b>Ini pertanyaan imigrasi. Immigration Services Agency (出入国在留管理庁) menetapkan aturan untuk keluar dan kembali ke Jepang.</b> Sebelum tinggal lama di luar negeri, periksa aturannya atau tanyakan ke konsultan kami. Memakai izin masuk kembali (再入国許可) dengan benar itu penting.

    Dari sisi pensiun:
    • Sejak 9 Juli 2012 penduduk asing punya kartu izin tinggal (在留カード). Kartu registrasi orang asing yang lama sudah tidak ada.
    • Masa di luar negeri sebelum Anda mendapat izin tinggal tetap bisa menjadi karakikan.
    • Bulan-bulan pensiun Anda tetap ada di catatan selama Anda pergi.
    • Jika Anda sudah memenuhi 10 tahun, Anda tidak bisa mengambil uang sekaligus (脱退一時金). Bulan-bulan Anda akan memberi Anda pensiun sebagai gantinya.

    <i>Per November 2026.</i>
faq-q43-keywords = pr tinggal di luar negeri, penduduk tetap tinggal di luar, eijuken tinggal di luar negeri, pr tinggal di indonesia, pergi ke luar negeri lama, lama di luar jepang, berapa lama boleh di luar, harus tinggal di jepang, lama di negara sendiri, pr bisa hilang, status pr hilang, 永住者 出国, 海外 永住

faq-q44-question = Apakah izin tinggal tetap mengubah kewarganegaraan saya atau berpengaruh di negara asal saya?
faq-q44-answer =
    <b>Tidak. Izin tinggal tetap tidak mengubah kewarganegaraan Anda. Anda tetap memegang paspor negara Anda sendiri, dan Anda perlu menjaganya agar tetap berlaku.</b>

    Urusan di negara asal (pemilu, harta, pensiun di negara asal, pajak) mengikuti hukum negara Anda. Tanyakan ke kedutaan Anda.

    Pensiun:
    • Di Jepang, izin tinggal tetap bisa memberi Anda karakikan untuk tahun-tahun Anda di luar negeri. Ini bisa membuat Anda mencapai 10 tahun dan mendapat pensiun hari tua.
    • Perjanjian jaminan sosial juga mungkin membantu. Jepang punya 24 perjanjian. Filipina dan India menggabungkan masa kepesertaan; Tiongkok dan Korea tidak.
    • Begitu Anda berhak atas pensiun Jepang, uang sekaligus (脱退一時金) tidak bisa lagi.

    <i>Per November 2026.</i>
faq-q44-keywords = kewarganegaraan, ganti kewarganegaraan, hilang kewarganegaraan, kehilangan wni, tetap wni, lepas kewarganegaraan, lepas paspor, paspor indonesia, tetap pegang paspor, pengaruh di negara asal, dwi kewarganegaraan, kedutaan, kbri, pemilu, kokuseki, 国籍, 大使館

## Bagian L: panduan klaim uang sekaligus

faq-ls-eligibility-question = Bisakah saya mendapat uang sekaligus? Apa syaratnya?
faq-ls-eligibility-answer =
    <b>Anda bisa mengklaim uang sekaligus (脱退一時金, dattai ichijikin) jika semua 7 poin ini benar:</b>

    1. Anda bukan warga negara Jepang.
    2. Anda sekarang tidak ikut pensiun Jepang (baik Pensiun Karyawan maupun Pensiun Nasional).
    3. Anda punya paling sedikit 6 bulan: 6 bulan atau lebih di Pensiun Karyawan (厚生年金) atau bantuan bersama, atau 6 bulan atau lebih Pensiun Nasional (国民年金) yang sudah dibayar.
    4. Masa kepesertaan Anda belum 10 tahun (120 bulan). Karakikan dan bulan pembebasan iuran ikut dihitung dalam syarat ini.
    5. Anda tidak pernah punya hak atas pensiun Jepang, termasuk pensiun disabilitas atau Tunjangan Disabilitas (障害手当金).
    6. Anda tidak punya alamat di Jepang.
    7. Belum lewat 2 tahun sejak Anda kehilangan kepesertaan. Jika saat itu Anda masih punya alamat di Jepang, hitungan 2 tahun dimulai saat alamat itu berakhir.

    Kurang dari 6 bulan: tidak ada uang sekaligus.
    Jenis visa Anda tidak berpengaruh: peserta magang, pekerja berketerampilan spesifik, insinyur, pelajar dan lainnya semua bisa mengklaim.

    Jika Anda keluar dengan izin masuk kembali dan tidak menyerahkan laporan pindah keluar (転出届), mungkin Anda belum bisa mengklaim. Lihat "Izin masuk kembali".

    Memenuhi syarat tidak berarti Anda harus mengklaim. Uang sekaligus menghapus semua bulan Anda sebelumnya. Jika Anda mungkin kembali ke Jepang, atau Anda berasal dari Filipina atau India, baca dulu "Apa yang hilang jika saya mengambil uang sekaligus?".

    <i>Per November 2026.</i>
faq-ls-eligibility-keywords = syarat, syaratnya apa aja, syarat dapat nenkin, syarat klaim, syarat pencairan nenkin, syarat cair nenkin, syarat dattai ichijikin, persyaratan, ketentuan, apakah saya bisa klaim, apa saya bisa dapat, memenuhi syarat, siapa yang bisa klaim, boleh klaim ga, minimal berapa bulan, 6 bulan, enam bulan, 5 bulan, kurang dari 6 bulan, kerja cuma 5 bulan, masih di jepang, masih tinggal di jepang, lebih dari 10 tahun, joken, shikaku, 脱退一時金 条件, 要件

faq-ls-amount-question = Berapa uang sekaligus yang akan saya terima?
faq-ls-amount-answer =
    <b>Pensiun Karyawan (厚生年金): rata-rata upah bulanan standar × angka pengali.</b>

    Angka pengali menurut jumlah bulan kepesertaan (bulan terakhir April 2021 atau sesudahnya):
    • 6–11 bulan: 0,5
    • 12–17: 1,1
    • 18–23: 1,6
    • 24–29: 2,2
    • 30–35: 2,7
    • 36–41: 3,3
    • 42–47: 3,8
    • 48–53: 4,4
    • 54–59: 4,9
    • 60 atau lebih: 5,5
    Saat ini paling banyak 60 bulan yang dihitung. Ada rencana menaikkannya menjadi 96 bulan, yang akan ditetapkan lewat Peraturan Kabinet (政令). Peraturan Kabinet dan tanggal mulainya belum diumumkan.
    Rata-ratanya termasuk bonus. Gaji di atas 650.000 yen per bulan dihitung sebagai 650.000.

    Contoh: 36 bulan, rata-rata 220.000 yen → 220.000 × 3,3 = 726.000 yen. Pajak 20,42% (sekitar 148.249 yen) dipotong, jadi Anda menerima sekitar 577.751 yen. Biasanya pajaknya bisa Anda minta kembali nanti.

    <b>Pensiun Nasional (国民年金): iuran × ½ × kelompok bulan.</b> Bulan terakhir yang dibayar di tahun fiskal 2026 (iuran 17.920 yen), 60 bulan atau lebih: 17.920 × ½ × 60 = 537.600 yen. Tanpa pajak.

    <b>Hati-hati dengan hari terakhir Anda.</b> Jika hari kerja terakhir Anda 30 Maret, bukan 31 Maret, bulan Maret tidak dihitung. 36 bulan menjadi 35, angka pengali turun dari 3,3 menjadi 2,7, dan 726.000 yen menjadi 594.000 yen.

    Ketuk <b>Hitung perkiraan uang saya</b> di menu untuk menghitung milik Anda.

    Sebelum mengklaim: uang sekaligus menghapus semua bulan Anda sebelumnya. Baca dulu "Apa yang hilang jika saya mengambil uang sekaligus?".

    <i>Per November 2026.</i>
faq-ls-amount-keywords = berapa, dapat berapa, dapet brp, berapa duit yang balik, berapa uang yang kembali, pulang ke indo dapat berapa, berapa duit, berapa yen, jumlah pencairan, nominal nenkin, nenkin cair berapa, uang nenkin berapa, dattai ichijikin berapa, lumpsum berapa, hitung lumpsum, 3 tahun dapat berapa, 5 tahun dapat berapa, nenkin saya berapa, hitung nenkin, perhitungan, simulasi, perkiraan, angka pengali, shikyuritsu, rata rata gaji, gaji 200rb, ikura, 金額, いくら, 計算

faq-ls-how-to-claim-question = Bagaimana cara mengajukan uang sekaligus?
faq-ls-how-to-claim-answer =
    <b>Anda mengirim formulir klaim lewat pos ke Japan Pension Service (日本年金機構).</b>

    Sebelum mulai: uang sekaligus menghapus semua bulan Anda sebelum klaim. Jika Anda mungkin kembali ke Jepang, atau Anda berasal dari Filipina atau India, baca dulu "Apa yang hilang jika saya mengambil uang sekaligus?".

    1. <b>Sebelum meninggalkan Jepang:</b> serahkan laporan pindah keluar (転出届, tenshutsu todoke) di kantor kota Anda. Simpan Surat Pemberitahuan Nomor Pensiun Dasar dan slip gaji Anda.
    2. <b>Ambil formulirnya</b>, "Application for the Lump-sum Withdrawal Payments" (formulir permohonan uang sekaligus). Formulir ini dwibahasa (bahasa Anda + bahasa Jepang) dalam 14 bahasa: Inggris, Mandarin, Korea, Portugis, Spanyol, Indonesia, Filipino, Thai, Vietnam, Myanmar, Khmer, Rusia, Nepal dan Mongolia. Tidak ada formulir dalam bahasa Sinhala, Bengali, Uzbek, Hindi atau Urdu: dalam hal itu pakai formulir bahasa Inggris. Unduh dari situs web JPS, atau ambil di kantor pensiun, kantor kota, atau asosiasi internasional.
    3. <b>Isi formulirnya</b> dengan huruf KAPITAL: nama, tanggal lahir, alamat di luar negeri, dan data bank. Untuk bank di luar negeri, tulis kode SWIFT/BIC. Jangan pernah menulis alamat Jepang sebagai alamat Anda.
    4. <b>Lampirkan dokumen</b> (lihat "Daftar dokumen").
    5. <b>Kirim lewat pos</b> ke: Japan Pension Service, Foreign Affairs Group (外国業務グループ), 3-5-24 Takaido-nishi, Suginami-ku, Tokyo 168-8505, JAPAN. Periksa alamat di formulir Anda sebelum mengirim. Kiriman harus tiba pada atau setelah tanggal pindah keluar Anda.
    6. <b>Tunggu</b> surat keputusan pembayaran (脱退一時金支給決定通知書). Simpan yang asli: Anda memerlukannya untuk pengembalian pajak.

    Anda bisa mengirimnya dari Jepang setelah laporan pindah keluar diserahkan (mulai tanggal rencana pindah keluar), atau dari negara asal Anda dalam 2 tahun. Baca "Kapan batas waktu klaim uang sekaligus?" untuk rinciannya.

    Halaman resmi: <a href="https://www.nenkin.go.jp/international/english/lumpsum/lumpsum.html">JPS Lump-sum Withdrawal Payments</a>

    <i>Per November 2026.</i>
faq-ls-how-to-claim-keywords = cara klaim, cara mengajukan, cara ngajuin, cara ngurus, cara cairin nenkin, cara mencairkan nenkin, cara urus dattai ichijikin, prosedur, proses klaim, langkah langkah, tahapan, step by step, harus ngapain, kirim kemana, alamat kirim, kirim pos, formulir klaim, formulir permohonan, form nenkin, download formulir, formulir bahasa indonesia, isi formulir, seikyu, shinsei, tetsuzuki, 手続き, 請求, 申請

faq-ls-documents-question = Dokumen apa yang saya perlukan untuk klaim uang sekaligus?
faq-ls-documents-answer =
    <b>Daftar dokumen untuk klaim uang sekaligus:</b>

    • <b>Formulir klaim</b>, sudah diisi dan ditandatangani.
    • <b>Fotokopi paspor:</b> halaman yang memuat nama, tanggal lahir, kewarganegaraan, tanda tangan dan status tinggal Anda, ditambah halaman dengan cap keberangkatan terakhir Anda dari Jepang.
    • <b>Bukti bahwa Anda tidak punya alamat di Jepang:</b> salinan catatan penduduk yang sudah dihapus (住民票の除票). Tidak perlu jika Anda sudah menyerahkan laporan pindah keluar (転出届) sebelum pergi.
    • <b>Bukti bank</b> yang menunjukkan nama bank, nama cabang, alamat cabang, nomor rekening, dan bahwa rekening itu atas nama Anda sendiri. Misalnya surat keterangan dari bank atau fotokopi buku tabungan. Untuk bank di luar negeri, tambahkan kode SWIFT/BIC.
    • <b>Nomor Pensiun Dasar:</b> fotokopi Surat Pemberitahuan Nomor Pensiun Dasar (基礎年金番号通知書) atau buku pensiun (年金手帳). Buku pensiun tidak lagi diterbitkan sejak April 2022.
    • <b>Jika orang lain mengajukan untuk Anda:</b> surat kuasa (委任状) dan kartu identitas orang yang diberi kuasa.

    Tips: tulis dengan huruf KAPITAL, jangan memberi alamat Jepang sebagai alamat Anda, dan simpan salinan semua yang Anda kirim.

    <i>Per November 2026.</i>
faq-ls-documents-keywords = dokumen, dokumen apa saja, dokumen yang dibutuhkan, berkas, berkas apa aja, persyaratan dokumen, kelengkapan, surat surat, daftar dokumen, apa yang harus dikirim, lampiran, fotokopi paspor, copy paspor, buku tabungan, buku rekening, surat keterangan bank, kode swift, nomor pensiun, nenkin techo hilang, buku nenkin hilang, nenkin techo, buku pensiun, kiso nenkin bango, juminhyo no joseki, shorui, 必要書類, 年金手帳

faq-ls-deadline-question = Kapan batas waktu klaim uang sekaligus?
faq-ls-deadline-answer =
    <b>2 tahun.</b> Hitungan 2 tahun dimulai pada hari Anda kehilangan kepesertaan pensiun. Jika pada hari itu Anda masih punya alamat di Jepang, hitungannya dimulai saat alamat Anda di Jepang berakhir.

    • Untuk pekerja perusahaan, kepesertaan hilang pada hari setelah hari kerja terakhir Anda.
    • Kebanyakan orang menyerahkan laporan pindah keluar (転出届) saat pergi. Dalam hal itu hitungan 2 tahun biasanya berjalan dari tanggal pindah keluar.

    Contoh: hari kerja terakhir 31 Maret 2026, tanggal pindah keluar 15 April 2026. Klaim Anda harus dibuat dalam 2 tahun, jadi kirimlah jauh sebelum pertengahan April 2028.

    Jika Anda keluar dengan izin masuk kembali dan tanpa laporan pindah keluar, alamat Anda tetap ada di catatan sampai izin itu atau status tinggal Anda habis masa berlakunya. Hitungan 2 tahun baru dimulai setelah itu.

    Jika Anda melewatkan batas waktu, Anda kehilangan hak atas uang sekaligus. Bulan-bulan Anda tetap ada di catatan pensiun Anda. Klaim lebih awal: pos itu lambat, dan kesalahan butuh waktu untuk diperbaiki.

    Tetapi pikirkan dulu sebelum mengklaim: menerima uang sekaligus menghapus semua bulan Anda sebelumnya. Jika Anda mungkin kembali ke Jepang, atau Anda berasal dari Filipina atau India, baca dulu "Apa yang hilang jika saya mengambil uang sekaligus?".

    Pengembalian pajak punya batas waktu sendiri yang lebih panjang: 5 tahun sejak 1 Januari tahun setelah Anda menerima uang sekaligus.

    <i>Per November 2026.</i>
faq-ls-deadline-keywords = batas waktu, batas akhir, deadline, tenggat, kadaluarsa, kedaluwarsa, hangus, sudah lewat, terlambat, telat klaim, masih bisa klaim ga, masih bisa cair ga, klaim setelah pulang, berapa tahun setelah pulang, sudah pulang lama, pulang 3 tahun lalu, udah lama pulang, sampai kapan bisa klaim, paling lambat kapan, 2 tahun, dua tahun, kigen, jiko, 期限, 時効, 2年

faq-ls-tax-refund-question = Bisakah pajak 20,42% dari uang sekaligus saya minta kembali?
faq-ls-tax-refund-answer =
    <b>Biasanya bisa. Pajak 20,42% dipotong dari uang sekaligus Pensiun Karyawan, dan kebanyakan peserta magang dan pekerja berketerampilan spesifik bisa mendapatkan seluruhnya kembali.</b> Uang sekaligus Pensiun Nasional tidak dipotong pajak.

    1. <b>Tunjuk wakil pajak (納税管理人, nozei kanrinin)</b> di Jepang: orang atau perusahaan yang Anda percaya. Serahkan formulir pemberitahuan wakil pajak (納税管理人の届出書) ke kantor pajak untuk alamat terakhir Anda di Jepang. Anda bisa melakukannya sebelum atau sesudah pergi, atau bersamaan dengan laporan pajaknya.
    2. <b>Wakil Anda menyerahkan laporan pajak</b> "退職所得の選択課税による還付のための申告書" (laporan pajak untuk pengembalian pajak dengan pemajakan pilihan atas penghasilan pesangon).
    3. <b>Lampirkan surat keputusan pembayaran yang asli</b> (脱退一時金支給決定通知書). Surat ini membuktikan bahwa pajak sudah dipotong.

    Kapan: mulai 1 Januari tahun setelah Anda menerima uangnya, dalam 5 tahun.

    Pengembalian pajak hanya dibayar ke rekening bank di Jepang, biasanya rekening wakil Anda. Pilih wakil Anda dengan hati-hati.

    Mengapa pajaknya kembali: uang sekaligus dianggap sebagai penghasilan pesangon (退職所得), dengan pengurangan 400.000 yen per tahun (paling sedikit 800.000 yen). Contoh: 36 bulan, uang sekaligus 726.000 yen → pengurangan 1.200.000 yen → seluruh pajak (sekitar 148.249 yen) kembali.

    <i>Per November 2026.</i>
faq-ls-tax-refund-keywords = pengembalian pajak, apa itu nozei kanrinin, wakil pajak itu apa, pajak dikembalikan, pajak balik, refund pajak, pajak nenkin, potongan pajak, pajak 20 persen, 20.42, nenkin tahap 2, cairin tahap 2, tahap kedua, nenkin kedua, pencairan kedua, wakil pajak, nozei kanrinin, nouzei kanrinin, kanpu, kanpukin, laporan pajak, gensen, taishoku shotoku, 納税管理人, 還付, 源泉徴収, 退職所得

faq-ls-erases-periods-question = Apa yang hilang jika saya mengambil uang sekaligus?
faq-ls-erases-periods-answer =
    <b>Begitu Anda menerima uang sekaligus, seluruh masa kepesertaan Anda sebelum klaim dihapus.</b>

    • Bulan-bulan itu tidak lagi dihitung untuk syarat 10 tahun pensiun hari tua Jepang.
    • Bulan-bulan itu tidak lagi dihitung dalam perjanjian jaminan sosial mana pun.
    • Jika nanti Anda kembali ke Jepang, hitungan Anda mulai lagi dari 0.

    Pikirkan dulu jika:
    • Anda mungkin kembali ke Jepang, misalnya sebagai pekerja berketerampilan spesifik (特定技能) setelah magang, atau lewat sistem baru Program Kerja Pengembangan Keterampilan (育成就労) mulai 1 April 2027;
    • Anda sudah bertahun-tahun di Jepang dan bisa mencapai 10 tahun (120 bulan);
    • negara Anda punya perjanjian dengan Jepang yang menggabungkan masa kepesertaan, seperti Filipina atau India. Bandingkan kedua pilihan. Bot ini menunjukkan keduanya; pilihannya ada di tangan Anda.

    Perlu diketahui: Anda bisa mengklaim lebih dari sekali, setiap kali Anda keluar dan memenuhi syarat. Tetapi paling banyak 60 bulan yang dihitung untuk setiap klaim.

    <i>Per November 2026.</i>
faq-ls-erases-periods-keywords = apa yang hilang, ruginya apa, kerugian, kekurangan, sisi buruk, risiko, resiko, dampak ambil nenkin, kalau ambil dattai ichijikin, masa dihapus, tahun hilang, hitungan dari nol, mulai dari nol, reset, mau balik ke jepang lagi, balik jepang lagi setelah cair, kembali ke jepang tokutei ginou, sebaiknya klaim atau tunggu, klaim sekarang atau nanti, pikir dulu, catatan dihapus, demerit, 消える, デメリット, 再来日

faq-ls-processing-time-question = Berapa lama sampai uang sekaligus saya cair?
faq-ls-processing-time-answer =
    <b>Tidak ada angka resmi dari Japan Pension Service.</b>

    Pihak ketiga (agen, bukan JPS) mengatakan prosesnya sering kali memakan waktu sekitar 3 sampai 4 bulan, dan ada yang mengatakan 4 sampai 5 bulan. Ini <u>bukan</u> angka resmi. Prosesnya lebih lama jika formulirnya ada kesalahan atau dokumennya kurang.

    Setelah keputusan dibuat, JPS mengirim surat keputusan pembayaran (脱退一時金支給決定通知書) dan membayar ke rekening bank yang Anda berikan.

    Pengembalian pajak datang belakangan dan terpisah: laporannya baru bisa diserahkan mulai 1 Januari tahun setelah Anda menerima uangnya.

    Agar tidak terlambat:
    • Tulis dengan huruf KAPITAL.
    • Cantumkan kode SWIFT/BIC untuk bank di luar negeri.
    • Kirim semua halaman paspor yang diminta.
    • Jangan memberi alamat Jepang sebagai alamat Anda.
    • Simpan salinan semuanya.

    <i>Per November 2026.</i>
faq-ls-processing-time-keywords = berapa lama, berapa lama cair, lama proses, lama nunggu, kapan cair, kapan uang masuk, kapan uangnya masuk, kapan ditransfer, belum cair, belum masuk, belum ada kabar, uang belum datang, sudah berbulan bulan, udah lama nunggu, nunggu berapa bulan, berapa bulan, proses lama, terlambat cair, cek status, itsu, 何ヶ月, いつ, 処理期間

faq-ls-reentry-permit-question = Saya keluar dari Jepang dengan izin masuk kembali. Bisakah saya mengklaim uang sekaligus?
faq-ls-reentry-permit-answer =
    <b>Saat ini: bisa, jika Anda sudah menyerahkan laporan pindah keluar (転出届, tenshutsu todoke) di kantor kota Anda.</b>

    Praktik saat ini:
    • Jika Anda keluar dengan izin masuk kembali (再入国許可) atau izin masuk kembali khusus (みなし再入国許可) dan TIDAK menyerahkan laporan pindah keluar, alamat Anda di Jepang tetap ada di catatan. Anda tidak bisa mengklaim sampai alamat itu dihapus, yaitu saat izin atau status tinggal Anda habis masa berlakunya.
    • Jika Anda menyerahkan laporan pindah keluar, Anda bisa mengklaim sekarang, walaupun punya izin masuk kembali.
    • Sejak Maret 2017 Anda bahkan bisa mengirim klaim dari dalam Jepang setelah laporan itu diserahkan, mulai tanggal rencana pindah keluar. Lampirkan catatan penduduk (住民票) yang menunjukkan rencana pindah ke luar negeri.

    Perubahan yang akan datang: undang-undang reformasi pensiun tahun 2025 menyatakan bahwa orang yang keluar dengan izin masuk kembali tidak bisa mengklaim selama izin itu masih berlaku. Tanggal mulainya akan ditetapkan lewat Peraturan Kabinet dalam 4 tahun sejak 20 Juni 2025, dan belum diumumkan. Halaman yang mengatakan aturan ini sudah mulai April 2026 tidak didukung oleh undang-undang.

    Jika Anda berencana kembali, pikirkan dulu sebelum mengklaim: klaim ini menghapus bulan-bulan Anda.

    <i>Per November 2026.</i>
faq-ls-reentry-permit-keywords = izin masuk kembali, ijin masuk kembali, re-entry permit, reentry permit, re entry, reentry, saininyukoku, sainyukoku kyoka, minashi sainyukoku, izin masuk kembali khusus, pulang dengan reentry, laporan pindah keluar, lapor pindah, tenshutsu todoke, tenshutsu, tenshutsutodoke, klaim sebelum pulang, klaim dari jepang, ngajuin sebelum pulang, urus di shiyakusho sebelum pulang, alamat belum dihapus, 再入国許可, みなし再入国許可, 転出届

faq-ls-agreements-question = Apakah negara saya punya perjanjian pensiun dengan Jepang?
faq-ls-agreements-answer =
    <b>Jepang punya perjanjian jaminan sosial (社会保障協定, shakai hosho kyotei) yang berlaku dengan 24 negara.</b>

    <b>Masa kepesertaan digabungkan:</b> Jerman, Amerika Serikat, Belgia, Prancis, Kanada, Australia, Belanda, Republik Ceko, Spanyol, Irlandia, Brasil, Swiss, Hongaria, India, Luksemburg, Filipina, Slowakia, Finlandia, Swedia dan Austria.

    <b>Tanpa penggabungan masa</b> (perjanjian hanya mencegah pembayaran ganda): Inggris, Korea, Tiongkok dan Italia.

    <b>Tidak ada perjanjian:</b> Vietnam, Indonesia, Myanmar, Nepal, Kamboja, Thailand, Mongolia, Sri Lanka, Bangladesh dan Uzbekistan. Bagi Anda, uang sekaligus atau 10 tahun di Jepang adalah satu-satunya cara agar iuran Anda ada hasilnya.

    <b>Filipina dan India:</b> bulan-bulan Anda di Jepang bisa digabungkan dengan bulan-bulan di negara asal untuk memenuhi syarat pensiun di kedua negara. Jika Anda mengambil uang sekaligus, hal ini hilang untuk semua bulan sebelumnya. Anda harus memilih: bot ini menunjukkan kedua pilihan, tetapi pilihannya ada di tangan Anda.

    Daftar dari Japan Pension Service, diperbarui 27 Oktober 2025. Perjanjian baru bisa bertambah.

    <i>Per November 2026.</i>
faq-ls-agreements-keywords = perjanjian jaminan sosial, perjanjian pensiun, perjanjian, perjanjian dengan jepang, negara mana ada perjanjian, totalisasi, penggabungan masa, filipina, india, perjanjian vietnam, perjanjian indonesia, indonesia ada perjanjian, perjanjian myanmar, perjanjian nepal, perjanjian tiongkok, shakai hosho kyotei, tsusan, 社会保障協定, 通算

faq-ls-changes-question = Perubahan pensiun apa yang akan datang?
faq-ls-changes-answer =
    <b>Undang-undang reformasi pensiun disahkan pada Juni 2025. Perubahan untuk uang sekaligus belum punya tanggal mulai.</b>

    Direncanakan, belum ada tanggal mulai:
    • <b>Batas naik dari 5 tahun menjadi 8 tahun</b> (60 menjadi 96 bulan). Akan ditetapkan lewat Peraturan Kabinet (政令). Peraturan Kabinet dan tanggal mulainya belum diumumkan. Saat ini batasnya 60 bulan.

    Sudah disahkan, tanggal mulai belum diumumkan:
    • <b>Aturan izin masuk kembali:</b> tidak bisa mengklaim selama izin masuk kembali Anda masih berlaku. Mulai pada tanggal yang ditetapkan lewat Peraturan Kabinet dalam 4 tahun sejak 20 Juni 2025. Sampai saat itu praktik sekarang tetap berlaku: dengan laporan pindah keluar (転出届) Anda bisa mengklaim.

    Tanggal yang sudah pasti:
    • <b>Program Kerja Pengembangan Keterampilan (育成就労, ikusei shuro)</b> menggantikan Program Pelatihan Magang Teknis mulai 1 April 2027, dengan masa peralihan. Rencananya: paling lama 3 tahun, lalu pekerja berketerampilan spesifik (i) paling lama 5 tahun.
    • <b>Tingkat gaji tertinggi Pensiun Karyawan</b>: 680.000 yen mulai September 2027, 710.000 mulai September 2028, 750.000 mulai September 2029 (sekarang 650.000).

    Halaman yang mengatakan aturan uang sekaligus ini sudah mulai April 2026 tidak didukung oleh undang-undang. Bot ini akan diperbarui begitu tanggal mulainya diumumkan.

    <i>Per November 2026.</i>
faq-ls-changes-keywords = perubahan, aturan baru, undang undang baru, reformasi, reformasi pensiun, reformasi 2025, perubahan aturan, 8 tahun, 96 bulan, uang sekaligus 96 bulan, aturan baru nenkin, dattai ichijikin berubah, ke depan, kaisei, ikusei shuro, ikusei shurou, 2027, apa yang berubah, berita terbaru, 法改正, 育成就労, 改正

faq-ls-agents-question = Bolehkah saya membayar agen untuk mengurusnya? Bagaimana cara menghindari penipuan?
faq-ls-agents-answer =
    <b>Anda bisa mengajukan sendiri, gratis. Anda tidak perlu agen.</b>

    Jika orang lain mengajukan untuk Anda:
    • Mereka memerlukan surat kuasa (委任状) yang Anda tandatangani, dan kartu identitas mereka sendiri.
    • Tanyakan kualifikasi dan nomor registrasi mereka, lalu periksa. Konsultan asuransi sosial dan ketenagakerjaan berlisensi (社会保険労務士, sharoushi) adalah tenaga profesional yang memenuhi syarat untuk urusan pensiun.
    • Minta biaya dan layanannya dibuat secara tertulis.
    • Untuk pengembalian pajak Anda memerlukan wakil pajak (納税管理人). Pengembaliannya dibayar ke rekening di Jepang, sering kali rekening wakil itu, jadi pilih orang yang Anda percaya.

    Tanda-tanda bahaya:
    • Biaya besar yang harus dibayar sebelum ada yang dikerjakan
    • Meminta untuk menyimpan paspor, kartu izin tinggal atau kartu bank Anda, atau meminta PIN atau kata sandi internet banking Anda
    • Menjanjikan uang sekaligus yang lebih besar daripada yang diizinkan aturan
    • Meminta Anda memberi informasi palsu, seperti alamat yang salah

    Jangan kirim nomor paspor atau nomor rekening bank di obrolan ini.

    <i>Per November 2026.</i>
faq-ls-agents-keywords = agen, agensi, jasa pencairan, jasa urus nenkin, biaya agen, fee agen, potongan agen, agen nenkin, agen dattai ichijikin, penipuan, tipu, ditipu, modus, penipu, palsu, komisi, calo, sharoushi, sharoshi, daiko, urus sendiri, bisa urus sendiri, tanpa agen, minta tolong orang, percaya, 社会保険労務士, 代行, 詐欺
