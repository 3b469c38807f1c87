# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# /voices: the server's voice library, previews, erasure (bot/voices, cogs/voices.py).

## Refusals (bot/voices/access.py, library.py, previews.py)
voices-not-here = 이 서버에서 그 ID로 복제된 음성이 없습니다(또는 이미 삭제되었습니다).
voices-not-yours-delete = 직접 복제한 음성만 삭제할 수 있습니다(모더레이터는 이 서버의 모든 음성).
voices-not-yours-rename = 직접 복제한 음성만 이름을 바꿀 수 있습니다(모더레이터는 이 서버의 모든 음성).
voices-moderators-only-server-voice = 음성을 서버 음성으로 만들 수 있는 것은 이 서버의 모더레이터뿐입니다.
voices-moderators-only-erase = 다른 멤버의 데이터를 지울 수 있는 것은 이 서버의 모더레이터뿐입니다.
voices-preview-private = 이 음성은 소유자만 미리 들을 수 있습니다. 서버 음성이 아니며, 이 서버에서는 멤버가 자신의 음성과 서버 음성만 미리 들을 수 있습니다.
voices-info-private = 그 음성은 복제한 멤버만 볼 수 있습니다(서버 음성이 아닙니다).
voices-erase-still-open = 복제 요청이 아직 진행 중입니다. 요청을 취소하거나 완료(또는 만료)될 때까지 기다린 뒤 데이터를 지워 주세요.
voices-rename-empty = 새 이름은 비워 둘 수 없습니다.
voices-rename-too-long = 새 이름이 너무 깁니다(최대 { $max }자).
voices-gone-on-inworld = 그 음성은 더 이상 Inworld에 없어서 여기서도 삭제됨으로 표시했습니다.
voices-deleted-meanwhile = 그 사이에 음성이 삭제되었습니다.
voices-preview-queue-full = 대기 중인 미리 듣기가 너무 많습니다({ $waiting }개). 아무것도 대기열에 추가되지 않았습니다. 약 { $wait } 후에 다시 시도해 주세요.
voices-preview-queue-full-server = 이 서버에서 대기 중인 미리 듣기가 너무 많습니다({ $waiting }개). 아무것도 대기열에 추가되지 않았습니다. 약 { $wait } 후에 다시 시도해 주세요.
voices-preview-too-long = 미리 듣기 텍스트가 너무 깁니다: { $length }자, 제한은 { $max }자입니다.
voices-preview-cooldown = 방금 음성을 미리 들었습니다. { $wait } 후에 다시 시도해 주세요.

## The spoken preview in a clone result (bot/voices/result.py)
voices-result-preview = 🔊 미리 듣기
voices-result-preview-failed = ⚠️ 음성 미리 듣기를 만들지 못했습니다: { $why }
voices-result-preview-later = 그래도 음성은 준비되었습니다. 나중에 `/voices preview`를 사용해 보세요.
voices-result-why-restarting = 봇이 다시 시작하는 중입니다
voices-result-why-timeout = 음성 합성 서비스가 제때 응답하지 않았습니다
voices-result-why-unexpected = 예기치 않은 오류({ $error })
voices-result-preview-too-large = 미리 듣기 파일이 너무 커서 여기에 업로드할 수 없습니다.
voices-result-preview-attached = 첨부: `{ $filename }`, “{ $text }”

## Embeds and buttons (bot/voices/ui.py)
voices-line-server = 🌐 서버 음성
voices-line-private = 비공개
voices-line = { $language } · 소유자 <@{ $user_id }> · 생성 { $created } · { $sharing }
voices-page-title-server = 이 서버의 음성
voices-page-title-mine = 내 음성과 서버 음성
voices-page-empty = 아직 음성이 없습니다. `/clone`으로 만들어 보세요.
voices-page-status = { $page }/{ $pages } 페이지 · 음성 { $total }개
voices-page-footer = /voices info · preview · rename · delete
voices-info-title = 음성: { $name }
voices-info-voice-id = 음성 ID
voices-info-language = 언어
voices-info-owner = 소유자
voices-info-created = 생성일
voices-info-server-voice = 서버 음성
voices-info-server-voice-yes = 예(모든 멤버가 미리 들을 수 있음)
voices-info-server-voice-no = 아니요
voices-pager-not-yours = ❌ 이 버튼은 /voices list를 실행한 멤버만 사용할 수 있습니다.
voices-pager-previous = ◀ 이전
voices-pager-next = 다음 ▶
voices-confirm-not-yours = ❌ 요청한 멤버만 확인할 수 있습니다.
voices-confirm = 확인
voices-cancel = 취소
voices-cancelled = 취소했습니다. 아무것도 변경되지 않았습니다.

## Replies (cogs/voices.py)
voices-preview-says = 🔊 **{ $name }**(`{ $voice_id }`): “{ $text }”
voices-renamed = ✏️ 음성 `{ $voice_id }`의 이름이 이제 **{ $name }**입니다(Inworld에서도 변경됨).
voices-delete-ask = ⚠️ **{ $name }**(`{ $voice_id }`)을(를) Inworld에서 삭제할까요? 되돌릴 수 없습니다.
voices-delete-button = 삭제
voices-deleted = 🗑️ 음성 **{ $name }**(`{ $voice_id }`)을(를) Inworld에서 삭제했습니다.
voices-shared = 🌐 **{ $name }**(`{ $voice_id }`)이(가) 이제 서버 음성입니다.
voices-unshared = 🌐 **{ $name }**(`{ $voice_id }`)은(는) 더 이상 서버 음성이 아닙니다.
voices-skipped = ⏭️ 건너뛰었습니다.
voices-nothing-said = 지금은 아무것도 말하고 있지 않습니다.
voices-stopped = ⏹️ 중지했습니다. 대기 중이던 텍스트 { $dropped }개를 버렸습니다.
voices-left = 👋 음성 채널에서 나갔습니다.
voices-not-in-channel = 음성 채널에 있지 않습니다.
voices-read-aloud-off = 🔇 읽어 주기가 꺼졌습니다.
voices-read-aloud-on = 🔊 읽어 주기가 켜졌습니다. 같은 음성 채널에 있는 동안 그 채팅에 입력한 내용을 **{ $name }**(으)로 읽어 줍니다. `/voices read-aloud off`로 끌 수 있습니다.
voices-erase-ask-own = ⚠️ 이 서버에서 내 데이터를 지울까요? Inworld에서 음성 { $voices }개가 삭제되고 저장된 요청 { $requests }개(오디오, 이름, 텍스트)가 지워집니다. 감사 이벤트는 개인 내용 없이 남습니다. 되돌릴 수 없습니다.
voices-erase-ask-member = ⚠️ 이 서버에서 <@{ $member_id }>의 데이터를 지울까요? Inworld에서 음성 { $voices }개가 삭제되고 저장된 요청 { $requests }개(오디오, 이름, 텍스트)가 지워집니다. 감사 이벤트는 개인 내용 없이 남습니다. 되돌릴 수 없습니다.
voices-erase-button = 모두 지우기
voices-erased = 🧹 완료: Inworld에서 음성 { $voices }개를 삭제하고 저장된 요청 { $requests }개를 지웠습니다.

## What a limit refusal names (bot/voices/limits.py, through settings-limit-*)
voices-renames-noun = { $count ->
       *[other] 이름 변경
    }
voices-renames-done = 음성 이름을 바꿨습니다
voices-previews-noun = { $count ->
       *[other] 미리 듣기
    }
voices-previews-done = 음성을 미리 들었습니다
