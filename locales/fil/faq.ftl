# Teksto ng FAQ, Filipino (Tagalog). Ang istruktura at mga source ay nasa faq/catalogue.yaml.
# Isinalin mula sa English; ang mga fact ay sinuri laban sa fact sheet ng proyekto (Nobyembre 2026).
# Bawat sagot ay nagtatapos sa linyang "Batay sa impormasyon noong...". Walang variable, walang brace.

## Mga pamagat ng seksyon (maikli: nasa mga button ang mga ito)

faq-section-a-title = Sino ang kasali
faq-section-b-title = Mga exemption
faq-section-c-title = Benepisyo ng National Pension
faq-section-d-title = Pag-alis at ang lump sum
faq-section-e-title = Karakikan
faq-section-f-title = Mga dayuhang may visa
faq-section-g-title = Permanenteng paninirahan
faq-section-l-title = Gabay sa pag-claim ng lump sum

## Seksyon A: mga kasali sa pensiyon

faq-q01-question = Ano ang Category 1, 2 at 3 sa pensiyon sa Japan?
faq-q01-answer =
    <b>Lahat ng kasali sa pensiyon sa Japan ay nasa isa sa 3 grupo.</b> Ang grupo mo ang nagtatakda kung paano ka magbabayad.

    • <b>Category 1</b> (第1号被保険者): mga taong 20 hanggang 59 taong gulang na nakatira sa Japan at wala sa pensiyon ng kompanya. Halimbawa, mga estudyante, mga self-employed at mga walang trabaho. Ikaw mismo ang nagbabayad ng premium ng National Pension (国民年金): 17,920 yen kada buwan sa fiscal year 2026.
    • <b>Category 2</b> (第2号被保険者): mga empleyadong nasa Employees' Pension Insurance (厚生年金) o nasa isang mutual aid association (共済組合). Category 2 ang mga technical intern trainee at specified skilled worker sa isang kompanya sa Japan. Kinakaltas sa sahod mo ang premium.
    • <b>Category 3</b> (第3号被保険者): ang asawa (lalaki man o babae) ng isang Category 2 na umaasa sa kita ng taong iyon. Wala silang binabayarang premium.

    Puwedeng magbago ang grupo mo, halimbawa kapag umalis ka sa trabaho. Mahalaga ito para sa lump sum: ang mga buwan sa kompanya ay binibilang para sa lump sum ng Employees' Pension, at ang mga buwan lang na ikaw mismo ang nagbayad bilang Category 1 ang binibilang para sa lump sum ng National Pension.

    <i>Batay sa impormasyon noong Nobyembre 2026.</i>
faq-q01-keywords = anong category ako, ano category ko, category 1 2 3, ano ang category, ibig sabihin ng category, pagkakaiba ng category, anong grupo ako, grupo sa nenkin, uri ng insured, kategorya, katagorya, catagory, trainee anong category, dai 1 go, dai 2 go, dai 3 go, daiichigo, dainigo, hihokensha, 被保険者, 第1号, 第2号, 第3号

faq-q02-question = Ano ang National Pension (kokumin nenkin)?
faq-q02-answer =
    <b>Ang National Pension (国民年金, kokumin nenkin) ay ang pangunahing pampublikong pensiyon para sa lahat ng nakatira sa Japan, anuman ang nasyonalidad.</b>

    • Kasali rito ang lahat ng 20 hanggang 59 taong gulang na may address sa Japan.
    • Kung nagtatrabaho ka sa kompanyang may Employees' Pension (厚生年金), kasali ka rin sa National Pension. Hindi ka na magbabayad ng pangalawang premium: sakop na ng kaltas sa sahod mo ang dalawa.
    • Kung wala ka sa pensiyon ng kompanya (estudyante, walang trabaho, may sariling negosyo), ikaw mismo ang magbabayad ng premium: 17,920 yen kada buwan sa fiscal year 2026. Darating sa koreo ang mga payment slip (納付書).
    • Kung hindi ka makabayad, magtanong sa city office mo tungkol sa exemption (免除). Huwag basta tumigil sa pagbabayad: walang halaga ang mga buwang hindi nabayaran.

    Nagbibigay ito ng old-age pension (pensiyon sa pagtanda), disability pension at survivors' pension. Kung aalis ka ng Japan nang tuluyan, baka puwede kang mag-claim ng lump sum (脱退一時金) para sa mga buwang binayaran mo.

    <i>Batay sa impormasyon noong Nobyembre 2026.</i>
faq-q02-keywords = ano ang nenkin, ano ba ang nenkin, ibig sabihin ng nenkin, ano ang kokumin nenkin, ano ang national pension, sistema ng pensiyon sa japan, paano gumagana ang nenkin, pension system japan, basic pension, kiso nenkin, pensiyon para sa lahat, sino dapat sumali, nenkin para saan, pensyon, pension, 国民年金, 基礎年金, 年金制度

faq-q03-question = Magkano ang premium ng National Pension kada buwan?
faq-q03-answer =
    <b>Sa fiscal year 2026 (Abril 2026 hanggang Marso 2027), 17,920 yen kada buwan ang premium.</b>

    • Nagbabago ito tuwing Abril. Noong fiscal year 2025 (Abril 2025 hanggang Marso 2026), 17,510 yen ito. Noong fiscal year 2024, 16,980 yen ito.
    • Noong 2002, 13,300 yen ito, kaya mali na ang mga lumang web page at leaflet.
    • Ikaw mismo ang magbabayad nito kung Category 1 ka lang (wala sa pensiyon ng kompanya). Kung nagtatrabaho ka sa kompanya at may nakikita kang 厚生年金 sa payslip mo, hindi mo na ito babayaran nang hiwalay.

    Kung mababa ang kita mo, puwede kang mag-apply ng exemption (免除) sa halip na hayaang hindi bayad ang mga buwan. Hindi binibilang ang mga buwang hindi bayad para sa pensiyon o para sa lump sum.

    <i>Batay sa impormasyon noong Nobyembre 2026.</i>
faq-q03-keywords = magkano kokumin nenkin, magkano ang hulog, magkano hulog sa nenkin, hulog kada buwan, buwanang hulog, buwanang bayad, magkano babayaran buwan buwan, magkano isang buwan, bayad sa nenkin, presyo ng nenkin, monthly premium, premium 2026, hokenryo, 17920, 17510, payment slip, nofusho, bill ng nenkin, singil ng nenkin, 保険料, 納付書, 月額

faq-q04-question = Sakop ba ng pensiyon sa Japan ang mga dayuhan?
faq-q04-answer =
    <b>Oo. Hindi mahalaga ang nasyonalidad: kung nakatira ka sa Japan, kasali ka sa pension system.</b>

    • Kung nagtatrabaho ka sa kompanyang may Employees' Pension (厚生年金), naka-enroll ka sa pamamagitan ng trabaho mo. Normal ito para sa mga technical intern trainee (技能実習) at specified skilled worker (特定技能).
    • Kung 20 hanggang 59 taong gulang ka, nakatira sa Japan at wala sa pensiyon ng kompanya, kasali ka sa National Pension (国民年金) bilang Category 1.

    Ngayon, may residence card (在留カード) ang mga dayuhang residente at nakalista sila sa resident record (住民票) ng kanilang lungsod. Natapos na ang lumang alien registration card noong Hulyo 9, 2012.

    Nakatala ang mga buwan mo sa ilalim ng Basic Pension Number (基礎年金番号) mo. Mula Abril 2022, dumarating ang numerong ito sa isang Basic Pension Number Notice (基礎年金番号通知書) sa halip na sa pension handbook (年金手帳). Ingatan ito: kailangan mo ito para i-claim ang lump sum.

    <i>Batay sa impormasyon noong Nobyembre 2026.</i>
faq-q04-keywords = dayuhan kasali ba sa nenkin, foreigner kasali pension, pwede ba dayuhan sa nenkin, dayuhan, banyaga, foreigner pension, kailangan ba ng foreigner, para lang ba sa hapon, para lang sa japanese, hindi japanese, gaikokujin, gaikokujin nenkin, ofw japan pension, pinoy sa japan nenkin, residence card, zairyu card, alien registration, 外国人, 在留カード

faq-q05-question = Kailangan ko bang magbayad sa pensiyon? Sapilitan ba ito?
faq-q05-answer =
    <b>Oo, sapilitan ito. Hindi ka puwedeng pumili na hindi sumali.</b>

    • <b>Mga nagtatrabaho sa kompanya:</b> kung may Employees' Pension (厚生年金) ang pinagtatrabahuhan mo, obligado ang employer mo na i-enroll ka at kaltasin ang premium sa sahod mo. Kasama rito ang mga trainee at specified skilled worker.
    • <b>Lahat ng iba pa</b> na 20 hanggang 59 taong gulang at may address sa Japan ay dapat nasa National Pension (国民年金) at magbayad ng premium, o mag-apply ng exemption (免除) kung kulang ang pera.

    Hindi basta nawawala ang pera:
    • Habang sakop ka, protektado ka kapag nagkaroon ka ng kapansanan, at protektado ang pamilya mo kapag namatay ka.
    • Kapag may 10 taon ka ng coverage, makakakuha ka ng old-age pension.
    • Kung aalis ka ng Japan bago noon, puwede kang mag-claim ng lump sum (脱退一時金) para sa hanggang 60 buwan.

    Kung basta ka lang hindi magbabayad ng National Pension, walang halaga ang mga buwang iyon, kahit para sa lump sum.

    <i>Batay sa impormasyon noong Nobyembre 2026.</i>
faq-q05-keywords = sapilitan ba, sapilitan, mandatory ba, compulsory ba, obligado ba, kailangan ba talaga magbayad, kailangan ko ba magbayad, dapat ba magbayad ng nenkin, required ba ang nenkin, pwede bang hindi sumali, pwede bang hindi magbayad, pwede ba i-skip, ayaw ko magbayad, pilit, gimu, kanyu gimu, 義務, 強制加入

faq-q06-question = Ano ang Employees' Pension Insurance (kosei nenkin)?
faq-q06-answer =
    <b>Ang Employees' Pension Insurance (厚生年金保険, kosei nenkin) ay ang pensiyon para sa mga nagtatrabaho sa isang kompanya.</b>

    • Naka-enroll dito ang mga technical intern trainee (技能実習) at specified skilled worker (特定技能) na empleyado ng isang kompanya sa Japan.
    • Ang premium ay 18.3% ng standard monthly pay mo: kalahati (9.15%) galing sa iyo, kalahati galing sa employer mo. Kinakaltas ito sa sahod mo bawat buwan. Hanapin ang 厚生年金 sa payslip mo.
    • Bilang empleyado, kasali ka rin sa National Pension (国民年金) nang sabay, sa iisang kaltas.
    • Sa hinaharap, nagbibigay ito ng pensiyong nakabatay sa sahod, dagdag sa basic pension, kung aabot ka sa kabuuang 10 taon ng coverage.

    Kung aalis ka ng Japan bago ang 10 taon, puwede mong i-claim ang lump sum ng Employees' Pension (脱退一時金): ang average na standard pay mo × isang rate, para sa hanggang 60 buwan. May 20.42% na tax na kinakaltas, at kadalasan ay makukuha mo ulit ang tax na iyon.

    <i>Batay sa impormasyon noong Nobyembre 2026.</i>
faq-q06-keywords = ano ang kosei nenkin, ibig sabihin ng kosei nenkin, kousei nenkin, kouseinenkin, kosei, employees pension, pensiyon ng kompanya, pension ng empleyado, shakai hoken, shaho, social insurance, pagkakaiba ng kosei at kokumin, pensiyong batay sa sahod, 厚生年金, 厚生年金保険, 社会保険

faq-q07-question = Magkano ang kinakaltas na kosei nenkin sa sahod ko?
faq-q07-answer =
    <b>Nagbabayad ka ng 9.15% ng standard monthly remuneration (標準報酬月額) mo. Nagbabayad din ang employer mo ng isa pang 9.15%. Sa kabuuan: 18.3%.</b> Hindi na nagbago ang rate na ito mula Setyembre 2017.

    Paano ito gumagana:
    • Ang sahod mo (basic pay at mga allowance tulad ng pabahay, pamasahe at overtime) ay inilalagay sa isa sa 32 grade, mula 88,000 yen hanggang 650,000 yen. Ang sahod na lampas sa pinakamataas na grade ay binibilang na 650,000 yen.
    • Itinatakda ang grade pagsimula mo sa trabaho, at sinusuri ulit bawat taon batay sa sahod mo noong Abril, Mayo at Hunyo. Ginagamit ang bagong grade mula Setyembre hanggang sa susunod na Agosto.
    • Halimbawa: standard monthly remuneration na 200,000 yen → 18,300 yen kada buwan ang babayaran mo.
    • May kaltas din ang bonus: sa bonus na ni-round down sa 1,000 yen, hanggang 1,500,000 yen sa bawat buwang may bonus.

    Luma na ang table noong 2002 (30 grade, 98,000 hanggang 620,000 yen): may mga grade na idinagdag noong 2016 at 2020.

    <i>Batay sa impormasyon noong Nobyembre 2026.</i>
