# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# Command, group, option and choice names and descriptions (bot/i18n/translator.py).
# A command's value is its name (lowercase, no spaces, 1-32 characters, unique among its
# siblings), .description its description (1-100 characters); context menus (menu-*) may
# have spaces and capitals; choices (choice-*, keyed by the English name) are 1-100 characters.

## /clone

cmd-clone = 복제
    .description = 녹음으로 목소리를 복제합니다.
cmd-clone--sample = 녹음
    .description = 목소리 녹음: 또렷한 말소리 10~15초 (음성 메시지, MP3, WAV 등)
cmd-clone--name = 이름
    .description = 새 목소리의 이름
cmd-clone--language = 언어
    .description = 녹음에서 말하는 언어
cmd-clone--sample2 = 녹음2
    .description = 같은 목소리의 두 번째 녹음 (선택)
cmd-clone--sample3 = 녹음3
    .description = 같은 목소리의 세 번째 녹음 (선택)
cmd-clone--transcription = 대본
    .description = 선택: 첫 번째 녹음에서 말한 내용 그대로
cmd-clone--description = 설명
    .description = 선택: 목소리 설명 (톤, 억양, 용도)
cmd-clone--tags = 태그
    .description = 선택: 쉼표로 구분한 태그, 예: 차분함, 내레이터
cmd-clone--remove-noise = 잡음_제거
    .description = 먼저 배경 잡음을 제거 (이미 깨끗한 녹음은 나빠질 수 있음)

## /clone-settings

cmd-clone-settings = 복제-설정
    .description = 이 서버의 /clone 설정 (서버 관리하기 권한이 있는 멤버).
cmd-clone-settings-show = 보기
    .description = 이 서버의 목소리 복제 설정을 보여 줍니다.
cmd-clone-settings-limits = 제한
    .description = 대기 시간, 일일 한도, 녹음 길이.
cmd-clone-settings-limits--cooldown-seconds = 대기_시간_초
    .description = 멤버가 요청 사이에 기다리는 초 (0 = 없음)
cmd-clone-settings-limits--member-daily = 멤버_일일_한도
    .description = 24시간당 멤버별 요청 수 (0 = 무제한)
cmd-clone-settings-limits--server-daily = 서버_일일_한도
    .description = 24시간당 서버 전체 요청 수 (0 = 무제한)
cmd-clone-settings-limits--max-sample-seconds = 최대_녹음_초
    .description = 보관하는 가장 긴 녹음, 초 단위 (3~15)
cmd-clone-settings-defaults = 기본값
    .description = 기본 언어, 잡음 제거, 답장.
cmd-clone-settings-defaults--language = 언어
    .description = /clone의 기본 언어
cmd-clone-settings-defaults--remove-noise = 잡음_제거
    .description = 기본으로 배경 잡음 제거
cmd-clone-settings-defaults--ephemeral = 나만_보기
    .description = 멤버만 볼 수 있는 답장 (true) 또는 공개 (false)
cmd-clone-settings-approval = 승인
    .description = 모더레이터의 승인을 요구합니다.
cmd-clone-settings-approval--required = 필수
    .description = 모든 복제 요청에 모더레이터의 승인이 필요
cmd-clone-settings-approval--review-channel = 검토_채널
    .description = 검토할 요청이 게시되는 곳
cmd-clone-settings-verification = 본인_확인
    .description = 멤버가 먼저 새 문장을 소리 내어 읽게 합니다.
cmd-clone-settings-verification--mode = 모드
    .description = 끄기; 켜기: 문장의 아무 녹음; 엄격: Discord 음성 메시지만
cmd-clone-settings-audit-channel = 감사-채널
    .description = 감사 로그가 게시되는 곳.
cmd-clone-settings-audit-channel--channel = 채널
    .description = 감사 채널 (비워 두면 게시 중단)
cmd-clone-settings-roles = 역할
    .description = 복제하거나 관리할 수 있는 역할.
cmd-clone-settings-roles--action = 작업
    .description = 목록에 추가, 제거 또는 목록 비우기
cmd-clone-settings-roles--role = 역할
    .description = 추가하거나 제거할 역할
cmd-clone-settings-roles--kind = 종류
    .description = 어떤 목록: 복제할 수 있는 역할 또는 모더레이터 역할
cmd-clone-settings-channels = 채널
    .description = /clone을 쓸 수 있는 채널.
cmd-clone-settings-channels--action = 작업
    .description = 추가, 제거 또는 비우기 (비우기 = 모든 채널)
