# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# /clone-settings and the policy rules (bot/policy.py, cogs/clone_settings.py).

settings-duration-hours-minutes = { $hours } 小时 { $minutes } 分钟
settings-duration-hours = { $hours } 小时
settings-duration-minutes-seconds = { $minutes } 分 { $seconds } 秒
settings-duration-minutes = { $minutes } 分钟
settings-duration-seconds = { $seconds } 秒
settings-when-in = { $duration }后
settings-when-at = UTC { $time }
settings-when-tomorrow-at = 明天 UTC { $time }

settings-consent-default = 我确认这些录音中的声音属于我本人，或其主人已明确允许我克隆，并且我不会使用克隆的声音欺骗、冒充或伤害任何人。

settings-refusal-blocked = 你不能在此服务器中克隆声音。
settings-refusal-channel = 此频道不允许克隆声音。请使用 { $channels }。
settings-refusal-role = 你需要以下身份组之一才能克隆声音：{ $roles }。
settings-refusal-open-request = 你已有一个进行中的克隆请求（#{ $request }）。请等待其完成。
settings-refusal-cooldown = 冷却中：请等待 { $wait } 后再提交下一个请求。
settings-refusal-member-quota = 你已达到 24 小时内 { $count } 个克隆请求的上限。请明天再试。
settings-refusal-guild-quota = 此服务器已达到 24 小时内 { $count } 个克隆请求的上限。请明天再试。

settings-limit-once = 你{ $window ->
        [hour] 刚刚
       *[other] 最近
    }{ $done }{ $note }；请{ $when }再试。
settings-limit-used = { $per ->
        [member] 你已用完
       *[server] 此服务器已用完
    }{ $period }的 { $count } 个{ $noun }{ $note }；下一个将于{ $when }可用。
settings-limit-note = （{ $note }）
settings-period-hour = 这一小时
settings-period-day = 今天
settings-period-last = 最近 { $duration }
settings-opened-noun = { $count ->
       *[other] 克隆请求
    }
settings-opened-done = 发起了克隆请求
settings-opened-note = 每个发起的请求都会计入，无论是否确认

settings-needs-manage-server = 只有拥有 **管理服务器** 权限的成员才能更改这些设置；未做任何更改。
settings-needs-moderator = 只有此服务器的管理员才能查看这些设置。
settings-choose-item = 请选择要添加或移除的项目。
settings-choose-review-channel = 开启审批时请选择一个审核频道。
settings-one-list-edit = 请一次只更改列表中的一项（添加、移除或清空）；未做任何更改。
settings-chars-set-or-reset = 请设置每日字符数或将其重置，二者选其一；未做任何更改。
settings-nothing-to-change = 没有需要更改的内容；当前设置：
settings-updated = ✅ 设置已更新。

settings-on = 开
settings-off = 关
settings-yes = 是
settings-no = 否
settings-none = 无
settings-unlimited = 不限
settings-not-set = 未设置
settings-any = 任意
settings-any-channel = 任意频道
settings-everyone = 所有人
settings-every-member = 所有成员
settings-nobody = 无
settings-manage-server-only = 仅限管理服务器权限
settings-requests-per-day = { $count } 个请求 / 24 小时
settings-chars-per-day = { $count } 个字符 / 24 小时
settings-bot-default = { $value }（机器人默认值）
settings-language-auto = 其他 / 自动检测

settings-speech-title = 语音设置
settings-read-aloud-unavailable = 此机器人不可用（READ_ALOUD_ENABLED 已关闭）
settings-read-aloud-allowed = 允许
settings-read-aloud-not-allowed = 不允许
settings-speak-with-all = 自己的声音和服务器声音
settings-speak-with-own = 自己的声音
settings-speech-lines =
    说话：{ $speaking }
    谁：{ $roles }（管理员始终可以）
    语音频道：{ $voice_channels }
    文字频道：{ $text_channels }
    成员使用的声音：{ $voices }
    朗读：{ $read_aloud }
    每位成员：{ $member }
    整个服务器：{ $server }

settings-title = 声音克隆设置
settings-who-title = 对象与位置
settings-who-lines =
    身份组：{ $roles }
    频道：{ $channels }
    已屏蔽：{ $blocked }
    管理员身份组：{ $moderators }
settings-limits-title = 限制
settings-limits-lines =
    每位成员的冷却时间：{ $cooldown }
    每位成员：{ $member }
    整个服务器：{ $server }
    保留的样本长度：最多 { $sample } 秒
settings-defaults-title = 默认值
settings-defaults-lines =
    语言：{ $language }
    降噪：{ $noise }
    回复：{ $replies }
    服务器语言：{ $server_language }
settings-replies-private = 仅该成员可见
settings-replies-public = 公开
settings-server-language-chosen = { $language }
settings-server-language-discord = Discord 服务器语言（{ $language }）
settings-review-title = 审核与日志
settings-review-lines =
    需要审批：{ $approval }
    审核频道：{ $review }
    日志频道：{ $audit }
settings-previews-title = 语音试听
settings-previews-lines =
    包含在克隆结果中：{ $enabled }
    谁可以试听声音：{ $who }
    句子：{ $sentence }
settings-previews-anyone = 任何成员
settings-previews-owner = 声音的主人（服务器声音：任何人）
settings-previews-default-sentence = 声音语言的默认句子
settings-verification-title = 语音同意
settings-verification-off = 关：仅同意按钮
settings-verification-on = 开：成员朗读一个新句子（语音消息或文件）
settings-verification-strict = 严格：成员在 Discord 语音消息中朗读一个新句子
settings-speaking-title = 使用克隆的声音说话
settings-consent-title = 同意声明
