# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# /voices: the server's voice library, previews, erasure (bot/voices, cogs/voices.py).

## Refusals (bot/voices/access.py, library.py, previews.py)
voices-not-here = इस सर्वर में इस ID वाली कोई आवाज़ क्लोन नहीं की गई (या वह पहले ही हटा दी गई है)।
voices-not-yours-delete = आप केवल वही आवाज़ें हटा सकते हैं जो आपने खुद क्लोन की हैं (मॉडरेटर: इस सर्वर की कोई भी आवाज़)।
voices-not-yours-rename = आप केवल उन्हीं आवाज़ों का नाम बदल सकते हैं जो आपने खुद क्लोन की हैं (मॉडरेटर: इस सर्वर की कोई भी आवाज़)।
voices-moderators-only-server-voice = किसी आवाज़ को सर्वर आवाज़ केवल इस सर्वर का मॉडरेटर बना सकता है।
voices-moderators-only-erase = किसी दूसरे सदस्य का डेटा केवल इस सर्वर का मॉडरेटर मिटा सकता है।
voices-preview-private = इस आवाज़ का प्रीव्यू केवल उसका मालिक सुन सकता है: यह सर्वर आवाज़ नहीं है, और यह सर्वर सदस्यों को केवल अपनी आवाज़ों और सर्वर आवाज़ों का प्रीव्यू सुनने देता है।
voices-info-private = वह आवाज़ उसे क्लोन करने वाले सदस्य की निजी आवाज़ है (सर्वर आवाज़ नहीं)।
voices-erase-still-open = एक क्लोन अनुरोध अभी चल रहा है: उसे रद्द करें या उसके पूरा होने (या समाप्त होने) तक प्रतीक्षा करें, फिर डेटा मिटाएँ।
voices-rename-empty = नया नाम खाली नहीं हो सकता।
voices-rename-too-long = नया नाम बहुत लंबा है (अधिकतम { $max })।
voices-gone-on-inworld = वह आवाज़ अब Inworld पर मौजूद नहीं है; अब उसे यहाँ भी हटाई गई के रूप में चिह्नित कर दिया गया है।
voices-deleted-meanwhile = इस बीच वह आवाज़ हटा दी गई।
voices-preview-queue-full = पहले से बहुत सारे प्रीव्यू प्रतीक्षा में हैं ({ $waiting }); कुछ भी कतार में नहीं जोड़ा गया। कृपया लगभग { $wait } बाद फिर से कोशिश करें।
voices-preview-queue-full-server = इस सर्वर के पहले से बहुत सारे प्रीव्यू प्रतीक्षा में हैं ({ $waiting }); कुछ भी कतार में नहीं जोड़ा गया। कृपया लगभग { $wait } बाद फिर से कोशिश करें।
voices-preview-too-long = यह टेक्स्ट प्रीव्यू के लिए बहुत लंबा है: { $length } अक्षर, सीमा { $max } है।
voices-preview-cooldown = आपने अभी-अभी एक आवाज़ का प्रीव्यू सुना है; { $wait } बाद फिर से कोशिश करें।

## The spoken preview in a clone result (bot/voices/result.py)
voices-result-preview = 🔊 प्रीव्यू
voices-result-preview-failed = ⚠️ बोला गया प्रीव्यू विफल रहा: { $why }
voices-result-preview-later = आपकी आवाज़ फिर भी तैयार है; बाद में `/voices preview` आज़माएँ।
voices-result-why-restarting = बॉट फिर से शुरू हो रहा है
voices-result-why-timeout = टेक्स्ट-टू-स्पीच सेवा ने समय पर जवाब नहीं दिया
voices-result-why-unexpected = एक अनपेक्षित त्रुटि ({ $error })
voices-result-preview-too-large = प्रीव्यू यहाँ अपलोड करने के लिए बहुत बड़ा था।
voices-result-preview-attached = संलग्न: `{ $filename }`, “{ $text }”

## Embeds and buttons (bot/voices/ui.py)
voices-line-server = 🌐 सर्वर आवाज़
voices-line-private = निजी
voices-line = { $language } · मालिक <@{ $user_id }> · बनाई गई { $created } · { $sharing }
voices-page-title-server = इस सर्वर की आवाज़ें
voices-page-title-mine = आपकी आवाज़ें और सर्वर आवाज़ें
voices-page-empty = अभी कोई आवाज़ नहीं है। एक बनाने के लिए `/clone` का इस्तेमाल करें।
voices-page-status = पेज { $page }/{ $pages } · { $total ->
        [one] { $total } आवाज़
       *[other] { $total } आवाज़ें
    }