faq-q07-keywords = magkano kinakaltas, magkano ang kaltas, kaltas sa sahod, kaltas sa sweldo, bawas sa sweldo, bawas sa sahod, ang laki ng kaltas, bakit ang laki ng kaltas, sobrang laki ng bawas, normal ba ang kaltas, ilang porsyento ng sahod, porsyento ng kosei nenkin, paano kinukuwenta ang kaltas, hyojun hoshu getsugaku, standard monthly remuneration, grade ng sahod, kaltas sa bonus, kyuyo meisai, payslip, 9.15 percent, 標準報酬月額, 保険料率, 給与明細

faq-q08-question = Nagbabayad din ba ang employer ko para sa pensiyon ko?
faq-q08-answer =
    <b>Oo. Kapareho ng binabayaran mo ang binabayaran ng employer mo.</b>

    Ang premium ng Employees' Pension (厚生年金) ay 18.3% ng standard monthly remuneration mo: 9.15% galing sa iyo at 9.15% galing sa employer mo. Kinakaltas ng employer ang bahagi mo (kalahati) sa sahod mo at binabayaran nito ang dalawang kalahati sa Japan Pension Service (日本年金機構).

    Halimbawa: standard monthly remuneration na 220,000 yen → 20,130 yen ang babayaran mo, 20,130 yen ang babayaran ng employer mo, kabuuang 40,260 yen kada buwan.

    Tingnan ang payslip mo: dapat may 厚生年金 ito bawat buwan. Kung walang kinakaltas, magtanong sa employer mo o sa supervising organisation mo. Hindi binibilang para sa pensiyon o para sa lump sum ang mga buwang hindi ka naka-enroll.

    Magandang malaman: gumagamit ang lump sum (脱退一時金) ng kalahati ng rate (18.3% × ½). Kaya halos ang sarili mong bahagi lang ang naibabalik nito, hindi ang bahagi ng employer mo.

    <i>Batay sa impormasyon noong Nobyembre 2026.</i>
faq-q08-keywords = kompanya nagbabayad din, employer nagbabayad din ba, may hati ba ang kompanya, kalahati ang kompanya, hati kami ng kompanya, parte ng employer, share ng kompanya, sino nagbabayad ng kosei nenkin, ako o kompanya, kontribusyon ng employer, jigyonushi futan, roshi seppan, kaisha futan, hati hati, 事業主負担, 労使折半, 会社負担

faq-q09-question = Ano ang mutual aid pension (kyosai kumiai)?
faq-q09-answer =
    <b>Ang mga mutual aid association (共済組合, kyosai kumiai) ang nagpapatakbo ng pensiyon para sa mga kawani ng gobyerno at mga tauhan ng paaralan.</b>

    • Halimbawa ng mga miyembro ang mga kawani ng pambansa at lokal na gobyerno at mga guro. Ang mga tauhan ng pribadong paaralan ay sakop ng Promotion and Mutual Aid Corporation for Private Schools of Japan (PMAC, 日本私立学校振興・共済事業団).
    • Category 2 ang mga miyembro, katulad ng mga manggagawa sa kompanya na nasa Employees' Pension (厚生年金).
    • Binibilang ang mga buwan sa mutual aid para sa 10-taong kondisyon ng old-age pension, kasama ng iba mo pang mga buwan.
    • Para sa lump sum (脱退一時金), binibilang ang mga buwan sa mutual aid para sa minimum na 6 na buwan, katulad ng mga buwan sa Employees' Pension.

    Sino ang nagbabayad ng lump sum: kung may 6 o higit pang bayad na buwan ka sa National Pension, ang Japan Pension Service ang magbabayad at hahawak sa lahat. Kung wala, ang huling pension body na kinabilangan mo ang magbabayad: ang association, o ang PMAC para sa pribadong paaralan.

    <i>Batay sa impormasyon noong Nobyembre 2026.</i>
faq-q09-keywords = ano ang kyosai, kyosai kumiai, kyousai, kyosai nenkin, mutual aid, mutual aid pension, pensiyon ng gobyerno, pensiyon ng kawani ng gobyerno, empleyado ng gobyerno, taga city hall, pensiyon ng guro, guro sa japan, pribadong paaralan, pmac, shigaku kyosai, komuin, 共済組合, 共済年金, 私学共済

faq-q10-question = Puwede bang magtrabaho sa gobyerno ang isang dayuhan at sumali sa mutual aid pension?
faq-q10-answer =
    <b>May mga dayuhang ganito, halimbawa bilang guro o tauhan ng unibersidad. Kung gayon, nasa isang mutual aid association (共済組合) sila.</b>

    Nakadepende sa employer at sa trabaho kung aling mga trabaho sa gobyerno ang bukas sa mga dayuhan. Hindi iyon tanong tungkol sa pensiyon. Hindi nakadepende sa nasyonalidad ang mga patakaran ng pensiyon:
    • Category 2 ka, katulad ng manggagawa sa kompanya.
    • Binibilang ang mga buwan mo para sa 10-taong kondisyon ng old-age pension.
    • Kung aalis ka ng Japan bago ang 10 taon, puwede kang mag-claim ng lump sum (脱退一時金) para sa mga buwan mo sa mutual aid. Ang karaniwang mga kondisyon ang sinusunod: hindi bababa sa 6 na buwan, walang address sa Japan, mag-claim sa loob ng 2 taon. Kadalasan, nagsisimula ang 2 taon kapag natapos ang address mo sa Japan, o kapag nawala ang coverage mo kung mas huli iyon.
    • Saan mag-claim: kung may 6 o higit pang bayad na buwan ka sa National Pension, sa Japan Pension Service. Kung wala, sa association mo, o sa PMAC kung nagtrabaho ka sa pribadong paaralan.

    Ang mga trainee at specified skilled worker sa mga pribadong kompanya ay nasa Employees' Pension (厚生年金), hindi sa mutual aid.

    <i>Batay sa impormasyon noong Nobyembre 2026.</i>
faq-q10-keywords = dayuhan trabaho sa city hall, dayuhan trabaho sa gobyerno, foreigner government job, pwede ba dayuhan maging komuin, gaikokujin komuin, koumuin, foreigner koumuin, trabaho bilang komuin, dayuhang guro, alt teacher, english teacher, guro sa public school, staff ng unibersidad, guro kyosai, public employee, 公務員, 外国人公務員, 教員

faq-q11-question = Magkano ang premium ng mutual aid pension?
faq-q11-answer =
    <b>Porsyento ito ng sahod mo, na kinakaltas sa sahod mo bawat buwan. Makikita ang halaga sa payslip mo, at masasabi sa iyo ng association mo ang rate.</b>

    Para maikumpara: ang mga manggagawa sa kompanya na nasa Employees' Pension (厚生年金) ay nagbabayad ng kabuuang 18.3% ng standard monthly remuneration nila, 9.15% galing sa manggagawa at 9.15% galing sa employer.

    Luma na ang mga numero sa FAQ noong 2002. Huwag gamitin ang mga iyon.

    Para sa lump sum (脱退一時金): ang tantiya ng bot ay gumagamit ng mga patakaran ng Employees' Pension. Kung nasa mutual aid ka, hilingin sa association mo na kumpirmahin ang mga numero mo, o magtanong sa mga consultant namin.

    <i>Batay sa impormasyon noong Nobyembre 2026.</i>
faq-q11-keywords = magkano kyosai, kyosai premium, kyosai porsyento, kyosai rate, rate ng mutual aid, premium ng mutual aid, magkano ang mutual aid, kaltas ng guro, kaltas sa sahod ng kawani ng gobyerno, kaltas ng kyosai, kakekin, kyosai kakekin, 掛金, 共済掛金

faq-q12-question = May hati ba ang employer sa premium ng mutual aid?
faq-q12-answer =
    <b>Masasabi sa iyo ng payslip mo at ng association mo kung paano hinahati ang gastos.</b>

    Para maikumpara: sa Employees' Pension (厚生年金), kalahati ang binabayaran ng manggagawa at kalahati ng employer, 9.15% bawat isa. Para sa mutual aid (共済組合), huwag manghula: tingnan ang payslip mo o magtanong sa association mo.

    Saan magtatanong:
    • Sa opisina ng mutual aid association mo
    • Sa personnel section ng employer mo
    • Sa PMAC, kung nagtatrabaho ka sa pribadong paaralan

    Matutulungan ka rin ng mga consultant ng bot na basahin ang payslip mo.

    <i>Batay sa impormasyon noong Nobyembre 2026.</i>
faq-q12-keywords = hati ng employer sa kyosai, sino nagbabayad ng kyosai, kalahati ba ang kyosai, gobyerno nagbabayad ng kalahati, paaralan nagbabayad ng kalahati, employer bayad kyosai, kyosai futan wariai, mutual aid employer, mutual aid kalahati, hatian ng kyosai, 負担割合, 共済 事業主負担

faq-q13-question = Nagbabayad ba ng premium ng pensiyon ang asawang dependent?
faq-q13-answer =
    <b>Hindi. Walang binabayarang premium ang isang Category 3 (第3号被保険者).</b>

    • Ang Category 3 ay asawa (lalaki man o babae) na 20 hanggang 59 taong gulang na umaasa sa kita ng asawang Category 2 (manggagawa sa kompanya o kawani ng gobyerno).
    • Dumadaan sa employer ng asawa ang pagpaparehistro.
    • Pension coverage sa Japan ang mga buwang ito, kaya binibilang sila para sa 10-taong kondisyon ng old-age pension.

    Pero para sa lump sum (脱退一時金):
    • Walang lump sum na nagmumula sa mga buwan bilang Category 3. Ang lump sum ng National Pension ay nagbibilang lang ng mga buwang ikaw mismo ang nagbayad bilang Category 1. Ang lump sum ng Employees' Pension ay nagbibilang lang ng sarili mong mga buwan sa kompanya.

    Kung hindi ka na Category 3 (halimbawa pagkatapos ng diborsyo, o umalis ang asawa mo sa kompanya) at nakatira ka pa rin sa Japan, kadalasan ay magiging Category 1 ka at dapat ikaw na mismo ang magbayad.

    <i>Batay sa impormasyon noong Nobyembre 2026.</i>
faq-q13-keywords = asawang dependent, dependent na asawa, asawa walang trabaho, misis walang trabaho, misis hindi nagtatrabaho, magbabayad ba ang misis, magbabayad ba ang asawa ko, pensiyon ng asawa, pensiyon ng misis, category 3, dai 3 go, sango, fuyo, fuyou, naka fuyo, dependent visa, kazoku taizai, hiwalay, diborsyo, 扶養, 配偶者, 家族滞在

## Seksyon B: mga exemption

faq-q14-question = Puwede ba akong ma-exempt sa premium ng National Pension?
faq-q14-answer =
    <b>Oo. Kung mababa ang kita mo, puwede kang mag-apply ng exemption (免除, menjo) sa city office mo.</b> Para lang ito sa Category 1: mga taong sila mismo ang nagbabayad ng National Pension (国民年金).

    May 4 na antas: buo, ¾, kalahati at ¼ na exemption. Kailangan mong mag-apply. Hindi ito awtomatiko.

    Paano binibilang ang mga buwang exempt:
    • Para sa 10-taong kondisyon ng old-age pension: binibilang ang mga buwang exempt.
    • Para sa lump sum ng National Pension (脱退一時金): ang buwang buong bayad ay binibilang na 1. Kung ¼ exemption (¾ ang binayaran mo), binibilang itong ¾. Kung kalahating exemption, binibilang itong ½. Kung ¾ exemption (¼ ang binayaran mo), binibilang itong ¼. Ang buwang buong exempt ay binibilang na 0.
    • Ang mga buwang hindi bayad (未納) ay 0 para sa lahat.

    Halimbawa: 20 bayad na buwan + 12 buwang kalahating exempt = 26 na buwang binibilang. Kung ang huling bayad na buwan ay nasa fiscal year 2026, ang lump sum ay 215,040 yen.

    Kaya kung hindi ka makabayad, mag-apply ng exemption. Huwag basta tumigil sa pagbabayad. Hindi puwedeng gamitin ng mga manggagawa sa kompanya (Category 2) ang exemption na ito.

    <i>Batay sa impormasyon noong Nobyembre 2026.</i>
faq-q14-keywords = hindi makabayad ng nenkin, hindi ako makabayad, di makabayad, walang pambayad, wala akong pambayad sa nenkin, walang pera pambayad, walang pera para sa kokumin nenkin, exemption, exempt, pa-exempt, menjo, nenkin menjo, mababa ang kita, maliit ang kita, nawalan ng trabaho hindi makabayad, bawasan ang hulog, mas mababang bayad, kalahating exemption, sobrang mahal ng nenkin, hindi bayad, utang sa nenkin, mino, 免除, 未納

