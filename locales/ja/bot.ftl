# ボットの画面: メニュー、ヘルプ、検索、エラー、書き方。やさしい日本語。

## Menu

menu-welcome =
    <b>こんにちは！ 日本で働く外国人のための年金ヘルパーです。</b>

    日本の年金（ねんきん）についての質問に答えます。また、日本を出るときに返ってくるお金「脱退一時金（だったいいちじきん）」がいくらになるか計算します。

    下からえらぶか、質問をそのまま書いてください。
menu-first-time = ヒント: 質問は自分のことばで書けます。たとえば「いくら返ってくる？」「申請の期限は？」。
menu-title = 何をしますか？
menu-browse = 📚 テーマから見る
menu-estimate = 🧮 脱退一時金を計算する
menu-continue-estimate = 🧮 計算のつづき
menu-ask = ❓ 質問のしかた
menu-back-to-menu = ☰ メニュー
menu-help =
    <b>このボットの使い方</b>

    • 質問を自分のことばで書いてください。たとえば「期限はいつ？」。
    • <b>テーマから見る</b>をタップすると、テーマごとに答えを読めます。
    • <b>脱退一時金を計算する</b>をタップして、いくつかの質問に答えると、いくら返ってくるかの目安がわかります。

    コマンド: /menu, /estimate, /cancel, /help

    このボットは一般的な情報を伝えます。請求を認めるかどうかは、すべて日本年金機構（Japan Pension Service）が決めます。

## Browsing and search

faq-browse-title = <b>テーマ</b>: 1つえらんでください。
faq-browse = 📚 テーマから見る
faq-back-to-topics = ◀ テーマ
faq-back-to-section = ◀ もどる
search-did-you-mean = 質問がよくわかりませんでした。次の中にありますか？
search-nothing-found = すみません、その質問の答えが見つかりませんでした。ちがうことばで書くか、テーマから見てください。

## Errors

error-not-an-amount = 金額が読めませんでした。円を数字で書いてください。たとえば 250000、250,000、25万。
error-amount-not-positive = 金額は0円より多くしてください。
error-amount-too-large = 金額が大きすぎます。もう一度たしかめて、1か月の金額を円で書いてください。
error-not-a-duration = 読めませんでした。月数か年数を書いてください。たとえば 36、3年、2年6か月。
error-duration-too-long = 長すぎます。月数か年数をもう一度たしかめてください。
error-not-a-date = 日付が読めませんでした。2026-03-31 や 31/03/2026 のように書いてください。
error-not-a-month = 月が読めませんでした。2026-03 や 03/2026 のように書いてください。
error-use-buttons = 下のボタンを1つタップしてください。
error-last-day-before-first-day = 最後に働いた日は、働きはじめた日より前にはできません。
error-nothing-to-go-back-to = これが最初の質問です。
error-stale-button = そのボタンは古いメッセージのものです。メニューを出します。

## Formats

format-thousands-separator = ,
format-yen = { $amount }円
format-date = { $year }年{ $monthname }{ $day }日
format-decimal-separator = .
format-year-month = { $year }年{ $monthname }
format-month-1 = 1月
format-month-2 = 2月
format-month-3 = 3月
format-month-4 = 4月
format-month-5 = 5月
format-month-6 = 6月
format-month-7 = 7月
format-month-8 = 8月
format-month-9 = 9月
format-month-10 = 10月
format-month-11 = 11月
format-month-12 = 12月

## Feedback and other messages

faq-helpful = 👍 役に立った
faq-not-helpful = 👎 役に立たなかった
faq-feedback-thanks = ありがとうございます！ 役に立ってよかったです。
faq-feedback-sorry = 役に立たなくて、すみません。ちがうことばで質問するか、テーマから見るか、相談員に聞いてください。
error-unsupported-message = 読めるのは文字のメッセージとボタンのタップだけです。質問を書くか、メニューを使ってください。
error-edited-message = 書き直したメッセージは読みません。もう一度メッセージを送ってください。
error-generic = すみません、ボットの側で問題が起きました。もう一度ためすか、/menu でメニューを開いてください。
error-state-reset = すみません、アップデートのため、前の会話を続けられませんでした。メニューからもう一度始めましょう。
menu-language-title = 言語をえらんでください:
menu-language = 🌐 言語
menu-language-chosen = 言語: 日本語
forget-confirm = このボットが保存しているあなたの情報（言語、答え、評価）をすべて消しますか？ 元にもどすことはできません。
forget-yes = はい、消します
forget-no = いいえ、残します
forget-done = 完了しました。あなたについて保存していた情報は、すべて消しました。
forget-kept = 何も消していません。

## Commands (shown in Telegram's command menu)

command-start = 始める・メニューを出す
command-menu = メニューを出す
command-estimate = 脱退一時金を計算する
command-language = 言語を変える
command-help = このボットの使い方
command-cancel = 計算をやめる
command-forget = 自分のデータを消す
language-name = 日本語
menu-consultant = 👤 相談員と話す
menu-consultant-unavailable =
    今はまだ、このボットから相談員につながることができません。

    自分の年金の記録について聞きたいときは、日本年金機構（Japan Pension Service）の年金事務所（ねんきんじむしょ）に電話するか、行ってください。在留カードと基礎年金番号通知書（きそねんきんばんごうつうちしょ）を持って行ってください。

## The bot's profile in Telegram

bot-description = 日本で働く外国人のための、日本の年金の無料サポートです。あなたの言語で質問に答えます。脱退一時金（日本を出るときに返ってくるお金）がいくらになるか、いつまでに請求するかを計算します。請求の手順も説明します。
bot-short-description = 外国人のための日本の年金サポート: 質問、脱退一時金の計算、期限。
command-endchat = 相談員とのチャットを終える
format-weekday-1 = 月曜日
format-weekday-2 = 火曜日
format-weekday-3 = 水曜日
format-weekday-4 = 木曜日
format-weekday-5 = 金曜日
format-weekday-6 = 土曜日
format-weekday-7 = 日曜日
