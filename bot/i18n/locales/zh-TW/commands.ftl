# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# Command, group, option and choice names and descriptions (bot/i18n/translator.py).
# A command's value is its name (lowercase, no spaces, 1-32 characters, unique among its
# siblings), .description its description (1-100 characters); context menus (menu-*) may
# have spaces and capitals; choices (choice-*, keyed by the English name) are 1-100 characters.

## /clone

cmd-clone = 複製
    .description = 根據錄音複製一個聲音。
cmd-clone--sample = 錄音
    .description = 聲音的錄音：10-15 秒清楚的說話聲（語音訊息、MP3、WAV 等）
cmd-clone--name = 名稱
    .description = 新聲音的名稱
cmd-clone--language = 語言
    .description = 錄音中所說的語言
cmd-clone--sample2 = 錄音2
    .description = 同一聲音的第二段錄音（選填）
cmd-clone--sample3 = 錄音3
    .description = 同一聲音的第三段錄音（選填）
cmd-clone--transcription = 逐字稿
    .description = 選填：第一段錄音中說的原話
cmd-clone--description = 描述
    .description = 選填：聲音的描述（語氣、口音、用途）
cmd-clone--tags = 標籤
    .description = 選填：以逗號分隔的標籤，例如 平靜, 旁白
cmd-clone--remove-noise = 去除雜音
    .description = 先去除背景雜音（可能讓原本清楚的錄音變差）

## /clone-settings

cmd-clone-settings = 複製設定
    .description = 本伺服器的 /clone 設定（擁有管理伺服器權限的成員）。
cmd-clone-settings-show = 檢視
    .description = 顯示本伺服器的聲音複製設定。
cmd-clone-settings-limits = 限制
    .description = 冷卻時間、每日額度、錄音長度。
cmd-clone-settings-limits--cooldown-seconds = 冷卻秒數
    .description = 成員兩次請求之間需等待的秒數（0 = 不等待）
cmd-clone-settings-limits--member-daily = 成員每日上限
    .description = 每位成員每 24 小時的請求數（0 = 不限）
cmd-clone-settings-limits--server-daily = 伺服器每日上限
    .description = 整個伺服器每 24 小時的請求數（0 = 不限）
cmd-clone-settings-limits--max-sample-seconds = 最長錄音秒數
    .description = 保留的最長錄音，單位為秒（3-15）
cmd-clone-settings-defaults = 預設值
    .description = 預設語言、降噪、回覆方式。
cmd-clone-settings-defaults--language = 語言
    .description = /clone 的預設語言
cmd-clone-settings-defaults--remove-noise = 去除雜音
    .description = 預設去除背景雜音
cmd-clone-settings-defaults--ephemeral = 僅自己可見
    .description = 回覆僅成員本人可見（true）或公開（false）
cmd-clone-settings-approval = 審核
    .description = 需要管理員核准。
cmd-clone-settings-approval--required = 必要
    .description = 每個複製請求都需要管理員核准
cmd-clone-settings-approval--review-channel = 審核頻道
    .description = 發布待審核請求的位置
cmd-clone-settings-verification = 驗證
    .description = 讓成員先朗讀一句新句子。
cmd-clone-settings-verification--mode = 模式
    .description = 關閉；開啟：該句子的任何錄音；嚴格：僅限 Discord 語音訊息
cmd-clone-settings-audit-channel = 稽核頻道
    .description = 發布稽核日誌的位置。
cmd-clone-settings-audit-channel--channel = 頻道
    .description = 稽核頻道（留空則停止發布）
cmd-clone-settings-roles = 身分組
    .description = 允許複製或管理的身分組。
cmd-clone-settings-roles--action = 操作
    .description = 新增、移除或清空清單
cmd-clone-settings-roles--role = 身分組
    .description = 要新增或移除的身分組
cmd-clone-settings-roles--kind = 類型
    .description = 哪個清單：允許複製的身分組，或管理員身分組
cmd-clone-settings-channels = 頻道
    .description = 可以使用 /clone 的頻道。
