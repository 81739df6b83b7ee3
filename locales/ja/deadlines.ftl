# お知らせ（リマインダー）、自分のチェックリスト、シェアできる計算の目安。やさしい日本語。
# 日付は、もう日本語の書き方になってとどきます（{ $date }、{ $deadline } など）。

## Reminders: offering and scheduling

remind-ask-departure = 🔔 年金の大事な日を、お知らせできます。日本を出るのは（出たのは）いつですか？ 日付を書いてください。たとえば 2027-03-31。
remind-ask-again = 日付が読めませんでした。年、月、日を書いてください。たとえば 2027-03-31。または「やめる」をタップしてください。
remind-offer-title = 🔔 次の日に、お知らせを送れます:
remind-offer-none = お知らせできる日は、もう全部すぎています。まだ請求していないなら、今すぐ自分の期限をたしかめてください。まだ間に合うかもしれません。
remind-button-all = 🔔 全部知らせてほしい
remind-button-one = ➕ これだけ: { $what }
remind-saved = ✅ 完了しました。次の日に、お知らせを送ります:
remind-manage-hint = /reminders で、いつでもお知らせを見たり、やめたりできます。
remind-dates-note = <i>日付は目安です。自分の期限は、日本年金機構にたしかめてください。</i>
remind-button = 🔔 期限を知らせてほしい

## What each reminder is about (one short line, used in lists and buttons)

remind-kind-claimable = 請求書を送れるようになる
remind-kind-deadline = { $months ->
   *[other] 請求の期限の{ $months }か月前
}
remind-kind-decision = 支給決定通知書がとどいたか、たしかめる
remind-kind-refund = { $months ->
   *[other] 税金の還付の申告期限の{ $months }か月前
}
remind-line = • { $date }: { $what }

## Listing and cancelling

reminders-title = 🔔 あなたのお知らせ:
reminders-empty = お知らせはありません。日本を出る日を入れて脱退一時金を計算したあとか、/remind で、期限をお知らせできます。
reminders-cancel = ❌ やめる: { $date }
reminders-cancelled = お知らせをやめました。
reminders-claim-sent = 📮 今日、請求書を送った
reminders-add = 🔔 お知らせを追加する

## The reminders themselves

reminder-claimable = 🔔 <b>お知らせ:</b> あなたは { $date }に日本を出る予定でした。今から、脱退一時金の請求書を送れます。請求書は { $deadline }までに、日本年金機構にとどかなければいけません。
reminder-deadline = 🔔 <b>お知らせ:</b> 脱退一時金の請求書は、<b>{ $deadline }</b>までに日本年金機構にとどかなければいけません。まだ送っていないなら、今すぐ送ってください。その日をすぎると、このお金はもうもらえません。
reminder-decision = 🔔 <b>お知らせ:</b> あなたは { $date }に請求書を送りました。もう脱退一時金支給決定通知書（しきゅうけっていつうちしょ）がとどいているかもしれません。原本をとっておいてください。税金の還付に必要です。何もとどいていなければ、日本年金機構に聞いてください。
reminder-refund = 🔔 <b>お知らせ:</b> 20.42%の税金を取りもどすための申告書は、だいたい <b>{ $date }</b>まで出せます。まだ出していないなら、今すぐ納税管理人（のうぜいかんりにん）に聞いてください。
reminder-late = <i>（このお知らせはおくれました。{ $date }に送ることができませんでした。）</i>
reminder-open-checklist = ✅ 自分のチェックリスト

## The checklist

checklist-title = ✅ <b>あなたのチェックリスト</b> — 終わったものをタップしてください。
checklist-claim = <b>請求のために</b>
checklist-tax = <b>税金の還付のために</b>
checklist-done-count = 終わったもの: { $done } / { $total }
checklist-item-moving-out = 日本を出る前に、市役所・区役所に転出届（てんしゅつとどけ）を出す
checklist-item-moving-out-why = 日本を出る前に出せば、すぐに請求できます。日本に住所がないことの証明もいりません。
checklist-item-form = 脱退一時金請求書
checklist-item-form-why = 1つの外国語と日本語の、2つの言語で書いてあります。アルファベットの大文字で書いてください。
checklist-item-passport = パスポートのコピー
checklist-item-passport-why = 名前、生年月日、国籍、サイン、在留資格のページ。それと、最後に日本を出たときのスタンプのページ。
checklist-item-no-address = 日本に住所がないことの証明
checklist-item-no-address-why = 住民票の除票（じゅうみんひょうのじょひょう）です。転出届を出した人は、いりません。
checklist-item-bank = 銀行口座の証明
checklist-item-bank-why = あなた自身の名前の口座で、銀行名、支店名、支店の住所、口座番号がわかるもの。外国の銀行なら、SWIFT/BICコードも。
checklist-item-pension-number = 基礎年金番号
checklist-item-pension-number-why = 基礎年金番号通知書（きそねんきんばんごうつうちしょ）か、年金手帳（ねんきんてちょう）。
checklist-item-send = 全部を郵便で日本年金機構に送る
checklist-item-send-why = 転出の日か、それより後にとどかなければいけません。また、請求の期限までにとどかなければいけません。期限は、年金に入らなくなった日か、日本の住所がなくなった日の、おそいほうから2年です。
checklist-item-tax-agent = 日本にいる納税管理人（のうぜいかんりにん）
checklist-item-tax-agent-why = あなたの代わりに申告書を出す、日本にいる人です。還付金は、日本の銀行口座に払われます。
checklist-item-decision-notice = 脱退一時金支給決定通知書の原本
checklist-item-decision-notice-why = 税金が引かれたことの証明になります。だれかに送る前に、かならずコピーをとってください。
checklist-item-tax-return = 退職所得の選択課税による還付のための申告書
checklist-item-tax-return-why = 脱退一時金を受け取った年の次の年の1月1日から、5年以内に出します。
checklist-form-link = 📄 { $language }の請求書（日本年金機構）: { $link }
checklist-form-english = 📄 日本語だけの請求書はありません。英語と日本語の請求書を使ってください（日本年金機構）: { $link }
checklist-button = ✅ 自分のチェックリスト

## Sharing an estimate

share-button = 📤 この結果をシェアする
share-intro = 次のメッセージを、家族や会社の上司、相談員などに転送してください。
share-title = 📋 <b>脱退一時金の目安</b> — { $date }
share-inputs = <b>入力した内容:</b>
share-input-months = 加入した月数: { $months }か月
share-input-final-month = 最後に加入した月: { $month }
share-input-pay = 平均の標準報酬月額（ひょうじゅんほうしゅうげつがく）: { $amount }
share-input-departure = 日本を出る日（出た日）: { $date }
share-pension-employees = <b>厚生年金</b>
share-pension-national = <b>国民年金</b>
share-gross = 支給額（税金が引かれる前）: { $amount }
share-tax = 引かれる税金（源泉徴収税、20.42%）: { $amount }
share-net = あなたに払われる金額: { $amount }
share-refund = 返ってくるかもしれない税金（還付）: 最大 { $amount }
share-deadline = 請求期限: { $date }
share-not-payable = 入力した内容では、もらえるお金はありません。
share-footer = <i>これは目安だけです。本当の金額は日本年金機構（Japan Pension Service）が決めます。{ $bot } で作りました。</i>

## コマンド（Telegramのコマンド一覧）

command-remind = 期限を知らせてもらう
command-reminders = 自分のお知らせ
command-checklist = 自分の書類のチェックリスト
