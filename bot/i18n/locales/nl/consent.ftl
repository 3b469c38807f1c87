# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# Spoken consent: why a recording of the sentence was refused, and what to do next.
consent-not-yours = Die zin is aan iemand anders gegeven. Gebruik /clone om je eigen zin te krijgen.
consent-extra-samples = Bij gesproken toestemming is de opname van je zin de enige opname van de stem, dus andere opnames (zoals `sample2` of `sample3`) kunnen niet worden gebruikt. Stuur alleen de opname van je zin: je zin blijft geldig tot <t:{ $expires }:t>.
consent-tries-used = Je laatste { $count } opnames kwamen niet overeen met hun zinnen. Probeer het over { $wait } opnieuw.
consent-not-voice-message = Deze server accepteert voor de zin alleen een spraakbericht dat in Discord is opgenomen.
consent-replayed = Die opname is al gebruikt. Neem de zin nu op, met je eigen stem.
consent-expired = Je zin is verlopen voordat de opname binnenkwam.
consent-used = Die zin is al gebruikt. Gebruik /clone opnieuw voor een nieuwe.

consent-heard-extra = Ik hoorde je zin, maar ook andere spraak ervoor, erna of middenin. De opname mag alleen je zin bevatten, met je eigen stem, zonder andere geluiden of andere sprekers.
consent-heard-extra-seconds = Ik hoorde je zin, maar ook ongeveer { $seconds } s andere spraak ervoor, erna of middenin. De opname mag alleen je zin bevatten, met je eigen stem, zonder andere geluiden of andere sprekers.
consent-heard-mismatch = Ik hoorde ‘{ $heard }’, en dat komt niet overeen met je zin.
consent-heard-nothing-recognized = (niets dat ik kon herkennen)

consent-inworld-heard-extra = Inworld hoorde ‘{ $heard }’: je zin, maar ook andere spraak, dus de stem is meteen verwijderd. De opname mag alleen je zin bevatten.
consent-inworld-heard-mismatch = Inworld hoorde ‘{ $heard }’, en dat is niet de zin die je kreeg, dus de stem is meteen verwijderd.
consent-heard-nothing = (niets)

consent-try-again = Lees deze nieuwe zin hardop voor om het opnieuw te proberen: ‘{ $sentence }’ en stuur de opname vóór <t:{ $expires }:t>.
consent-no-tries-left = Je hebt voorlopig geen pogingen meer: probeer het over { $wait } opnieuw.
consent-then = { $first } { $then }
