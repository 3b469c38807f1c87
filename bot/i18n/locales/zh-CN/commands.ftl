# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# Command, group, option and choice names and descriptions (bot/i18n/translator.py).
# A command's value is its name (lowercase, no spaces, 1-32 characters, unique among its
# siblings), .description its description (1-100 characters); context menus (menu-*) may
# have spaces and capitals; choices (choice-*, keyed by the English name) are 1-100 characters.

## /clone

cmd-clone = 克隆
    .description = 根据录音克隆一个声音。
cmd-clone--sample = 录音
    .description = 声音的录音：10-15 秒清晰的说话声（语音消息、MP3、WAV 等）
cmd-clone--name = 名称
    .description = 新声音的名称
cmd-clone--language = 语言
    .description = 录音中所说的语言
cmd-clone--sample2 = 录音2
    .description = 同一声音的第二段录音（可选）
cmd-clone--sample3 = 录音3
    .description = 同一声音的第三段录音（可选）
cmd-clone--transcription = 转写
    .description = 可选：第一段录音中说的原话
cmd-clone--description = 描述
    .description = 可选：声音的描述（语气、口音、用途）
cmd-clone--tags = 标签
    .description = 可选：用逗号分隔的标签，例如 平静, 旁白
cmd-clone--remove-noise = 去除噪音
    .description = 先去除背景噪音（可能让本已清晰的录音变差）

## /clone-settings

cmd-clone-settings = 克隆设置
    .description = 本服务器的 /clone 设置（拥有管理服务器权限的成员）。
cmd-clone-settings-show = 查看
    .description = 显示本服务器的声音克隆设置。
cmd-clone-settings-limits = 限制
    .description = 冷却时间、每日配额、录音长度。
cmd-clone-settings-limits--cooldown-seconds = 冷却秒数
    .description = 成员两次请求之间需等待的秒数（0 = 不等待）
cmd-clone-settings-limits--member-daily = 成员每日上限
    .description = 每位成员每 24 小时的请求数（0 = 不限）
cmd-clone-settings-limits--server-daily = 服务器每日上限
    .description = 整个服务器每 24 小时的请求数（0 = 不限）
cmd-clone-settings-limits--max-sample-seconds = 最长录音秒数
    .description = 保留的最长录音，单位为秒（3-15）
cmd-clone-settings-defaults = 默认值
    .description = 默认语言、降噪、回复方式。
cmd-clone-settings-defaults--language = 语言
    .description = /clone 的默认语言
cmd-clone-settings-defaults--remove-noise = 去除噪音
    .description = 默认去除背景噪音
cmd-clone-settings-defaults--ephemeral = 仅自己可见
    .description = 回复仅成员本人可见（true）或公开（false）
cmd-clone-settings-approval = 审批
    .description = 需要管理员批准。
cmd-clone-settings-approval--required = 必需
    .description = 每个克隆请求都需要管理员批准
cmd-clone-settings-approval--review-channel = 审核频道
    .description = 发布待审核请求的位置
cmd-clone-settings-verification = 验证
    .description = 让成员先朗读一句新句子。
cmd-clone-settings-verification--mode = 模式
    .description = 关闭；开启：该句子的任何录音；严格：仅限 Discord 语音消息
cmd-clone-settings-audit-channel = 审计频道
    .description = 发布审计日志的位置。
cmd-clone-settings-audit-channel--channel = 频道
    .description = 审计频道（留空则停止发布）
cmd-clone-settings-roles = 身份组
    .description = 允许克隆或管理的身份组。
cmd-clone-settings-roles--action = 操作
    .description = 添加、移除或清空列表
cmd-clone-settings-roles--role = 身份组
    .description = 要添加或移除的身份组
cmd-clone-settings-roles--kind = 类型
    .description = 哪个列表：允许克隆的身份组，或管理员身份组
cmd-clone-settings-channels = 频道
    .description = 可以使用 /clone 的频道。
cmd-clone-settings-channels--action = 操作
    .description = 添加、移除或清空（清空 = 任何频道）
cmd-clone-settings-channels--channel = 频道
    .description = 频道
cmd-clone-settings-block = 封禁
    .description = 禁止某位成员克隆声音。
cmd-clone-settings-block--member = 成员
    .description = 不再允许克隆声音的成员
cmd-clone-settings-unblock = 解除封禁
    .description = 允许被封禁的成员重新克隆。
cmd-clone-settings-unblock--member = 成员
    .description = 重新允许克隆的被封禁成员
cmd-clone-settings-consent = 同意声明
    .description = 成员必须确认的声明。
cmd-clone-settings-consent--text = 文本
    .description = 你的措辞（留空则使用默认声明）
cmd-clone-settings-language = 语言
    .description = 机器人在这里发布内容所用的语言。
cmd-clone-settings-language--language = 语言
    .description = 审核、审计和公开消息使用此语言（给成员的回复使用其各自的语言）
cmd-clone-settings-previews = 试听
    .description = 克隆声音的语音试听。
cmd-clone-settings-previews--enabled = 启用
    .description = 在每个克隆结果中用新声音说一句短句
cmd-clone-settings-previews--open-to-members = 对所有成员开放
    .description = 任何成员都可以试听任何声音（关闭：仅自己的和服务器的声音）
cmd-clone-settings-previews--text = 文本
    .description = 试听句子（任何语言；留空并开启重置文本以恢复默认）
cmd-clone-settings-previews--reset-text = 重置文本
    .description = 恢复为每个声音所属语言的默认句子
cmd-clone-settings-speech = 朗读
    .description = 谁可以在哪里使用克隆声音说话。
cmd-clone-settings-speech--enabled = 启用
    .description = 成员可以在这里使用克隆声音说话（/say、朗读）
