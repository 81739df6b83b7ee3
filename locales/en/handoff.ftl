# Talking to a consultant. English.

handoff-ask-description = Please describe your question in a few sentences (for example: how many months you worked, when you left Japan, what you need). A consultant will answer here in this chat.
handoff-opened = Thank you. Your question was sent to our consultants (ticket #{ $ticket }). They will answer in this chat. Everything you send now goes to them. Send /endchat to end the conversation.
handoff-next-opening = Our consultants are not working now. A consultant will read your message on { $day } from { $time } Japan time.
handoff-next-opening-today = Our consultants are not working now. A consultant will read your message today from { $time } Japan time.
handoff-already-open = You already have an open conversation with a consultant (ticket #{ $ticket }). Just write your message here.
handoff-relayed = Sent to the consultant. The answer will come here.
handoff-closed = The consultant closed this conversation (ticket #{ $ticket }).
handoff-ended-by-user = You ended the conversation with the consultant (ticket #{ $ticket }).
handoff-rate = How helpful was the consultant? Tap the stars.
handoff-rate-thanks = Thank you for your rating!
handoff-no-ticket = You have no open conversation with a consultant. Tap "Talk to a consultant" in the /menu to start one.
handoff-slow-down = You are sending many messages quickly. The consultant will get all of them, a little later. Please wait for the answer.
