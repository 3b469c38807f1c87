# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# /voices: the server's voice library, previews, erasure (bot/voices, cogs/voices.py).

## Refusals (bot/voices/access.py, library.py, previews.py)
voices-not-here = 這個伺服器沒有複製過該 ID 的聲音（或它已被刪除）。
voices-not-yours-delete = 你只能刪除自己複製的聲音（管理員：可刪除這個伺服器的任何聲音）。
voices-not-yours-rename = 你只能重新命名自己複製的聲音（管理員：可重新命名這個伺服器的任何聲音）。
voices-moderators-only-server-voice = 只有這個伺服器的管理員才能將聲音設為伺服器聲音。
voices-moderators-only-erase = 只有這個伺服器的管理員才能清除其他成員的資料。
voices-preview-private = 只有擁有者可以試聽這個聲音：它不是伺服器聲音，而且這個伺服器只允許成員試聽自己的聲音和伺服器聲音。
voices-info-private = 該聲音僅屬於複製它的成員（不是伺服器聲音）。
voices-erase-still-open = 仍有一個複製請求正在進行：請取消它或等它完成（或過期），再清除資料。
voices-rename-empty = 新名稱不能是空白。
voices-rename-too-long = 新名稱太長（最多 { $max } 個字元）。
voices-gone-on-inworld = 該聲音在 Inworld 上已不存在；現已在這裡標記為已刪除。
voices-deleted-meanwhile = 該聲音在這段期間已被刪除。
voices-preview-queue-full = 等待中的試聽已太多（{ $waiting } 個）；沒有加入佇列。請在約 { $wait } 後再試一次。
voices-preview-queue-full-server = 這個伺服器等待中的試聽已太多（{ $waiting } 個）；沒有加入佇列。請在約 { $wait } 後再試一次。
voices-preview-too-long = 試聽文字太長：{ $length } 個字元，上限為 { $max }。
voices-preview-cooldown = 你剛剛才試聽過聲音；請在 { $wait } 後再試一次。

## The spoken preview in a clone result (bot/voices/result.py)
voices-result-preview = 🔊 試聽
voices-result-preview-failed = ⚠️ 語音試聽產生失敗：{ $why }
voices-result-preview-later = 你的聲音仍然已經準備好；稍後可以試試 `/voices preview`。
voices-result-why-restarting = 機器人正在重新啟動
voices-result-why-timeout = 文字轉語音服務未能及時回應
voices-result-why-unexpected = 非預期的錯誤（{ $error }）
voices-result-preview-too-large = 試聽檔案太大，無法在這裡上傳。
voices-result-preview-attached = 附件：`{ $filename }`，「{ $text }」

## Embeds and buttons (bot/voices/ui.py)
voices-line-server = 🌐 伺服器聲音
voices-line-private = 私人
voices-line = { $language } · 擁有者 <@{ $user_id }> · 建立於 { $created } · { $sharing }
voices-page-title-server = 這個伺服器的聲音
voices-page-title-mine = 你的聲音和伺服器聲音
voices-page-empty = 還沒有聲音。使用 `/clone` 建立一個。
voices-page-status = 第 { $page }/{ $pages } 頁 · { $total } 個聲音
voices-page-footer = /voices info · preview · rename · delete
voices-info-title = 聲音：{ $name }
voices-info-voice-id = 聲音 ID
voices-info-language = 語言
voices-info-owner = 擁有者
voices-info-created = 建立於
voices-info-server-voice = 伺服器聲音
voices-info-server-voice-yes = 是（所有成員都可以試聽）
voices-info-server-voice-no = 否
voices-pager-not-yours = ❌ 這些按鈕屬於執行 /voices list 的成員。
voices-pager-previous = ◀ 上一頁
voices-pager-next = 下一頁 ▶
voices-confirm-not-yours = ❌ 只有提出要求的成員才能確認。
voices-confirm = 確認
voices-cancel = 取消
voices-cancelled = 已取消：沒有做任何變更。

## Replies (cogs/voices.py)
voices-preview-says = 🔊 **{ $name }**（`{ $voice_id }`）說：「{ $text }」
voices-renamed = ✏️ 聲音 `{ $voice_id }` 現在改名為 **{ $name }**（Inworld 上也已變更）。
voices-delete-ask = ⚠️ 要從 Inworld 刪除 **{ $name }**（`{ $voice_id }`）嗎？此動作無法復原。
voices-delete-button = 刪除
voices-deleted = 🗑️ 聲音 **{ $name }**（`{ $voice_id }`）已從 Inworld 刪除。
voices-shared = 🌐 **{ $name }**（`{ $voice_id }`）現在是伺服器聲音。
voices-unshared = 🌐 **{ $name }**（`{ $voice_id }`）不再是伺服器聲音。
voices-skipped = ⏭️ 已跳過。
voices-nothing-said = 目前沒有在說話。
voices-stopped = ⏹️ 已停止；捨棄了 { $dropped } 則排隊中的文字。
voices-left = 👋 已離開語音頻道。
voices-not-in-channel = 我不在語音頻道中。
voices-read-aloud-off = 🔇 已為你關閉朗讀。
voices-read-aloud-on = 🔊 朗讀已開啟：當你和我在同一個語音頻道時，你在其聊天中輸入的內容會用 **{ $name }** 唸出來。`/voices read-aloud off` 可以關閉。
voices-erase-ask-own = ⚠️ 要清除你在這個伺服器的資料嗎？將從 Inworld 刪除 { $voices } 個聲音，並清除 { $requests } 筆已儲存的請求（音訊、名稱、文字）。稽核事件會保留，但不含個人內容。此動作無法復原。
voices-erase-ask-member = ⚠️ 要清除 <@{ $member_id }> 在這個伺服器的資料嗎？將從 Inworld 刪除 { $voices } 個聲音，並清除 { $requests } 筆已儲存的請求（音訊、名稱、文字）。稽核事件會保留，但不含個人內容。此動作無法復原。
voices-erase-button = 全部清除
voices-erased = 🧹 完成：已從 Inworld 刪除 { $voices } 個聲音，清除了 { $requests } 筆已儲存的請求。

## What a limit refusal names (bot/voices/limits.py, through settings-limit-*)
voices-renames-noun = { $count ->
       *[other] 重新命名
    }
voices-renames-done = 重新命名了聲音
voices-previews-noun = { $count ->
       *[other] 試聽
    }
voices-previews-done = 試聽了聲音
