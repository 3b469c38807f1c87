# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# Errors and refusals every command can answer with (bot/tree.py).
error-bug = 機器人這邊發生問題。（參考編號 `{ $ref }`）請再試一次。
error-cooldown = 慢一點！請在 { $seconds } 秒後再試一次。
error-missing-permissions = 你需要「{ $permissions }」權限才能這麼做。
error-server-only = 此指令只能在伺服器中使用。
error-not-allowed = 你不能在這裡使用此指令。
error-bad-value = 這個值無效：{ $value }。

# Sizes ($count bytes; $value in $unit: KB, MB or GB, with one decimal).
error-size-bytes = { NUMBER($count, useGrouping: 0) } 位元組
error-size = { NUMBER($value, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } { $unit }

# Downloading an attachment (bot/download.py).
error-download-too-large = `{ $filename }` 超過此機器人接受的上限（{ $limit }）。只需要一段 10-30 秒的錄音就夠了。
error-download-too-large-size = `{ $filename }`（{ $size }）超過此機器人接受的上限（{ $limit }）。只需要一段 10-30 秒的錄音就夠了。
error-download-refused = Discord 不允許機器人下載 `{ $filename }`（HTTP { $status }）。請再試一次。
error-download-timeout = 下載 `{ $filename }` 花了超過 { NUMBER($seconds, useGrouping: 0) } 秒。請再試一次。
error-download-failed = 下載 `{ $filename }` 失敗。請再試一次。

# The clone queue (bot/ratelimit/waiting.py).
error-queue-full = 複製佇列已滿：{ $group ->
        [true] 來自此伺服器的 { $waiting } 個請求
       *[false] { $waiting } 個請求
    }正在等待（大約需要等待 { $wait }）。沒有任何內容加入佇列；請在大約 { $retry } 後（<t:{ $at }:t> 左右）再試一次。
error-audio-not-attached = （無法在此附上處理後的音訊。）
error-interrupted = ⏸️ 你的請求完成前機器人正在重新啟動。請求已儲存：機器人恢復後（通常在一分鐘內）會告訴你結果。
error-restarting = 機器人正在重新啟動，請一分鐘後再試。