voices-page-footer = /voices info · preview · rename · delete
voices-info-title = आवाज़: { $name }
voices-info-voice-id = आवाज़ ID
voices-info-language = भाषा
voices-info-owner = मालिक
voices-info-created = बनाई गई
voices-info-server-voice = सर्वर आवाज़
voices-info-server-voice-yes = हाँ (हर सदस्य इसका प्रीव्यू सुन सकता है)
voices-info-server-voice-no = नहीं
voices-pager-not-yours = ❌ ये बटन उस सदस्य के हैं जिसने /voices list चलाया था।
voices-pager-previous = ◀ पिछला
voices-pager-next = अगला ▶
voices-confirm-not-yours = ❌ केवल अनुरोध करने वाला सदस्य ही इसकी पुष्टि कर सकता है।
voices-confirm = पुष्टि करें
voices-cancel = रद्द करें
voices-cancelled = रद्द किया गया: कुछ भी नहीं बदला गया।

## Replies (cogs/voices.py)
voices-preview-says = 🔊 **{ $name }** (`{ $voice_id }`) कहती है: “{ $text }”
voices-renamed = ✏️ आवाज़ `{ $voice_id }` का नाम अब **{ $name }** है (Inworld पर भी)।
voices-delete-ask = ⚠️ **{ $name }** (`{ $voice_id }`) को Inworld से हटाएँ? इसे पूर्ववत नहीं किया जा सकता।
voices-delete-button = हटाएँ
voices-deleted = 🗑️ आवाज़ **{ $name }** (`{ $voice_id }`) Inworld से हटा दी गई।
voices-shared = 🌐 **{ $name }** (`{ $voice_id }`) अब एक सर्वर आवाज़ है।
voices-unshared = 🌐 **{ $name }** (`{ $voice_id }`) अब सर्वर आवाज़ नहीं है।
voices-skipped = ⏭️ छोड़ दिया गया।
voices-nothing-said = अभी कुछ नहीं बोला जा रहा है।
voices-stopped = ⏹️ रोक दिया गया; कतार के { $dropped } टेक्स्ट हटा दिए गए।
voices-left = 👋 वॉइस चैनल छोड़ दिया।
voices-not-in-channel = मैं किसी वॉइस चैनल में नहीं हूँ।
voices-read-aloud-off = 🔇 आपके लिए पढ़कर सुनाना बंद है।
voices-read-aloud-on = 🔊 पढ़कर सुनाना चालू है: जब तक हम एक ही वॉइस चैनल में हैं, आप उसकी चैट में जो लिखेंगे वह **{ $name }** में बोला जाएगा। `/voices read-aloud off` इसे बंद करता है।
voices-erase-ask-own = ⚠️ इस सर्वर में आपका डेटा मिटाएँ? Inworld से { $voices ->
        [one] { $voices } आवाज़ हटाई जाएगी
       *[other] { $voices } आवाज़ें हटाई जाएँगी
    } और { $requests } सहेजे गए अनुरोध मिटाए जाएँगे (ऑडियो, नाम, टेक्स्ट)। ऑडिट इवेंट बने रहेंगे, बिना निजी सामग्री के। इसे पूर्ववत नहीं किया जा सकता।
voices-erase-ask-member = ⚠️ इस सर्वर में <@{ $member_id }> का डेटा मिटाएँ? Inworld से { $voices ->
        [one] { $voices } आवाज़ हटाई जाएगी
       *[other] { $voices } आवाज़ें हटाई जाएँगी
    } और { $requests } सहेजे गए अनुरोध मिटाए जाएँगे (ऑडियो, नाम, टेक्स्ट)। ऑडिट इवेंट बने रहेंगे, बिना निजी सामग्री के। इसे पूर्ववत नहीं किया जा सकता।
voices-erase-button = सब कुछ मिटाएँ
voices-erased = 🧹 हो गया: Inworld से { $voices ->
        [one] { $voices } आवाज़ हटाई गई
       *[other] { $voices } आवाज़ें हटाई गईं
    }, { $requests } सहेजे गए अनुरोध मिटाए गए।

## What a limit refusal names (bot/voices/limits.py, through settings-limit-*)
voices-renames-noun = { $count ->
        [one] नाम बदलाव
       *[other] नाम बदलाव
    }
voices-renames-done = एक आवाज़ का नाम बदला
voices-previews-noun = { $count ->
        [one] प्रीव्यू
       *[other] प्रीव्यू
    }
voices-previews-done = एक आवाज़ का प्रीव्यू सुना
