# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# Spoken consent: why a recording of the sentence was refused, and what to do next.
consent-not-yours = Esa frase se le dio a otra persona. Usa /clone para obtener la tuya.
consent-extra-samples = Con el consentimiento hablado, la grabación de tu frase es la única muestra de la voz, así que no se pueden usar otras grabaciones (como `sample2` o `sample3`). Envía solo la grabación de tu frase: tu frase sigue siendo válida hasta las <t:{ $expires }:t>.
consent-tries-used = Tus últimas { $count } grabaciones no coincidían con sus frases. Vuelve a intentarlo dentro de { $wait }.
consent-not-voice-message = Este servidor solo acepta para la frase un mensaje de voz grabado en Discord.
consent-replayed = Esa grabación ya se usó. Graba la frase ahora, con tu propia voz.
consent-expired = Tu frase venció antes de que llegara su grabación.
consent-used = Esa frase ya se usó. Vuelve a usar /clone para obtener una nueva.

consent-heard-extra = Escuché tu frase, pero también otras voces antes, después o en medio. La grabación debe contener solo tu frase, con tu propia voz, sin ningún otro sonido ni nadie más hablando.
consent-heard-extra-seconds = Escuché tu frase, pero también unos { $seconds } s de otras voces antes, después o en medio. La grabación debe contener solo tu frase, con tu propia voz, sin ningún otro sonido ni nadie más hablando.
consent-heard-mismatch = Escuché “{ $heard }”, que no coincide con tu frase.
consent-heard-nothing-recognized = (nada que haya podido reconocer)

consent-inworld-heard-extra = Inworld escuchó “{ $heard }”: tu frase, pero también otras voces, así que la voz se eliminó al instante. La grabación debe contener solo tu frase.
consent-inworld-heard-mismatch = Inworld escuchó “{ $heard }”, que no es la frase que se te dio, así que la voz se eliminó al instante.
consent-heard-nothing = (nada)

consent-try-again = Para volver a intentarlo, lee en voz alta esta nueva frase: “{ $sentence }” y envía su grabación antes de las <t:{ $expires }:t>.
consent-no-tries-left = Por ahora no te quedan intentos: vuelve a intentarlo dentro de { $wait }.
consent-then = { $first } { $then }