cmd-clone-settings-channels--action = 操作
    .description = 新增、移除或清空（清空 = 任何頻道）
cmd-clone-settings-channels--channel = 頻道
    .description = 頻道
cmd-clone-settings-block = 封鎖
    .description = 禁止某位成員複製聲音。
cmd-clone-settings-block--member = 成員
    .description = 不再允許複製聲音的成員
cmd-clone-settings-unblock = 解除封鎖
    .description = 允許被封鎖的成員重新複製。
cmd-clone-settings-unblock--member = 成員
    .description = 重新允許複製的被封鎖成員
cmd-clone-settings-consent = 同意聲明
    .description = 成員必須確認的聲明。
cmd-clone-settings-consent--text = 文字
    .description = 你的措辭（留空則使用預設聲明）
cmd-clone-settings-language = 語言
    .description = 機器人在這裡發布內容所用的語言。
cmd-clone-settings-language--language = 語言
    .description = 審核、稽核和公開訊息使用此語言（給成員的回覆使用其各自的語言）
cmd-clone-settings-previews = 試聽
    .description = 複製聲音的語音試聽。
cmd-clone-settings-previews--enabled = 啟用
    .description = 在每個複製結果中用新聲音說一句短句
cmd-clone-settings-previews--open-to-members = 對所有成員開放
    .description = 任何成員都可以試聽任何聲音（關閉：僅自己的和伺服器的聲音）
cmd-clone-settings-previews--text = 文字
    .description = 試聽句子（任何語言；留空並開啟重設文字以恢復預設）
cmd-clone-settings-previews--reset-text = 重設文字
    .description = 恢復為每個聲音所屬語言的預設句子
cmd-clone-settings-speech = 朗讀
    .description = 誰可以在哪裡使用複製的聲音說話。
cmd-clone-settings-speech--enabled = 啟用
    .description = 成員可以在這裡使用複製的聲音說話（/say、朗讀）
cmd-clone-settings-speech--add-role = 新增身分組
    .description = 允許此身分組說話（未列出身分組：所有成員）
cmd-clone-settings-speech--remove-role = 移除身分組
    .description = 將此身分組移出清單
cmd-clone-settings-speech--add-voice-channel = 新增語音頻道
    .description = 允許在此語音頻道說話（未列出：任何頻道）
cmd-clone-settings-speech--remove-voice-channel = 移除語音頻道
    .description = 將此語音頻道移出清單
cmd-clone-settings-speech--add-text-channel = 新增文字頻道
    .description = 允許在此頻道使用 /say 和朗讀（未列出：任何頻道）
cmd-clone-settings-speech--remove-text-channel = 移除文字頻道
    .description = 將此頻道移出清單
cmd-clone-settings-speech--clear = 清空
    .description = 清空一個清單：所有成員，或任何頻道
cmd-clone-settings-speech--read-aloud = 自動朗讀
    .description = 成員可以讓自己輸入的內容以自己的聲音朗讀出來
cmd-clone-settings-speech--server-voices = 伺服器聲音
    .description = 成員不只可以用自己的聲音，也可以用伺服器聲音說話
cmd-clone-settings-speech--member-daily-chars = 成員每日字數
    .description = 每位成員每 24 小時可朗讀的字數（0 = 不限）
cmd-clone-settings-speech--server-daily-chars = 伺服器每日字數
    .description = 整個伺服器每 24 小時可朗讀的字數（0 = 不限）
cmd-clone-settings-speech--reset-daily-chars = 重設每日字數
    .description = 恢復為機器人預設的每日字數

## /voices

cmd-voices = 聲音
    .description = 本伺服器中複製的聲音。
cmd-voices-list = 清單
    .description = 你的聲音和伺服器聲音。
cmd-voices-info = 詳細資訊
    .description = 某個聲音的詳細資訊。
cmd-voices-info--voice = 聲音
    .description = 聲音（開始輸入它的名稱）
cmd-voices-preview = 試聽
    .description = 聽一個聲音說一句話。
