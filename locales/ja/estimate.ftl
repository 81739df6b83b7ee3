# 脱退一時金の計算（質問にこたえる形）。やさしい日本語。

## Questions

estimate-ask-pension = どの年金に入っていましたか？
estimate-pension-employees = 給料から引かれていた（厚生年金）
estimate-pension-national = 自分で払っていた（国民年金）
estimate-pension-both = 両方
estimate-pension-not-sure = わからない
estimate-explain-pensions =
    • 会社があなたの給料から厚生年金（こうせいねんきん）を引いていたなら、あなたは<b>厚生年金</b>に入っています。技能実習生や特定技能の人は、ほとんどがこれです。
    • 納付書（のうふしょ）を使って、店や銀行で自分で払っていたなら、それは<b>国民年金</b>（こくみんねんきん）です。
    • 両方ある人もいます。たとえば、2つの会社のあいだに仕事がなかった月がある人です。
estimate-ask-duration = 厚生年金に入っていた期間はどのくらいですか？（日本の会社で働きはじめた月から、会社をやめるまで）月数か年数を書いてください。たとえば <b>36</b> や <b>3年</b>。
estimate-know-dates = 最初と最後に働いた日がわかる
estimate-ask-first-day = 日本で最初に働いた日はいつですか？ たとえば <b>2023-04-01</b>。
estimate-ask-last-day = 最後に働く日（働いた日）はいつですか？ たとえば <b>2026-03-31</b>。
estimate-ask-final-month = 年金が給料から引かれるのは、何月で終わりましたか（終わりますか）？ 最後に働く日が月の最後の日なら、その月です。そうでなければ、その前の月です。たとえば <b>2026-03</b>。
estimate-ask-pay-kind = 給料について、何がわかりますか？
estimate-pay-salary = 毎月の給料
estimate-pay-payslip = 給与明細の年金の金額（厚生年金）
estimate-pay-standard = 標準報酬月額（ひょうじゅんほうしゅうげつがく）
estimate-ask-salary = 1か月の給料はいくらですか？ 手当や残業代を入れて、税金などが引かれる前の金額を円で書いてください。たとえば <b>250000</b>。
estimate-ask-payslip = 給与明細で、毎月「厚生年金」として引かれている金額はいくらですか？ 円で書いてください。たとえば <b>22875</b>。
estimate-ask-standard = あなたの標準報酬月額（ひょうじゅんほうしゅうげつがく）はいくらですか？ 円で書いてください。たとえば <b>260000</b>。
estimate-ask-bonuses = ボーナス（賞与）をもらいましたか？ 全部のボーナスの合計を円で書いてください。たとえば <b>600000</b>。またはボタンをタップしてください。
estimate-no-bonuses = ボーナスなし
estimate-ask-np-paid-months = 国民年金を自分で全額払った月は何か月ありますか？ たとえば <b>24</b>。
estimate-ask-np-last-paid-month = 国民年金を最後に払ったのは、何年何月の分ですか？ たとえば <b>2025-11</b>。
estimate-ask-np-exemptions = 免除（めんじょ）や学生納付特例（がくせいのうふとくれい）の月がありましたか？ 種類をえらぶか、「免除は（もう）ない」をタップしてください。
estimate-exemption-quarter = 4分の1免除（4分の3を払った）
estimate-exemption-half = 半額免除（半分を払った）
estimate-exemption-three-quarter = 4分の3免除（4分の1を払った）
estimate-exemption-full = 全額免除・学生納付特例
estimate-no-more-exemptions = 免除は（もう）ない
estimate-ask-np-quarter-exempt-months = 4分の1免除の月は何か月ですか？ たとえば <b>6</b>。
estimate-ask-np-half-exempt-months = 半額免除の月は何か月ですか？ たとえば <b>6</b>。
estimate-ask-np-three-quarter-exempt-months = 4分の3免除の月は何か月ですか？ たとえば <b>6</b>。
estimate-ask-np-full-exempt-months = 全額免除か学生納付特例の月は何か月ですか？ たとえば <b>6</b>。
estimate-ask-departure = 日本に住むのをやめて、日本を出たのは（出るのは）いつですか？ たとえば <b>2026-04-15</b>。これで請求の期限がわかります。
estimate-no-departure = まだ決めていない
estimate-back = ◀ もどる
estimate-cancel = ✖ やめる
estimate-cancelled = 計算をやめました。あなたの答えは消しました。