cmd-clone-settings-speech--add-role = 添加身份组
    .description = 允许此身份组说话（未列出身份组：所有成员）
cmd-clone-settings-speech--remove-role = 移除身份组
    .description = 将此身份组移出列表
cmd-clone-settings-speech--add-voice-channel = 添加语音频道
    .description = 允许在此语音频道说话（未列出：任何频道）
cmd-clone-settings-speech--remove-voice-channel = 移除语音频道
    .description = 将此语音频道移出列表
cmd-clone-settings-speech--add-text-channel = 添加文字频道
    .description = 允许在此频道使用 /say 和朗读（未列出：任何频道）
cmd-clone-settings-speech--remove-text-channel = 移除文字频道
    .description = 将此频道移出列表
cmd-clone-settings-speech--clear = 清空
    .description = 清空一个列表：所有成员，或任何频道
cmd-clone-settings-speech--read-aloud = 自动朗读
    .description = 成员可以让自己输入的内容用自己的声音朗读出来
cmd-clone-settings-speech--server-voices = 服务器声音
    .description = 成员不仅可以用自己的声音，也可以用服务器声音说话
cmd-clone-settings-speech--member-daily-chars = 成员每日字数
    .description = 每位成员每 24 小时可朗读的字数（0 = 不限）
cmd-clone-settings-speech--server-daily-chars = 服务器每日字数
    .description = 整个服务器每 24 小时可朗读的字数（0 = 不限）
cmd-clone-settings-speech--reset-daily-chars = 重置每日字数
    .description = 恢复为机器人默认的每日字数

## /voices

cmd-voices = 声音
    .description = 本服务器中克隆的声音。
cmd-voices-list = 列表
    .description = 你的声音和服务器声音。
cmd-voices-info = 详情
    .description = 某个声音的详细信息。
cmd-voices-info--voice = 声音
    .description = 声音（开始输入它的名称）
cmd-voices-preview = 试听
    .description = 听一个声音说一句话。
cmd-voices-preview--voice = 声音
    .description = 声音（你的，或服务器声音）
cmd-voices-preview--text = 文本
    .description = 要说的内容（默认：服务器的试听句子）
cmd-voices-rename = 重命名
    .description = 修改声音的显示名称。
cmd-voices-rename--voice = 声音
    .description = 声音（你的；管理员：任意）
cmd-voices-rename--name = 名称
    .description = 新名称
cmd-voices-delete = 删除
    .description = 从 Inworld 删除一个声音。
cmd-voices-delete--voice = 声音
    .description = 声音（你的；管理员：本服务器的任意声音）
cmd-voices-server = 服务器共享
    .description = 与整个服务器共享一个声音。
cmd-voices-server--voice = 声音
    .description = 声音
cmd-voices-server--shared = 共享
    .description = 开启：所有成员都能看到并试听；关闭：私有
cmd-voices-skip = 跳过
    .description = 跳过机器人正在通话中说的内容。
cmd-voices-stop = 停止
    .description = 管理员：立即停止说话并清空队列。
cmd-voices-leave = 离开
    .description = 让机器人离开语音频道。
cmd-voices-read-aloud = 自动朗读
    .description = 用你的克隆声音朗读你在语音频道聊天中输入的内容。
cmd-voices-read-aloud--state = 状态
    .description = 开启：我们在同一语音频道时朗读你输入的内容；关闭：不朗读
cmd-voices-read-aloud--voice = 声音
    .description = 朗读所用的声音（你的，或服务器声音；默认：你最新的）
cmd-voices-erase-my-data = 删除我的数据
    .description = 删除你的所有声音以及关于你存储的一切。
cmd-voices-erase-member = 删除成员数据
    .description = 管理员：删除某位成员的声音和数据。
cmd-voices-erase-member--member = 成员
    .description = 成员（例如已离开的成员：粘贴其用户 ID）

## /clone-delete

cmd-clone-delete = 删除克隆
    .description = 删除在这里克隆的声音。
cmd-clone-delete--voice = 声音
    .description = 要删除的声音（你的；管理员：本服务器的任意声音）

## /say

cmd-say = 说
    .description = 用你的克隆声音说出一段文字（你的语音频道，或语音消息）。
cmd-say--text = 文本
    .description = 要说的内容
cmd-say--voice = 声音
    .description = 使用的声音（你的，或服务器声音；默认：你最新的）

## Context menus (Apps > ...)

menu-clone-this-voice = 克隆这个声音
menu-speak-this-message = 朗读这条消息

## Choices

choice-english-us = 英语（美国）
choice-chinese-china = 中文（中国）
choice-korean = 韩语
choice-japanese = 日语
choice-russian = 俄语
choice-other-auto-detect = 其他 / 自动检测
choice-italian = 意大利语
choice-spanish-spain = 西班牙语（西班牙）
choice-portuguese-brazil = 葡萄牙语（巴西）
choice-german = 德语
choice-french = 法语
choice-arabic-saudi-arabia = 阿拉伯语（沙特阿拉伯）
choice-polish = 波兰语
choice-dutch = 荷兰语
choice-hindi = 印地语
choice-hebrew = 希伯来语
choice-off = 关闭
choice-on-any-recording-of-the-sentence = 开启：该句子的任何录音
choice-strict-only-a-voice-message-recorded-in-discord = 严格：仅限在 Discord 中录制的语音消息
choice-add = 添加
choice-remove = 移除
choice-clear = 清空
choice-allowed = 允许克隆
choice-moderator = 管理员
choice-discord-s-server-language = Discord 服务器语言
choice-roles-every-member-may-speak = 身份组（所有成员都可以说话）
choice-voice-channels-any = 语音频道（任何）
choice-text-channels-any = 文字频道（任何）
choice-on = 开启
