# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# The voice service's failures as a member reads them (bot/inworld/errors.py).
inworld-error = 語音服務傳回錯誤。請稍後再試。
inworld-invalid-argument = Inworld 認為這個請求無效而拒絕了它。
inworld-invalid-argument-detail = Inworld 拒絕了這個請求：{ $detail }
inworld-permission-denied = 機器人的 Inworld API 金鑰沒有建立聲音的權限（可能是唯讀金鑰）。需要由機器人管理員設定可讀寫的金鑰。
inworld-unauthenticated = 機器人的 Inworld API 金鑰遭到拒絕。需要由機器人管理員檢查 INWORLD_API_KEY。
inworld-not-found = Inworld 找不到這個聲音或端點。
inworld-rate-limited = 已達到 Inworld 的聲音複製頻率限制。請在一分鐘後再試一次。
inworld-unavailable = Inworld 語音服務目前無法使用。請稍後再試。
inworld-timeout = Inworld 語音服務未及時回應。請稍後再試（請先查看你的聲音清單：複製的聲音可能已經建立）。
inworld-connection-failed = 機器人無法連線到 Inworld 語音服務。請稍後再試。
inworld-bad-response = Inworld 語音服務傳回了非預期的回應。請稍後再試。
