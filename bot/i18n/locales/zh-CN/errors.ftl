# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# Errors and refusals every command can answer with (bot/tree.py).
error-bug = 机器人这边出了点问题。（参考编号 `{ $ref }`）请重试。
error-cooldown = 慢一点！请在 { $seconds } 秒后重试。
error-missing-permissions = 你需要“{ $permissions }”权限才能这样做。
error-server-only = 此命令只能在服务器中使用。
error-not-allowed = 你不能在这里使用此命令。
error-bad-value = 该值无效：{ $value }。

# Sizes ($count bytes; $value in $unit: KB, MB or GB, with one decimal).
error-size-bytes = { NUMBER($count, useGrouping: 0) } 字节
error-size = { NUMBER($value, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } { $unit }

# Downloading an attachment (bot/download.py).
error-download-too-large = `{ $filename }` 超过了此机器人接受的上限（{ $limit }）。只需要一段 10-30 秒的录音即可。
error-download-too-large-size = `{ $filename }`（{ $size }）超过了此机器人接受的上限（{ $limit }）。只需要一段 10-30 秒的录音即可。
error-download-refused = Discord 不允许机器人下载 `{ $filename }`（HTTP { $status }）。请重试。
error-download-timeout = 下载 `{ $filename }` 用时超过 { NUMBER($seconds, useGrouping: 0) } 秒。请重试。
error-download-failed = 下载 `{ $filename }` 失败。请重试。

# The clone queue (bot/ratelimit/waiting.py).
error-queue-full = 克隆队列已满：{ $group ->
        [true] 来自此服务器的 { $waiting } 个请求
       *[false] { $waiting } 个请求
    }正在等待（大约需要等待 { $wait }）。没有任何内容加入队列；请在大约 { $retry } 后（<t:{ $at }:t> 左右）重试。
error-audio-not-attached = （无法在此附上处理后的音频。）
error-interrupted = ⏸️ 你的请求完成前机器人正在重启。请求已保存：机器人恢复后（通常在一分钟内）会告诉你结果。
error-restarting = 机器人正在重启，请一分钟后再试。