faq-q15-question = Puwede ko bang itigil ang pagbabayad ng kosei nenkin dahil uuwi na ako?
faq-q15-answer =
    <b>Hindi. Kung nagtatrabaho ka sa kompanyang may Employees' Pension (厚生年金), walang exemption. Kinakaltas ang premium sa bawat sahod.</b>

    • Sa National Pension lang may exemption dahil sa mababang kita, para sa Category 1.
    • Hindi ka puwedeng umalis sa Employees' Pension dahil balak mong umuwi. Hangga't nagtatrabaho ka sa workplace na sakop nito, naka-enroll ka.

    Ang puwede mong gawin: kapag umalis ka ng Japan nang tuluyan, i-claim ang lump sum (脱退一時金). Nagbabalik ito ng pera para sa hanggang 60 buwan ng coverage.

    Bago ka mag-claim: binubura ng lump sum ang lahat ng naunang buwan mo. Kung baka bumalik ka sa Japan, o taga-Pilipinas o India ka, basahin muna ang "Ano ang mawawala sa akin kapag kinuha ko ang lump sum?".

    Halimbawa: 36 na buwan, average na standard monthly remuneration na 220,000 yen → rate 3.3 → 726,000 yen bago ang tax. Pagkatapos ng 20.42% na tax, matatanggap mo ang mga 577,751 yen, at kadalasan ay makukuha mo ulit ang tax mamaya.

    <i>Batay sa impormasyon noong Nobyembre 2026.</i>
faq-q15-keywords = itigil ang kosei nenkin, tigil kaltas, ihinto ang kaltas, ayoko ng kaltas, ayaw ko ng kaltas sa sahod, wag na kaltasan, huwag kaltasan, pwede bang hindi kaltasan, uuwi na ako bakit may kaltas, uuwi naman ako, trainee ayaw ng kaltas, exemption sa kosei nenkin, exemption sa kompanya, kosei nenkin yameru, 厚生年金 免除, やめたい

faq-q16-question = Puwede bang ma-exempt ang mga estudyante sa premium ng pensiyon?
faq-q16-answer =
    <b>Oo. Ang mga estudyanteng mababa ang kita ay puwedeng gumamit ng Student Payment Special System (学生納付特例, gakusei nofu tokurei).</b> Ipinagpapaliban nito ang premium ng National Pension.

    • Mag-apply sa city office mo. Kailangan mong mag-apply ulit bawat taon.
    • Puwede rin itong gamitin ng mga dayuhang estudyante.
    • Binibilang ang mga ipinagpalibang buwan para sa 10-taong kondisyon ng old-age pension, pero hindi nito pinalalaki ang halaga ng pensiyon.
    • Para sa lump sum ng National Pension (脱退一時金), 0 ang bilang ng mga ipinagpalibang buwan. Ang mga buwan lang na talagang binayaran mo ang binibilang.

    Kung nagtatrabaho ka bilang empleyado at nasa Employees' Pension (厚生年金), hindi sakop ng sistemang ito ang mga buwang iyon.

    Magtanong sa city office mo tungkol sa limit ng kita at sa mga dokumentong kailangan para sa kaso mo.

    <i>Batay sa impormasyon noong Nobyembre 2026.</i>
faq-q16-keywords = estudyante, student, ryugakusei, ryugakusei nenkin, estudyante hindi makabayad, international student, dayuhang estudyante, exemption ng estudyante, estudyante walang pera, gakusei nofu tokurei, student deferral, ipagpaliban ang bayad, postpone, nag-aaral, nag aaral, language school, nihongo gakko, senmon gakko, 学生納付特例, 学生, 留学生

## Seksyon C: mga benepisyo ng National Pension

faq-q17-question = Anong mga pensiyon ang ibinibigay ng National Pension?
faq-q17-answer =
    <b>3 uri ng pensiyon ang ibinibigay ng National Pension (国民年金).</b>

    • <b>Old-age Basic Pension</b> (老齢基礎年金): sa pagtanda, kung may hindi bababa sa 10 taon ka ng coverage. Ang buong halaga para sa 40 taon ay 847,300 yen bawat taon sa fiscal year 2026 (mga 70,608 yen kada buwan).
    • <b>Disability Basic Pension</b> (障害基礎年金): kung nagkaroon ka ng kapansanan dahil sa sakit o pinsala. Fiscal year 2026: grade 1 ay 1,059,125 yen bawat taon, grade 2 ay 847,300 yen bawat taon.
    • <b>Survivors' Basic Pension</b> (遺族基礎年金): para sa pamilya ng taong namatay. Fiscal year 2026: 847,300 yen bawat taon, dagdag ang para sa mga anak.

    Para ang mga halagang ito sa mga ipinanganak noong Abril 2, 1956 o pagkatapos nito. Nagbabago ang mga ito tuwing Abril. Para sa fiscal year 2026, tumaas nang 1.9% ang basic pension.

    Ang mga manggagawa sa kompanya na nasa Employees' Pension (厚生年金) ay may dagdag pang bahaging nakabatay sa sahod.

    <i>Batay sa impormasyon noong Nobyembre 2026.</i>
faq-q17-keywords = anong benepisyo, benepisyo ng nenkin, ano makukuha ko sa nenkin, ano mapapala ko, mga uri ng pensiyon, anong klase ng pensiyon, ilang klase ng pensiyon, ano binibigay ng kokumin nenkin, 3 pensiyon, tatlong pensiyon, old age disability survivors, kyufu, nenkin shurui, 年金の種類, 給付

faq-q18-question = Ano ang Disability Basic Pension?
faq-q18-answer =
    <b>Ibinibigay ang Disability Basic Pension (障害基礎年金) kung nagkaroon ka ng malubhang kapansanan dahil sa sakit o pinsala.</b>

    Mga halaga sa fiscal year 2026 (ipinanganak noong Abril 2, 1956 o pagkatapos):
    • Grade 1: 1,059,125 yen bawat taon (mga 88,260 yen kada buwan)
    • Grade 2: 847,300 yen bawat taon
    • Puwedeng may dagdag pa para sa mga anak.

    May mga kondisyon; sinusuri ng Japan Pension Service ang bawat kaso.

    Pinoprotektahan din nito ang mga dayuhang manggagawa, kahit hindi mo balak manatili nang 10 taon.

    Babala tungkol sa lump sum: kung nagkaroon ka kailanman ng karapatan sa isang pensiyon sa Japan, kasama ang disability pension o Disability Allowance (障害手当金), hindi ka na puwedeng mag-claim ng lump sum (脱退一時金). Kausapin muna ang mga consultant namin bago ka magpasya.

    <i>Batay sa impormasyon noong Nobyembre 2026.</i>
faq-q18-keywords = kapansanan, may kapansanan, naging pwd, pwd, disability, disability pension, magkano disability pension, pinsala, napinsala, naaksidente, aksidente sa trabaho, nadisgrasya, sakit, nagkasakit hindi makapagtrabaho, baldado, shogai, shogai nenkin, shougai nenkin, disability allowance, 障害年金, 障害手当金, 障害

faq-q19-question = Ano ang Survivors' Basic Pension?
faq-q19-answer =
    <b>Ibinibigay ang Survivors' Basic Pension (遺族基礎年金) sa pamilya ng isang sakop na taong namatay.</b>

    • Pangunahing para ito sa mga pamilyang may anak: ang asawang nagpapalaki ng mga anak, o ang mga anak mismo.
    • May mga kondisyon; sinusuri ng Japan Pension Service ang bawat kaso.

    Halaga sa fiscal year 2026: 847,300 yen bawat taon, dagdag ang para sa bawat anak. Noong fiscal year 2025, ang dagdag para sa anak ay 239,300 yen bawat isa para sa ika-1 at ika-2 anak, at 79,800 yen para sa bawat susunod pang anak. Kukumpirmahin pa ang dagdag para sa mga anak sa fiscal year 2026.

    Kung mangyari ito sa pamilya mo, makipag-ugnayan agad sa isang pension office (年金事務所) o sa mga consultant namin.

    <i>Batay sa impormasyon noong Nobyembre 2026.</i>
faq-q19-keywords = namatay, mamatay, pag namatay ako, kung mamatay ako, namatay sa japan, namatay ang asawa, namatayan, patay, kamatayan, naulila, ulila, biyuda, balo, survivor, survivors pension, pamilya makakakuha ng pera, asawa at anak, pensiyon ng anak, izoku, izoku nenkin, 遺族年金, 死亡

faq-q20-question = Kailan ko makukuha ang old-age pension, at ilang taon ang kailangan ko?
faq-q20-answer =
    <b>Kailangan mo ng hindi bababa sa 10 taon (120 buwan) ng coverage. Mula Agosto 2017, 10 taon na ito, hindi na 25.</b>

    • Pinagsasama-sama para sa 10 taon ang: mga bayad na buwan sa National Pension, mga buwan sa Employees' Pension (厚生年金), mga buwan sa mutual aid, mga buwang exempt at ang karakikan (合算対象期間).
    • Nakadepende ang halaga sa kung gaano katagal kang nagbayad. Ang buong 40 taon ay nagbibigay ng 847,300 yen bawat taon sa fiscal year 2026 (ipinanganak noong Abril 2, 1956 o pagkatapos). Mas kaunting taon, mas maliit na halaga.
    • Kung nasa Employees' Pension ka, may makukuha ka ring bahaging nakabatay sa sahod.
    • Binabago ang mga halaga tuwing Abril.

    Magtanong sa isang pension office (年金事務所) kung kailan ka puwedeng magsimulang tumanggap ng pensiyon.

    Kaugnay sa lump sum: kapag umabot ka na sa 10 taon, hindi mo na makukuha ang lump sum (脱退一時金). Pensiyon na ang ibibigay ng mga buwan mo.

    <i>Batay sa impormasyon noong Nobyembre 2026.</i>
faq-q20-keywords = old age pension, pensiyon sa pagtanda, retirement pension, pensiyon pag matanda na, pagretiro, ilang taon kailangan, ilang taon dapat magbayad, gaano katagal magbayad, 10 taon, sampung taon, 10 years para magka pension, 120 buwan, 25 taon, kailan makakatanggap ng pensiyon, edad 65, magkano pensiyon pag 10 taon, rorei nenkin, rourei nenkin, 老齢年金, 受給資格期間

faq-q21-question = Kung may 10 taon ako ng kokumin nenkin at kosei nenkin na pinagsama, makukuha ko ba ang dalawang pensiyon?
faq-q21-answer =
    <b>Oo. Pinagsasama ang mga buwan mo sa National Pension (国民年金) at sa Employees' Pension (厚生年金) para sa 10-taong kondisyon.</b>

    Kapag may 10 taon (120 buwan) ka na:
    • Makukuha mo ang Old-age Basic Pension (老齢基礎年金) mula sa National Pension, batay sa mga bayad mong buwan.
    • Makukuha mo rin ang old-age pension ng mga empleyado (老齢厚生年金), batay sa mga buwan mo sa Employees' Pension at sa sahod mo.

    Halimbawa: 5 taon bilang specified skilled worker sa isang kompanya + 5 taong ikaw mismo ang nagbayad ng National Pension = 10 taon. Kuwalipikado ka.

    Noong 2002, 25 taon ang kailangan. Naging 10 taon ang patakaran noong Agosto 2017.

    Tandaan: kung kukunin mo ang lump sum (脱退一時金) kahit kailan, mabubura ang lahat ng buwan bago nito at hindi na sila mabibilang para sa 10 taon.

    <i>Batay sa impormasyon noong Nobyembre 2026.</i>
faq-q21-keywords = dalawang pensiyon, parehong pensiyon, makukuha ko ba pareho, 2 pensiyon, kokumin at kosei pinagsama, pagsamahin ang kokumin at kosei, kosei plus kokumin, pagsamahin ang taon, kabuuang taon, halo ang taon, taon sa kompanya at taon sa kokumin, ako mismo magbabayad para umabot 10 taon, boluntaryong bayad, voluntary, umabot ng 10 taon, nini kanyu, rorei kosei nenkin, 老齢厚生年金, 任意加入, 合算

faq-q22-question = Ano ang mangyayari sa pensiyon ko kung nagbayad ako nang kulang sa 10 taon?
faq-q22-answer =
    <b>Wala kang makukuhang old-age pension. Pero ang dayuhang aalis ng Japan ay puwedeng mag-claim ng lump sum (脱退一時金) sa halip nito.</b>

    Kailangan mo ng hindi bababa sa 6 na buwan ng coverage. Hanggang 60 buwan lang ang binibilang (mula Abril 2021; bago noon, 36 ito).
    • <b>Employees' Pension (厚生年金):</b> average na standard monthly remuneration × isang rate. Ang 36 na buwan ay nagbibigay ng rate na 3.3; ang 60 buwan o higit pa ay nagbibigay ng 5.5.
    • <b>National Pension (国民年金)</b>, kung ang huling bayad na buwan ay nasa fiscal year 2026: mula 53,760 yen (6 hanggang 11 buwan) hanggang 537,600 yen (60 buwan o higit pa).

    Hindi na ginagamit ang table noong 2002 (factor na 0.5 hanggang 3.0, hanggang 36 na buwan lang).

    Kung magiging permanent resident ka o Japanese citizen, puwedeng mabilang bilang karakikan (合算対象期間) ang mga taon mo sa ibang bansa, at baka umabot ka sa 10 taon sa ganoong paraan.

    Kung baka bumalik ka, mananatili ang mga buwan mo sa ilalim ng Basic Pension Number mo basta hindi mo kinukuha ang lump sum.

    <i>Batay sa impormasyon noong Nobyembre 2026.</i>
