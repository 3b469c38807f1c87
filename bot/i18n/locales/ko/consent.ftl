# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# Spoken consent: why a recording of the sentence was refused, and what to do next.
consent-not-yours = 이 문장은 다른 사람에게 주어진 것입니다. /clone을 실행해 본인 문장을 받으세요.
consent-extra-samples = 음성 동의에서는 문장을 읽은 녹음이 이 음성의 유일한 샘플이므로 다른 녹음(`sample2`, `sample3` 등)은 사용할 수 없습니다. 문장 녹음만 따로 보내 주세요. 문장은 <t:{ $expires }:t>까지 유효합니다.
consent-tries-used = 최근 녹음 { $count }개가 문장과 일치하지 않았습니다. { $wait } 후에 다시 시도해 주세요.
consent-not-voice-message = 이 서버에서는 문장 녹음으로 Discord에서 녹음한 음성 메시지만 받습니다.
consent-replayed = 이미 사용된 녹음입니다. 지금 본인 목소리로 문장을 녹음해 주세요.
consent-expired = 녹음이 도착하기 전에 문장이 만료되었습니다.
consent-used = 이미 사용된 문장입니다. /clone을 다시 실행해 새 문장을 받으세요.

consent-heard-extra = 문장은 들렸지만, 앞이나 뒤 또는 중간에 다른 말소리도 들렸습니다. 녹음에는 본인 목소리로 읽은 문장만 있어야 하며, 다른 소리나 다른 사람의 목소리가 없어야 합니다.
consent-heard-extra-seconds = 문장은 들렸지만, 앞이나 뒤 또는 중간에 약 { $seconds }초 분량의 다른 말소리도 들렸습니다. 녹음에는 본인 목소리로 읽은 문장만 있어야 하며, 다른 소리나 다른 사람의 목소리가 없어야 합니다.
consent-heard-mismatch = “{ $heard }”(이)라고 들렸는데, 문장과 일치하지 않습니다.
consent-heard-nothing-recognized = (알아들을 수 있는 말 없음)

consent-inworld-heard-extra = Inworld에는 “{ $heard }”(으)로 들렸습니다. 문장은 맞지만 다른 말소리도 있어서 음성을 즉시 삭제했습니다. 녹음에는 문장만 있어야 합니다.
consent-inworld-heard-mismatch = Inworld에는 “{ $heard }”(으)로 들렸습니다. 받은 문장이 아니므로 음성을 즉시 삭제했습니다.
consent-heard-nothing = (아무것도 들리지 않음)

consent-try-again = 다시 시도하려면 이 새 문장을 소리 내어 읽어 주세요: “{ $sentence }” 그리고 <t:{ $expires }:t>까지 녹음을 보내 주세요.
consent-no-tries-left = 지금은 남은 시도 횟수가 없습니다. { $wait } 후에 다시 시도해 주세요.
consent-then = { $first } { $then }
