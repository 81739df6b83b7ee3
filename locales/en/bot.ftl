# The bot's interface: menu, help, search, errors and formats. English.

## Menu

menu-welcome =
    <b>Hello! I am the pension helper for foreign workers in Japan.</b>

    I answer questions about the Japanese pension (nenkin) and estimate how much you can get back when you leave Japan: the Lump-sum Withdrawal Payment (脱退一時金, dattai ichijikin).

    Choose below, or just type your question.
menu-first-time = Tip: you can type your question in your own words, for example "how much money do I get back?" or "deadline to claim".
menu-title = What would you like to do?
menu-browse = 📚 Browse topics
menu-estimate = 🧮 Estimate my lump sum
menu-continue-estimate = 🧮 Continue my estimate
menu-ask = ❓ How to ask a question
menu-back-to-menu = ☰ Menu
menu-help =
    <b>How to use this bot</b>

    • Type a question in your own words, for example "when is the deadline?".
    • Tap <b>Browse topics</b> to read the answers by subject.
    • Tap <b>Estimate my lump sum</b> and answer a few questions to see how much you may get back.

    Commands: /menu, /estimate, /cancel, /help.

    This bot gives general information. The Japan Pension Service decides every claim.

## Browsing and search

faq-browse-title = <b>Topics</b>: choose one.
faq-browse = 📚 Browse topics
faq-back-to-topics = ◀ Topics
faq-back-to-section = ◀ Back
search-did-you-mean = I am not sure I understood. Did you mean one of these?
search-nothing-found = Sorry, I could not find an answer to that. Try other words, or browse the topics.

## Errors

error-not-an-amount = I could not read that amount. Type the yen as a number, for example 250000, 250,000 or 25万.
error-amount-not-positive = The amount must be more than 0 yen.
error-amount-too-large = That amount is too large. Please check it and type the monthly amount in yen.
error-not-a-duration = I could not read that. Type months or years, for example 36, 3 years or 2 years 6 months.
error-duration-too-long = That is too long. Please check the number of months or years.
error-not-a-date = I could not read that date. Type it like 2026-03-31 or 31/03/2026.
error-not-a-month = I could not read that month. Type it like 2026-03 or 03/2026.
error-use-buttons = Please tap one of the buttons below.
error-last-day-before-first-day = The last working day cannot be before the first day of work.
error-nothing-to-go-back-to = This is the first question.
error-stale-button = That button is from an older message. Here is the menu.

## Formats

format-thousands-separator = ,
format-yen = ¥{ $amount }
format-date = { $day } { $monthname } { $year }
format-decimal-separator = .
format-year-month = { $monthname } { $year }
format-month-1 = January
format-month-2 = February
format-month-3 = March
format-month-4 = April
format-month-5 = May
format-month-6 = June
format-month-7 = July
format-month-8 = August
format-month-9 = September
format-month-10 = October
format-month-11 = November
format-month-12 = December

## Feedback and other messages

faq-helpful = 👍 Helpful
faq-not-helpful = 👎 Not helpful
faq-feedback-thanks = Thank you! Glad it helped.
faq-feedback-sorry = Sorry that did not help. Try asking in other words, browse the topics, or ask a consultant.
error-unsupported-message = I can only read text messages and button taps. Please type your question, or use the menu.
error-edited-message = I do not read edited messages. Please send your message again.
error-generic = Sorry, something went wrong on my side. Please try again, or open the menu with /menu.
error-state-reset = Sorry, I could not continue our last conversation after an update. Let's start again from the menu.
menu-language-title = Choose your language:
menu-language = 🌐 Language
menu-language-chosen = Language: English
forget-confirm = Delete everything this bot stored about you (your language, your answers and your feedback)? This cannot be undone.
forget-yes = Yes, delete
forget-no = No, keep
forget-done = Done. Everything stored about you is deleted.
forget-kept = Nothing was deleted.

## Commands (shown in Telegram's command menu)

command-start = Start and show the menu
command-menu = Show the menu
command-estimate = Estimate my lump sum
command-language = Change the language
command-help = How to use this bot
command-cancel = Cancel the estimate
command-forget = Delete my data
language-name = English
menu-consultant = 👤 Talk to a consultant
menu-consultant-unavailable =
    Our consultants cannot be reached through this bot yet.

    For questions about your own pension record, call or visit a pension office (年金事務所) of the Japan Pension Service. Bring your residence card and your Basic Pension Number Notice (基礎年金番号通知書).

## The bot's profile in Telegram

bot-description = Free help with the Japanese pension for foreign workers: answers in your language, an estimate of your lump-sum refund (脱退一時金) with its deadline, and the steps to claim it.
bot-short-description = Japanese pension help for foreign workers: questions, lump-sum estimate, deadlines.
command-endchat = End the chat with the consultant
format-weekday-1 = Monday
format-weekday-2 = Tuesday
format-weekday-3 = Wednesday
format-weekday-4 = Thursday
format-weekday-5 = Friday
format-weekday-6 = Saturday
format-weekday-7 = Sunday
