# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).

## Detail labels: audit-field-<detail key with hyphens>
audit-field-status = स्थिति
audit-field-requeued = फिर से कतार में
audit-field-samples = सैंपल
audit-field-warnings = चेतावनियाँ
audit-field-errors = त्रुटियाँ
audit-field-deleted = हटाया गया
audit-field-found-by = किसने खोजा
audit-field-server-voice = सर्वर की आवाज़
audit-field-text-length = टेक्स्ट की लंबाई
audit-field-model-id = मॉडल
audit-field-via = माध्यम
audit-field-voices-deleted = हटाई गई आवाज़ें
audit-field-requests-erased = मिटाए गए अनुरोध
audit-field-challenge-id = पढ़ने का वाक्य
audit-field-attempt = प्रयास
audit-field-fell-back = वैकल्पिक वाक्य
audit-field-expires-at = समाप्ति
audit-field-mode = मोड
audit-field-recognizer = वाक् पहचान
audit-field-score = स्कोर
audit-field-offline-score = ऑफ़लाइन स्कोर
audit-field-voice-message = वॉइस मैसेज
audit-field-decision = निर्णय
audit-field-characters = अक्षर
audit-field-utterances = कथन
audit-field-stopped = किससे रुका
audit-field-erased = मिटाया गया
audit-field-name = नाम
audit-field-language = भाषा
audit-field-statement = कथन-पत्र
audit-field-reason = कारण
audit-field-voice-id = आवाज़ ID
audit-field-also-matched = ये भी मेल खाए
audit-field-previous = पहले
audit-field-sentence = वाक्य
audit-field-keywords = कीवर्ड
audit-field-heard = सुना गया
audit-field-offline-heard = ऑफ़लाइन सुना गया
audit-field-recording-sha256 = रिकॉर्डिंग sha256
audit-field-channel-id = चैनल
audit-field-voice-owner-id = आवाज़ का मालिक
audit-field-source = स्रोत
audit-field-extra-speech-seconds = अतिरिक्त बोलना (सेकंड)

## Settings a policy change records
audit-field-allowed-role-ids = अनुमत रोल
audit-field-allowed-channel-ids = अनुमत चैनल
audit-field-blocked-user-ids = ब्लॉक किए गए सदस्य
audit-field-moderator-role-ids = मॉडरेटर रोल
audit-field-cooldown-seconds = कूलडाउन (सेकंड)
audit-field-member-daily-quota = प्रति सदस्य प्रतिदिन अनुरोध
audit-field-guild-daily-quota = प्रति सर्वर प्रतिदिन अनुरोध
audit-field-max-sample-seconds = सबसे लंबा सैंपल (सेकंड)
audit-field-default-language = डिफ़ॉल्ट भाषा
audit-field-remove-noise = शोर हटाना
audit-field-approval-required = स्वीकृति ज़रूरी
audit-field-review-channel-id = समीक्षा चैनल
audit-field-audit-channel-id = ऑडिट चैनल
audit-field-ephemeral = निजी जवाब
audit-field-consent-text = सहमति कथन
audit-field-preview-enabled = प्रीव्यू
audit-field-preview-text = प्रीव्यू टेक्स्ट
audit-field-preview-open = सभी के लिए प्रीव्यू
audit-field-verification = बोलकर सहमति
audit-field-speech-enabled = बोलना
audit-field-speech-role-ids = बोलने के रोल
audit-field-speech-voice-channel-ids = बोलने के वॉइस चैनल
audit-field-speech-text-channel-ids = बोलने के टेक्स्ट चैनल
audit-field-read-aloud-allowed = ज़ोर से पढ़ना
audit-field-speech-server-voices = बोलने में सर्वर की आवाज़ें
audit-field-speech-member-daily-chars = प्रति सदस्य प्रतिदिन अक्षर
audit-field-speech-guild-daily-chars = प्रति सर्वर प्रतिदिन अक्षर
audit-field-locale = सर्वर की भाषा

## A request's status: audit-status-<status>
audit-status-processing = प्रोसेस हो रहा है
audit-status-awaiting-consent = सहमति की प्रतीक्षा
audit-status-pending-approval = स्वीकृति की प्रतीक्षा
audit-status-approved = स्वीकृत
audit-status-rejected = अस्वीकृत
audit-status-expired = समय सीमा समाप्त
audit-status-cancelled = रद्द
audit-status-cloning = क्लोन हो रहा है
audit-status-reconciling = मिलान हो रहा है
audit-status-done = पूरा
audit-status-failed = विफल

## Known values: audit-value-<key>-<value>
audit-value-via-result = क्लोन का नतीजा
audit-value-via-command = कमांड
audit-value-via-voice-channel = वॉइस चैनल
audit-value-via-voice-message = वॉइस मैसेज
audit-value-source-say = `/say`
audit-value-source-message = मैसेज
audit-value-source-read-aloud = ज़ोर से पढ़ना
audit-value-mode-off = बंद
audit-value-mode-on = चालू
audit-value-mode-strict = केवल वॉइस मैसेज
audit-value-decision-pending = लंबित
audit-value-decision-accepted = स्वीकार
audit-value-decision-verified = सत्यापित
audit-value-decision-mismatch = मेल नहीं खाया
audit-value-decision-extra-speech = अतिरिक्त बोलना
audit-value-decision-not-voice-message = वॉइस मैसेज नहीं
audit-value-decision-replayed = रिकॉर्डिंग पहले इस्तेमाल हो चुकी
audit-value-decision-expired = समय सीमा समाप्त
audit-value-decision-used = पहले ही इस्तेमाल हो चुका
audit-value-found-by-sweep = नियमित मिलान
audit-value-recognizer-pocketsphinx = PocketSphinx (ऑफ़लाइन)
audit-value-recognizer-inworld-transcription = Inworld ट्रांसक्रिप्शन
audit-value-stopped-skip = छोड़ें
audit-value-stopped-stop = रोकें
audit-value-stopped-leave = छोड़कर जाएँ
audit-value-stopped-erasure = डेटा मिटाना

## Yes and no (English keeps the stored spelling)
audit-yes = हाँ
audit-no = नहीं

## An edit of a list setting
audit-list-add = { $item } जोड़ा गया
audit-list-remove = { $item } हटाया गया
audit-list-clear = खाली किया गया
