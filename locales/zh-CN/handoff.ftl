# 与咨询员对话。简体中文。

handoff-ask-description = 请用几句话说明你的问题（比如：你工作了几个月、什么时候离开的日本、你需要什么）。咨询员会在这个聊天里回答你。
handoff-opened = 谢谢。你的问题已经发给我们的咨询员（编号 #{ $ticket }）。他们会在这个聊天里回答你。你现在发的所有消息都会转给他们。发送 /endchat 可以结束对话。
handoff-next-opening = 我们的咨询员现在不在工作时间。咨询员会在{ $day }日本时间{ $time }起看你的消息。
handoff-next-opening-today = 我们的咨询员现在不在工作时间。咨询员会在今天日本时间{ $time }起看你的消息。
handoff-already-open = 你已经有一个和咨询员的对话（编号 #{ $ticket }）。直接在这里写消息就行。
handoff-relayed = 已发给咨询员。回复会发到这里。
handoff-closed = 咨询员已结束这次对话（编号 #{ $ticket }）。
handoff-ended-by-user = 你结束了和咨询员的对话（编号 #{ $ticket }）。
handoff-rate = 咨询员的帮助怎么样？请点星星评分。
handoff-rate-thanks = 谢谢你的评分！
handoff-no-ticket = 你现在没有和咨询员的对话。在 /menu 里点“联系咨询员”就可以开始。
handoff-slow-down = 你发消息太快了。咨询员会收到你的所有消息，只是会晚一点。请等待回复。
