# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# /clone-settings and the policy rules (bot/policy.py, cogs/clone_settings.py).

settings-duration-hours-minutes = { $hours } घं. { $minutes } मि.
settings-duration-hours = { $hours } घं.
settings-duration-minutes-seconds = { $minutes } मि. { $seconds } से.
settings-duration-minutes = { $minutes } मि.
settings-duration-seconds = { $seconds } से.
settings-when-in = { $duration } में
settings-when-at = { $time } UTC पर
settings-when-tomorrow-at = कल { $time } UTC पर

settings-consent-default = मैं पुष्टि करता/करती हूँ कि इन रिकॉर्डिंग में आवाज़ मेरी अपनी है, या उसके मालिक ने मुझे उसे क्लोन करने की स्पष्ट अनुमति दी है, और मैं क्लोन की गई आवाज़ का इस्तेमाल किसी को धोखा देने, किसी का रूप धरने या किसी को नुकसान पहुँचाने के लिए नहीं करूँगा/करूँगी।

settings-refusal-blocked = आप इस सर्वर में आवाज़ें क्लोन नहीं कर सकते।
settings-refusal-channel = इस चैनल में आवाज़ क्लोन करने की अनुमति नहीं है। कृपया { $channels } का इस्तेमाल करें।
settings-refusal-role = आवाज़ें क्लोन करने के लिए आपको इनमें से एक रोल चाहिए: { $roles }।
settings-refusal-open-request = आपका एक क्लोन अनुरोध पहले से चल रहा है (#{ $request })। कृपया उसके पूरा होने तक प्रतीक्षा करें।
settings-refusal-cooldown = आप कूलडाउन पर हैं: अगले अनुरोध से पहले कृपया { $wait } प्रतीक्षा करें।
settings-refusal-member-quota = आप 24 घंटे में { $count } क्लोन अनुरोधों की अपनी सीमा तक पहुँच गए हैं। कृपया कल फिर कोशिश करें।
settings-refusal-guild-quota = यह सर्वर 24 घंटे में { $count } क्लोन अनुरोधों की अपनी सीमा तक पहुँच गया है। कृपया कल फिर कोशिश करें।

settings-limit-once = आपने { $window ->
        [hour] अभी-अभी
       *[other] हाल ही में
    } { $done }{ $note }; { $when } फिर कोशिश करें।
settings-limit-used = { $per ->
        [member] आपने
       *[server] इस सर्वर ने
    } { $period } के अपने { $count } { $noun } इस्तेमाल कर लिए हैं{ $note }; अगला { $when } उपलब्ध होगा।
settings-limit-note = { " " }({ $note })
settings-period-hour = इस घंटे
settings-period-day = आज
settings-period-last = पिछले { $duration }
settings-opened-noun = { $count ->
        [one] क्लोन अनुरोध
       *[other] क्लोन अनुरोध
    }
settings-opened-done = एक क्लोन अनुरोध खोला
settings-opened-note = हर खोला गया अनुरोध गिना जाता है, पुष्टि हुई हो या नहीं

settings-needs-manage-server = केवल **सर्वर प्रबंधित करें** अनुमति वाले सदस्य ये सेटिंग बदल सकते हैं; कुछ भी नहीं बदला गया।
settings-needs-moderator = ये सेटिंग केवल इस सर्वर के मॉडरेटर देख सकते हैं।
settings-choose-item = कृपया चुनें कि क्या जोड़ना या हटाना है।
settings-choose-review-channel = अनुमोदन चालू करते समय कृपया एक समीक्षा चैनल चुनें।
settings-one-list-edit = कृपया एक बार में सूची की एक ही प्रविष्टि बदलें (जोड़ें, हटाएँ या खाली करें); कुछ भी नहीं बदला गया।
settings-chars-set-or-reset = कृपया प्रति दिन के अक्षर या तो सेट करें या रीसेट करें; कुछ भी नहीं बदला गया।
settings-nothing-to-change = बदलने के लिए कुछ नहीं; मौजूदा सेटिंग:
settings-updated = ✅ सेटिंग अपडेट हो गईं।

settings-on = चालू
settings-off = बंद
settings-yes = हाँ
settings-no = नहीं
settings-none = कोई नहीं
settings-unlimited = असीमित
settings-not-set = सेट नहीं
settings-any = कोई भी
settings-any-channel = कोई भी चैनल
settings-everyone = सभी
settings-every-member = हर सदस्य
settings-nobody = कोई नहीं
settings-manage-server-only = केवल सर्वर प्रबंधित करें
settings-requests-per-day = { $count } अनुरोध / 24 घं.
settings-chars-per-day = { $count } अक्षर / 24 घं.
settings-bot-default = { $value } (बॉट का डिफ़ॉल्ट)
settings-language-auto = अन्य / अपने-आप पहचानें

settings-speech-title = बोलने की सेटिंग
settings-read-aloud-unavailable = इस बॉट पर उपलब्ध नहीं (READ_ALOUD_ENABLED बंद है)
settings-read-aloud-allowed = अनुमति है
settings-read-aloud-not-allowed = अनुमति नहीं
settings-speak-with-all = अपनी और सर्वर की आवाज़ें
settings-speak-with-own = अपनी आवाज़
settings-speech-lines =
    बोलना: { $speaking }
    कौन: { $roles } (मॉडरेटर हमेशा)
    वॉइस चैनल: { $voice_channels }
    टेक्स्ट चैनल: { $text_channels }
    सदस्य इनसे बोलते हैं: { $voices }
    पढ़कर सुनाना: { $read_aloud }
    प्रति सदस्य: { $member }
    प्रति सर्वर: { $server }

settings-title = आवाज़ क्लोन सेटिंग
settings-who-title = कौन और कहाँ
settings-who-lines =
    रोल: { $roles }
    चैनल: { $channels }
    ब्लॉक किए गए: { $blocked }
    मॉडरेटर रोल: { $moderators }
settings-limits-title = सीमाएँ
settings-limits-lines =
    प्रति सदस्य कूलडाउन: { $cooldown }
    प्रति सदस्य: { $member }
    प्रति सर्वर: { $server }
    रखी जाने वाली सैंपल लंबाई: { $sample } से. तक
settings-defaults-title = डिफ़ॉल्ट
settings-defaults-lines =
    भाषा: { $language }
    शोर हटाना: { $noise }
    जवाब: { $replies }
    सर्वर की भाषा: { $server_language }
settings-replies-private = केवल सदस्य को दिखते हैं
settings-replies-public = सार्वजनिक
settings-server-language-chosen = { $language }
settings-server-language-discord = Discord की सर्वर भाषा ({ $language })
settings-review-title = समीक्षा और ऑडिट
settings-review-lines =
    अनुमोदन ज़रूरी: { $approval }
    समीक्षा चैनल: { $review }
    ऑडिट चैनल: { $audit }
settings-previews-title = बोलकर सुनाई जाने वाली झलक
settings-previews-lines =
    क्लोन नतीजों में: { $enabled }
    कौन आवाज़ की झलक सुन सकता है: { $who }
    वाक्य: { $sentence }
settings-previews-anyone = कोई भी सदस्य
settings-previews-owner = उसका मालिक (सर्वर की आवाज़ें: कोई भी)
settings-previews-default-sentence = आवाज़ की भाषा का डिफ़ॉल्ट वाक्य
settings-verification-title = बोलकर सहमति
settings-verification-off = बंद: केवल सहमति बटन
settings-verification-on = चालू: सदस्य एक नया वाक्य ज़ोर से पढ़ते हैं (वॉइस मैसेज या फ़ाइल)
settings-verification-strict = सख़्त: सदस्य Discord वॉइस मैसेज में एक नया वाक्य पढ़ते हैं
settings-speaking-title = क्लोन की गई आवाज़ों से बोलना
settings-consent-title = सहमति का कथन
