# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# The voice service's failures as a member reads them (bot/inworld/errors.py).
inworld-error = 语音服务返回了错误。请稍后重试。
inworld-invalid-argument = Inworld 以无效为由拒绝了该请求。
inworld-invalid-argument-detail = Inworld 拒绝了该请求：{ $detail }
inworld-permission-denied = 机器人的 Inworld API 密钥无权创建声音（它可能是只读密钥）。需要由机器人管理员配置可读写的密钥。
inworld-unauthenticated = 机器人的 Inworld API 密钥被拒绝。需要由机器人管理员检查 INWORLD_API_KEY。
inworld-not-found = Inworld 找不到该声音或端点。
inworld-rate-limited = 已达到 Inworld 的声音克隆频率限制。请在一分钟后重试。
inworld-unavailable = Inworld 语音服务暂时不可用。请稍后重试。
inworld-timeout = Inworld 语音服务未能及时响应。请稍后重试（请先查看你的声音列表：克隆可能已经创建）。
inworld-connection-failed = 机器人无法连接到 Inworld 语音服务。请稍后重试。
inworld-bad-response = Inworld 语音服务返回了意外的响应。请稍后重试。
