# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# Spoken consent: why a recording of the sentence was refused, and what to do next.
consent-not-yours = 这句话是给其他人的。请运行 /clone 获取你自己的句子。
consent-extra-samples = 使用口头同意时，你朗读句子的录音是该声音唯一的样本，因此不能使用其他录音（例如 `sample2` 或 `sample3`）。请只发送你朗读句子的录音：你的句子在 <t:{ $expires }:t> 之前仍然有效。
consent-tries-used = 你最近的 { $count } 段录音都与句子不符。请在 { $wait } 后重试。
consent-not-voice-message = 此服务器只接受在 Discord 中录制的语音消息作为句子的录音。
consent-replayed = 该录音已被使用过。请现在用你自己的声音录制这句话。
consent-expired = 在录音送达之前，你的句子已过期。
consent-used = 这句话已被使用过。请再次运行 /clone 获取新的句子。

consent-heard-extra = 我听到了你的句子，但在它之前、之后或中间还有其他说话声。录音中只能有你用自己的声音朗读的句子，不能有其他声音或其他人说话。
consent-heard-extra-seconds = 我听到了你的句子，但在它之前、之后或中间还有大约 { $seconds } 秒的其他说话声。录音中只能有你用自己的声音朗读的句子，不能有其他声音或其他人说话。
consent-heard-mismatch = 我听到的是“{ $heard }”，与你的句子不符。
consent-heard-nothing-recognized = （没有能识别的内容）

consent-inworld-heard-extra = Inworld 听到的是“{ $heard }”：有你的句子，但也有其他说话声，因此该声音已被立即删除。录音中只能有你的句子。
consent-inworld-heard-mismatch = Inworld 听到的是“{ $heard }”，这不是给你的句子，因此该声音已被立即删除。
consent-heard-nothing = （什么也没有）

consent-try-again = 如需重试，请大声朗读这个新句子：“{ $sentence }”，并在 <t:{ $expires }:t> 之前发送录音。
consent-no-tries-left = 你暂时没有剩余的尝试次数：请在 { $wait } 后重试。
consent-then = { $first }{ $then }
