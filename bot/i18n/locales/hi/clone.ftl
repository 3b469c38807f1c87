# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).

clone-stage-downloading = 📥 डाउनलोड हो रहा है
clone-stage-processing = 🎛️ ऑडियो प्रोसेस हो रहा है
clone-stage-waiting = ⏳ खाली जगह का इंतज़ार
clone-stage-cloning = 🧬 Inworld से आवाज़ क्लोन हो रही है
clone-progress = { $stage }…
clone-progress-detail = { $stage } ({ $detail })…
clone-detail-files =
    { $count ->
        [one] { $count } फ़ाइल
       *[other] { $count } फ़ाइलें
    }
clone-detail-queue = कतार में { $position }वाँ स्थान
clone-detail-checking-sentence = आपका बोला गया वाक्य जाँचा जा रहा है
clone-detail-busy = Inworld व्यस्त है; { $seconds } सेकंड में फिर कोशिश होगी
clone-tags-too-many = कृपया अधिकतम { $max } टैग दें।
clone-name-missing = कृपया आवाज़ को एक नाम दें।
clone-name-too-long = आवाज़ का नाम अधिकतम { $max } अक्षरों का हो सकता है।
clone-sample-refused = सैंपल { $index } (`{ $file }`): { $reason }
clone-default-voice-name = { $member } की आवाज़
clone-default-voice-name-unnamed = मेरी आवाज़
clone-consent-confirm = मैं पुष्टि करता/करती हूँ
clone-consent-cancel = रद्द करें
clone-menu-not-yours = आप सिर्फ़ अपने मैसेज की आवाज़ क्लोन कर सकते हैं। जिस रिकॉर्डिंग को इस्तेमाल करने की अनुमति आपके पास है, उसे क्लोन करने के लिए /clone से अपलोड करें।
clone-menu-no-audio = उस मैसेज में कोई वॉइस मैसेज या ऑडियो अटैचमेंट नहीं है।
clone-modal-title = यह आवाज़ क्लोन करें
clone-modal-name = नई आवाज़ का नाम
clone-cancelled = रद्द किया गया: Inworld को कुछ नहीं भेजा गया।
clone-sent-for-review = 📨 धन्यवाद! आपका अनुरोध मंज़ूरी के लिए मॉडरेटरों को भेज दिया गया है। नतीजा आपको इसी चैनल में बताया जाएगा।
clone-failure-bug = बॉट की ओर से कुछ गड़बड़ हो गई। (संदर्भ `{ $ref }`)
clone-final-failed-interaction = ❌ Inworld ने आवाज़ नहीं बनाई; विवरण नीचे देखें।
clone-final-failed-channel = ❌ Inworld ने आवाज़ नहीं बनाई; विवरण इस चैनल में पोस्ट किया गया है।
clone-final-failed-dm = ❌ Inworld ने आवाज़ नहीं बनाई; मैंने विवरण आपको DM में भेज दिया है।
clone-final-failed-elsewhere = ❌ Inworld ने आवाज़ नहीं बनाई।
clone-final-created-interaction = ✅ आवाज़ **{ $name }** बन गई।
clone-final-created-channel = ✅ आवाज़ **{ $name }** बन गई: नतीजा इस चैनल में पोस्ट किया गया है।
clone-final-created-dm = ✅ आवाज़ **{ $name }** बन गई: मैंने नतीजा आपको DM में भेज दिया है।
clone-final-created-elsewhere = ✅ आवाज़ **{ $name }** बन गई: उसकी ID देखने के लिए `/voices` चलाएँ।
clone-refusal-title = ❌ वह रिकॉर्डिंग स्वीकार नहीं हुई
clone-refusal-new-sentence = कृपया नीचे दिया गया **नया** वाक्य पढ़ें और उसकी रिकॉर्डिंग भेजें।
clone-refusal-retry-in = अभी आपकी कोई कोशिश बाकी नहीं है: { $duration } बाद फिर कोशिश करें।
clone-sentence-expired = ⌛ आपका पिछला वाक्य उसकी रिकॉर्डिंग आने से पहले ही समाप्त हो गया।
clone-sentence-not-used = अभी दी गई रिकॉर्डिंग इस्तेमाल नहीं हुई: पहले इस वाक्य की रिकॉर्डिंग आनी चाहिए।
clone-sentence-rename-later = आप बाद में `/voices rename` से आवाज़ का नाम बदल सकते हैं।
clone-sentence-voice-message-only = यह सर्वर आपके वाक्य के लिए सिर्फ़ Discord में रिकॉर्ड किया गया **वॉइस मैसेज** स्वीकार करता है, अपलोड की गई फ़ाइल नहीं। इस चैनल में माइक्रोफ़ोन बटन दबाए रखें, वाक्य पढ़ें, भेजें, फिर मैसेज के मेन्यू → **Apps** → **Clone this voice** का इस्तेमाल करें। आपका वाक्य { $time } तक मान्य है।
clone-challenge-title = 🎙️ यह वाक्य ज़ोर से पढ़ें
clone-challenge-how-voice = इसे इस चैनल में **वॉइस मैसेज** के रूप में रिकॉर्ड करें (माइक्रोफ़ोन बटन दबाए रखें), फिर मैसेज का मेन्यू खोलें (राइट-क्लिक या देर तक दबाएँ) → **Apps** → **Clone this voice**।
clone-challenge-how-file = या किसी भी ऐप से रिकॉर्ड करें और रिकॉर्डिंग को अकेले `sample` के रूप में देकर `/clone` फिर से चलाएँ (`sample2` या `sample3` के बिना)।
clone-challenge-description =
    यह सर्वर आपसे यह साबित करने को कहता है कि आवाज़ आपकी है। इसे अपनी आवाज़ में पढ़ें:

    > **{ $sentence }**

    { $how }

    यह वाक्य एक ही बार काम करता है और { $expires } समाप्त हो जाएगा।
