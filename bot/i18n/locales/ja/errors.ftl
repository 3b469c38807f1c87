# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# Errors and refusals every command can answer with (bot/tree.py).
error-bug = ボット側で問題が発生しました。（参照 `{ $ref }`）もう一度お試しください。
error-cooldown = 少し待ってください！{ $seconds }秒後にもう一度お試しください。
error-missing-permissions = この操作には「{ $permissions }」の権限が必要です。
error-server-only = このコマンドはサーバー内でのみ使用できます。
error-not-allowed = ここではこのコマンドを使用できません。
error-bad-value = その値は無効です: { $value }

# Sizes ($count bytes; $value in $unit: KB, MB or GB, with one decimal).
error-size-bytes = { NUMBER($count, useGrouping: 0) } バイト
error-size = { NUMBER($value, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } { $unit }

# Downloading an attachment (bot/download.py).
error-download-too-large = `{ $filename }` はこのボットが受け付ける上限（{ $limit }）を超えています。必要なのは10〜30秒の録音だけです。
error-download-too-large-size = `{ $filename }`（{ $size }）はこのボットが受け付ける上限（{ $limit }）を超えています。必要なのは10〜30秒の録音だけです。
error-download-refused = Discordが `{ $filename }` のダウンロードを許可しませんでした（HTTP { $status }）。もう一度お試しください。
error-download-timeout = `{ $filename }` のダウンロードに{ NUMBER($seconds, useGrouping: 0) }秒以上かかりました。もう一度お試しください。
error-download-failed = `{ $filename }` のダウンロードに失敗しました。もう一度お試しください。

# The clone queue (bot/ratelimit/waiting.py).
error-queue-full = クローンの待ち行列がいっぱいです。{ $group ->
        [true] このサーバーからのリクエストが{ $waiting }件
       *[false] { $waiting }件のリクエストが
    }待機中です（待ち時間は約{ $wait }）。何も追加されていません。約{ $retry }後（<t:{ $at }:t>頃）にもう一度お試しください。
error-audio-not-attached = （処理済みの音声をここに添付できませんでした。）
error-interrupted = ⏸️ リクエストの完了前にボットが再起動しています。リクエストは保存されています。ボットが戻ったら（通常1分以内）、結果をお知らせします。
error-restarting = ボットを再起動しています。1分ほどしてからもう一度お試しください。
