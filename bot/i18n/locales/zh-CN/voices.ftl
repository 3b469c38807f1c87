# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# /voices: the server's voice library, previews, erasure (bot/voices, cogs/voices.py).

## Refusals (bot/voices/access.py, library.py, previews.py)
voices-not-here = 此服务器中没有克隆过该 ID 的声音（或它已被删除）。
voices-not-yours-delete = 你只能删除自己克隆的声音（版主：可删除此服务器的任何声音）。
voices-not-yours-rename = 你只能重命名自己克隆的声音（版主：可重命名此服务器的任何声音）。
voices-moderators-only-server-voice = 只有此服务器的版主才能将声音设为服务器声音。
voices-moderators-only-erase = 只有此服务器的版主才能清除其他成员的数据。
voices-preview-private = 只有所有者可以试听此声音：它不是服务器声音，且此服务器只允许成员试听自己的声音和服务器声音。
voices-info-private = 该声音仅属于克隆它的成员（不是服务器声音）。
voices-erase-still-open = 仍有一个克隆请求正在进行：请取消它或等待其完成（或过期），然后再清除数据。
voices-rename-empty = 新名称不能为空。
voices-rename-too-long = 新名称太长（最多 { $max } 个字符）。
voices-gone-on-inworld = 该声音在 Inworld 上已不存在；现已在此标记为已删除。
voices-deleted-meanwhile = 该声音在此期间已被删除。
voices-preview-queue-full = 等待中的试听已太多（{ $waiting } 个）；未加入队列。请在约 { $wait } 后重试。
voices-preview-queue-full-server = 此服务器等待中的试听已太多（{ $waiting } 个）；未加入队列。请在约 { $wait } 后重试。
voices-preview-too-long = 试听文本太长：{ $length } 个字符，上限为 { $max }。
voices-preview-cooldown = 你刚刚试听过声音；请在 { $wait } 后重试。

## The spoken preview in a clone result (bot/voices/result.py)
voices-result-preview = 🔊 试听
voices-result-preview-failed = ⚠️ 语音试听生成失败：{ $why }
voices-result-preview-later = 你的声音仍已就绪；稍后可尝试 `/voices preview`。
voices-result-why-restarting = 机器人正在重启
voices-result-why-timeout = 文字转语音服务未能及时响应
voices-result-why-unexpected = 意外错误（{ $error }）
voices-result-preview-too-large = 试听文件太大，无法在此上传。
voices-result-preview-attached = 附件：`{ $filename }`，“{ $text }”

## Embeds and buttons (bot/voices/ui.py)
voices-line-server = 🌐 服务器声音
voices-line-private = 私有
voices-line = { $language } · 所有者 <@{ $user_id }> · 创建于 { $created } · { $sharing }
voices-page-title-server = 此服务器的声音
voices-page-title-mine = 你的声音和服务器声音
voices-page-empty = 还没有声音。使用 `/clone` 创建一个。
voices-page-status = 第 { $page }/{ $pages } 页 · { $total } 个声音
voices-page-footer = /voices info · preview · rename · delete
voices-info-title = 声音：{ $name }
voices-info-voice-id = 声音 ID
voices-info-language = 语言
voices-info-owner = 所有者
voices-info-created = 创建于
voices-info-server-voice = 服务器声音
voices-info-server-voice-yes = 是（所有成员都可试听）
voices-info-server-voice-no = 否
voices-pager-not-yours = ❌ 这些按钮属于运行 /voices list 的成员。
voices-pager-previous = ◀ 上一页
voices-pager-next = 下一页 ▶
voices-confirm-not-yours = ❌ 只有发起请求的成员才能确认。
voices-confirm = 确认
voices-cancel = 取消
voices-cancelled = 已取消：未做任何更改。

## Replies (cogs/voices.py)
voices-preview-says = 🔊 **{ $name }**（`{ $voice_id }`）说：“{ $text }”
voices-renamed = ✏️ 声音 `{ $voice_id }` 现已更名为 **{ $name }**（Inworld 上也已更改）。
voices-delete-ask = ⚠️ 要从 Inworld 删除 **{ $name }**（`{ $voice_id }`）吗？此操作无法撤销。
voices-delete-button = 删除
voices-deleted = 🗑️ 声音 **{ $name }**（`{ $voice_id }`）已从 Inworld 删除。
voices-shared = 🌐 **{ $name }**（`{ $voice_id }`）现在是服务器声音。
voices-unshared = 🌐 **{ $name }**（`{ $voice_id }`）不再是服务器声音。
voices-skipped = ⏭️ 已跳过。
voices-nothing-said = 现在没有在说话。
voices-stopped = ⏹️ 已停止；丢弃了 { $dropped } 条排队的文本。
voices-left = 👋 已离开语音频道。
voices-not-in-channel = 我不在语音频道中。
voices-read-aloud-off = 🔇 已为你关闭朗读。
voices-read-aloud-on = 🔊 朗读已开启：当你和我在同一个语音频道时，你在其聊天中输入的内容会用 **{ $name }** 读出来。`/voices read-aloud off` 可关闭。
voices-erase-ask-own = ⚠️ 要清除你在此服务器的数据吗？将从 Inworld 删除 { $voices } 个声音，并清除 { $requests } 条已存储的请求（音频、名称、文本）。审核事件会保留，但不含个人内容。此操作无法撤销。
voices-erase-ask-member = ⚠️ 要清除 <@{ $member_id }> 在此服务器的数据吗？将从 Inworld 删除 { $voices } 个声音，并清除 { $requests } 条已存储的请求（音频、名称、文本）。审核事件会保留，但不含个人内容。此操作无法撤销。
voices-erase-button = 全部清除
voices-erased = 🧹 完成：已从 Inworld 删除 { $voices } 个声音，清除了 { $requests } 条已存储的请求。

## What a limit refusal names (bot/voices/limits.py, through settings-limit-*)
voices-renames-noun = { $count ->
       *[other] 重命名
    }
voices-renames-done = 重命名了声音
voices-previews-noun = { $count ->
       *[other] 试听
    }
voices-previews-done = 试听了声音
