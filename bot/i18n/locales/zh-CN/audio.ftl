# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# Why an uploaded file cannot be a voice sample (bot/audio/errors.py).
audio-unusable = 该文件无法用作声音样本。
audio-empty-file = 该文件是空的（0 字节）。请附上你的声音录音。
audio-not-audio = 该文件看起来是{ $kind }，而不是音频。请附上语音录音（语音消息、MP3、WAV、OGG、M4A、FLAC 或 WebM）。
audio-unsupported-format = 声音样本不支持该文件类型。请发送普通音频文件（语音消息、MP3、WAV、OGG、M4A、FLAC 或 WebM）。
audio-no-audio-stream = 该文件没有音轨（是无声视频或图片吗？）。请附上你的声音录音。
audio-undecodable = 无法解码该音频文件：它似乎已损坏或不完整。请重新导出或重新录制后再试。
audio-truncated = 该文件似乎不完整：它应该有 { NUMBER($claimed, minimumFractionDigits: 1, maximumFractionDigits: 1) } 秒，但只能解码 { NUMBER($got, minimumFractionDigits: 1, maximumFractionDigits: 1) } 秒。请上传完整的录音。
audio-silent = 该录音中没有发现语音：它是静音的，或只有轻微的噪音。请录制你清晰说话的声音。
audio-mostly-noise = 该录音大部分是噪音或音乐：只有 { NUMBER($seconds, minimumFractionDigits: 1, maximumFractionDigits: 1) } 秒是人声。请关掉音乐和其他声音，靠近麦克风，录制 10-15 秒你自己的语音。
audio-poor-sample = { $problem }{ $tip }
audio-too-short = 该录音只有 { NUMBER($seconds, minimumFractionDigits: 1, maximumFractionDigits: 1) } 秒语音；至少需要 { $min_seconds } 秒（10-15 秒可获得最佳克隆效果）。
audio-timeout = 处理该文件耗时过长，已被停止。请发送更短或更简单的音频文件。

# What a file that is not audio looks like ($kind of audio-not-audio).
audio-kind-text = 文本文件
audio-kind-image = 图片（{ $format }）
audio-kind-pdf = PDF 文档
audio-kind-zip = ZIP 压缩包或 Office 文档
audio-kind-archive = { $format } 压缩包
audio-kind-program = 程序
audio-kind-windows-program = Windows 程序
audio-kind-playlist = 播放列表（{ $format }）
audio-kind-ffmpeg-script = ffmpeg concat 脚本
audio-kind-xml = XML 文档
audio-kind-web-page = 网页
audio-kind-sdp = 流描述（SDP）
audio-kind-dash = DASH 清单
