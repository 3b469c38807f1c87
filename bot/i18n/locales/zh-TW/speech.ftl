# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# /say, "Speak this message", read-aloud, the call (bot/speech, cogs/speech.py).

## Refusals: who may speak, where, with which voice (bot/speech/policy.py)
speech-off = 這個伺服器已關閉用複製聲音說話。管理員可以使用 `/clone-settings speech enabled:True` 開啟。
speech-needs-role = 你需要以下其中一個身分組才能在這裡用複製聲音說話：{ $roles }。
speech-voice-channel = 機器人不在這個伺服器的這個語音頻道說話。請使用 { $channels }。
speech-text-channel = 這個頻道不允許用複製聲音說話。請使用 { $channels }。
speech-read-aloud-bot-off = 這個機器人不提供朗讀：擁有者沒有開啟（READ_ALOUD_ENABLED）。`/say` 仍然可以使用。
speech-read-aloud-server-off = 這個伺服器不允許朗讀。管理員可以使用 `/clone-settings speech read_aloud:True` 允許；`/say` 仍然可以使用。
speech-only-own = 只有擁有者能用這個聲音說話：成員使用自己的聲音說話。
speech-only-own-or-server = 只有擁有者能用這個聲音說話：成員使用自己的聲音和伺服器聲音說話。
speech-server-voices-off = 這個伺服器只允許成員用自己的聲音說話，不能使用伺服器聲音。
speech-no-own-voice = 你在這個伺服器還沒有複製聲音：先用 `/clone` 建立一個，然後再試一次。
speech-no-own-voice-or-server = 你在這個伺服器還沒有複製聲音：先用 `/clone` 建立一個（或選擇一個伺服器聲音），然後再試一次。

## Characters of speech per 24 hours (bot/speech/quota.py)
speech-member-text-over-limit = 這段文字有 { $chars } 個字元，超過你在這裡每 24 小時 { $limit } 個朗讀字元的上限：請縮短。
speech-member-limit = 這會超過你每 24 小時 { $limit } 個朗讀字元的上限；將於 { $when } 再次有足夠額度（或試試較短的文字）。
speech-server-text-over-limit = 這段文字有 { $chars } 個字元，超過這個伺服器每 24 小時 { $limit } 個朗讀字元的上限：請縮短。
speech-server-limit = 這個伺服器已用完過去 24 小時的 { $limit } 個朗讀字元；將於 { $when } 再次有足夠額度。

## Speaking (bot/speech/service.py)
speech-empty = 這段文字中沒有可以說的內容。
speech-too-long = 文字太長，無法朗讀：{ $length } 個字元，上限為 { $max }。
speech-tts-queue-full = 等待朗讀的文字已太多（{ $waiting } 則）；沒有加入佇列。請在約 { $wait } 後再試一次。
speech-tts-queue-full-server = 這個伺服器等待朗讀的文字已太多（{ $waiting } 則）；沒有加入佇列。請在約 { $wait } 後再試一次。
speech-voice-queue-full = 這個伺服器的語音佇列已滿；請稍後再試。
speech-connect-failed = 我無法加入你的語音頻道（我在那裡有「連接」和「說話」權限嗎？）。沒有說任何內容。
speech-no-opus = 此安裝無法在語音頻道中說話（缺少 Opus 音訊函式庫，機器人營運者可以安裝）。在語音頻道外使用 /say 可傳送語音訊息。沒有說任何內容。
speech-restarting = 機器人正在重新啟動；沒有說任何內容。
speech-busy-elsewhere = 我正在 <#{ $channel_id }> 說話；請加入那裡，或等那裡安靜後再試一次。
speech-message-too-long = 這段文字產生的語音訊息太長，無法傳送。
speech-voice-gone = 該聲音已無法使用。
speech-unsendable = 這段文字產生的音訊無法作為語音訊息傳送（太短了嗎？）。
speech-tts-rate-limited = 已達到 Inworld 文字轉語音的速率限制；沒有發布任何內容。請在一分鐘後再試一次。
speech-tts-failed = { $reason } 沒有發布任何內容。
speech-skip-not-yours = 只有提出者、聲音的擁有者或管理員才能跳過正在說的內容。
speech-stop-moderators-only = 只有這個伺服器的管理員才能讓機器人停止說話。
speech-leave-join-first = 請先加入我所在的語音頻道，再請我離開。
speech-leave-others-waiting = 正在朗讀或等待朗讀其他人的文字；管理員可以讓我立即離開。

## Posts everyone reads, in the server's language
speech-disclosure-own = 🔊 <@{ $user_id }> 正在用自己的 AI 聲音 **{ $name }** 說話
speech-disclosure-server = 🔊 <@{ $user_id }> 正在用伺服器的 AI 聲音 **{ $name }** 說話
speech-status = 🔊 { $name } 的 AI 聲音
speech-status-server-voice = 伺服器聲音 { $name }
speech-status-someone = 一位成員

## Discord refused a voice message (bot/speech/posting.py)
speech-post-timeout = Discord 未能及時接收語音訊息；沒有傳送任何內容。
speech-post-not-allowed = 這個頻道不允許語音訊息；沒有傳送任何內容。
speech-post-missing-permissions = 我無法在這裡發布語音訊息（我需要這個頻道的「傳送訊息」、「附加檔案」和「傳送語音訊息」權限）；沒有傳送任何內容。
speech-post-refused = Discord 拒絕了語音訊息；沒有傳送任何內容。請再試一次。

## Replies (cogs/speech.py)
speech-sent-voice-message = 🔊 已用 **{ $name }** 傳送語音訊息（{ $chars } 個字元）。
speech-speaking-now = 🔊 正在用 **{ $name }** 說話（{ $chars } 個字元）。
speech-queued = 🔊 已用 **{ $name }** 加入佇列：前面還有 { $position } 則（{ $chars } 個字元）。
speech-say-nothing-aloud = 這段文字沒有可以朗讀的內容（只有程式碼或表情符號？）。
speech-only-own-messages = 你只能朗讀自己的訊息。
speech-message-nothing-aloud = 這則訊息沒有可以朗讀的內容。
