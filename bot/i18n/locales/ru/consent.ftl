# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# Spoken consent: why a recording of the sentence was refused, and what to do next.
consent-not-yours = Эта фраза выдана другому участнику. Запустите /clone, чтобы получить свою.
consent-extra-samples = При устном согласии запись вашей фразы — единственный образец голоса, поэтому другие записи (например, `sample2` или `sample3`) использовать нельзя. Отправьте только запись своей фразы: она действует до <t:{ $expires }:t>.
consent-tries-used = Ваши последние записи не совпали со своими фразами (попыток: { $count }). Попробуйте снова через { $wait }.
consent-not-voice-message = Этот сервер принимает для фразы только голосовое сообщение, записанное в Discord.
consent-replayed = Эта запись уже использовалась. Запишите фразу сейчас, своим голосом.
consent-expired = Срок действия вашей фразы истёк до того, как пришла её запись.
consent-used = Эта фраза уже использована. Снова запустите /clone, чтобы получить новую.

consent-heard-extra = Я услышал вашу фразу, но также и другую речь до, после или посередине неё. В записи должна быть только ваша фраза, вашим голосом, без других звуков и других говорящих.
consent-heard-extra-seconds = Я услышал вашу фразу, но также около { $seconds } с другой речи до, после или посередине неё. В записи должна быть только ваша фраза, вашим голосом, без других звуков и других говорящих.
consent-heard-mismatch = Я услышал «{ $heard }», и это не совпадает с вашей фразой.
consent-heard-nothing-recognized = (ничего, что я смог бы распознать)

consent-inworld-heard-extra = Inworld услышал «{ $heard }»: вашу фразу, но и другую речь тоже, поэтому голос сразу удалён. В записи должна быть только ваша фраза.
consent-inworld-heard-mismatch = Inworld услышал «{ $heard }» — это не та фраза, которую вам выдали, поэтому голос сразу удалён.
consent-heard-nothing = (ничего)

consent-try-again = Чтобы попробовать снова, прочитайте вслух новую фразу: «{ $sentence }» и отправьте её запись до <t:{ $expires }:t>.
consent-no-tries-left = Попыток пока не осталось: попробуйте снова через { $wait }.
consent-then = { $first } { $then }
