# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# Spoken consent: why a recording of the sentence was refused, and what to do next.
consent-not-yours = Dieser Satz wurde jemand anderem gegeben. Führe /clone aus, um deinen eigenen zu bekommen.
consent-extra-samples = Bei gesprochener Zustimmung ist die Aufnahme deines Satzes die einzige Probe der Stimme, daher können andere Aufnahmen (wie `sample2` oder `sample3`) nicht verwendet werden. Bitte sende die Aufnahme deines Satzes allein: Dein Satz gilt noch bis <t:{ $expires }:t>.
consent-tries-used = Deine letzten { $count } Aufnahmen passten nicht zu ihren Sätzen. Bitte versuch es in { $wait } noch einmal.
consent-not-voice-message = Dieser Server akzeptiert für den Satz nur eine in Discord aufgenommene Sprachnachricht.
consent-replayed = Diese Aufnahme wurde bereits verwendet. Bitte nimm den Satz jetzt mit deiner eigenen Stimme auf.
consent-expired = Dein Satz ist abgelaufen, bevor seine Aufnahme ankam.
consent-used = Dieser Satz wurde bereits verwendet. Führe /clone erneut aus, um einen neuen zu bekommen.

consent-heard-extra = Ich habe deinen Satz gehört, aber auch andere Sprache davor, danach oder mittendrin. Die Aufnahme darf nur deinen Satz enthalten, mit deiner eigenen Stimme, ohne andere Geräusche oder Sprecher.
consent-heard-extra-seconds = Ich habe deinen Satz gehört, aber auch etwa { $seconds } s andere Sprache davor, danach oder mittendrin. Die Aufnahme darf nur deinen Satz enthalten, mit deiner eigenen Stimme, ohne andere Geräusche oder Sprecher.
consent-heard-mismatch = Ich habe „{ $heard }“ gehört, und das passt nicht zu deinem Satz.
consent-heard-nothing-recognized = (nichts, was ich erkennen konnte)

consent-inworld-heard-extra = Inworld hat „{ $heard }“ gehört: deinen Satz, aber auch andere Sprache, daher wurde die Stimme sofort gelöscht. Die Aufnahme darf nur deinen Satz enthalten.
consent-inworld-heard-mismatch = Inworld hat „{ $heard }“ gehört. Das ist nicht der Satz, den du bekommen hast, daher wurde die Stimme sofort gelöscht.
consent-heard-nothing = (nichts)

consent-try-again = Um es noch einmal zu versuchen, lies diesen neuen Satz laut vor: „{ $sentence }“ und sende die Aufnahme bis <t:{ $expires }:t>.
consent-no-tries-left = Du hast vorerst keine Versuche mehr: Versuch es in { $wait } noch einmal.
consent-then = { $first } { $then }
