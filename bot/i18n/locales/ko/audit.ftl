# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).

## Detail labels: audit-field-<detail key with hyphens>
audit-field-status = 상태
audit-field-requeued = 다시 대기열에 추가됨
audit-field-samples = 샘플
audit-field-warnings = 경고
audit-field-errors = 오류
audit-field-deleted = 삭제됨
audit-field-found-by = 찾은 방법
audit-field-server-voice = 서버 목소리
audit-field-text-length = 텍스트 길이
audit-field-model-id = 모델
audit-field-via = 경로
audit-field-voices-deleted = 삭제된 목소리
audit-field-requests-erased = 지워진 요청
audit-field-challenge-id = 읽을 문장
audit-field-attempt = 시도
audit-field-fell-back = 대체 문장
audit-field-expires-at = 만료
audit-field-mode = 모드
audit-field-recognizer = 음성 인식
audit-field-score = 점수
audit-field-offline-score = 오프라인 점수
audit-field-voice-message = 음성 메시지
audit-field-decision = 판정
audit-field-characters = 글자 수
audit-field-utterances = 발화 수
audit-field-stopped = 중지 사유
audit-field-erased = 지워짐
audit-field-name = 이름
audit-field-language = 언어
audit-field-statement = 동의문
audit-field-reason = 사유
audit-field-voice-id = 목소리 ID
audit-field-also-matched = 함께 일치한 항목
audit-field-previous = 이전
audit-field-sentence = 문장
audit-field-keywords = 키워드
audit-field-heard = 들은 내용
audit-field-offline-heard = 오프라인으로 들은 내용
audit-field-recording-sha256 = 녹음 sha256
audit-field-channel-id = 채널
audit-field-voice-owner-id = 목소리 주인
audit-field-source = 출처
audit-field-extra-speech-seconds = 추가 발화(초)

## Settings a policy change records
audit-field-allowed-role-ids = 허용된 역할
audit-field-allowed-channel-ids = 허용된 채널
audit-field-blocked-user-ids = 차단된 멤버
audit-field-moderator-role-ids = 관리자 역할
audit-field-cooldown-seconds = 대기 시간(초)
audit-field-member-daily-quota = 멤버당 하루 요청 수
audit-field-guild-daily-quota = 서버당 하루 요청 수
audit-field-max-sample-seconds = 가장 긴 샘플(초)
audit-field-default-language = 기본 언어
audit-field-remove-noise = 소음 제거
audit-field-approval-required = 승인 필요
audit-field-review-channel-id = 검토 채널
audit-field-audit-channel-id = 감사 로그 채널
audit-field-ephemeral = 비공개 답장
audit-field-consent-text = 동의문
audit-field-preview-enabled = 미리 듣기
audit-field-preview-text = 미리 듣기 텍스트
audit-field-preview-open = 모두에게 미리 듣기 허용
audit-field-verification = 음성 동의
audit-field-speech-enabled = 음성 출력
audit-field-speech-role-ids = 음성 출력 역할
audit-field-speech-voice-channel-ids = 음성 출력 음성 채널
audit-field-speech-text-channel-ids = 음성 출력 텍스트 채널
audit-field-read-aloud-allowed = 소리 내어 읽기
audit-field-speech-server-voices = 음성 출력에 서버 목소리
audit-field-speech-member-daily-chars = 멤버당 하루 글자 수
audit-field-speech-guild-daily-chars = 서버당 하루 글자 수
audit-field-locale = 서버 언어

## A request's status: audit-status-<status>
audit-status-processing = 처리 중
audit-status-awaiting-consent = 동의 대기 중
audit-status-pending-approval = 승인 대기 중
audit-status-approved = 승인됨
audit-status-rejected = 거절됨
audit-status-expired = 만료됨
audit-status-cancelled = 취소됨
audit-status-cloning = 복제 중
audit-status-reconciling = 대조 중
audit-status-done = 완료
audit-status-failed = 실패

## Known values: audit-value-<key>-<value>
audit-value-via-result = 복제 결과
audit-value-via-command = 명령어
audit-value-via-voice-channel = 음성 채널
audit-value-via-voice-message = 음성 메시지
audit-value-source-say = `/say`
audit-value-source-message = 메시지
audit-value-source-read-aloud = 소리 내어 읽기
audit-value-mode-off = 끔
audit-value-mode-on = 켬
audit-value-mode-strict = 음성 메시지만
audit-value-decision-pending = 대기 중
audit-value-decision-accepted = 수락됨
audit-value-decision-verified = 확인됨
audit-value-decision-mismatch = 일치하지 않음
audit-value-decision-extra-speech = 추가 발화
audit-value-decision-not-voice-message = 음성 메시지가 아님
audit-value-decision-replayed = 이미 사용된 녹음
audit-value-decision-expired = 만료됨
audit-value-decision-used = 이미 사용됨
audit-value-found-by-sweep = 정기 대조
audit-value-recognizer-pocketsphinx = PocketSphinx(오프라인)
audit-value-recognizer-inworld-transcription = Inworld 받아쓰기
audit-value-stopped-skip = 건너뛰기
audit-value-stopped-stop = 중지
audit-value-stopped-leave = 나가기
audit-value-stopped-erasure = 데이터 삭제

## Yes and no (English keeps the stored spelling)
audit-yes = 예
audit-no = 아니요

## An edit of a list setting
audit-list-add = { $item } 추가됨
audit-list-remove = { $item } 제거됨
audit-list-clear = 비움