faq-q22-keywords = kulang sa 10 taon, wala pang 10 taon, hindi umabot ng 10 taon, kulang ang taon, 3 taon lang, 5 taon lang, 5 taon walang pensiyon, 8 taon nagbayad, sandali lang sa japan, walang old age pension, nasayang ang nenkin, mawawala ba nenkin ko, 10 nen miman, 10年未満

## Seksyon D: pagkawala ng benepisyo at ang lump sum

faq-q23-question = Makukuha ko ba ulit ang perang ibinayad ko sa pensiyon?
faq-q23-answer =
    <b>Hindi bilang karaniwang refund. Pero ang dayuhang aalis ng Japan ay puwedeng mag-claim ng Lump-sum Withdrawal Payment (脱退一時金, dattai ichijikin).</b>

    Mga pangunahing kondisyon:
    • Hindi ka Japanese citizen.
    • May hindi bababa sa 6 na buwan ka ng coverage.
    • Wala ka nang address sa Japan at hindi ka na kasali sa anumang pensiyon sa Japan.
    • Kulang sa 10 taon ang coverage mo at hindi ka kailanman nagkaroon ng karapatan sa pensiyon.
    • Mag-claim ka sa loob ng 2 taon. Kadalasan, nagsisimula ang 2 taon kapag natapos ang address mo sa Japan, o kapag nawala ang coverage mo kung mas huli iyon.

    Binibilang nito ang hanggang 60 buwan (5 taon). Para sa mga manggagawa sa kompanya, halos ang sarili mong bahagi ng mga premium ang naibabalik, hindi ang bahagi ng employer mo.

    <b>Babala:</b> kapag natanggap mo na ito, mabubura ang lahat ng buwan mo bago ang claim. Hindi na sila mabibilang para sa anumang pensiyon sa Japan o sa ilalim ng social security agreement.

    Buksan ang gabay sa pag-claim ng lump sum sa menu para sa mga hakbang.

    <i>Batay sa impormasyon noong Nobyembre 2026.</i>
faq-q23-keywords = refund, refund ng nenkin, nenkin refund, pension refund, makukuha ko ba ulit ang pera, maibabalik ba ang pera, ibabalik ba ang binayad ko, bawiin ang pera, balik pera, pera pabalik, makukuha ba pag uwi, refund pag uwi ng pinas, uuwi na sa pinas refund, lump sum, ano ang lump sum, lumpsum, lamsam, lump sump, ano ang dattai ichijikin, 脱退一時金, 返金

faq-q24-question = Ako mismo ang nagbayad ng kokumin nenkin. Makakakuha ba ako ng lump sum kapag umalis ako?
faq-q24-answer =
    <b>Oo. Kung nagbayad ka ng hindi bababa sa 6 na buwan ng National Pension (国民年金) bilang Category 1, puwede mong i-claim ang lump sum ng National Pension pagkaalis mo ng Japan.</b>

    Halaga = ang buwanang premium sa fiscal year ng huling bayad mong buwan × ½ × ang numero para sa band mo.

    Kung ang huling bayad na buwan ay nasa fiscal year 2026 (premium 17,920 yen):
    • 6–11 buwan: 53,760 yen
    • 12–17: 107,520 yen
    • 18–23: 161,280 yen
    • 24–29: 215,040 yen
    • 30–35: 268,800 yen
    • 36–41: 322,560 yen
    • 42–47: 376,320 yen
    • 48–53: 430,080 yen
    • 54–59: 483,840 yen
    • 60 o higit pa: 537,600 yen

    Kung ang huling bayad mong buwan ay mula Abril 2025 hanggang Marso 2026 (premium 17,510 yen), medyo mas mababa ang mga halaga. Halimbawa, ang 60 buwan o higit pa ay nagbibigay ng 525,300 yen.

    Walang tax na kinakaltas sa lump sum ng National Pension.

    Ang mga buwan lang na ikaw mismo ang nagbayad ang binibilang. Ang mga buwang may bahagyang exemption ay binibilang nang bahagya. Ang mga buwang buong exempt, ipinagpaliban bilang estudyante at hindi bayad ay 0.

    Mag-claim sa loob ng 2 taon. Kadalasan, nagsisimula ang 2 taon kapag natapos ang address mo sa Japan, o kapag nawala ang coverage mo kung mas huli iyon. Basahin ang "Ano ang deadline para i-claim ang lump sum?" para sa mga detalye.

    Bago ka mag-claim: binubura ng lump sum ang lahat ng naunang buwan mo. Basahin muna ang "Ano ang mawawala sa akin kapag kinuha ko ang lump sum?".

    <i>Batay sa impormasyon noong Nobyembre 2026.</i>
faq-q24-keywords = refund ng kokumin, kokumin refund, kokumin lump sum, kokumin balik pera, refund ng national pension, national pension refund, ako mismo nagbayad, sarili kong bayad, binayaran ko mismo, refund ng binayaran ko sa city hall, category 1 refund, kokumin nenkin dattai ichijikin, walang tax ang kokumin, estudyante refund kokumin, 537600, 国民年金 脱退一時金, 国民年金 返金

faq-q25-question = Nagtrabaho ako sa isang kompanya. Puwede ba akong mag-claim sa kokumin nenkin at sa kosei nenkin?
faq-q25-answer =
    <b>Kadalasan, isang lump sum lang ang nagmumula sa mga buwan mo sa kompanya: ang lump sum ng Employees' Pension (厚生年金の脱退一時金).</b>

    • Bilang manggagawa sa kompanya (Category 2), kasali ka rin sa National Pension, pero walang hiwalay na lump sum ng National Pension na nagmumula sa mga buwang iyon.
    • Makakakuha ka rin ng lump sum ng National Pension kung ikaw mismo ay nagbayad din ng National Pension nang 6 na buwan o higit pa, halimbawa sa pagitan ng dalawang trabaho.

    Isang claim form ang para sa dalawa. Kung mayroon ka ng dalawang uri, sabay mong i-claim ang dalawa.

    Tax: 20.42% ang kinakaltas sa lump sum ng Employees' Pension (kadalasan ay makukuha mo ito ulit). Walang tax ang lump sum ng National Pension.

    Sino ang magbabayad: kung may 6 o higit pang bayad na buwan ka sa National Pension, ang Japan Pension Service ang hahawak sa dalawa. Kung wala, ang huling pension body na pinagtrabahuhan mo ang magbabayad; para sa pribadong kompanya, iyon ay ang Japan Pension Service.

    Halimbawa: 30 buwan sa isang kompanya + 8 buwang ikaw mismo ang nagbayad → 2 lump sum.

    Bago ka mag-claim: binubura ng lump sum ang lahat ng naunang buwan mo. Kung baka bumalik ka sa Japan, o taga-Pilipinas o India ka, basahin muna ang "Ano ang mawawala sa akin kapag kinuha ko ang lump sum?".

    <i>Batay sa impormasyon noong Nobyembre 2026.</i>
faq-q25-keywords = dalawang lump sum, 2 lump sum, dalawang refund, pareho ba makukuha, i-claim pareho, refund ng kosei at kokumin, kokumin at kosei parehong refund, refund ng kosei nenkin, kosei nenkin refund, refund ng dalawang pensiyon, refund ng empleyado ng kompanya, doble refund, kosei nenkin dattai ichijikin, 厚生年金 脱退一時金, 両方

## Seksyon E: karakikan (mga Japanese national at permanent resident)

faq-q26-question = Ano ang karakikan?
faq-q26-answer =
    <b>Ang karakikan (合算対象期間) ay mga panahong binibilang para sa 10-taong kondisyon ng old-age pension, pero walang idinadagdag sa halaga.</b>

    Tinutulungan nito ang mga tao na umabot sa 10 taon (120 buwan). Mga halimbawa:
    • Mga Japanese national: panahong nakatira sa ibang bansa.
    • Mga dayuhang nakakuha ng permanent residence (永住者) o ng Japanese nationality: panahong nakatira sa ibang bansa mula Abril 1961 hanggang sa pagkakaloob ng permiso, sa edad na 20 hanggang 59 lang.
    • Panahon bilang asawa ng isang empleyado bago ang Abril 1986, at panahon bilang estudyante bago ang Abril 1991.

    Hindi karakikan ang panahon sa ibang bansa para sa mga dayuhang may work visa, tulad ng mga trainee o specified skilled worker.

    Mahalaga: kung dahil sa karakikan ay umabot ka sa 10 taon, may karapatan ka na sa old-age pension, at hindi mo na makukuha ang lump sum (脱退一時金).

    <i>Batay sa impormasyon noong Nobyembre 2026.</i>
faq-q26-keywords = karakikan, ano ang karakikan, ano yung karakikan, ibig sabihin ng karakikan, kara kikan, karakikann, karakican, paliwanag ng karakikan, kara period, empty period, bakanteng panahon, gassan taisho kikan, credit period, 合算対象期間, カラ期間

faq-q27-question = Binibilang ba bilang karakikan ang panahong nakatira ako sa sarili kong bansa?
faq-q27-answer =
    <b>Kung magiging permanent resident (永住者) o Japanese citizen ka lang.</b> Saka lang mabibilang ang mga taon mo sa ibang bansa mula Abril 1961 hanggang sa pagkakaloob ng permiso, pero ang mga taon lang sa pagitan ng edad 20 at 59.

    Halimbawa: nakatira ka sa bansa mo mula edad 20 hanggang 28, tapos pumunta ka sa Japan. Kalaunan, nakakuha ka ng permanent residence. Karakikan ang 8 taon mula 20 hanggang 28. Kung may 2 taon ka pang coverage sa Japan, may 10 taon ka na.

    Hindi karakikan ang panahon sa Japan. Ang mga nakatira sa Japan ay kasali sa National Pension at dapat magbayad o kumuha ng exemption.

    Walang idinadagdag sa halaga ang karakikan. Nakabatay ang pensiyon mo sa mga buwang talagang binayaran mo.

    <i>Batay sa impormasyon noong Nobyembre 2026.</i>
faq-q27-keywords = taon sa pinas, taon sa pilipinas, panahon sa sariling bansa, taon sa sarili kong bansa, bilang ba taon sa pinas, taon sa abroad, panahon sa abroad, bago pumunta ng japan, bago ako dumating sa japan, nakatira sa pinas bilang ba, overseas years, kaigai zaiju, 海外在住期間, 母国

faq-q28-question = Kung nakatira ako sa Japan pero hindi nagtatrabaho sa kompanya, karakikan ba iyon?
faq-q28-answer =
    <b>Hindi. Ngayon, karaniwang hindi karakikan ang panahong nakatira sa Japan.</b>

    Kung nakatira ka sa Japan, 20 hanggang 59 taong gulang at wala sa pensiyon ng kompanya, kasali ka sa National Pension (国民年金) bilang Category 1. Dapat mong bayaran ang premium (17,920 yen kada buwan sa fiscal year 2026) o mag-apply ng exemption (免除).
    • Binibilang nang buo ang mga bayad na buwan.
    • Binibilang ang mga buwang exempt para sa 10 taon.
    • Walang halaga ang mga buwang hindi bayad.

    Kung sa tingin mo ay baka mabilang ang isang lumang panahon, magtanong sa isang pension office (年金事務所).

    <i>Batay sa impormasyon noong Nobyembre 2026.</i>
faq-q28-keywords = hindi nagtatrabaho sa japan, walang kompanya, walang trabaho sa japan, tambay, housewife, maybahay, self employed, sariling negosyo, panahong walang trabaho, pagitan ng trabaho, nakatira sa japan karakikan ba, mushoku, 無職, 自営業

faq-q29-question = Sino ang puwedeng gumamit ng karakikan?
faq-q29-answer =
    <b>Mga Japanese national, at mga dayuhang naging permanent resident (永住者) o Japanese citizen.</b>

    • Mga Japanese national: binibilang ang panahon sa ibang bansa at ilang iba pang panahon.
    • Mga permanent resident at naturalised citizen: panahon sa ibang bansa mula Abril 1961 hanggang sa pagkakaloob ng permiso, sa pagitan ng edad 20 at 59.
    • May ilang lumang panahon na binibilang para sa lahat ng pasok sa patakaran, halimbawa bilang asawa ng isang empleyado bago ang Abril 1986, o bilang estudyante bago ang Abril 1991.

    Hindi para sa: mga dayuhang may work visa, trainee visa, specified skilled worker visa, student visa at iba pa. Hindi binibilang ang panahon nila sa ibang bansa.

    Para sa mga permanent resident: dahil sa karakikan, baka pasok ka na sa 10 taon. Kung gayon, may karapatan ka sa old-age pension at hindi mo na makukuha ang lump sum (脱退一時金). Alamin muna ito bago ka magplano.

    <i>Batay sa impormasyon noong Nobyembre 2026.</i>
faq-q29-keywords = sino pwede sa karakikan, karakikan para sa dayuhan, karakikan sa foreigner, para lang sa japanese, para sa dayuhan o japanese, permanent resident lang ba, naturalized, naturalised, nag naturalize, kika, japanese citizen, sino kwalipikado sa karakikan, 帰化, 日本国籍

