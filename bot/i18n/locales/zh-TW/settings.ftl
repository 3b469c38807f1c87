# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# /clone-settings and the policy rules (bot/policy.py, cogs/clone_settings.py).

settings-duration-hours-minutes = { $hours } 小時 { $minutes } 分鐘
settings-duration-hours = { $hours } 小時
settings-duration-minutes-seconds = { $minutes } 分 { $seconds } 秒
settings-duration-minutes = { $minutes } 分鐘
settings-duration-seconds = { $seconds } 秒
settings-when-in = { $duration }後
settings-when-at = UTC { $time }
settings-when-tomorrow-at = 明天 UTC { $time }

settings-consent-default = 我確認這些錄音中的聲音屬於我本人，或其主人已明確允許我複製，並且我不會使用複製的聲音欺騙、冒充或傷害任何人。

settings-refusal-blocked = 你無法在此伺服器中複製聲音。
settings-refusal-channel = 此頻道不允許複製聲音。請使用 { $channels }。
settings-refusal-role = 你需要以下身分組之一才能複製聲音：{ $roles }。
settings-refusal-open-request = 你已有一個進行中的複製請求（#{ $request }）。請等待其完成。
settings-refusal-cooldown = 冷卻中：請等待 { $wait } 後再提出下一個請求。
settings-refusal-member-quota = 你已達到 24 小時內 { $count } 個複製請求的上限。請明天再試。
settings-refusal-guild-quota = 此伺服器已達到 24 小時內 { $count } 個複製請求的上限。請明天再試。

settings-limit-once = 你{ $window ->
        [hour] 剛剛
       *[other] 最近
    }{ $done }{ $note }；請{ $when }再試。
settings-limit-used = { $per ->
        [member] 你已用完
       *[server] 此伺服器已用完
    }{ $period }的 { $count } 個{ $noun }{ $note }；下一個將於{ $when }可用。
settings-limit-note = （{ $note }）
settings-period-hour = 這一小時
settings-period-day = 今天
settings-period-last = 最近 { $duration }
settings-opened-noun = { $count ->
       *[other] 複製請求
    }
settings-opened-done = 提出了複製請求
settings-opened-note = 每個提出的請求都會計入，無論是否確認

settings-needs-manage-server = 只有擁有 **管理伺服器** 權限的成員才能變更這些設定；未做任何變更。
settings-needs-moderator = 只有此伺服器的管理員才能查看這些設定。
settings-choose-item = 請選擇要新增或移除的項目。
settings-choose-review-channel = 開啟審核時請選擇一個審核頻道。
settings-one-list-edit = 請一次只變更清單中的一項（新增、移除或清空）；未做任何變更。
settings-chars-set-or-reset = 請設定每日字元數或將其重設，二者擇一；未做任何變更。
settings-nothing-to-change = 沒有需要變更的內容；目前設定：
settings-updated = ✅ 設定已更新。

settings-on = 開
settings-off = 關
settings-yes = 是
settings-no = 否
settings-none = 無
settings-unlimited = 不限
settings-not-set = 未設定
settings-any = 任何
settings-any-channel = 任何頻道
settings-everyone = 所有人
settings-every-member = 所有成員
settings-nobody = 無
settings-manage-server-only = 僅限管理伺服器權限
settings-requests-per-day = { $count } 個請求 / 24 小時
settings-chars-per-day = { $count } 個字元 / 24 小時
settings-bot-default = { $value }（機器人預設值）
settings-language-auto = 其他 / 自動偵測

settings-speech-title = 語音設定
settings-read-aloud-unavailable = 此機器人無法使用（READ_ALOUD_ENABLED 已關閉）
settings-read-aloud-allowed = 允許
settings-read-aloud-not-allowed = 不允許
settings-speak-with-all = 自己的聲音和伺服器聲音
settings-speak-with-own = 自己的聲音
settings-speech-lines =
    說話：{ $speaking }
    誰：{ $roles }（管理員一律可以）
    語音頻道：{ $voice_channels }
    文字頻道：{ $text_channels }
    成員使用的聲音：{ $voices }
    朗讀：{ $read_aloud }
    每位成員：{ $member }
    整個伺服器：{ $server }

settings-title = 聲音複製設定
settings-who-title = 對象與位置
settings-who-lines =
    身分組：{ $roles }
    頻道：{ $channels }
    已封鎖：{ $blocked }
    管理員身分組：{ $moderators }
settings-limits-title = 限制
settings-limits-lines =
    每位成員的冷卻時間：{ $cooldown }
    每位成員：{ $member }
    整個伺服器：{ $server }
    保留的樣本長度：最多 { $sample } 秒
settings-defaults-title = 預設值
settings-defaults-lines =
    語言：{ $language }
    降噪：{ $noise }
    回覆：{ $replies }
    伺服器語言：{ $server_language }
settings-replies-private = 僅該成員可見
settings-replies-public = 公開
settings-server-language-chosen = { $language }
settings-server-language-discord = Discord 伺服器語言（{ $language }）
settings-review-title = 審核與紀錄
settings-review-lines =
    需要審核：{ $approval }
    審核頻道：{ $review }
    紀錄頻道：{ $audit }
settings-previews-title = 語音試聽
settings-previews-lines =
    包含在複製結果中：{ $enabled }
    誰可以試聽聲音：{ $who }
    句子：{ $sentence }
settings-previews-anyone = 任何成員
settings-previews-owner = 聲音的主人（伺服器聲音：任何人）
settings-previews-default-sentence = 聲音語言的預設句子
settings-verification-title = 語音同意
settings-verification-off = 關：僅同意按鈕
settings-verification-on = 開：成員朗讀一個新句子（語音訊息或檔案）
settings-verification-strict = 嚴格：成員在 Discord 語音訊息中朗讀一個新句子
settings-speaking-title = 使用複製的聲音說話
settings-consent-title = 同意聲明
