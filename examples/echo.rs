//! The floor of the load benchmark (`cargo bench --bench load`): the smallest teloxide bot that
//! answers every update — a message with its own text, a button tap with an edit — through the
//! same fake Bot API as nenkin-bot. Reads `TELOXIDE_TOKEN` and `TELOXIDE_API_URL`.

use teloxide::prelude::*;

#[tokio::main]
async fn main() {
    let bot = Bot::from_env();
    let handler = dptree::entry()
        .branch(Update::filter_message().endpoint(|bot: Bot, message: Message| async move {
            bot.send_message(message.chat.id, message.text().unwrap_or("?")).await?;
            respond(())
        }))
        .branch(Update::filter_callback_query().endpoint(|bot: Bot, query: CallbackQuery| async move {
            bot.answer_callback_query(query.id.clone()).await?;
            if let Some(message) = query.regular_message() {
                bot.edit_message_text(message.chat.id, message.id, query.data.clone().unwrap_or_default()).await?;
            }
            respond(())
        }));
    Dispatcher::builder(bot, handler).build().dispatch().await;
}
