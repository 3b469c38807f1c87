# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).

## Detail labels: audit-field-<detail key with hyphens>
audit-field-status = 状态
audit-field-requeued = 重新排队
audit-field-samples = 样本
audit-field-warnings = 警告
audit-field-errors = 错误
audit-field-deleted = 已删除
audit-field-found-by = 发现方式
audit-field-server-voice = 服务器声音
audit-field-text-length = 文本长度
audit-field-model-id = 模型
audit-field-via = 途径
audit-field-voices-deleted = 已删除的声音
audit-field-requests-erased = 已清除的请求
audit-field-challenge-id = 朗读句
audit-field-attempt = 尝试次数
audit-field-fell-back = 备用句子
audit-field-expires-at = 过期时间
audit-field-mode = 模式
audit-field-recognizer = 语音识别
audit-field-score = 得分
audit-field-offline-score = 离线得分
audit-field-voice-message = 语音消息
audit-field-decision = 判定
audit-field-characters = 字符数
audit-field-utterances = 语句数
audit-field-stopped = 停止原因
audit-field-erased = 已清除
audit-field-name = 名称
audit-field-language = 语言
audit-field-statement = 声明
audit-field-reason = 原因
audit-field-voice-id = 声音 ID
audit-field-also-matched = 其他匹配
audit-field-previous = 之前
audit-field-sentence = 句子
audit-field-keywords = 关键词
audit-field-heard = 识别内容
audit-field-offline-heard = 离线识别内容
audit-field-recording-sha256 = 录音 sha256
audit-field-channel-id = 频道
audit-field-voice-owner-id = 声音所有者
audit-field-source = 来源
audit-field-extra-speech-seconds = 多余语音（秒）

## Settings a policy change records
audit-field-allowed-role-ids = 允许的身份组
audit-field-allowed-channel-ids = 允许的频道
audit-field-blocked-user-ids = 已屏蔽的成员
audit-field-moderator-role-ids = 管理员身份组
audit-field-cooldown-seconds = 冷却时间（秒）
audit-field-member-daily-quota = 每位成员每日请求数
audit-field-guild-daily-quota = 每个服务器每日请求数
audit-field-max-sample-seconds = 最长样本（秒）
audit-field-default-language = 默认语言
audit-field-remove-noise = 降噪
audit-field-approval-required = 需要批准
audit-field-review-channel-id = 审核频道
audit-field-audit-channel-id = 审计频道
audit-field-ephemeral = 私密回复
audit-field-consent-text = 同意声明
audit-field-preview-enabled = 试听
audit-field-preview-text = 试听文本
audit-field-preview-open = 所有人可试听
audit-field-verification = 口头同意
audit-field-speech-enabled = 语音朗读
audit-field-speech-role-ids = 朗读身份组
audit-field-speech-voice-channel-ids = 朗读语音频道
audit-field-speech-text-channel-ids = 朗读文字频道
audit-field-read-aloud-allowed = 朗读消息
audit-field-speech-server-voices = 朗读使用服务器声音
audit-field-speech-member-daily-chars = 每位成员每日字符数
audit-field-speech-guild-daily-chars = 每个服务器每日字符数
audit-field-locale = 服务器语言

## A request's status: audit-status-<status>
audit-status-processing = 处理中
audit-status-awaiting-consent = 等待同意
audit-status-pending-approval = 等待批准
audit-status-approved = 已批准
audit-status-rejected = 已拒绝
audit-status-expired = 已过期
audit-status-cancelled = 已取消
audit-status-cloning = 克隆中
audit-status-reconciling = 核对中
audit-status-done = 已完成
audit-status-failed = 失败

## Known values: audit-value-<key>-<value>
audit-value-via-result = 克隆结果
audit-value-via-command = 命令
audit-value-via-voice-channel = 语音频道
audit-value-via-voice-message = 语音消息
audit-value-source-say = `/say`
audit-value-source-message = 消息
audit-value-source-read-aloud = 朗读消息
audit-value-mode-off = 关闭
audit-value-mode-on = 开启
audit-value-mode-strict = 仅限语音消息
audit-value-decision-pending = 待定
audit-value-decision-accepted = 已接受
audit-value-decision-verified = 已验证
audit-value-decision-mismatch = 不匹配
audit-value-decision-extra-speech = 多余语音
audit-value-decision-not-voice-message = 不是语音消息
audit-value-decision-replayed = 录音已被使用过
audit-value-decision-expired = 已过期
audit-value-decision-used = 已使用
audit-value-found-by-sweep = 定期核对
audit-value-recognizer-pocketsphinx = PocketSphinx（离线）
audit-value-recognizer-inworld-transcription = Inworld 转写
audit-value-stopped-skip = 跳过
audit-value-stopped-stop = 停止
audit-value-stopped-leave = 离开
audit-value-stopped-erasure = 清除数据

## Yes and no (English keeps the stored spelling)
audit-yes = 是
audit-no = 否

## An edit of a list setting
audit-list-add = 已添加 { $item }
audit-list-remove = 已移除 { $item }
audit-list-clear = 已清空
