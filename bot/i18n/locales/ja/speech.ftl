# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# /say, "Speak this message", read-aloud, the call (bot/speech, cogs/speech.py).

## Refusals: who may speak, where, with which voice (bot/speech/policy.py)
speech-off = このサーバーではクローンボイスでの発話がオフになっています。モデレーターは `/clone-settings speech enabled:True` でオンにできます。
speech-needs-role = ここでクローンボイスを使って話すには、次のいずれかのロールが必要です：{ $roles }。
speech-voice-channel = ボットはこのサーバーのこのボイスチャンネルでは話しません。{ $channels } を使ってください。
speech-text-channel = このチャンネルではクローンボイスでの発話は許可されていません。{ $channels } を使ってください。
speech-read-aloud-bot-off = このボットでは読み上げを利用できません。所有者がオンにしていません（READ_ALOUD_ENABLED）。`/say` は引き続き使えます。
speech-read-aloud-server-off = このサーバーでは読み上げが許可されていません。モデレーターは `/clone-settings speech read_aloud:True` で許可できます。`/say` は引き続き使えます。
speech-only-own = このボイスで話せるのは所有者だけです。メンバーは自分のボイスで話します。
speech-only-own-or-server = このボイスで話せるのは所有者だけです。メンバーは自分のボイスとサーバーボイスで話します。
speech-server-voices-off = このサーバーでは、メンバーは自分のボイスでのみ話せます。サーバーボイスは使えません。
speech-no-own-voice = このサーバーにはまだあなたのクローンボイスがありません。`/clone` で作成してから、もう一度お試しください。
speech-no-own-voice-or-server = このサーバーにはまだあなたのクローンボイスがありません。`/clone` で作成する（またはサーバーボイスを選ぶ）と、もう一度お試しいただけます。

## Characters of speech per 24 hours (bot/speech/quota.py)
speech-member-text-over-limit = このテキストは { $chars } 文字で、ここでのあなたの上限（24時間あたり { $limit } 文字）を超えています。短くしてください。
speech-member-limit = あなたの上限（24時間あたり { $limit } 文字）を超えてしまいます。{ $when } に再び利用できます（または短いテキストをお試しください）。
speech-server-text-over-limit = このテキストは { $chars } 文字で、このサーバーの上限（24時間あたり { $limit } 文字）を超えています。短くしてください。
speech-server-limit = このサーバーは過去24時間の上限 { $limit } 文字を使い切りました。{ $when } に再び利用できます。

## Speaking (bot/speech/service.py)
speech-empty = そのテキストには読み上げる内容がありません。
speech-too-long = テキストが長すぎて読み上げられません：{ $length } 文字（上限は { $max } 文字）。
speech-tts-queue-full = 読み上げ待ちのテキストが多すぎます（{ $waiting } 件）。何もキューに追加されていません。約 { $wait } 後にもう一度お試しください。
speech-tts-queue-full-server = このサーバーからの読み上げ待ちのテキストが多すぎます（{ $waiting } 件）。何もキューに追加されていません。約 { $wait } 後にもう一度お試しください。
speech-voice-queue-full = このサーバーの音声キューがいっぱいです。少し待ってからもう一度お試しください。
speech-connect-failed = ボイスチャンネルに参加できませんでした（そこで「接続」と「発言」の権限がありますか？）。何も話していません。
speech-no-opus = この環境ではボイスチャンネルで話せません（Opus 音声ライブラリがありません。ボットの運営者がインストールできます）。ボイスメッセージにするには、ボイスチャンネルの外で /say を使ってください。何も話していません。
speech-restarting = ボットが再起動中です。何も話していません。
speech-busy-elsewhere = 今は <#{ $channel_id }> で話しています。そちらに参加するか、静かになってからもう一度お試しください。
speech-message-too-long = そのテキストでは送信できないほど長いボイスメッセージになります。
speech-voice-gone = そのボイスはもう利用できません。
speech-unsendable = そのテキストからできた音声はボイスメッセージとして送信できません（短すぎる可能性があります）。
speech-tts-rate-limited = Inworldの音声合成のレート制限に達しました。何も投稿されていません。1分ほど待ってからもう一度お試しください。
speech-tts-failed = { $reason } 何も投稿されていません。
speech-skip-not-yours = 今話している内容をスキップできるのは、話し手、ボイスの所有者、またはモデレーターだけです。
speech-stop-moderators-only = ボットの発話を停止できるのは、このサーバーのモデレーターだけです。
speech-leave-join-first = 退出を頼むには、まずボットがいるボイスチャンネルに参加してください。
speech-leave-others-waiting = 他の人のテキストを読み上げ中か待機中です。今すぐ退出させられるのはモデレーターです。

## Posts everyone reads, in the server's language
speech-disclosure-own = 🔊 <@{ $user_id }> が自分のAIボイス **{ $name }** で話しています
speech-disclosure-server = 🔊 <@{ $user_id }> がサーバーのAIボイス **{ $name }** で話しています
speech-status = 🔊 { $name } のAIボイス
speech-status-server-voice = サーバーボイス { $name }
speech-status-someone = メンバー

## Discord refused a voice message (bot/speech/posting.py)
speech-post-timeout = Discordが時間内にボイスメッセージを受け付けませんでした。何も送信されていません。
speech-post-not-allowed = このチャンネルではボイスメッセージが許可されていません。何も送信されていません。
speech-post-missing-permissions = ここにボイスメッセージを投稿できません（このチャンネルで「メッセージを送信」「ファイルを添付」「ボイスメッセージを送信」の権限が必要です）。何も送信されていません。
speech-post-refused = Discordがボイスメッセージを拒否しました。何も送信されていません。もう一度お試しください。

## Replies (cogs/speech.py)
speech-sent-voice-message = 🔊 **{ $name }** でボイスメッセージとして送信しました（{ $chars } 文字）。
speech-speaking-now = 🔊 **{ $name }** で話しています（{ $chars } 文字）。
speech-queued = 🔊 **{ $name }** でキューに追加しました。順番待ち { $position } 件（{ $chars } 文字）。
speech-say-nothing-aloud = そのテキストには読み上げる内容がありません（コードや絵文字だけですか？）。
speech-only-own-messages = 読み上げられるのは自分のメッセージだけです。
speech-message-nothing-aloud = そのメッセージには読み上げる内容がありません。