faq-q30-question = Binibilang din ba ang karakikan para sa kosei nenkin at kyosai?
faq-q30-answer =
    <b>Oo. Iisa lang ang 10-taong kondisyon para sa lahat ng pampublikong pensiyon.</b>

    Pinagsasama-sama ang mga buwan mo sa National Pension, sa Employees' Pension (厚生年金), sa mutual aid (共済組合), ang mga buwang exempt at ang karakikan.

    Kapag umabot sa 10 taon (120 buwan) o higit pa ang kabuuan:
    • makukuha mo ang Old-age Basic Pension, at
    • makukuha mo ang old-age pension na nakabatay sa sahod mula sa Employees' Pension o mutual aid para sa mga buwang nagtrabaho ka.

    Tumutulong lang ang karakikan para umabot ka sa 10 taon. Ang halaga ay galing sa mga buwang talagang binayaran mo.

    <i>Batay sa impormasyon noong Nobyembre 2026.</i>
faq-q30-keywords = karakikan kosei nenkin, karakikan kyosai, bilang ba sa employees pension, bilang ba sa mutual aid, bilang ba sa kosei, lahat ng pensiyon, pati pensiyon ng kompanya, lahat ng sistema, iisang kondisyon, bawat pension system

faq-q31-question = Anong mga dokumento ang kailangan ng mga permanent resident para patunayan ang karakikan?
faq-q31-answer =
    <b>Kailangan mong ipakita kung saan ka nakatira at kailan ka nakakuha ng permanent residence.</b> Ang Japan Pension Service ang nagpapasya kung ano ang tinatanggap nito, kaya magtanong muna sa isang pension office (年金事務所) bago ka mag-claim.

    Makabubuting dalhin:
    • Ang mga passport mo, luma at bago, na may tatak ng pagpasok at paglabas
    • Ang residence card mo (在留カード) na nagpapakita ng permanent residence, at ang petsa ng permiso
    • Ang Basic Pension Number Notice mo (基礎年金番号通知書) o pension handbook (年金手帳)
    • Isang simpleng timeline: kung saan ka nakatira, nagtrabaho at nag-aral, taon-taon, mula edad 20

    Sinusuri ang karakikan kapag nag-claim ka ng old-age pension mo. Magtabi ng kopya ng lahat ng ibibigay mo.

    Matutulungan ka ng mga consultant ng bot na maghanda.

    <i>Batay sa impormasyon noong Nobyembre 2026.</i>
faq-q31-keywords = dokumento para sa karakikan, patunay ng karakikan, katibayan, patunayan ang panahon sa abroad, papeles na ipapakita, lumang passport, tatak sa passport, ebidensya, patunay na nakatira sa ibang bansa, timeline, anong papeles sa karakikan, 書類, 証明

faq-q32-question = Saan ko mababasa ang mga patakaran ng karakikan?
faq-q32-answer =
    <b>Nakalista ng Japan Pension Service (日本年金機構) ang mga uri ng karakikan sa mga paliwanag ng mga claim form nito.</b> Maipapaliwanag ang mga ito ng kahit anong pension office (年金事務所).

    Noong 2002, ang Social Insurance Agency ang nagpapatakbo ng pensiyon. Mula Enero 2010, ang Japan Pension Service na.

    Ang mga pangunahing punto sa madaling salita:
    • Binibilang ang karakikan para sa 10-taong kondisyon, hindi para sa halaga.
    • Para sa mga permanent resident at naturalised citizen: panahon sa ibang bansa mula Abril 1961 hanggang sa pagkakaloob ng permiso, sa pagitan ng edad 20 at 59.
    • Iba pang halimbawa: asawa ng isang empleyado bago ang Abril 1986, estudyante bago ang Abril 1991.

    Kung kailangan mo ng tulong sa wika mo, magtanong sa mga consultant namin sa pamamagitan ng menu.

    <i>Batay sa impormasyon noong Nobyembre 2026.</i>
faq-q32-keywords = patakaran ng karakikan, saan mababasa, saan makikita ang patakaran, patakaran sa english, impormasyon, website, nenkin jimusho, pension office, opisina ng nenkin, social insurance agency, shakai hoken cho, 年金事務所, 日本年金機構, 社会保険庁

## Seksyon F: mga dayuhang residente na may visa

faq-q33-question = May work visa ako at mananatili nang kulang sa 10 taon. Ano ang mangyayari sa pensiyon ko?
faq-q33-answer =
    <b>Puwede mong i-claim ang lump sum (脱退一時金) pagkaalis mo ng Japan, para sa Employees' Pension at para sa National Pension.</b> Kailangan mo ng 10 taon para sa old-age pension (25 taon hanggang Agosto 2017).

    • Kahit anong visa: trainee (技能実習), specified skilled worker (特定技能), engineer, estudyante, spouse at iba pa.
    • Hindi bababa sa 6 na buwan ng coverage.
    • Hanggang 60 buwan ang binibilang. Walang idinadagdag sa lump sum ang mga buwan pagkatapos ng 60. (May planong itaas ito sa 96 na buwan, pero wala pa itong petsa ng pagsisimula.)
    • Mag-claim sa loob ng 2 taon. Kadalasan, nagsisimula ang 2 taon kapag natapos ang address mo sa Japan, o kapag nawala ang coverage mo kung mas huli iyon. Basahin ang "Ano ang deadline para i-claim ang lump sum?" para sa mga detalye.

    Kung mas matagal kang mananatili: kapag lumipat ka mula trainee papuntang specified skilled worker nang hindi umuuwi, tuloy-tuloy ang coverage mo. Pagdating ng 120 buwan (10 taon), magkakaroon ka ng karapatan sa old-age pension, at hindi na puwede ang lump sum.

    Pag-isipan muna bago mag-claim: binubura ng lump sum ang lahat ng naunang buwan mo. Mahalaga ito kung baka bumalik ka sa Japan. Mahalaga rin ito kung taga-Pilipinas o India ka: pinapayagan ng mga kasunduan nila sa Japan na pagsamahin ang mga panahon sa dalawang bansa, at tinatapos ito ng lump sum para sa lahat ng naunang buwan. Basahin muna ang "Ano ang mawawala sa akin kapag kinuha ko ang lump sum?".

    <i>Batay sa impormasyon noong Nobyembre 2026.</i>
faq-q33-keywords = work visa, may visa, trainee, jisshusei, ginou jisshusei, ginou jisshu, gino jisshu, tokutei ginou, tokutei gino, tokutei, ssw, specified skilled worker, technical intern, trainee 3 taon, jisshusei 3 taon, ssw 5 taon, tapos na ang trainee, pensiyon ng trainee, work visa kulang 10 taon, 技能実習, 特定技能, 就労ビザ

faq-q34-question = Bakit hindi ko magagamit ang karakikan kung may work visa ako?
faq-q34-answer =
    <b>Dahil ang patakaran ng karakikan para sa panahon sa ibang bansa ay para lang sa mga Japanese national at sa mga dayuhang naging permanent resident o Japanese citizen.</b> Hindi sapat ang work visa.

    Ang puwede mong gawin sa halip:
    • Umabot sa 10 taon gamit ang tunay na coverage sa Japan: mga bayad na buwan, mga buwan sa kompanya at mga buwang exempt.
    • Kung may social security agreement ang bansa mo sa Japan na nagsasama ng mga panahon (halimbawa ang Pilipinas o India), puwedeng mabilang ang mga panahon sa dalawang bansa.
    • I-claim ang lump sum (脱退一時金) kapag umalis ka.
    • Kung makakuha ka kalaunan ng permanent residence, puwede nang magamit ang karakikan para sa panahon mo sa ibang bansa.

    <i>Batay sa impormasyon noong Nobyembre 2026.</i>
faq-q34-keywords = bakit walang karakikan, bakit hindi pwede karakikan, karakikan work visa, may visa hindi pwede, trainee hindi pwede sa karakikan, hindi pinapayagan, jisshusei hindi pwede, tokutei ginou hindi pwede, hindi patas, unfair, bakit hindi para sa may visa, 合算対象期間 ビザ

faq-q35-question = Kung aalis ako ng Japan bago ang 10 taon, mawawala ba lahat ng pera ko sa pensiyon?
faq-q35-answer =
    <b>Hindi lahat. May mga pagpipilian ka.</b>

    1. <b>I-claim ang lump sum (脱退一時金).</b> Maibabalik sa iyo ang bahagi ng pera para sa hanggang 60 buwan. Kapag natanggap mo ito, mabubura ang lahat ng buwan mo bago ang claim. Mag-claim sa loob ng 2 taon. Kadalasan, nagsisimula ang 2 taon kapag natapos ang address mo sa Japan, o kapag nawala ang coverage mo kung mas huli iyon. Kung lumampas ka sa deadline, mawawala sa iyo ang lump sum, pero mananatili ang mga buwan mo sa record mo.
    2. <b>Panatilihin ang record mo.</b> Mananatili ang mga buwan mo sa ilalim ng Basic Pension Number mo (基礎年金番号). Kung babalik ka sa Japan kalaunan, idadagdag ang mga bagong buwan. Pagdating ng 10 taon, makakakuha ka ng pensiyon.
    3. <b>Social security agreement.</b> May 24 na kasunduan ang Japan. Sa ilang bansa, tulad ng Pilipinas at India, puwedeng pagsamahin ang mga panahon sa Japan at sa sariling bansa. Walang kasunduan ang Vietnam, Indonesia, Myanmar, Nepal, Cambodia at marami pang iba, kaya pagpipilian 1 at 2 lang ang mayroon sila.

    Habang sakop ka, protektado ka rin ng disability at survivors' pension.

    <i>Batay sa impormasyon noong Nobyembre 2026.</i>
faq-q35-keywords = mawawala ba pera ko, mawawala lahat ng pera, nawala ang pera, nasayang ang pera, sayang ang binayad, mawawala ba nenkin, mawawala lahat ng pensiyon, aalis ng maaga, maagang uuwi, uuwi ng maaga, umuwi bago 10 taon, aalis bago 10 taon, ano mga pagpipilian, ano options ko, panatilihin ang record, pension record, 損, 年金記録

faq-q36-question = Puwede bang wala akong makuhang pensiyon mula sa Japan o mula sa sarili kong bansa?
faq-q36-answer =
    <b>Oo, puwede itong mangyari.</b> Sa Japan, kailangan mo ng 10 taon ng coverage para sa old-age pension. May sariling patakaran ang pensiyon sa bansa mo, at baka hindi kasama roon ang mga taon mo sa Japan.

    Pinakamataas ang panganib kung:
    • mananatili ka sa Japan nang kulang sa 10 taon, at
    • walang social security agreement ang bansa mo sa Japan. Wala nito ang Vietnam, Indonesia, Myanmar, Nepal, Cambodia, Thailand, Mongolia, Sri Lanka, Bangladesh at Uzbekistan (listahan ng JPS na na-update noong Oktubre 2025).

    Para sa mga manggagawang ito, ang lump sum (脱退一時金) o ang pag-abot sa 10 taon sa Japan lang ang mga paraan para may mapakinabangan sa mga premium.

    Mula sa Pilipinas o India: pinapayagan ng kasunduan ang dalawang bansa na pagsamahin ang mga panahon. Ikumpara ito sa lump sum bago ka mag-claim.

    <i>Batay sa impormasyon noong Nobyembre 2026.</i>
faq-q36-keywords = walang pensiyon kahit saan, wala sa dalawang bansa, walang makukuha sa dalawa, walang matitira, wala akong pensiyon sa pinas, pensiyon sa sariling bansa, pensiyon sa pilipinas, walang kasunduan panganib, mukin, 無年金, 母国の年金

faq-q37-question = May legal na proteksyon ba ang pensiyon ng mga dayuhang manggagawa?
faq-q37-answer =
    <b>Oo: ang mga social security agreement (社会保障協定) at ang lump sum (脱退一時金).</b>

    • May 24 na kasunduang umiiral ang Japan. Noong 2002, 2 lang ang mayroon (Germany at United Kingdom).
    • Karamihan ng mga kasunduan ay pinapayagan kang pagsamahin ang mga panahon sa dalawang bansa. Ang ilan ay pumipigil lang na magbayad ka sa dalawang sistema nang sabay: United Kingdom, Korea, China at Italy.
    • Kahit walang kasunduan, binibigyan ka pa rin ng batas ng lump sum kapag umalis ka: hanggang 60 buwan, na i-claim sa loob ng 2 taon. Kadalasan, nagsisimula ang 2 taon kapag natapos ang address mo sa Japan, o kapag nawala ang coverage mo kung mas huli iyon.
    • Habang sakop ka, pareho ang proteksyon mo sa disability at survivors' pension gaya ng mga Japanese na manggagawa.

    Para sa buong listahan ng mga bansa, buksan ang tanong tungkol sa social security agreement sa gabay sa pag-claim ng lump sum.

    <i>Batay sa impormasyon noong Nobyembre 2026.</i>
faq-q37-keywords = legal na proteksyon, proteksyon ng batas, may batas ba, batas para sa dayuhan, protektado ba, karapatan, karapatan sa pensiyon, karapatan ng manggagawa, protektahan ang pensiyon ko, garantiya, legal, hogo, kenri, 権利, 保護

