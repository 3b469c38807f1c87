# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).

## Detail labels: audit-field-<detail key with hyphens>
audit-field-status = 狀態
audit-field-requeued = 重新排入佇列
audit-field-samples = 樣本
audit-field-warnings = 警告
audit-field-errors = 錯誤
audit-field-deleted = 已刪除
audit-field-found-by = 找到方式
audit-field-server-voice = 伺服器聲音
audit-field-text-length = 文字長度
audit-field-model-id = 模型
audit-field-via = 途徑
audit-field-voices-deleted = 已刪除的聲音
audit-field-requests-erased = 已清除的請求
audit-field-challenge-id = 朗讀句
audit-field-attempt = 嘗試次數
audit-field-fell-back = 備用句子
audit-field-expires-at = 到期時間
audit-field-mode = 模式
audit-field-recognizer = 語音辨識
audit-field-score = 分數
audit-field-offline-score = 離線分數
audit-field-voice-message = 語音訊息
audit-field-decision = 判定
audit-field-characters = 字元數
audit-field-utterances = 語句數
audit-field-stopped = 停止原因
audit-field-erased = 已清除
audit-field-name = 名稱
audit-field-language = 語言
audit-field-statement = 聲明
audit-field-reason = 原因
audit-field-voice-id = 聲音 ID
audit-field-also-matched = 其他相符項目
audit-field-previous = 先前
audit-field-sentence = 句子
audit-field-keywords = 關鍵字
audit-field-heard = 辨識內容
audit-field-offline-heard = 離線辨識內容
audit-field-recording-sha256 = 錄音 sha256
audit-field-channel-id = 頻道
audit-field-voice-owner-id = 聲音擁有者
audit-field-source = 來源
audit-field-extra-speech-seconds = 多餘語音（秒）

## Settings a policy change records
audit-field-allowed-role-ids = 允許的身分組
audit-field-allowed-channel-ids = 允許的頻道
audit-field-blocked-user-ids = 已封鎖的成員
audit-field-moderator-role-ids = 管理員身分組
audit-field-cooldown-seconds = 冷卻時間（秒）
audit-field-member-daily-quota = 每位成員每日請求數
audit-field-guild-daily-quota = 每個伺服器每日請求數
audit-field-max-sample-seconds = 最長樣本（秒）
audit-field-default-language = 預設語言
audit-field-remove-noise = 降噪
audit-field-approval-required = 需要核准
audit-field-review-channel-id = 審核頻道
audit-field-audit-channel-id = 稽核頻道
audit-field-ephemeral = 私人回覆
audit-field-consent-text = 同意聲明
audit-field-preview-enabled = 試聽
audit-field-preview-text = 試聽文字
audit-field-preview-open = 所有人可試聽
audit-field-verification = 口頭同意
audit-field-speech-enabled = 語音朗讀
audit-field-speech-role-ids = 朗讀身分組
audit-field-speech-voice-channel-ids = 朗讀語音頻道
audit-field-speech-text-channel-ids = 朗讀文字頻道
audit-field-read-aloud-allowed = 朗讀訊息
audit-field-speech-server-voices = 朗讀使用伺服器聲音
audit-field-speech-member-daily-chars = 每位成員每日字元數
audit-field-speech-guild-daily-chars = 每個伺服器每日字元數
audit-field-locale = 伺服器語言

## A request's status: audit-status-<status>
audit-status-processing = 處理中
audit-status-awaiting-consent = 等待同意
audit-status-pending-approval = 等待核准
audit-status-approved = 已核准
audit-status-rejected = 已拒絕
audit-status-expired = 已過期
audit-status-cancelled = 已取消
audit-status-cloning = 複製中
audit-status-reconciling = 核對中
audit-status-done = 已完成
audit-status-failed = 失敗

## Known values: audit-value-<key>-<value>
audit-value-via-result = 複製結果
audit-value-via-command = 指令
audit-value-via-voice-channel = 語音頻道
audit-value-via-voice-message = 語音訊息
audit-value-source-say = `/say`
audit-value-source-message = 訊息
audit-value-source-read-aloud = 朗讀訊息
audit-value-mode-off = 關閉
audit-value-mode-on = 開啟
audit-value-mode-strict = 僅限語音訊息
audit-value-decision-pending = 待定
audit-value-decision-accepted = 已接受
audit-value-decision-verified = 已驗證
audit-value-decision-mismatch = 不相符
audit-value-decision-extra-speech = 多餘語音
audit-value-decision-not-voice-message = 不是語音訊息
audit-value-decision-replayed = 錄音已被使用過
audit-value-decision-expired = 已過期
audit-value-decision-used = 已使用
audit-value-found-by-sweep = 定期核對
audit-value-recognizer-pocketsphinx = PocketSphinx（離線）
audit-value-recognizer-inworld-transcription = Inworld 轉錄
audit-value-stopped-skip = 略過
audit-value-stopped-stop = 停止
audit-value-stopped-leave = 離開
audit-value-stopped-erasure = 清除資料

## Yes and no (English keeps the stored spelling)
audit-yes = 是
audit-no = 否

## An edit of a list setting
audit-list-add = 已新增 { $item }
audit-list-remove = 已移除 { $item }
audit-list-clear = 已清空
