# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# Why an uploaded file cannot be a voice sample (bot/audio/errors.py).
audio-unusable = 이 파일은 음성 샘플로 사용할 수 없습니다.
audio-empty-file = 빈 파일입니다(0바이트). 본인 목소리를 녹음한 파일을 첨부해 주세요.
audio-not-audio = 이 파일은 오디오가 아니라 { $kind }인 것 같습니다. 음성 녹음(음성 메시지, MP3, WAV, OGG, M4A, FLAC 또는 WebM)을 첨부해 주세요.
audio-unsupported-format = 이 파일 형식은 음성 샘플로 지원되지 않습니다. 일반 오디오 파일(음성 메시지, MP3, WAV, OGG, M4A, FLAC 또는 WebM)을 보내 주세요.
audio-no-audio-stream = 이 파일에는 오디오 트랙이 없습니다(소리 없는 동영상이나 이미지인가요?). 본인 목소리를 녹음한 파일을 첨부해 주세요.
audio-undecodable = 이 오디오 파일을 디코딩할 수 없습니다. 손상되었거나 잘린 것 같습니다. 다시 내보내거나 녹음한 뒤 다시 시도해 주세요.
audio-truncated = 이 파일은 잘린 것 같습니다. 원래 { NUMBER($claimed, minimumFractionDigits: 1, maximumFractionDigits: 1) }초여야 하지만 { NUMBER($got, minimumFractionDigits: 1, maximumFractionDigits: 1) }초만 디코딩할 수 있었습니다. 전체 녹음을 업로드해 주세요.
audio-silent = 이 녹음에서 말소리를 찾지 못했습니다. 무음이거나 작은 잡음뿐입니다. 또렷하게 말하는 목소리를 녹음해 주세요.
audio-mostly-noise = 이 녹음은 대부분 잡음이나 음악이고, 목소리는 { NUMBER($seconds, minimumFractionDigits: 1, maximumFractionDigits: 1) }초뿐입니다. 음악과 다른 소리를 끄고 마이크에 더 가까이 다가가 본인 목소리를 10~15초 녹음해 주세요.
audio-poor-sample = { $problem } { $tip }
audio-too-short = 이 녹음에는 말소리가 { NUMBER($seconds, minimumFractionDigits: 1, maximumFractionDigits: 1) }초뿐입니다. 최소 { $min_seconds }초가 필요합니다(10~15초면 가장 좋은 클론이 만들어집니다).
audio-timeout = 이 파일을 처리하는 데 시간이 너무 오래 걸려 중단했습니다. 더 짧거나 단순한 오디오 파일을 보내 주세요.

# What a file that is not audio looks like ($kind of audio-not-audio).
audio-kind-text = 텍스트 파일
audio-kind-image = 이미지({ $format })
audio-kind-pdf = PDF 문서
audio-kind-zip = ZIP 압축 파일 또는 오피스 문서
audio-kind-archive = { $format } 압축 파일
audio-kind-program = 프로그램
audio-kind-windows-program = Windows 프로그램
audio-kind-playlist = 재생 목록({ $format })
audio-kind-ffmpeg-script = ffmpeg concat 스크립트
audio-kind-xml = XML 문서
audio-kind-web-page = 웹 페이지
audio-kind-sdp = 스트림 설명(SDP)
audio-kind-dash = DASH 매니페스트
