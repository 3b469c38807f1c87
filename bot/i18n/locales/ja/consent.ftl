# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# Spoken consent: why a recording of the sentence was refused, and what to do next.
consent-not-yours = その文は別の人に割り当てられたものです。/clone を実行して、自分用の文を受け取ってください。
consent-extra-samples = 音声による同意では、文の録音がその音声の唯一のサンプルになるため、他の録音（`sample2` や `sample3` など）は使用できません。文の録音だけを送ってください。あなたの文は<t:{ $expires }:t>まで有効です。
consent-tries-used = 直近{ $count }回の録音が文と一致しませんでした。{ $wait }後にもう一度お試しください。
consent-not-voice-message = このサーバーでは、文の録音としてDiscordで録音したボイスメッセージのみを受け付けています。
consent-replayed = その録音はすでに使用されています。今すぐ、あなた自身の声で文を録音してください。
consent-expired = 録音が届く前に、あなたの文の有効期限が切れました。
consent-used = その文はすでに使用されています。もう一度 /clone を実行して、新しい文を受け取ってください。

consent-heard-extra = あなたの文は聞き取れましたが、その前後や途中に別の話し声も入っていました。録音はあなた自身の声による文だけにして、他の音や他の人の声が入らないようにしてください。
consent-heard-extra-seconds = あなたの文は聞き取れましたが、その前後や途中に約{ $seconds }秒の別の話し声も入っていました。録音はあなた自身の声による文だけにして、他の音や他の人の声が入らないようにしてください。
consent-heard-mismatch = 「{ $heard }」と聞こえましたが、あなたの文と一致しません。
consent-heard-nothing-recognized = （聞き取れた言葉はありません）

consent-inworld-heard-extra = Inworldには「{ $heard }」と聞こえました。あなたの文ですが、別の話し声も入っていたため、音声はすぐに削除されました。録音はあなたの文だけにしてください。
consent-inworld-heard-mismatch = Inworldには「{ $heard }」と聞こえました。これは指定された文ではないため、音声はすぐに削除されました。
consent-heard-nothing = （何も聞こえませんでした）

consent-try-again = もう一度試すには、この新しい文を読み上げてください:「{ $sentence }」。その録音を<t:{ $expires }:t>までに送ってください。
consent-no-tries-left = 現在、残りの試行回数はありません。{ $wait }後にもう一度お試しください。
consent-then = { $first }{ $then }
