# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# Spoken consent: why a recording of the sentence was refused, and what to do next.
consent-not-yours = 這句話是給其他人的。請執行 /clone 取得你自己的句子。
consent-extra-samples = 使用口頭同意時，你朗讀句子的錄音是這個聲音唯一的樣本，因此不能使用其他錄音（例如 `sample2` 或 `sample3`）。請只傳送你朗讀句子的錄音：你的句子在 <t:{ $expires }:t> 之前仍然有效。
consent-tries-used = 你最近的 { $count } 段錄音都與句子不符。請在 { $wait } 後再試一次。
consent-not-voice-message = 此伺服器只接受在 Discord 中錄製的語音訊息作為句子的錄音。
consent-replayed = 這段錄音已經用過了。請現在用你自己的聲音錄下這句話。
consent-expired = 在錄音送達之前，你的句子已經過期。
consent-used = 這句話已經用過了。請再次執行 /clone 取得新的句子。

consent-heard-extra = 我聽到了你的句子，但在它之前、之後或中間還有其他說話聲。錄音中只能有你用自己的聲音朗讀的句子，不能有其他聲音或其他人說話。
consent-heard-extra-seconds = 我聽到了你的句子，但在它之前、之後或中間還有大約 { $seconds } 秒的其他說話聲。錄音中只能有你用自己的聲音朗讀的句子，不能有其他聲音或其他人說話。
consent-heard-mismatch = 我聽到的是「{ $heard }」，與你的句子不符。
consent-heard-nothing-recognized = （沒有能辨識的內容）

consent-inworld-heard-extra = Inworld 聽到的是「{ $heard }」：有你的句子，但也有其他說話聲，因此這個聲音已立即刪除。錄音中只能有你的句子。
consent-inworld-heard-mismatch = Inworld 聽到的是「{ $heard }」，這不是給你的句子，因此這個聲音已立即刪除。
consent-heard-nothing = （什麼都沒有）

consent-try-again = 如要再試一次，請大聲朗讀這個新句子：「{ $sentence }」，並在 <t:{ $expires }:t> 之前傳送錄音。
consent-no-tries-left = 你目前沒有剩餘的嘗試次數：請在 { $wait } 後再試一次。
consent-then = { $first }{ $then }