faq-q38-question = Ano ang mangyayari sa perang ibinayad ko kung hindi ako makakakuha ng pensiyon?
faq-q38-answer =
    <b>Ang mga premium mo ang nagpopondo sa pampublikong pension system.</b> Hindi naiipon ang pera mo sa isang personal na account.

    Ano ang babalik sa iyo kung aalis ka:
    • <b>Lump sum ng Employees' Pension:</b> halos ang sarili mong bahagi ng mga premium (hindi ang bahagi ng employer mo) para sa hanggang 60 buwan, bawas ang 20.42% na tax na kadalasan ay makukuha mo ulit.
    • <b>Lump sum ng National Pension:</b> humigit-kumulang kalahati ng premium para sa bawat bayad na buwan, binibilang nang tig-6 na buwan, para sa hanggang 60 buwan. Walang tax.
    • Kung hindi ka mag-claim sa loob ng 2 taon, mawawala ang karapatan mo sa lump sum. Kadalasan, nagsisimula ang 2 taon kapag natapos ang address mo sa Japan, o kapag nawala ang coverage mo kung mas huli iyon.

    Kung umabot ka naman sa 10 taon ng coverage, makakakuha ka ng old-age pension.

    <i>Batay sa impormasyon noong Nobyembre 2026.</i>
faq-q38-keywords = saan napupunta ang pera, saan napupunta ang binayad ko, saan napunta ang hulog ko, saan ginagamit ang premium, ano nangyayari sa binayad ko, hindi iniipon, personal na account, ipon ko ba ito, pondo, para sa matatanda, pambayad sa matatanda, fukaho, 保険料 どこ, 賦課方式

faq-q39-question = Bakit kailangang magbayad sa pensiyon ang mga dayuhang may visa?
faq-q39-answer =
    <b>Dahil sakop ng batas ng pensiyon sa Japan ang lahat ng nakatira o nagtatrabaho sa Japan, anuman ang nasyonalidad.</b>

    Ang mga premium mo ang nagpopondo sa pampublikong pension system. Sinasakop din nito ang mga panganib habang nasa Japan ka:
    • Disability Basic Pension kung magkaroon ka ng malubhang kapansanan (fiscal year 2026: 847,300 yen bawat taon para sa grade 2)
    • Survivors' Basic Pension para sa pamilya mo kung mamatay ka

    Para sa mga dayuhang maagang umaalis, ibinabalik ng lump sum (脱退一時金) ang bahagi ng mga premium. Pinipigilan din ng mga social security agreement ang dobleng pagbabayad sa ilang bansa.

    <i>Batay sa impormasyon noong Nobyembre 2026.</i>
faq-q39-keywords = bakit nagbabayad ang dayuhan, bakit kailangan magbayad ng foreigner, bakit may nenkin ang foreigner, dahilan ng pagbabayad, para saan ang nenkin, bakit kami kinakaltasan, bakit kinakaltasan ang dayuhan, trainee bakit magbabayad, may visa bakit magbabayad, layunin, naze, 外国人 なぜ 年金

faq-q40-question = Puwede ba akong hindi sumali sa pensiyon dahil uuwi naman ako?
faq-q40-answer =
    <b>Hindi.</b>

    • <b>Employees' Pension (厚生年金):</b> kung nagtatrabaho ka sa workplace na sakop nito, naka-enroll ka. Hindi ka puwedeng umalis dito habang nagtatrabaho ka roon, kahit hindi ka kailanman aabot sa 10 taon.
    • <b>National Pension (国民年金):</b> kung nakatira ka sa Japan at 20 hanggang 59 taong gulang, dapat kasali ka rito. Kung kulang ang pera, mag-apply ng exemption (免除) sa city office mo. Huwag basta tumigil sa pagbabayad.

    Noong 2002, ang Social Insurance Agency ang nagpapatakbo ng pensiyon. Mula Enero 2010, ang Japan Pension Service (日本年金機構) na.

    Ang puwede mong gawin: i-claim ang lump sum (脱退一時金) kapag umalis ka ng Japan. Itabi ang mga payslip mo at ang Basic Pension Number Notice mo (基礎年金番号通知書).

    Pero pag-isipan muna: binubura ng lump sum ang lahat ng buwan mo bago ang claim. Kung baka bumalik ka sa Japan, o taga-Pilipinas o India ka, basahin ang "Ano ang mawawala sa akin kapag kinuha ko ang lump sum?" bago ka mag-claim.

    <i>Batay sa impormasyon noong Nobyembre 2026.</i>
faq-q40-keywords = opt out, optout, ayaw sumali, ayokong sumali, ayaw ko sumali sa nenkin, tumanggi, pwede bang tumanggi, i-cancel ang pensiyon, i-cancel ang nenkin, cancel nenkin, hindi sasali, umalis sa pension system, umalis sa nenkin, mag quit sa nenkin, lumabas sa pensiyon, wag na lang, hindi na salamat, 加入しない, やめる

## Seksyon G: permanent residency

faq-q41-question = Ano ang permanent residency sa Japan?
faq-q41-answer =
    <b>Ang permanent residency (永住者, eijusha) ay status of residence na walang limitasyon kung gaano katagal ka puwedeng manatili.</b>

    Ang Immigration Services Agency of Japan (出入国在留管理庁) ang nagpapasya sa bawat aplikasyon. Ang mga requirement at dokumento ay itinatakda ng mga patakaran ng immigration, hindi ng pension system. Matutulungan ka ng mga consultant namin na hanapin ang tamang opisina at maghanda.

    Kaugnay sa pensiyon:
    • Pagkatapos mo itong makuha, ang mga taon mo sa ibang bansa mula Abril 1961 hanggang sa pagkakaloob ng permiso (edad 20 hanggang 59) ay binibilang bilang karakikan (合算対象期間).
    • Baka dahil dito ay umabot ka sa 10 taon. Kung gayon, may karapatan ka na sa old-age pension, at hindi mo na makukuha ang lump sum (脱退一時金).

    <i>Batay sa impormasyon noong Nobyembre 2026.</i>
faq-q41-keywords = permanent resident, paano maging permanent resident, paano mag apply ng permanent resident, apply ng pr, permanent residency, permanent residence, pr sa japan, eijuken, ano ang eijuken, kumuha ng eijuken, mag apply ng eijuken, eijyuken, eijuu, eiju, eijusha, pr visa, green card japan, immigration, nyukan, 永住, 永住権, 永住者, 永住許可

faq-q42-question = Anong benepisyo sa pensiyon ang ibinibigay ng permanent residency?
faq-q42-answer =
    <b>Ang pangunahing benepisyo sa pensiyon ay ang karakikan (合算対象期間): puwedeng mabilang ang panahon mo sa ibang bansa para sa 10-taong kondisyon.</b>

    • Ang binibilang: panahon sa ibang bansa mula Abril 1961 hanggang sa pagkakuha mo ng permanent residence, sa pagitan ng edad 20 at 59.
    • Mas madali nitong maaabot ang old-age pension, kahit mas kaunti ang bayad na taon mo sa Japan.
    • Walang idinadagdag sa halaga ang karakikan. Ang mga bayad na buwan lang ang nagdadagdag.

    Ang kabilang panig: kapag pasok ka na sa 10 taon, hindi na puwede ang lump sum (脱退一時金). Maraming permanent resident ang nasa ganitong sitwasyon.

    Ang iba pang karapatan ng mga permanent resident (trabaho, pamilya, loan) ay nakadepende sa immigration at iba pang batas. Ang Immigration Services Agency ang nagpapasya sa mga usaping immigration. Makakatulong ang mga consultant namin.

    <i>Batay sa impormasyon noong Nobyembre 2026.</i>
faq-q42-keywords = pensiyon ng permanent resident, benepisyo ng pr, pr pension merit, ano ang benepisyo ng eijuken, merit ng eijuken, eijuken pension, eijusha nenkin, bentahe sa pensiyon, maganda ba sa nenkin, ano maitutulong sa nenkin ko, tulong sa pensiyon ko, 永住 メリット, 永住者 年金

faq-q43-question = Kailangan bang laging nakatira sa Japan ang mga permanent resident?
faq-q43-answer =
    <b>Tanong ito tungkol sa immigration. Ang Immigration Services Agency (出入国在留管理庁) ang nagtatakda ng mga patakaran sa pag-alis at pagbalik sa Japan.</b> Bago ang mahabang pananatili sa ibang bansa, alamin ang mga ito o magtanong sa mga consultant namin. Mahalaga na tama ang paggamit mo ng re-entry permit (再入国許可).

    Tungkol sa pensiyon:
    • Mula Hulyo 9, 2012, may residence card (在留カード) ang mga dayuhang residente. Wala na ang lumang alien registration card.
    • Puwedeng maging karakikan ang panahon sa ibang bansa bago ka nakakuha ng permanent residence.
    • Mananatili sa record mo ang mga buwan mo sa pensiyon habang wala ka sa Japan.
    • Kung pasok ka na sa 10 taon, hindi mo na makukuha ang lump sum (脱退一時金). Pensiyon na ang ibibigay sa iyo ng mga buwan mo.

    <i>Batay sa impormasyon noong Nobyembre 2026.</i>
faq-q43-keywords = pr titira sa abroad, pr nasa labas ng japan, permanent resident sa ibang bansa, eijuken titira sa pinas, pr uuwi ng pinas matagal, matagal sa labas ng japan, gaano katagal pwede sa labas, dapat ba laging nasa japan, titira sa sariling bansa nang matagal, mawawala ba ang pr, ilang araw kada taon, 永住者 出国, 海外 永住

faq-q44-question = Binabago ba ng permanent residency ang nasyonalidad ko o may epekto ba ito sa sarili kong bansa?
faq-q44-answer =
    <b>Hindi. Hindi binabago ng permanent residency ang nasyonalidad mo. Pinapanatili mo ang passport ng sarili mong bansa, at kailangan mong panatilihin itong valid.</b>

    Ang mga usapin sa sariling bansa (pagboto, ari-arian, pensiyon sa sariling bansa, tax) ay sumusunod sa batas ng bansa mo. Magtanong sa embassy mo.

    Pensiyon:
    • Sa Japan, puwedeng magbigay ang permanent residence ng karakikan para sa mga taon mo sa ibang bansa. Baka dahil dito ay umabot ka sa 10 taon at magkaroon ng old-age pension.
    • Puwede ring makatulong ang isang social security agreement. May 24 ang Japan. Ang Pilipinas at India ay nagsasama ng mga panahon; ang China at Korea ay hindi.
    • Kapag may karapatan ka na sa pensiyon sa Japan, hindi na puwede ang lump sum (脱退一時金).

    <i>Batay sa impormasyon noong Nobyembre 2026.</i>
faq-q44-keywords = nasyonalidad, citizenship, pagkamamamayan, magbabago ba nasyonalidad, mawawala ba nasyonalidad ko, filipino citizen pa rin ba, mananatiling pilipino, isusuko ang passport, passport ng pinas, dual citizenship, dual nationality, epekto sa pinas, embassy, embahada, pagboto, kokuseki, 国籍, 大使館

## Seksyon L: gabay sa pag-claim ng lump sum

