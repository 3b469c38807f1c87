# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# Spoken consent: why a recording of the sentence was refused, and what to do next.
consent-not-yours = Essa frase foi dada a outra pessoa. Use /clone para receber a sua.
consent-extra-samples = Com o consentimento falado, a gravação da sua frase é a única amostra da voz, então outras gravações (como `sample2` ou `sample3`) não podem ser usadas. Envie só a gravação da sua frase: ela continua válida até <t:{ $expires }:t>.
consent-tries-used = Suas últimas { $count } gravações não correspondiam às frases. Tente novamente em { $wait }.
consent-not-voice-message = Este servidor só aceita, para a frase, uma mensagem de voz gravada no Discord.
consent-replayed = Essa gravação já foi usada. Grave a frase agora, com a sua própria voz.
consent-expired = Sua frase expirou antes de a gravação chegar.
consent-used = Essa frase já foi usada. Use /clone de novo para receber uma nova.

consent-heard-extra = Ouvi sua frase, mas também outras falas antes, depois ou no meio dela. A gravação deve ter só a sua frase, com a sua própria voz, sem nenhum outro som nem outra pessoa falando.
consent-heard-extra-seconds = Ouvi sua frase, mas também cerca de { $seconds } s de outras falas antes, depois ou no meio dela. A gravação deve ter só a sua frase, com a sua própria voz, sem nenhum outro som nem outra pessoa falando.
consent-heard-mismatch = Ouvi “{ $heard }”, que não corresponde à sua frase.
consent-heard-nothing-recognized = (nada que eu conseguisse reconhecer)

consent-inworld-heard-extra = A Inworld ouviu “{ $heard }”: sua frase, mas também outras falas, então a voz foi excluída na hora. A gravação deve ter só a sua frase.
consent-inworld-heard-mismatch = A Inworld ouviu “{ $heard }”, que não é a frase que você recebeu, então a voz foi excluída na hora.
consent-heard-nothing = (nada)

consent-try-again = Para tentar de novo, leia esta nova frase em voz alta: “{ $sentence }” e envie a gravação até <t:{ $expires }:t>.
consent-no-tries-left = Você não tem mais tentativas por enquanto: tente novamente em { $wait }.
consent-then = { $first } { $then }
