# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# Why an uploaded file cannot be a voice sample (bot/audio/errors.py).
audio-unusable = 這個檔案無法當作聲音樣本使用。
audio-empty-file = 這個檔案是空的（0 位元組）。請附上你的聲音錄音。
audio-not-audio = 這個檔案看起來是{ $kind }，而不是音訊。請附上語音錄音（語音訊息、MP3、WAV、OGG、M4A、FLAC 或 WebM）。
audio-unsupported-format = 聲音樣本不支援這種檔案類型。請傳送一般的音訊檔（語音訊息、MP3、WAV、OGG、M4A、FLAC 或 WebM）。
audio-no-audio-stream = 這個檔案沒有音軌（是無聲影片或圖片嗎？）。請附上你的聲音錄音。
audio-undecodable = 無法解碼這個音訊檔：它似乎已損毀或不完整。請重新匯出或重新錄製後再試一次。
audio-truncated = 這個檔案似乎不完整：它應該有 { NUMBER($claimed, minimumFractionDigits: 1, maximumFractionDigits: 1) } 秒，但只能解碼 { NUMBER($got, minimumFractionDigits: 1, maximumFractionDigits: 1) } 秒。請上傳完整的錄音。
audio-silent = 這段錄音中找不到說話聲：它是靜音的，或只有輕微的雜音。請錄下你清楚說話的聲音。
audio-mostly-noise = 這段錄音大多是雜音或音樂：只有 { NUMBER($seconds, minimumFractionDigits: 1, maximumFractionDigits: 1) } 秒是人聲。請關掉音樂和其他聲音，靠近麥克風，錄下 10-15 秒你自己的說話聲。
audio-poor-sample = { $problem }{ $tip }
audio-too-short = 這段錄音只有 { NUMBER($seconds, minimumFractionDigits: 1, maximumFractionDigits: 1) } 秒的說話聲；至少需要 { $min_seconds } 秒（10-15 秒可得到最好的複製效果）。
audio-timeout = 處理這個檔案花了太久，已經停止。請傳送較短或較簡單的音訊檔。

# What a file that is not audio looks like ($kind of audio-not-audio).
audio-kind-text = 文字檔
audio-kind-image = 圖片（{ $format }）
audio-kind-pdf = PDF 文件
audio-kind-zip = ZIP 壓縮檔或 Office 文件
audio-kind-archive = { $format } 壓縮檔
audio-kind-program = 程式
audio-kind-windows-program = Windows 程式
audio-kind-playlist = 播放清單（{ $format }）
audio-kind-ffmpeg-script = ffmpeg concat 指令碼
audio-kind-xml = XML 文件
audio-kind-web-page = 網頁
audio-kind-sdp = 串流描述（SDP）
audio-kind-dash = DASH 資訊清單