faq-ls-eligibility-question = Puwede ko bang makuha ang lump sum? Ano ang mga kondisyon?
faq-ls-eligibility-answer =
    <b>Puwede mong i-claim ang lump sum (脱退一時金, dattai ichijikin) kung totoo ang lahat ng 7 puntong ito:</b>

    1. Hindi ka Japanese citizen.
    2. Hindi ka kasali ngayon sa anumang pensiyon sa Japan (hindi sa Employees' Pension at hindi rin sa National Pension).
    3. May hindi bababa sa 6 na buwan ka: 6 o higit pang buwan sa Employees' Pension (厚生年金) o sa mutual aid, o 6 o higit pang bayad na buwan sa National Pension (国民年金).
    4. Wala kang 10 taon (120 buwan) ng coverage. Binibilang ang karakikan at ang mga buwang exempt sa kondisyong ito.
    5. Hindi ka kailanman nagkaroon ng karapatan sa pensiyon sa Japan, kasama ang disability pension o Disability Allowance (障害手当金).
    6. Wala kang address sa Japan.
    7. Hindi pa lumilipas ang higit sa 2 taon mula nang mawala ang coverage mo. Kung may address ka pa sa Japan noon, nagsisimula ang 2 taon kapag natapos ang address na iyon.

    Kulang sa 6 na buwan: walang lump sum.
    Hindi mahalaga ang uri ng visa mo: trainee, specified skilled worker, engineer, estudyante at iba pa, lahat ay puwedeng mag-claim.

    Kung umalis ka na may re-entry permit at hindi ka nag-file ng moving-out notification (転出届), baka hindi ka pa makapag-claim. Tingnan ang tanong tungkol sa re-entry permit.

    Kahit pasok ka sa mga kondisyon, hindi ibig sabihin na kailangan mong mag-claim. Binubura ng lump sum ang lahat ng naunang buwan mo. Kung baka bumalik ka sa Japan, o taga-Pilipinas o India ka, basahin muna ang "Ano ang mawawala sa akin kapag kinuha ko ang lump sum?".

    <i>Batay sa impormasyon noong Nobyembre 2026.</i>
faq-ls-eligibility-keywords = pwede ba ako mag claim, pwede ba ako makakuha ng lump sum, qualified ba ako, kwalipikado ba ako, pasok ba ako, eligible ba ako, sino pwede mag claim, mga kondisyon, qualifications, kondisyon para sa refund, kondisyon ng lump sum, kondisyon ng dattai ichijikin, 6 na buwan, anim na buwan, 5 buwan lang, kulang sa 6 na buwan, 5 buwan lang nagtrabaho, nasa japan pa ako, nakatira pa sa japan, walang address sa japan, higit 10 taon refund, joken, shikaku, 脱退一時金 条件, 要件

faq-ls-amount-question = Magkano ang makukuha kong lump sum?
faq-ls-amount-answer =
    <b>Employees' Pension (厚生年金): average na standard monthly remuneration × payment rate.</b>

    Payment rate ayon sa bilang ng buwan ng coverage (kung ang huling buwan ay Abril 2021 o pagkatapos):
    • 6–11 buwan: 0.5
    • 12–17: 1.1
    • 18–23: 1.6
    • 24–29: 2.2
    • 30–35: 2.7
    • 36–41: 3.3
    • 42–47: 3.8
    • 48–53: 4.4
    • 54–59: 4.9
    • 60 o higit pa: 5.5
    Sa ngayon, hanggang 60 buwan lang ang binibilang. May planong itaas ito sa 96 na buwan, sa pamamagitan ng Cabinet Order. Wala pang inaanunsyong Cabinet Order at wala pang petsa ng pagsisimula.
    Kasama ang mga bonus sa average. Ang sahod na higit sa 650,000 yen kada buwan ay binibilang na 650,000.

    Halimbawa: 36 na buwan, average na 220,000 yen → 220,000 × 3.3 = 726,000 yen. Kinakaltas ang 20.42% na tax (mga 148,249 yen), kaya matatanggap mo ang mga 577,751 yen. Kadalasan ay makukuha mo ulit ang tax mamaya.

    <b>National Pension (国民年金): premium × ½ × band ng buwan.</b> Kung ang huling bayad na buwan ay nasa fiscal year 2026 (premium 17,920 yen), 60 buwan o higit pa: 17,920 × ½ × 60 = 537,600 yen. Walang tax.

    <b>Mag-ingat sa huling araw mo.</b> Kung Marso 30 ang huling araw ng trabaho mo sa halip na Marso 31, hindi mabibilang ang Marso. Ang 36 na buwan ay magiging 35, bababa ang rate mula 3.3 papuntang 2.7, at ang 726,000 yen ay magiging 594,000 yen.

    I-tap ang <b>Kuwentahin ang lump sum ko</b> sa menu para makuwenta ang sa iyo.

    Bago ka mag-claim: binubura ng lump sum ang lahat ng naunang buwan mo. Basahin muna ang "Ano ang mawawala sa akin kapag kinuha ko ang lump sum?".

    <i>Batay sa impormasyon noong Nobyembre 2026.</i>
faq-ls-amount-keywords = magkano makukuha ko, magkano po makukuha, magkano ba makukuha, magkano makukuha pag uwi, magkano refund ng nenkin ko, magkano ang lump sum, magkano ang dattai ichijikin, magkano maibabalik, ilang yen makukuha, makukuha kong pera, 3 years magkano, 3 taon magkano, magkano base sa sahod ko, halaga ng refund, compute, paano kuwentahin, paano i-calculate, calculate ng lumpsum, salary ko magkano refund, dattai ichijikin ikura, estimate, tantiya, payment rate, shikyuritsu, average na sahod, ikura, 金額, いくら, 計算

faq-ls-how-to-claim-question = Paano mag-apply para sa lump sum?
faq-ls-how-to-claim-answer =
    <b>Magpapadala ka ng claim form sa koreo sa Japan Pension Service (日本年金機構).</b>

    Bago ka magsimula: binubura ng lump sum ang lahat ng buwan mo bago ang claim. Kung baka bumalik ka sa Japan, o taga-Pilipinas o India ka, basahin muna ang "Ano ang mawawala sa akin kapag kinuha ko ang lump sum?".

    1. <b>Bago umalis ng Japan:</b> mag-file ng moving-out notification (転出届, tenshutsu todoke) sa city office mo. Itabi ang Basic Pension Number Notice mo at ang mga payslip mo.
    2. <b>Kunin ang form</b> na "Application for the Lump-sum Withdrawal Payments" (ang application form para sa lump sum). Bilingual ito (wika mo + Japanese) sa 14 na wika: English, Chinese, Korean, Portuguese, Spanish, Indonesian, Filipino, Thai, Vietnamese, Myanmar, Khmer, Russian, Nepali at Mongolian. Walang form sa Sinhala, Bengali, Uzbek, Hindi o Urdu: sa ganoong kaso, gamitin ang English na form. I-download ito mula sa website ng JPS, o kunin sa isang pension office, city office o international association.
    3. <b>Sagutan ito</b> sa malalaking titik (CAPITAL letters): pangalan, petsa ng kapanganakan, address sa ibang bansa at mga detalye ng bangko. Para sa bangko sa ibang bansa, isulat ang SWIFT/BIC code. Huwag kailanman isulat ang address sa Japan bilang address mo.
    4. <b>Ilakip ang mga dokumento</b> (tingnan ang checklist ng mga dokumento).
    5. <b>Ipadala ito sa koreo</b> sa: Japan Pension Service, Foreign Affairs Group (外国業務グループ), 3-5-24 Takaido-nishi, Suginami-ku, Tokyo 168-8505, JAPAN. Tingnan ang address sa form mo bago ipadala. Dapat itong dumating sa araw ng moving-out mo o pagkatapos nito.
    6. <b>Maghintay</b> ng decision notice (脱退一時金支給決定通知書). Itabi ang orihinal: kailangan mo ito para sa tax refund.

    Puwede mo itong ipadala mula sa Japan kapag na-file na ang moving-out notification mo (simula sa nakaplanong petsa ng moving-out), o mula sa sarili mong bansa sa loob ng 2 taon. Basahin ang "Ano ang deadline para i-claim ang lump sum?" para sa mga detalye.

    Opisyal na page: <a href="https://www.nenkin.go.jp/international/english/lumpsum/lumpsum.html">JPS Lump-sum Withdrawal Payments</a>

    <i>Batay sa impormasyon noong Nobyembre 2026.</i>
faq-ls-how-to-claim-keywords = paano mag apply, paano mag-apply, paano mag claim, paano mag-claim, paano i-claim, paano kunin ang refund, paano makuha ang refund, paano mag file, pano mag claim, pano mag apply, proseso, hakbang, step by step, ano dapat gawin, saan ipapadala, saan ko ipapadala ang form, form ng refund, nenkin refund form, claim form, application form, saan kukunin ang form, download form, form sa tagalog, address ng pension service, seikyu, shinsei, tetsuzuki, 手続き, 請求, 申請

faq-ls-documents-question = Anong mga dokumento ang kailangan ko para sa lump sum claim?
faq-ls-documents-answer =
    <b>Checklist para sa lump sum claim:</b>

    • <b>Claim form</b>, nasagutan at may pirma.
    • <b>Kopya ng passport:</b> ang mga pahinang may pangalan mo, petsa ng kapanganakan, nasyonalidad, pirma at status of residence, pati ang pahinang may tatak ng huli mong pag-alis sa Japan.
    • <b>Patunay na wala kang address sa Japan:</b> kopya ng removed resident record (住民票の除票) mo. Hindi na kailangan kung nag-file ka ng moving-out notification (転出届) bago umalis.
    • <b>Patunay mula sa bangko</b> na nagpapakita ng pangalan ng bangko, pangalan ng branch, address ng branch, account number, at na nakapangalan sa iyo ang account. Halimbawa, bank certificate o kopya ng passbook mo. Para sa bangko sa ibang bansa, idagdag ang SWIFT/BIC code.
    • <b>Basic Pension Number:</b> kopya ng Basic Pension Number Notice mo (基礎年金番号通知書) o ng pension handbook (年金手帳). Hindi na nag-iisyu ng handbook mula Abril 2022.
    • <b>Kung may ibang mag-a-apply para sa iyo:</b> power of attorney (委任状) at ID ng agent.

    Mga tip: sumulat sa malalaking titik (CAPITAL letters), huwag ibigay ang address sa Japan bilang address mo, at magtabi ng kopya ng lahat ng ipapadala mo.

    <i>Batay sa impormasyon noong Nobyembre 2026.</i>
faq-ls-documents-keywords = dokumento, mga dokumento, anong dokumento, anong mga dokumento kailangan, dokumento sa refund, dokumento sa lump sum, requirements, requirements na papel, papeles, anong papeles, mga papel, checklist, ano ipapadala, ano ilalakip, kopya ng passport, passport copy, bank certificate, patunay ng bangko, passbook, swift code, pension number, nawala nenkin techo, nawala ang pension book, nenkin techo, pension handbook, kiso nenkin bango, juminhyo no joseki, shorui, 必要書類, 年金手帳

faq-ls-deadline-question = Ano ang deadline para i-claim ang lump sum?
faq-ls-deadline-answer =
    <b>2 taon.</b> Nagsisimula ang 2 taon sa araw na nawala ang pension coverage mo. Kung may address ka pa sa Japan sa araw na iyon, nagsisimula ito kapag natapos ang address mo sa Japan.

    • Para sa mga manggagawa sa kompanya, nawawala ang coverage sa araw pagkatapos ng huling araw ng trabaho mo.
    • Karamihan ay nag-file ng moving-out notification (転出届) kapag umaalis. Kung gayon, kadalasan ay binibilang ang 2 taon mula sa petsa ng moving-out.

    Halimbawa: huling araw ng trabaho Marso 31, 2026, petsa ng moving-out Abril 15, 2026. Dapat maisagawa ang claim mo sa loob ng 2 taon, kaya ipadala ito nang maaga, bago pa sumapit ang kalagitnaan ng Abril 2028.

    Kung umalis ka na may re-entry permit at walang moving-out notification, mananatili sa record ang address mo hanggang mag-expire ang permit o ang status of residence mo. Saka pa lang magsisimula ang 2 taon.

    Kung lumampas ka sa deadline, mawawala ang karapatan mo sa lump sum. Mananatili ang mga buwan mo sa pension record mo. Mag-claim nang maaga: mabagal ang koreo, at matagal ayusin ang mga pagkakamali.

    Pero pag-isipan muna bago mag-claim: kapag natanggap mo ang lump sum, mabubura ang lahat ng naunang buwan mo. Kung baka bumalik ka sa Japan, o taga-Pilipinas o India ka, basahin muna ang "Ano ang mawawala sa akin kapag kinuha ko ang lump sum?".

    May sariling deadline ang tax refund, at mas mahaba ito: 5 taon mula Enero 1 ng taon pagkatapos mong matanggap ang lump sum.

    <i>Batay sa impormasyon noong Nobyembre 2026.</i>
faq-ls-deadline-keywords = deadline, hanggang kailan, hanggang kailan pwede mag claim, kailan ang deadline, deadline ng refund, huli na ba, late na ba, huli na ako, lampas na, expired na, may expiration ba, palugit, taning, 2 taon, dalawang taon, 2 taon pagkauwi, pwede pa ba mag claim, pwede pa ba kahit nakauwi na, ilang taon pagkauwi, matagal na akong nakauwi, umuwi 3 taon na, kigen, jiko, 期限, 時効, 2年

faq-ls-tax-refund-question = Makukuha ko ba ulit ang 20.42% na tax sa lump sum?
faq-ls-tax-refund-answer =
    <b>Kadalasan, oo. 20.42% na tax ang kinakaltas sa lump sum ng Employees' Pension, at karamihan ng mga trainee at specified skilled worker ay makakakuha ulit ng buong halaga nito.</b> Walang tax ang lump sum ng National Pension.

    1. <b>Pumili ng tax agent (納税管理人, nozei kanrinin)</b> sa Japan: isang tao o kompanyang pinagkakatiwalaan mo. I-file ang tax agent notice (納税管理人の届出書) sa tax office ng huli mong address sa Japan. Puwede mo itong gawin bago o pagkatapos umalis, o kasabay ng tax return.
    2. <b>Ang agent ang magfa-file ng tax return</b> na "退職所得の選択課税による還付のための申告書" (tax return para sa refund sa ilalim ng selective taxation ng retirement income).
    3. <b>Ilakip ang orihinal na decision notice</b> (脱退一時金支給決定通知書). Pinapatunayan nito na kinaltasan ka ng tax.

    Kailan: mula Enero 1 ng taon pagkatapos mong matanggap ang pera, sa loob ng 5 taon.

    Sa bank account sa Japan lang ibinabayad ang refund, kadalasan sa account ng agent. Piliin nang mabuti ang agent.

    Bakit ito naibabalik: itinuturing ang lump sum na retirement income, na may deduction na 400,000 yen bawat taon (hindi bababa sa 800,000 yen). Halimbawa: 36 na buwan, lump sum na 726,000 yen → deduction na 1,200,000 yen → maibabalik ang lahat ng tax (mga 148,249 yen).

    <i>Batay sa impormasyon noong Nobyembre 2026.</i>
faq-ls-tax-refund-keywords = tax refund, refund ng tax, ibalik ang tax, makukuha ba ang tax, kinaltas na tax, tax sa lump sum, tax ng dattai ichijikin, 20.42, 20 porsyento, 20 percent tax, buwis, bawas na buwis, ikalawang refund, second refund, 2nd refund, tax agent, nozei kanrinin, nouzei kanrinin, nozeikanrinin, kanpu, tax return, gensen, retirement income, taishoku shotoku, 納税管理人, 還付, 源泉徴収, 退職所得

faq-ls-erases-periods-question = Ano ang mawawala sa akin kapag kinuha ko ang lump sum?
faq-ls-erases-periods-answer =
    <b>Kapag natanggap mo ang lump sum, mabubura ang lahat ng coverage mo bago ang claim.</b>

    • Hindi na mabibilang ang mga buwang iyon para sa 10-taong kondisyon ng old-age pension sa Japan.
    • Hindi na sila mabibilang sa ilalim ng anumang social security agreement.
    • Kung babalik ka sa Japan kalaunan, magsisimula ulit sa 0 ang bilang mo.

    Pag-isipan muna kung:
    • baka bumalik ka sa Japan, halimbawa bilang specified skilled worker (特定技能) pagkatapos maging trainee, o sa ilalim ng bagong Employment for Skill Development (育成就労) system mula Abril 1, 2027;
    • marami ka nang taon sa Japan at puwede kang umabot sa 10 taon (120 buwan);
    • may kasunduan ang bansa mo sa Japan na nagsasama ng mga panahon, tulad ng Pilipinas o India. Ikumpara ang dalawang opsyon. Ipinapakita ng bot ang mga ito; ikaw ang pipili.

    Magandang malaman: puwede kang mag-claim nang higit sa isang beses, tuwing aalis ka at pasok ka sa mga kondisyon. Pero hanggang 60 buwan lang ang binibilang sa bawat claim.

    <i>Batay sa impormasyon noong Nobyembre 2026.</i>
faq-ls-erases-periods-keywords = ano mawawala sa akin, ano mawawala pag kinuha ko, mawawala ba ang taon ko, mabubura, mabubura ba, burado, reset, balik sa zero, disadvantage, demerit, masama ba kumuha ng lump sum, dapat ba ako mag claim, claim o hintayin, mag claim o hindi, babalik ako sa japan, babalik pa ako sa japan, babalik bilang tokutei ginou, pag isipan muna, 消える, デメリット, 再来日

faq-ls-processing-time-question = Gaano katagal bago ko matanggap ang pera ng lump sum?
faq-ls-processing-time-answer =
    <b>Walang opisyal na numero mula sa Japan Pension Service.</b>

    Ayon sa mga hindi opisyal na source (mga ahensya, hindi JPS), madalas ay mga 3 hanggang 4 na buwan ito, at may nagsasabing 4 hanggang 5 buwan. <u>Hindi</u> ito opisyal na numero. Mas matagal ito kung may mali sa form o may kulang na dokumento.

    Pagkatapos ng desisyon, ipapadala ng JPS ang decision notice (脱退一時金支給決定通知書) at ibabayad ang pera sa bank account na ibinigay mo.

    Mas huli at hiwalay na darating ang tax refund: puwede lang i-file ang tax return mula Enero 1 ng taon pagkatapos mong matanggap ang pera.

    Para maiwasan ang pagkaantala:
    • Sumulat sa malalaking titik (CAPITAL letters).
    • Ibigay ang SWIFT/BIC code para sa bangko sa ibang bansa.
    • Ipadala ang lahat ng pahina ng passport na hinihingi.
    • Huwag ibigay ang address sa Japan bilang address mo.
    • Magtabi ng kopya ng lahat.

    <i>Batay sa impormasyon noong Nobyembre 2026.</i>
faq-ls-processing-time-keywords = gaano katagal, gaano katagal bago dumating, ilang buwan bago dumating, ilang buwan hihintayin, kailan darating ang pera, kailan dadating ang refund, kailan ko matatanggap, wala pa ang pera, hindi pa dumarating, di pa dumadating, hinihintay ko pa, naghihintay pa rin, matagal na akong nag apply, ang tagal ng refund, ang tagal dumating, processing time, delay, status ng refund, itsu, 何ヶ月, いつ, 処理期間

faq-ls-reentry-permit-question = Umalis ako ng Japan na may re-entry permit. Puwede ko bang i-claim ang lump sum?
faq-ls-reentry-permit-answer =
    <b>Sa ngayon: oo, kung nag-file ka ng moving-out notification (転出届, tenshutsu todoke) sa city office mo.</b>

    Kasalukuyang praktika:
    • Kung umalis ka na may re-entry permit (再入国許可) o special re-entry permit (みなし再入国許可) at HINDI ka nag-file ng moving-out notification, mananatili sa record ang address mo sa Japan. Hindi ka makakapag-claim hangga't hindi ito nabubura, na mangyayari kapag nag-expire ang permit mo o ang status of residence mo.
    • Kung nag-file ka ng moving-out notification, puwede ka nang mag-claim ngayon, kahit may re-entry permit ka.
    • Mula Marso 2017, puwede mo pang ipadala ang claim mula sa loob ng Japan kapag na-file na ang notification, simula sa nakaplanong petsa ng moving-out mo. Ilakip ang resident record na nagpapakita ng nakaplanong paglipat sa ibang bansa.

    Darating na pagbabago: sinasabi ng batas sa pension reform noong 2025 na ang mga umaalis na may re-entry permit ay hindi puwedeng mag-claim habang valid pa ito. Itatakda ang petsa ng pagsisimula sa pamamagitan ng Cabinet Order sa loob ng 4 na taon mula Hunyo 20, 2025, at hindi pa ito inaanunsyo. Ang mga page na nagsasabing nagsimula ito noong Abril 2026 ay hindi sinusuportahan ng batas.

    Kung balak mong bumalik, pag-isipan muna bago mag-claim: binubura nito ang mga buwan mo.

    <i>Batay sa impormasyon noong Nobyembre 2026.</i>
faq-ls-reentry-permit-keywords = re-entry permit, reentry permit, re entry, may re-entry, special re-entry, re-entry lump sum, re-entry refund, re-entry dattai ichijikin, minashi sainyukoku, sainyukoku kyoka, moving out notification, moving-out, tenshutsu todoke, tenshutsu, tenshutsutodoke, mag claim bago umalis, mag claim habang nasa japan, refund bago umuwi, mag apply mula japan, city hall bago umalis, hindi nabura ang address, 再入国許可, みなし再入国許可, 転出届

faq-ls-agreements-question = May kasunduan ba sa pensiyon ang bansa ko at ang Japan?
faq-ls-agreements-answer =
    <b>May mga social security agreement (社会保障協定, shakai hosho kyotei) ang Japan na umiiral kasama ang 24 na bansa.</b>

    <b>Pinagsasama ang mga panahon:</b> Germany, USA, Belgium, France, Canada, Australia, Netherlands, Czech Republic, Spain, Ireland, Brazil, Switzerland, Hungary, India, Luxembourg, Pilipinas, Slovakia, Finland, Sweden at Austria.

    <b>Hindi pinagsasama ang mga panahon</b> (pinipigilan lang ng kasunduan ang dobleng pagbabayad): United Kingdom, Korea, China at Italy.

    <b>Walang kasunduan:</b> Vietnam, Indonesia, Myanmar, Nepal, Cambodia, Thailand, Mongolia, Sri Lanka, Bangladesh at Uzbekistan. Para sa iyo, ang lump sum o 10 taon sa Japan lang ang mga paraan para may mapakinabangan sa mga premium mo.

    <b>Pilipinas at India:</b> puwedeng idagdag ang mga buwan mo sa Japan sa mga buwan mo sa sariling bansa para maging kuwalipikado sa pensiyon sa dalawang bansa. Kung kukunin mo ang lump sum, mawawala ito para sa lahat ng naunang buwan. Kailangan mong pumili: ipinapakita ng bot ang dalawang opsyon, pero ikaw ang magpapasya.

    Listahan mula sa Japan Pension Service, na-update noong Oktubre 27, 2025. Baka may madagdag pang bagong kasunduan.

    <i>Batay sa impormasyon noong Nobyembre 2026.</i>
faq-ls-agreements-keywords = social security agreement, kasunduan, kasunduan sa japan, may kasunduan ba, kasunduan ng pilipinas at japan, pilipinas, philippines, pinas, sss, sss at nenkin, pagsamahin ang sss at nenkin, totalization, totalisation, india, vietnam agreement, indonesia agreement, china agreement, aling bansa may kasunduan, shakai hosho kyotei, tsusan, 社会保障協定, 通算

faq-ls-changes-question = Anong mga pagbabago sa pensiyon ang darating?
faq-ls-changes-answer =
    <b>May batas sa pension reform na naipasa noong Hunyo 2025. Wala pang petsa ng pagsisimula ang mga pagbabago sa lump sum.</b>

    Nakaplano, wala pang petsa ng pagsisimula:
    • <b>Limit mula 5 taon papuntang 8 taon</b> (60 papuntang 96 na buwan). Gagawin ito sa pamamagitan ng Cabinet Order. Wala pang inaanunsyong Cabinet Order at wala pang petsa ng pagsisimula. Sa ngayon, 60 buwan ang limit.

    Naisabatas na, hindi pa inaanunsyo ang petsa ng pagsisimula:
    • <b>Patakaran sa re-entry permit:</b> walang claim habang valid pa ang re-entry permit mo. Magsisimula ito sa petsang itatakda ng Cabinet Order sa loob ng 4 na taon mula Hunyo 20, 2025. Hanggang doon, ang kasalukuyang praktika ang sinusunod: kung may moving-out notification (転出届), puwede kang mag-claim.

    Mga tiyak na petsa:
    • <b>Employment for Skill Development (育成就労, ikusei shuro)</b> ang papalit sa Technical Intern Training Program mula Abril 1, 2027, na may mga transitional measure. Ang plano: hanggang 3 taon, tapos specified skilled worker (i) nang hanggang 5 taon.
    • <b>Pinakamataas na pay grade ng Employees' Pension</b>: 680,000 yen mula Setyembre 2027, 710,000 mula Setyembre 2028, 750,000 mula Setyembre 2029 (650,000 ngayon).

    Ang mga page na nagsasabing nagsimula ang mga patakarang ito sa lump sum noong Abril 2026 ay hindi sinusuportahan ng batas. Ia-update ang bot kapag inanunsyo na ang mga petsa ng pagsisimula.

    <i>Batay sa impormasyon noong Nobyembre 2026.</i>
faq-ls-changes-keywords = pagbabago, mga pagbabago, bagong patakaran, bagong batas, bagong rules, reform, pension reform, 2025 reform, pagbabago sa batas, 8 taon, walong taon, 96 na buwan, lump sum 96 na buwan, bagong rule sa refund, pagbabago sa dattai ichijikin, sa hinaharap, kaisei, ikusei shuro, ikusei shurou, 2027, ano ang nagbabago, balita, 法改正, 育成就労, 改正

faq-ls-agents-question = Puwede ba akong magbayad ng agent para mag-apply para sa akin? Paano maiiwasan ang scam?
faq-ls-agents-answer =
    <b>Puwede kang mag-apply nang mag-isa, nang libre. Hindi mo kailangan ng agent.</b>

    Kung may ibang mag-a-apply para sa iyo:
    • Kailangan nila ng power of attorney (委任状) na pinirmahan mo, at ng sarili nilang ID.
    • Hingin ang qualification at registration number nila, at suriin ang mga ito. Ang lisensyadong labour and social security attorney (社会保険労務士, sharoushi) ay kuwalipikadong propesyonal para sa mga proseso ng pensiyon.
    • Kunin nang nakasulat ang bayad at ang serbisyo.
    • Para sa tax refund, kailangan mo ng tax agent (納税管理人). Ibinabayad ang refund sa account sa Japan, madalas sa account ng agent, kaya pumili ng taong pinagkakatiwalaan mo.

    Mga senyales ng babala:
    • Malaking bayad na hinihingi bago pa sila may gawin
    • Gusto nilang sila ang magtago ng passport, residence card o bank card mo, o hinihingi nila ang PIN o password mo sa online banking
    • Nangangako sila ng mas malaking lump sum kaysa sa pinapayagan ng mga patakaran
    • Pinapagbigay ka nila ng maling impormasyon, tulad ng maling address

    Huwag magpadala ng numero ng passport o bangko sa chat na ito.

    <i>Batay sa impormasyon noong Nobyembre 2026.</i>
faq-ls-agents-keywords = agent, ahente, ahensya, agency, bayad sa agency, singil ng agency, magkano singil ng ahente, agent para sa refund, refund agency, scam, scam ba, modus, manloloko, panloloko, fraud, peke, komisyon, 20 porsyento na bayad, broker, sharoushi, sharoshi, daiko, ako na lang mag apply, kaya ko ba mag isa, walang agent, may magpapa apply para sa akin, mapagkakatiwalaan ba, 社会保険労務士, 代行, 詐欺
