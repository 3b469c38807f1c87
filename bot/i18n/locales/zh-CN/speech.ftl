# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# /say, "Speak this message", read-aloud, the call (bot/speech, cogs/speech.py).

## Refusals: who may speak, where, with which voice (bot/speech/policy.py)
speech-off = 此服务器已关闭用克隆声音说话。版主可以使用 `/clone-settings speech enabled:True` 开启。
speech-needs-role = 你需要以下身份组之一才能在此用克隆声音说话：{ $roles }。
speech-voice-channel = 机器人不在此服务器的这个语音频道说话。请使用 { $channels }。
speech-text-channel = 此频道不允许用克隆声音说话。请使用 { $channels }。
speech-read-aloud-bot-off = 此机器人不提供朗读：其所有者未开启（READ_ALOUD_ENABLED）。`/say` 仍然可用。
speech-read-aloud-server-off = 此服务器不允许朗读。版主可以使用 `/clone-settings speech read_aloud:True` 允许；`/say` 仍然可用。
speech-only-own = 只有所有者能用此声音说话：成员使用自己的声音说话。
speech-only-own-or-server = 只有所有者能用此声音说话：成员使用自己的声音和服务器声音说话。
speech-server-voices-off = 此服务器只允许成员用自己的声音说话，不能使用服务器声音。
speech-no-own-voice = 你在此服务器还没有克隆声音：先用 `/clone` 创建一个，然后重试。
speech-no-own-voice-or-server = 你在此服务器还没有克隆声音：先用 `/clone` 创建一个（或选择一个服务器声音），然后重试。

## Characters of speech per 24 hours (bot/speech/quota.py)
speech-member-text-over-limit = 此文本有 { $chars } 个字符，超过了你在这里每 24 小时 { $limit } 个朗读字符的上限：请缩短。
speech-member-limit = 这会超出你每 24 小时 { $limit } 个朗读字符的上限；将于 { $when } 再次有足够额度（或尝试更短的文本）。
speech-server-text-over-limit = 此文本有 { $chars } 个字符，超过了此服务器每 24 小时 { $limit } 个朗读字符的上限：请缩短。
speech-server-limit = 此服务器已用完过去 24 小时的 { $limit } 个朗读字符；将于 { $when } 再次有足够额度。

## Speaking (bot/speech/service.py)
speech-empty = 该文本中没有可说的内容。
speech-too-long = 文本太长，无法朗读：{ $length } 个字符，上限为 { $max }。
speech-tts-queue-full = 等待朗读的文本已太多（{ $waiting } 条）；未加入队列。请在约 { $wait } 后重试。
speech-tts-queue-full-server = 此服务器等待朗读的文本已太多（{ $waiting } 条）；未加入队列。请在约 { $wait } 后重试。
speech-voice-queue-full = 此服务器的语音队列已满；请稍后重试。
speech-connect-failed = 我无法加入你的语音频道（我在那里有“连接”和“说话”权限吗？）。没有说任何内容。
speech-no-opus = 此安装无法在语音频道中说话（缺少 Opus 音频库，机器人运营者可以安装）。在语音频道外使用 /say 可发送语音消息。没有说任何内容。
speech-restarting = 机器人正在重启；没有说任何内容。
speech-busy-elsewhere = 我正在 <#{ $channel_id }> 说话；请加入那里，或等那里安静后重试。
speech-message-too-long = 该文本生成的语音消息太长，无法发送。
speech-voice-gone = 该声音已不可用。
speech-unsendable = 该文本生成的音频无法作为语音消息发送（太短了？）。
speech-tts-rate-limited = 已达到 Inworld 文字转语音的速率限制；没有发布任何内容。请在一分钟后重试。
speech-tts-failed = { $reason } 没有发布任何内容。
speech-skip-not-yours = 只有发起者、声音的所有者或版主才能跳过正在说的内容。
speech-stop-moderators-only = 只有此服务器的版主才能让机器人停止说话。
speech-leave-join-first = 请先加入我所在的语音频道，再让我离开。
speech-leave-others-waiting = 正在朗读或等待朗读其他人的文本；版主可以让我立即离开。

## Posts everyone reads, in the server's language
speech-disclosure-own = 🔊 <@{ $user_id }> 正在用自己的 AI 声音 **{ $name }** 说话
speech-disclosure-server = 🔊 <@{ $user_id }> 正在用服务器的 AI 声音 **{ $name }** 说话
speech-status = 🔊 { $name } 的 AI 声音
speech-status-server-voice = 服务器声音 { $name }
speech-status-someone = 一位成员

## Discord refused a voice message (bot/speech/posting.py)
speech-post-timeout = Discord 未能及时接收语音消息；没有发送任何内容。
speech-post-not-allowed = 此频道不允许语音消息；没有发送任何内容。
speech-post-missing-permissions = 我无法在此发布语音消息（我需要此频道的“发送消息”“附加文件”和“发送语音消息”权限）；没有发送任何内容。
speech-post-refused = Discord 拒绝了语音消息；没有发送任何内容。请重试。

## Replies (cogs/speech.py)
speech-sent-voice-message = 🔊 已用 **{ $name }** 发送语音消息（{ $chars } 个字符）。
speech-speaking-now = 🔊 正在用 **{ $name }** 说话（{ $chars } 个字符）。
speech-queued = 🔊 已用 **{ $name }** 加入队列：前面还有 { $position } 条（{ $chars } 个字符）。
speech-say-nothing-aloud = 该文本没有可朗读的内容（只有代码或表情？）。
speech-only-own-messages = 你只能朗读自己的消息。
speech-message-nothing-aloud = 该消息没有可朗读的内容。
