# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# /clone-settings and the policy rules (bot/policy.py, cogs/clone_settings.py).

settings-duration-hours-minutes = { $hours }시간 { $minutes }분
settings-duration-hours = { $hours }시간
settings-duration-minutes-seconds = { $minutes }분 { $seconds }초
settings-duration-minutes = { $minutes }분
settings-duration-seconds = { $seconds }초
settings-when-in = { $duration } 후
settings-when-at = UTC { $time }
settings-when-tomorrow-at = 내일 UTC { $time }

settings-consent-default = 본인은 이 녹음의 목소리가 본인의 것이거나 목소리의 주인이 복제를 명시적으로 허락했음을 확인하며, 복제한 목소리로 누군가를 속이거나 사칭하거나 해치지 않을 것을 약속합니다.

settings-refusal-blocked = 이 서버에서는 목소리를 복제할 수 없습니다.
settings-refusal-channel = 이 채널에서는 목소리 복제가 허용되지 않습니다. { $channels } 채널을 이용해 주세요.
settings-refusal-role = 목소리를 복제하려면 다음 역할 중 하나가 필요합니다: { $roles }
settings-refusal-open-request = 이미 진행 중인 복제 요청이 있습니다(#{ $request }). 완료될 때까지 기다려 주세요.
settings-refusal-cooldown = 대기 시간입니다. 다음 요청까지 { $wait } 기다려 주세요.
settings-refusal-member-quota = 24시간 동안의 복제 요청 한도({ $count }회)에 도달했습니다. 내일 다시 시도해 주세요.
settings-refusal-guild-quota = 이 서버가 24시간 동안의 복제 요청 한도({ $count }회)에 도달했습니다. 내일 다시 시도해 주세요.

settings-limit-once = { $window ->
        [hour] 방금
       *[other] 최근에
    } { $done }{ $note }. { $when }에 다시 시도해 주세요.
settings-limit-used = { $per ->
        [member] { $period } 사용할 수 있는
       *[server] 이 서버가 { $period } 사용할 수 있는
    } { $noun } { $count }회를 모두 사용했습니다{ $note }. 다음은 { $when }에 가능합니다.
settings-limit-note = { " " }({ $note })
settings-period-hour = 이번 한 시간 동안
settings-period-day = 오늘
settings-period-last = 최근 { $duration } 동안
settings-opened-noun = { $count ->
       *[other] 복제 요청
    }
settings-opened-done = 복제 요청을 열었습니다
settings-opened-note = 확정 여부와 관계없이 연 요청은 모두 집계됩니다

settings-needs-manage-server = **서버 관리하기** 권한이 있는 멤버만 이 설정을 변경할 수 있습니다. 아무것도 변경되지 않았습니다.
settings-needs-moderator = 이 서버의 관리자만 이 설정을 볼 수 있습니다.
settings-choose-item = 추가하거나 제거할 항목을 선택해 주세요.
settings-choose-review-channel = 승인을 켤 때는 검토 채널을 선택해 주세요.
settings-one-list-edit = 목록 항목은 한 번에 하나씩 변경해 주세요(추가, 제거 또는 비우기). 아무것도 변경되지 않았습니다.
settings-chars-set-or-reset = 하루 글자 수를 설정하거나 초기화하는 것 중 하나만 해 주세요. 아무것도 변경되지 않았습니다.
settings-nothing-to-change = 변경할 내용이 없습니다. 현재 설정:
settings-updated = ✅ 설정을 업데이트했습니다.

settings-on = 켜짐
settings-off = 꺼짐
settings-yes = 예
settings-no = 아니요
settings-none = 없음
settings-unlimited = 무제한
settings-not-set = 설정 안 됨
settings-any = 모두
settings-any-channel = 모든 채널
settings-everyone = 모두
settings-every-member = 모든 멤버
settings-nobody = 없음
settings-manage-server-only = 서버 관리하기 권한만
settings-requests-per-day = { $count }회 / 24시간
settings-chars-per-day = { $count }자 / 24시간
settings-bot-default = { $value } (봇 기본값)
settings-language-auto = 기타 / 자동 감지

settings-speech-title = 음성 설정
settings-read-aloud-unavailable = 이 봇에서는 사용할 수 없음 (READ_ALOUD_ENABLED 꺼짐)
settings-read-aloud-allowed = 허용
settings-read-aloud-not-allowed = 허용 안 함
settings-speak-with-all = 자신의 목소리와 서버 목소리
settings-speak-with-own = 자신의 목소리
settings-speech-lines =
    말하기: { $speaking }
    대상: { $roles } (관리자는 항상)
    음성 채널: { $voice_channels }
    텍스트 채널: { $text_channels }
    멤버가 사용하는 목소리: { $voices }
    소리 내어 읽기: { $read_aloud }
    멤버당: { $member }
    서버 전체: { $server }

settings-title = 목소리 복제 설정
settings-who-title = 대상 및 장소
settings-who-lines =
    역할: { $roles }
    채널: { $channels }
    차단됨: { $blocked }
    관리자 역할: { $moderators }
settings-limits-title = 제한
settings-limits-lines =
    멤버별 대기 시간: { $cooldown }
    멤버당: { $member }
    서버 전체: { $server }
    보관하는 샘플 길이: 최대 { $sample }초
settings-defaults-title = 기본값
settings-defaults-lines =
    언어: { $language }
    소음 제거: { $noise }
    답장: { $replies }
    서버 언어: { $server_language }
settings-replies-private = 본인에게만 표시
settings-replies-public = 공개
settings-server-language-chosen = { $language }
settings-server-language-discord = Discord 서버 언어({ $language })
settings-review-title = 검토 및 감사
settings-review-lines =
    승인 필요: { $approval }
    검토 채널: { $review }
    감사 채널: { $audit }
settings-previews-title = 음성 미리 듣기
settings-previews-lines =
    복제 결과에 포함: { $enabled }
    목소리를 미리 들을 수 있는 사람: { $who }
    문장: { $sentence }
settings-previews-anyone = 모든 멤버
settings-previews-owner = 목소리 주인 (서버 목소리: 누구나)
settings-previews-default-sentence = 목소리 언어의 기본 문장
settings-verification-title = 음성 동의
settings-verification-off = 꺼짐: 동의 버튼만
settings-verification-on = 켜짐: 멤버가 새 문장을 소리 내어 읽습니다(음성 메시지 또는 파일)
settings-verification-strict = 엄격: 멤버가 Discord 음성 메시지로 새 문장을 읽습니다
settings-speaking-title = 복제한 목소리로 말하기
settings-consent-title = 동의 문구
