# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# Why an uploaded file cannot be a voice sample (bot/audio/errors.py).
audio-unusable = そのファイルは音声サンプルとして使用できませんでした。
audio-empty-file = そのファイルは空です（0バイト）。あなたの声の録音を添付してください。
audio-not-audio = そのファイルは音声ではなく、{ $kind }のようです。声の録音（ボイスメッセージ、MP3、WAV、OGG、M4A、FLAC、WebM）を添付してください。
audio-unsupported-format = そのファイル形式は音声サンプルに対応していません。通常の音声ファイル（ボイスメッセージ、MP3、WAV、OGG、M4A、FLAC、WebM）を送ってください。
audio-no-audio-stream = そのファイルには音声トラックがありません（無音の動画か画像ではありませんか？）。あなたの声の録音を添付してください。
audio-undecodable = その音声ファイルをデコードできませんでした。破損しているか、途中で切れているようです。書き出しまたは録音をやり直してから、もう一度お試しください。
audio-truncated = そのファイルは途中で切れているようです。本来は{ NUMBER($claimed, minimumFractionDigits: 1, maximumFractionDigits: 1) }秒あるはずですが、デコードできたのは{ NUMBER($got, minimumFractionDigits: 1, maximumFractionDigits: 1) }秒だけでした。録音全体をアップロードしてください。
audio-silent = その録音には話し声が見つかりませんでした。無音か、小さな雑音しか入っていません。はっきり話している声を録音してください。
audio-mostly-noise = その録音はほとんどが雑音か音楽で、声は{ NUMBER($seconds, minimumFractionDigits: 1, maximumFractionDigits: 1) }秒しかありません。音楽や他の音を止め、マイクに近づいて、あなた自身の声を10〜15秒録音してください。
audio-poor-sample = { $problem }{ $tip }
audio-too-short = その録音には話し声が{ NUMBER($seconds, minimumFractionDigits: 1, maximumFractionDigits: 1) }秒しかありません。少なくとも{ $min_seconds }秒必要です（10〜15秒あると最適なクローンになります）。
audio-timeout = そのファイルの処理に時間がかかりすぎたため、中止しました。もっと短いか、シンプルな音声ファイルを送ってください。

# What a file that is not audio looks like ($kind of audio-not-audio).
audio-kind-text = テキストファイル
audio-kind-image = 画像（{ $format }）
audio-kind-pdf = PDF文書
audio-kind-zip = ZIPアーカイブまたはOffice文書
audio-kind-archive = { $format }アーカイブ
audio-kind-program = プログラム
audio-kind-windows-program = Windowsプログラム
audio-kind-playlist = プレイリスト（{ $format }）
audio-kind-ffmpeg-script = ffmpegのconcatスクリプト
audio-kind-xml = XML文書
audio-kind-web-page = ウェブページ
audio-kind-sdp = ストリーム記述（SDP）
audio-kind-dash = DASHマニフェスト