cmd-voices-preview--voice = 聲音
    .description = 聲音（你的，或伺服器聲音）
cmd-voices-preview--text = 文字
    .description = 要說的內容（預設：伺服器的試聽句子）
cmd-voices-rename = 重新命名
    .description = 修改聲音的顯示名稱。
cmd-voices-rename--voice = 聲音
    .description = 聲音（你的；管理員：任何）
cmd-voices-rename--name = 名稱
    .description = 新名稱
cmd-voices-delete = 刪除
    .description = 從 Inworld 刪除一個聲音。
cmd-voices-delete--voice = 聲音
    .description = 聲音（你的；管理員：本伺服器的任何聲音）
cmd-voices-server = 伺服器共享
    .description = 與整個伺服器共享一個聲音。
cmd-voices-server--voice = 聲音
    .description = 聲音
cmd-voices-server--shared = 共享
    .description = 開啟：所有成員都能看到並試聽；關閉：私人
cmd-voices-skip = 跳過
    .description = 跳過機器人正在通話中說的內容。
cmd-voices-stop = 停止
    .description = 管理員：立即停止說話並清空佇列。
cmd-voices-leave = 離開
    .description = 讓機器人離開語音頻道。
cmd-voices-read-aloud = 自動朗讀
    .description = 用你複製的聲音朗讀你在語音頻道聊天中輸入的內容。
cmd-voices-read-aloud--state = 狀態
    .description = 開啟：我們在同一語音頻道時朗讀你輸入的內容；關閉：不朗讀
cmd-voices-read-aloud--voice = 聲音
    .description = 朗讀所用的聲音（你的，或伺服器聲音；預設：你最新的）
cmd-voices-erase-my-data = 刪除我的資料
    .description = 刪除你的所有聲音以及關於你儲存的一切。
cmd-voices-erase-member = 刪除成員資料
    .description = 管理員：刪除某位成員的聲音和資料。
cmd-voices-erase-member--member = 成員
    .description = 成員（例如已離開的成員：貼上其使用者 ID）

## /clone-delete

cmd-clone-delete = 刪除複製聲音
    .description = 刪除在這裡複製的聲音。
cmd-clone-delete--voice = 聲音
    .description = 要刪除的聲音（你的；管理員：本伺服器的任何聲音）

## /say

cmd-say = 說
    .description = 用你複製的聲音說出一段文字（你的語音頻道，或語音訊息）。
cmd-say--text = 文字
    .description = 要說的內容
cmd-say--voice = 聲音
    .description = 使用的聲音（你的，或伺服器聲音；預設：你最新的）

## Context menus (Apps > ...)

menu-clone-this-voice = 複製這個聲音
menu-speak-this-message = 朗讀這則訊息

## Choices

choice-english-us = 英文（美國）
choice-chinese-china = 中文（中國）
choice-korean = 韓文
choice-japanese = 日文
choice-russian = 俄文
choice-other-auto-detect = 其他 / 自動偵測
choice-italian = 義大利文
choice-spanish-spain = 西班牙文（西班牙）
choice-portuguese-brazil = 葡萄牙文（巴西）
choice-german = 德文
choice-french = 法文
choice-arabic-saudi-arabia = 阿拉伯文（沙烏地阿拉伯）
choice-polish = 波蘭文
choice-dutch = 荷蘭文
choice-hindi = 印地文
choice-hebrew = 希伯來文
choice-off = 關閉
choice-on-any-recording-of-the-sentence = 開啟：該句子的任何錄音
choice-strict-only-a-voice-message-recorded-in-discord = 嚴格：僅限在 Discord 中錄製的語音訊息
choice-add = 新增
choice-remove = 移除
choice-clear = 清空
choice-allowed = 允許複製
choice-moderator = 管理員
choice-discord-s-server-language = Discord 伺服器語言
choice-roles-every-member-may-speak = 身分組（所有成員都可以說話）
choice-voice-channels-any = 語音頻道（任何）
choice-text-channels-any = 文字頻道（任何）
choice-on = 開啟