cmd-clone-settings-channels--channel = 채널
    .description = 채널
cmd-clone-settings-block = 차단
    .description = 멤버가 목소리를 복제하지 못하게 합니다.
cmd-clone-settings-block--member = 멤버
    .description = 더 이상 목소리를 복제할 수 없게 할 멤버
cmd-clone-settings-unblock = 차단-해제
    .description = 차단된 멤버가 다시 복제할 수 있게 합니다.
cmd-clone-settings-unblock--member = 멤버
    .description = 다시 복제할 수 있게 할 차단된 멤버
cmd-clone-settings-consent = 동의
    .description = 멤버가 확인해야 하는 동의문.
cmd-clone-settings-consent--text = 문구
    .description = 직접 쓴 문구 (비워 두면 기본 동의문)
cmd-clone-settings-language = 언어
    .description = 이 서버에서 봇이 게시하는 글의 언어.
cmd-clone-settings-language--language = 언어
    .description = 검토, 감사, 공개 게시글을 이 언어로 (멤버에게 보내는 답장은 각자의 언어)
cmd-clone-settings-previews = 미리듣기
    .description = 복제한 목소리의 음성 미리듣기.
cmd-clone-settings-previews--enabled = 사용
    .description = 모든 복제 결과에서 새 목소리로 짧은 문장을 말하기
cmd-clone-settings-previews--open-to-members = 모든_멤버에게_공개
    .description = 모든 멤버가 모든 목소리를 미리들을 수 있음 (끄기: 자신과 서버 목소리만)
cmd-clone-settings-previews--text = 문구
    .description = 미리듣기 문장 (모든 언어; 비워 두고 문구_초기화를 켜면 기본 문장)
cmd-clone-settings-previews--reset-text = 문구_초기화
    .description = 각 목소리 언어의 기본 문장으로 되돌리기
cmd-clone-settings-speech = 말하기
    .description = 누가 어디서 복제한 목소리로 말할 수 있는지.
cmd-clone-settings-speech--enabled = 사용
    .description = 멤버가 여기서 복제한 목소리로 말할 수 있음 (/say, 소리 내어 읽기)
cmd-clone-settings-speech--add-role = 역할_추가
    .description = 이 역할이 말할 수 있게 허용 (목록에 역할 없음: 모든 멤버)
cmd-clone-settings-speech--remove-role = 역할_제거
    .description = 이 역할을 목록에서 빼기
cmd-clone-settings-speech--add-voice-channel = 음성_채널_추가
    .description = 이 음성 채널에서 말하기 허용 (목록에 없음: 모든 채널)
cmd-clone-settings-speech--remove-voice-channel = 음성_채널_제거
    .description = 이 음성 채널을 목록에서 빼기
cmd-clone-settings-speech--add-text-channel = 텍스트_채널_추가
    .description = 이 채널에서 /say와 소리 내어 읽기 허용 (목록에 없음: 모든 채널)
cmd-clone-settings-speech--remove-text-channel = 텍스트_채널_제거
    .description = 이 채널을 목록에서 빼기
cmd-clone-settings-speech--clear = 비우기
    .description = 목록 비우기: 모든 멤버 또는 모든 채널
cmd-clone-settings-speech--read-aloud = 소리_내어_읽기
    .description = 멤버가 입력한 글을 자기 목소리로 읽게 할 수 있음
cmd-clone-settings-speech--server-voices = 서버_목소리
    .description = 멤버가 자기 목소리뿐 아니라 서버 목소리로도 말할 수 있음
cmd-clone-settings-speech--member-daily-chars = 멤버_일일_글자_수
    .description = 24시간당 각 멤버가 말하게 할 수 있는 글자 수 (0 = 무제한)
cmd-clone-settings-speech--server-daily-chars = 서버_일일_글자_수
    .description = 24시간당 서버 전체가 말하게 할 수 있는 글자 수 (0 = 무제한)
cmd-clone-settings-speech--reset-daily-chars = 일일_글자_수_초기화
    .description = 봇의 기본 일일 글자 수로 되돌리기

## /voices

cmd-voices = 목소리
    .description = 이 서버에서 복제한 목소리.
cmd-voices-list = 목록
    .description = 내 목소리와 서버 목소리.
cmd-voices-info = 정보
    .description = 목소리 하나의 상세 정보.
cmd-voices-info--voice = 목소리
    .description = 목소리 (이름을 입력하세요)
cmd-voices-preview = 미리듣기
    .description = 목소리가 문장을 말하는 것을 들어 봅니다.
