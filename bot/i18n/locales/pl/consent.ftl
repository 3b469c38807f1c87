# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# Spoken consent: why a recording of the sentence was refused, and what to do next.
consent-not-yours = To zdanie zostało dane komuś innemu. Użyj /clone, aby dostać własne.
consent-extra-samples = Przy zgodzie wypowiedzianej na głos nagranie twojego zdania jest jedyną próbką głosu, więc innych nagrań (takich jak `sample2` czy `sample3`) nie można użyć. Wyślij samo nagranie swojego zdania: twoje zdanie jest ważne do <t:{ $expires }:t>.
consent-tries-used = { $count ->
        [one] Twoje ostatnie nagranie nie pasowało do zdania.
        [few] Twoje ostatnie { $count } nagrania nie pasowały do swoich zdań.
       *[other] Twoich ostatnich { $count } nagrań nie pasowało do swoich zdań.
    } Spróbuj ponownie za { $wait }.
consent-not-voice-message = Ten serwer przyjmuje jako nagranie zdania tylko wiadomość głosową nagraną w Discordzie.
consent-replayed = To nagranie zostało już użyte. Nagraj zdanie teraz, własnym głosem.
consent-expired = Twoje zdanie wygasło, zanim dotarło jego nagranie.
consent-used = To zdanie zostało już użyte. Użyj /clone ponownie, aby dostać nowe.

consent-heard-extra = Usłyszałem twoje zdanie, ale też inną mowę przed nim, po nim lub w jego trakcie. Nagranie musi zawierać tylko twoje zdanie, twoim własnym głosem, bez żadnych innych dźwięków i bez innych mówiących osób.
consent-heard-extra-seconds = Usłyszałem twoje zdanie, ale też około { $seconds } s innej mowy przed nim, po nim lub w jego trakcie. Nagranie musi zawierać tylko twoje zdanie, twoim własnym głosem, bez żadnych innych dźwięków i bez innych mówiących osób.
consent-heard-mismatch = Usłyszałem „{ $heard }”, a to nie pasuje do twojego zdania.
consent-heard-nothing-recognized = (nic, co udało mi się rozpoznać)

consent-inworld-heard-extra = Inworld usłyszał „{ $heard }”: twoje zdanie, ale też inną mowę, więc głos został od razu usunięty. Nagranie musi zawierać tylko twoje zdanie.
consent-inworld-heard-mismatch = Inworld usłyszał „{ $heard }”, a to nie jest zdanie, które dostałeś, więc głos został od razu usunięty.
consent-heard-nothing = (nic)

consent-try-again = Aby spróbować ponownie, przeczytaj na głos to nowe zdanie: „{ $sentence }” i wyślij jego nagranie do <t:{ $expires }:t>.
consent-no-tries-left = Na razie nie masz już prób: spróbuj ponownie za { $wait }.
consent-then = { $first } { $then }
