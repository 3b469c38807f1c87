# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# Spoken consent: why a recording of the sentence was refused, and what to do next.
consent-not-yours = Cette phrase a été donnée à quelqu'un d'autre. Lance /clone pour obtenir la tienne.
consent-extra-samples = Avec le consentement oral, l'enregistrement de ta phrase est le seul échantillon de la voix : les autres enregistrements (comme `sample2` ou `sample3`) ne peuvent pas être utilisés. Envoie l'enregistrement de ta phrase seul : ta phrase reste valable jusqu'à <t:{ $expires }:t>.
consent-tries-used = Tes { $count } derniers enregistrements ne correspondaient pas à leur phrase. Réessaie dans { $wait }.
consent-not-voice-message = Ce serveur n'accepte pour la phrase qu'un message vocal enregistré dans Discord.
consent-replayed = Cet enregistrement a déjà été utilisé. Enregistre la phrase maintenant, avec ta propre voix.
consent-expired = Ta phrase a expiré avant l'arrivée de son enregistrement.
consent-used = Cette phrase a déjà été utilisée. Relance /clone pour en obtenir une nouvelle.

consent-heard-extra = J'ai entendu ta phrase, mais aussi d'autres paroles avant, après ou au milieu. L'enregistrement doit contenir uniquement ta phrase, avec ta propre voix, sans aucun autre son ni personne d'autre qui parle.
consent-heard-extra-seconds = J'ai entendu ta phrase, mais aussi environ { $seconds } s d'autres paroles avant, après ou au milieu. L'enregistrement doit contenir uniquement ta phrase, avec ta propre voix, sans aucun autre son ni personne d'autre qui parle.
consent-heard-mismatch = J'ai entendu « { $heard } », ce qui ne correspond pas à ta phrase.
consent-heard-nothing-recognized = (rien que j'aie pu reconnaître)

consent-inworld-heard-extra = Inworld a entendu « { $heard } » : ta phrase, mais aussi d'autres paroles, donc la voix a été supprimée aussitôt. L'enregistrement doit contenir ta phrase seule.
consent-inworld-heard-mismatch = Inworld a entendu « { $heard } », qui n'est pas la phrase qui t'a été donnée, donc la voix a été supprimée aussitôt.
consent-heard-nothing = (rien)

consent-try-again = Pour réessayer, lis cette nouvelle phrase à voix haute : « { $sentence } » et envoie son enregistrement avant <t:{ $expires }:t>.
consent-no-tries-left = Tu n'as plus d'essai pour le moment : réessaie dans { $wait }.
consent-then = { $first } { $then }
