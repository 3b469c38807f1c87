# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# Errors and refusals every command can answer with (bot/tree.py).
error-bug = 봇 쪽에서 문제가 발생했습니다. (참조 `{ $ref }`) 다시 시도해 주세요.
error-cooldown = 잠시만요! { $seconds }초 후에 다시 시도해 주세요.
error-missing-permissions = 이 작업을 하려면 { $permissions } 권한이 필요합니다.
error-server-only = 이 명령어는 서버에서만 사용할 수 있습니다.
error-not-allowed = 여기에서는 이 명령어를 사용할 수 없습니다.
error-bad-value = 올바르지 않은 값입니다: { $value }

# Sizes ($count bytes; $value in $unit: KB, MB or GB, with one decimal).
error-size-bytes = { NUMBER($count, useGrouping: 0) }바이트
error-size = { NUMBER($value, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } { $unit }

# Downloading an attachment (bot/download.py).
error-download-too-large = `{ $filename }` 파일이 이 봇이 받는 최대 크기({ $limit })보다 큽니다. 10~30초 길이의 녹음이면 충분합니다.
error-download-too-large-size = `{ $filename }` 파일({ $size })이 이 봇이 받는 최대 크기({ $limit })보다 큽니다. 10~30초 길이의 녹음이면 충분합니다.
error-download-refused = Discord가 봇의 `{ $filename }` 다운로드를 허용하지 않았습니다(HTTP { $status }). 다시 시도해 주세요.
error-download-timeout = `{ $filename }` 다운로드가 { NUMBER($seconds, useGrouping: 0) }초 넘게 걸렸습니다. 다시 시도해 주세요.
error-download-failed = `{ $filename }` 다운로드에 실패했습니다. 다시 시도해 주세요.

# The clone queue (bot/ratelimit/waiting.py).
error-queue-full = 클론 대기열이 가득 찼습니다. { $group ->
        [true] 이 서버의 요청 { $waiting }건이
       *[false] 요청 { $waiting }건이
    } 대기 중입니다(예상 대기 시간 약 { $wait }). 아무것도 대기열에 추가되지 않았습니다. 약 { $retry } 후(<t:{ $at }:t>쯤)에 다시 시도해 주세요.
error-audio-not-attached = (처리된 오디오를 여기에 첨부하지 못했어요.)
error-interrupted = ⏸️ 요청이 끝나기 전에 봇이 다시 시작되고 있어요. 요청은 저장되어 있으니, 봇이 돌아오면(보통 1분 이내) 결과를 알려 드릴게요.
error-restarting = 봇이 다시 시작되는 중이에요. 1분 후에 다시 시도해 주세요.