clone-challenge-english-fallback = आपकी चुनी हुई भाषा के लिए अभी कोई शब्द-सूची नहीं है, इसलिए वाक्य अंग्रेज़ी में है।
clone-spoken-unavailable = बोलकर दी गई सहमति की जाँच उपलब्ध नहीं है।
clone-verify-verified = ✅ { $recognizer } द्वारा सत्यापित
clone-verify-recognizer = वाक् पहचान
clone-verify-pending = ⏳ आवाज़ बनने के बाद Inworld के ट्रांसक्रिप्शन से जाँचा जाएगा (मेल न खाने पर हटा दी जाएगी)
clone-verify-sentence = वाक्य: “{ $sentence }”
clone-verify-score = स्कोर: { NUMBER($score, minimumFractionDigits: 2, maximumFractionDigits: 2) }
clone-verify-recording-voice-message = रिकॉर्डिंग: एक Discord वॉइस मैसेज, SHA-256 `{ $sha }…`
clone-verify-recording-file = रिकॉर्डिंग: एक अपलोड की गई फ़ाइल, SHA-256 `{ $sha }…`
clone-field-language = भाषा
clone-language-auto = अन्य / अपने-आप पहचानें
clone-field-samples = सैंपल
clone-field-sample = सैंपल { $index }
clone-field-notes = नोट्स
clone-field-note = नोट
clone-field-audio = ऑडियो
clone-field-next-step = अगला कदम
clone-field-spoken-consent = बोलकर दी गई सहमति
clone-field-voice-name = आवाज़ का नाम
clone-field-try = कोशिश
clone-field-noise-removal = शोर हटाना
clone-field-tags = टैग
clone-field-description = विवरण
clone-field-consent = सहमति ({ $when })
clone-sample-kept = { NUMBER($seconds, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } सेकंड रखे गए
clone-sample-from = { NUMBER($seconds, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } सेकंड में से
clone-sample-peak = पीक { NUMBER($dbfs, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } dBFS
clone-sample-clipped = ⚠️ { NUMBER($percent, minimumFractionDigits: 1, maximumFractionDigits: 1) }% क्लिप्ड
clone-quality =
    गुणवत्ता **{ $verdict }**: { NUMBER($seconds, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } सेकंड में { NUMBER($speech, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } सेकंड बोली, { $loudness }, SNR { NUMBER($snr, maximumFractionDigits: 0, useGrouping: 0) } dB, शोर { NUMBER($noise, maximumFractionDigits: 0, useGrouping: 0) } dBFS, { NUMBER($clipped, minimumFractionDigits: 2, maximumFractionDigits: 2) }% क्लिप्ड
clone-quality-lufs = { NUMBER($lufs, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } LUFS
clone-quality-no-lufs = - LUFS
clone-verdict-good = अच्छी
clone-verdict-usable = चलने लायक
clone-verdict-poor = कमज़ोर
clone-tip-closer = माइक्रोफ़ोन के पास आएँ (लगभग एक हथेली की दूरी) या ज़ोर से बोलें।
clone-tip-longer = एक ही भाषा में 10-15 सेकंड की विविध, भावपूर्ण बोली रिकॉर्ड करें।
clone-tip-quiet-room = संगीत और टीवी बंद करें, और किसी शांत कमरे में रिकॉर्ड करें।
clone-tip-clipping = माइक्रोफ़ोन का गेन कम करें या थोड़ा पीछे हटें: सबसे तेज़ हिस्से क्लिप हो रहे हैं।
clone-result-failed-title = आवाज़ नहीं बनी
clone-result-failed-description = Inworld ने सैंपल जाँचे, लेकिन आवाज़ नहीं बनाई। नीचे दी गई त्रुटियाँ देखें, फिर साफ़ रिकॉर्डिंग के साथ दोबारा कोशिश करें।
clone-result-title = आवाज़ क्लोन हुई: { $name }
clone-result-voice-id = **आवाज़ की ID**
clone-no-warnings = ✅ कोई चेतावनी नहीं
clone-heard = सुना गया: “{ $text }”
clone-note-transcription-dropped = आपका ट्रांसक्रिप्शन नहीं भेजा गया: रिकॉर्डिंग को सबसे अच्छे 15 सेकंड तक काटा गया, इसलिए वह अब मेल नहीं खाता।
clone-note-length = सुझाव: 10-15 सेकंड की साफ़ बोली से सबसे अच्छा क्लोन बनता है।
clone-result-footer = अटैच किया गया ऑडियो ठीक वही है जो Inworld को भेजा गया।
clone-audio-too-large =
    { $count ->
        [one] { $count } प्रोसेस किया गया सैंपल यहाँ अपलोड करने के लिए बहुत बड़ा था।
       *[other] { $count } प्रोसेस किए गए सैंपल यहाँ अपलोड करने के लिए बहुत बड़े थे।
    }
clone-consent-title = अपनी आवाज़ के क्लोन की पुष्टि करें: { $name }
clone-consent-description =
    आपकी रिकॉर्डिंग तैयार है। अभी तक Inworld को कुछ नहीं भेजा गया है।

    {"**"}मैं पुष्टि करता/करती हूँ** दबाकर आप घोषित करते हैं:
    > { $statement }
clone-next-review = एक मॉडरेटर इसकी समीक्षा करेगा
clone-next-clone = आवाज़ क्लोन की जाएगी
clone-review-title = क्लोन अनुरोध #{ $id }: { $name }
clone-review-requested = <@{ $user }> ने <#{ $channel }> में अनुरोध किया।
clone-on = चालू
clone-off = बंद
clone-not-yet = अभी नहीं
clone-review-footer = अटैच किया गया ऑडियो ठीक वही है जो Inworld को भेजा जाएगा।
clone-audit-title = { $action }: अनुरोध #{ $id } ({ $name })
clone-audit-member = सदस्य
clone-audit-status = स्थिति
clone-audit-by = द्वारा
clone-audit-requested = अनुरोध किया गया
clone-audit-consented = सहमति दी गई
clone-audit-approved = मंज़ूर
clone-audit-rejected = अस्वीकृत
clone-audit-expired = समाप्त
clone-audit-cancelled = रद्द
clone-audit-cloned = क्लोन हुई
clone-audit-failed = विफल
clone-audit-deleted = हटाई गई
clone-audit-policy-changed = सेटिंग बदली गई
clone-audit-interrupted = बाधित
clone-audit-reconciling = जाँच जारी
clone-audit-reconciled = जाँच पूरी
clone-audit-renamed = नाम बदला गया
clone-audit-server-voice = सर्वर की आवाज़
clone-audit-previewed = प्रीव्यू
clone-audit-spoke = बोली गई
clone-audit-speech-stopped = बोलना रोका गया
clone-audit-erased = डेटा मिटाया गया
clone-audit-challenge-issued = वाक्य जारी किया गया
clone-audit-verified = सत्यापित
clone-audit-verification-failed = सत्यापन विफल
clone-headline-ready = <@{ $user }> आपकी आवाज़ **{ $name }** तैयार है!
clone-headline-approved-ready = <@{ $user }> आपकी आवाज़ **{ $name }** को एक मॉडरेटर ने मंज़ूरी दी और वह क्लोन हो गई!
clone-headline-not-created = <@{ $user }> आपका आवाज़ क्लोन अनुरोध **{ $name }** सफल नहीं हुआ: Inworld ने आवाज़ नहीं बनाई।
clone-headline-approved-not-created = <@{ $user }> आपका आवाज़ क्लोन अनुरोध **{ $name }** मंज़ूर हुआ, लेकिन सफल नहीं हुआ: Inworld ने आवाज़ नहीं बनाई।
clone-headline-resumed = { $headline } (बॉट के रीस्टार्ट के बाद इसे फिर से शुरू किया गया।)
clone-headline-unknown = <@{ $user }> { $message }
clone-report-created-after-dm = { $headline } मैंने आवाज़ की ID और ऑडियो आपको DM में भेज दिए हैं।
clone-report-created-no-dm = { $headline } मैं आपको DM नहीं भेज सका: आवाज़ की ID देखने के लिए यहाँ `/voices list` चलाएँ (जवाब सिर्फ़ आपको दिखेगा)।
clone-report-failed-after-dm = { $headline } मैंने विवरण आपको DM में भेज दिया है।
clone-relay-prefix = <@{ $user }> आपका आवाज़ क्लोन **{ $name }**:
clone-relay-later-dm = ⏳ इसमें समय लग रहा है (आप कतार में हैं)। मैं नतीजा आपको DM में भेजूँगा।
clone-relay-later-channel = ⏳ इसमें समय लग रहा है (आप कतार में हैं)। मैं नतीजा इस चैनल में पोस्ट करूँगा और आपको मेंशन करूँगा।
clone-stored-title = आवाज़ { $name }
clone-stored-voice-id = आवाज़ की ID: `{ $voice }`
clone-stored-warnings = सैंपल { $index }: चेतावनियाँ
clone-request-line = <@{ $user }> आपका आवाज़ क्लोन अनुरोध **{ $name }**
clone-failed = { $request } विफल रहा: { $reason }
clone-failed-approved = { $request } मंज़ूर हुआ, लेकिन क्लोन करना विफल रहा: { $reason }
clone-notice-review-expired = { $request } किसी मॉडरेटर की समीक्षा से पहले ही समाप्त हो गया। आप इसे फिर से भेज सकते हैं।
clone-notice-interrupted = { $request } बॉट के रीस्टार्ट से बाधित हो गया। कृपया इसे फिर से भेजें।
clone-notice-interrupted-cloning = { $request } बॉट के रीस्टार्ट से बाधित हो गया। हो सकता है आवाज़ फिर भी बन गई हो: दोबारा कोशिश करने से पहले अपनी आवाज़ों की सूची देखें।
clone-already-handled = उस क्लोन अनुरोध पर पहले से काम हो रहा है।
clone-setting-not-changed = वह सेटिंग नहीं बदली गई: { $error }
clone-no-review-channel = इस सर्वर पर आवाज़ क्लोन के लिए मॉडरेटर की मंज़ूरी ज़रूरी है, लेकिन अभी कोई समीक्षा चैनल सेट नहीं है। कृपया किसी मॉडरेटर से `/clone-settings approval` चलाने को कहें।
clone-cancelled-while-processing = यह अनुरोध प्रोसेस होते समय रद्द कर दिया गया।
clone-audio-gone = इस अनुरोध का ऑडियो अब सहेजा नहीं है। कृपया इसे फिर से भेजें।
clone-spoken-delete-failed = { $refusal } अभी इसे हटाना विफल रहा: बॉट इसके हटने तक कोशिश करता रहेगा, और तब तक कोई इसका इस्तेमाल नहीं कर सकता।
clone-review-approved-by = ✅ <@{ $moderator }> ने मंज़ूर किया
clone-review-not-created = { $prefix }, लेकिन Inworld ने कोई आवाज़ नहीं बनाई।
clone-review-created = { $prefix }। आवाज़ बनी: `{ $voice }`
clone-review-lost = { $prefix }; Inworld का जवाब खो गया: बॉट जाँच रहा है कि आवाज़ बनी या नहीं।
clone-review-failed = { $prefix }, लेकिन क्लोन करना विफल रहा: { $reason }
clone-review-spoken-deleted = ❌ बोला गया वाक्य मेल नहीं खाया: आवाज़ हटा दी गई।
clone-review-spoken-not-deleted = ❌ बोला गया वाक्य मेल नहीं खाया: आवाज़ अभी हटाई नहीं गई (बॉट इसके हटने तक कोशिश करता रहेगा)।
clone-review-expired = ⌛ समाप्त: किसी ने समय पर समीक्षा नहीं की।
