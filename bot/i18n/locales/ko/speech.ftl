# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# /say, "Speak this message", read-aloud, the call (bot/speech, cogs/speech.py).

## Refusals: who may speak, where, with which voice (bot/speech/policy.py)
speech-off = 이 서버에서는 복제된 음성으로 말하기가 꺼져 있습니다. 모더레이터가 `/clone-settings speech enabled:True`로 켤 수 있습니다.
speech-needs-role = 여기서 복제된 음성으로 말하려면 다음 역할 중 하나가 필요합니다: { $roles }.
speech-voice-channel = 봇은 이 서버의 이 음성 채널에서 말하지 않습니다. { $channels }을(를) 이용해 주세요.
speech-text-channel = 이 채널에서는 복제된 음성으로 말할 수 없습니다. { $channels }을(를) 이용해 주세요.
speech-read-aloud-bot-off = 이 봇에서는 읽어 주기를 사용할 수 없습니다. 봇 소유자가 켜지 않았습니다(READ_ALOUD_ENABLED). `/say`는 계속 사용할 수 있습니다.
speech-read-aloud-server-off = 이 서버는 읽어 주기를 허용하지 않습니다. 모더레이터가 `/clone-settings speech read_aloud:True`로 허용할 수 있습니다. `/say`는 계속 사용할 수 있습니다.
speech-only-own = 이 음성으로는 소유자만 말할 수 있습니다. 멤버는 자신의 음성으로 말합니다.
speech-only-own-or-server = 이 음성으로는 소유자만 말할 수 있습니다. 멤버는 자신의 음성과 서버 음성으로 말합니다.
speech-server-voices-off = 이 서버에서는 멤버가 서버 음성이 아닌 자신의 음성으로만 말할 수 있습니다.
speech-no-own-voice = 이 서버에 아직 복제된 음성이 없습니다. `/clone`으로 만든 뒤 다시 시도해 주세요.
speech-no-own-voice-or-server = 이 서버에 아직 복제된 음성이 없습니다. `/clone`으로 만들거나 서버 음성을 고른 뒤 다시 시도해 주세요.

## Characters of speech per 24 hours (bot/speech/quota.py)
speech-member-text-over-limit = 이 텍스트는 { $chars }자로, 이곳에서 24시간당 말할 수 있는 한도 { $limit }자를 넘습니다. 더 짧게 줄여 주세요.
speech-member-limit = 24시간당 한도 { $limit }자를 넘게 됩니다. { $when } 다시 충분히 사용할 수 있습니다(또는 더 짧은 텍스트를 시도해 보세요).
speech-server-text-over-limit = 이 텍스트는 { $chars }자로, 이 서버의 24시간당 한도 { $limit }자를 넘습니다. 더 짧게 줄여 주세요.
speech-server-limit = 이 서버는 지난 24시간 동안 한도 { $limit }자를 모두 사용했습니다. { $when } 다시 충분히 사용할 수 있습니다.

## Speaking (bot/speech/service.py)
speech-empty = 그 텍스트에는 말할 내용이 없습니다.
speech-too-long = 텍스트가 너무 길어서 말할 수 없습니다: { $length }자, 제한은 { $max }자입니다.
speech-tts-queue-full = 대기 중인 텍스트가 너무 많습니다({ $waiting }개). 아무것도 대기열에 추가되지 않았습니다. 약 { $wait } 후에 다시 시도해 주세요.
speech-tts-queue-full-server = 이 서버에서 대기 중인 텍스트가 너무 많습니다({ $waiting }개). 아무것도 대기열에 추가되지 않았습니다. 약 { $wait } 후에 다시 시도해 주세요.
speech-voice-queue-full = 이 서버의 음성 대기열이 가득 찼습니다. 잠시 후 다시 시도해 주세요.
speech-connect-failed = 음성 채널에 참가하지 못했습니다(그곳에서 연결 및 말하기 권한이 있나요?). 아무것도 말하지 않았습니다.
speech-no-opus = 이 설치 환경에서는 음성 채널에서 말할 수 없습니다(Opus 오디오 라이브러리가 없습니다. 봇 운영자가 설치할 수 있습니다). 음성 메시지를 보내려면 음성 채널 밖에서 /say를 사용하세요. 아무것도 말하지 않았습니다.
speech-restarting = 봇이 다시 시작하는 중입니다. 아무것도 말하지 않았습니다.
speech-busy-elsewhere = 지금 <#{ $channel_id }>에서 말하고 있습니다. 그곳에 참가하거나 조용해진 뒤 다시 시도해 주세요.
speech-message-too-long = 그 텍스트로는 보내기에 너무 긴 음성 메시지가 만들어집니다.
speech-voice-gone = 그 음성은 더 이상 사용할 수 없습니다.
speech-unsendable = 그 텍스트로 만든 오디오는 음성 메시지로 보낼 수 없습니다(너무 짧나요?).
speech-tts-rate-limited = Inworld 음성 합성 사용 한도에 도달했습니다. 아무것도 게시되지 않았습니다. 1분 후에 다시 시도해 주세요.
speech-tts-failed = { $reason } 아무것도 게시되지 않았습니다.
speech-skip-not-yours = 지금 말하는 내용은 요청한 사람, 음성 소유자 또는 모더레이터만 건너뛸 수 있습니다.
speech-stop-moderators-only = 봇의 말을 멈출 수 있는 것은 이 서버의 모더레이터뿐입니다.
speech-leave-join-first = 나가 달라고 요청하려면 먼저 제 음성 채널에 참가해 주세요.
speech-leave-others-waiting = 다른 사람의 텍스트를 말하고 있거나 대기 중입니다. 모더레이터는 지금 바로 저를 내보낼 수 있습니다.

## Posts everyone reads, in the server's language
speech-disclosure-own = 🔊 <@{ $user_id }> 님이 자신의 AI 음성 **{ $name }**(으)로 말하는 중
speech-disclosure-server = 🔊 <@{ $user_id }> 님이 서버의 AI 음성 **{ $name }**(으)로 말하는 중
speech-status = 🔊 { $name }의 AI 음성
speech-status-server-voice = 서버 음성 { $name }
speech-status-someone = 멤버

## Discord refused a voice message (bot/speech/posting.py)
speech-post-timeout = Discord가 제시간에 음성 메시지를 받지 않았습니다. 아무것도 보내지 않았습니다.
speech-post-not-allowed = 이 채널에서는 음성 메시지가 허용되지 않습니다. 아무것도 보내지 않았습니다.
speech-post-missing-permissions = 여기에 음성 메시지를 올릴 수 없습니다(이 채널에서 메시지 보내기, 파일 첨부, 음성 메시지 보내기 권한이 필요합니다). 아무것도 보내지 않았습니다.
speech-post-refused = Discord가 음성 메시지를 거부했습니다. 아무것도 보내지 않았습니다. 다시 시도해 주세요.

## Replies (cogs/speech.py)
speech-sent-voice-message = 🔊 **{ $name }**(으)로 음성 메시지를 보냈습니다({ $chars }자).
speech-speaking-now = 🔊 지금 **{ $name }**(으)로 말하는 중입니다({ $chars }자).
speech-queued = 🔊 **{ $name }**(으)로 대기열에 추가했습니다. 앞에 { $position }개가 있습니다({ $chars }자).
speech-say-nothing-aloud = 그 텍스트에는 소리 내어 읽을 내용이 없습니다(코드나 이모지뿐인가요?).
speech-only-own-messages = 자신의 메시지만 말하게 할 수 있습니다.
speech-message-nothing-aloud = 그 메시지에는 소리 내어 읽을 내용이 없습니다.