## Result

estimate-result-employees-title = 厚生年金の脱退一時金（目安）
estimate-result-national-title = 国民年金の脱退一時金（目安）
estimate-result-months = 数える月数: { $months }か月（区分 { $band }か月、上限 { $cap }か月）。最終月: { $final }。
estimate-result-rate = 支給率 { $rate } × 平均の標準報酬月額（ひょうじゅんほうしゅうげつがく） { $average }
estimate-result-premium = 保険料 { $premium } × 2分の1 × { $band }か月
estimate-result-amount =
    脱退一時金: <b>{ $gross }</b>
    引かれる税金（20.42%）: { $tax }
    あなたに払われる金額: <b>{ $net }</b>
    あとで、たぶん返ってくる税金: { $refund }
estimate-result-amount-untaxed =
    脱退一時金: <b>{ $gross }</b>（税金なし）
estimate-result-not-payable = <b>もらえるお金はありません:</b>
estimate-result-deadline = 📅 請求の期限: <b>{ $date }</b>
estimate-reason-fewer-than-6-months = 数える月が { $minimum }か月より少ないです。少なくとも { $minimum }か月が必要です。
estimate-reason-qualifies-for-old-age-pension = { $months }か月以上あるので、脱退一時金ではなく老齢年金（ろうれいねんきん）をもらえます。年金事務所（ねんきんじむしょ）に聞いてください。
estimate-reason-claim-period-expired = 2年の請求期間は { $date }に終わりました。
estimate-warning-erases-earlier-coverage = 脱退一時金をもらうと、それより前のあなたの月は全部消えます。日本の年金のために、もう数えられません。
estimate-warning-last-month-not-counted = 最後に働いた日が月の最後の日ではないので、その月は数えられません。月の最後の日まで働けば、{ $months }か月になります。
estimate-warning-band-lost-by-leaving-early = 最後に働いた日が月の最後の日ではないので、その月は数えられず、区分が1つ下がります。月の最後の日まで働いて { $months }か月になれば、脱退一時金は { $amount }になります。
estimate-warning-months-beyond-cap = 数えるのは { $cap }か月までです。それより後の月は、金額をふやしません。
estimate-warning-pay-above-top-grade = 1か月の給料が { $amount }より多くても、{ $amount }として数えます。
estimate-warning-rules-due-to-change = ルールが変わる予定があります。上限の月数を長くする計画があります。また、2025年の法律で、再入国許可を持って出国する人へのルールができました。始まる日はまだ発表されていません。
estimate-warning-tax-refund-approximate = 返ってくる税金は、この金額からの大まかな目安です。
estimate-warning-totalisation = フィリピンかインドの人は、あなたの国と日本の協定で、両方の国の月を合わせて数えられます。脱退一時金をもらうと、それができなくなります。請求する前によく考えてください。
estimate-only = <i>これは目安だけです。本当の金額は日本年金機構（Japan Pension Service）が決めます。</i>
estimate-error-no-premium = { $year }年度の国民年金の保険料がまだわからないので、計算できません。
estimate-error-no-rule = { $month }のルールがないので、計算できません。
estimate-error-input = この答えでは計算できませんでした。もどって、答えをたしかめてください。
estimate-change-answer = ◀ 答えを直す
estimate-start-over = ↺ 最初から
estimate-how-to-claim = 請求のしかた