cmd-voices-preview--voice = 목소리
    .description = 목소리 (내 것 또는 서버 목소리)
cmd-voices-preview--text = 문구
    .description = 말할 내용 (기본값: 서버의 미리듣기 문장)
cmd-voices-rename = 이름-변경
    .description = 목소리의 표시 이름을 바꿉니다.
cmd-voices-rename--voice = 목소리
    .description = 목소리 (내 것; 모더레이터: 아무거나)
cmd-voices-rename--name = 이름
    .description = 새 이름
cmd-voices-delete = 삭제
    .description = Inworld에서 목소리를 삭제합니다.
cmd-voices-delete--voice = 목소리
    .description = 목소리 (내 것; 모더레이터: 이 서버의 아무거나)
cmd-voices-server = 서버-공유
    .description = 목소리를 서버 전체와 공유합니다.
cmd-voices-server--voice = 목소리
    .description = 목소리
cmd-voices-server--shared = 공유
    .description = 켜기: 모든 멤버가 보고 미리들을 수 있음; 끄기: 비공개
cmd-voices-skip = 건너뛰기
    .description = 통화에서 봇이 말하고 있는 것을 건너뜁니다.
cmd-voices-stop = 정지
    .description = 모더레이터: 즉시 말하기를 멈추고 대기열을 비웁니다.
cmd-voices-leave = 나가기
    .description = 봇을 음성 채널에서 내보냅니다.
cmd-voices-read-aloud = 소리-내어-읽기
    .description = 음성 채널 채팅에 입력한 글을 복제한 목소리로 읽어 줍니다.
cmd-voices-read-aloud--state = 상태
    .description = 켜기: 같은 음성 채널에 있는 동안 입력한 글을 읽음; 끄기: 읽지 않음
cmd-voices-read-aloud--voice = 목소리
    .description = 읽을 목소리 (내 것 또는 서버 목소리; 기본값: 가장 최근 것)
cmd-voices-erase-my-data = 내-데이터-삭제
    .description = 내 모든 목소리와 나에 대해 저장된 모든 것을 삭제합니다.
cmd-voices-erase-member = 멤버-데이터-삭제
    .description = 모더레이터: 멤버의 목소리와 데이터를 삭제합니다.
cmd-voices-erase-member--member = 멤버
    .description = 멤버 (예: 나간 멤버는 사용자 ID를 붙여 넣기)

## /clone-delete

cmd-clone-delete = 복제-삭제
    .description = 여기서 복제한 목소리를 삭제합니다.
cmd-clone-delete--voice = 목소리
    .description = 삭제할 목소리 (내 것; 모더레이터: 이 서버의 아무거나)

## /say

cmd-say = 말하기
    .description = 복제한 목소리로 글을 말합니다 (음성 채널 또는 음성 메시지).
cmd-say--text = 문구
    .description = 말할 내용
cmd-say--voice = 목소리
    .description = 사용할 목소리 (내 것 또는 서버 목소리; 기본값: 가장 최근 것)

## Context menus (Apps > ...)

menu-clone-this-voice = 이 목소리 복제
menu-speak-this-message = 이 메시지 읽기

## Choices

choice-english-us = 영어(미국)
choice-chinese-china = 중국어(중국)
choice-korean = 한국어
choice-japanese = 일본어
choice-russian = 러시아어
choice-other-auto-detect = 기타 / 자동 감지
choice-italian = 이탈리아어
choice-spanish-spain = 스페인어(스페인)
choice-portuguese-brazil = 포르투갈어(브라질)
choice-german = 독일어
choice-french = 프랑스어
choice-arabic-saudi-arabia = 아랍어(사우디아라비아)
choice-polish = 폴란드어
choice-dutch = 네덜란드어
choice-hindi = 힌디어
choice-hebrew = 히브리어
choice-off = 끄기
choice-on-any-recording-of-the-sentence = 켜기: 문장의 아무 녹음
choice-strict-only-a-voice-message-recorded-in-discord = 엄격: Discord에서 녹음한 음성 메시지만
choice-add = 추가
choice-remove = 제거
choice-clear = 비우기
choice-allowed = 복제 가능
choice-moderator = 모더레이터
choice-discord-s-server-language = Discord 서버 언어
choice-roles-every-member-may-speak = 역할 (모든 멤버가 말할 수 있음)
choice-voice-channels-any = 음성 채널 (모두)
choice-text-channels-any = 텍스트 채널 (모두)
choice-on = 켜기
