# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# Command, group, option and choice names and descriptions (bot/i18n/translator.py).
# A command's value is its name (lowercase, no spaces, 1-32 characters, unique among its
# siblings), .description its description (1-100 characters); context menus (menu-*) may
# have spaces and capitals; choices (choice-*, keyed by the English name) are 1-100 characters.

## /clone

cmd-clone = क्लोन
    .description = किसी आवाज़ को उसकी रिकॉर्डिंग से क्लोन करें।
cmd-clone--sample = रिकॉर्डिंग
    .description = आवाज़ की रिकॉर्डिंग: 10-15 सेकंड साफ़ बोली (वॉइस मैसेज, MP3, WAV...)
cmd-clone--name = नाम
    .description = नई आवाज़ का नाम
cmd-clone--language = भाषा
    .description = रिकॉर्डिंग में बोली गई भाषा
cmd-clone--sample2 = रिकॉर्डिंग2
    .description = उसी आवाज़ की दूसरी रिकॉर्डिंग (वैकल्पिक)
cmd-clone--sample3 = रिकॉर्डिंग3
    .description = उसी आवाज़ की तीसरी रिकॉर्डिंग (वैकल्पिक)
cmd-clone--transcription = लिप्यंतरण
    .description = वैकल्पिक: पहली रिकॉर्डिंग में ठीक-ठीक क्या कहा गया है
cmd-clone--description = विवरण
    .description = वैकल्पिक: आवाज़ का विवरण (टोन, लहजा, उपयोग)
cmd-clone--tags = टैग
    .description = वैकल्पिक: कॉमा से अलग टैग, जैसे शांत, कथावाचक
cmd-clone--remove-noise = शोर_हटाएँ
    .description = पहले बैकग्राउंड शोर हटाएँ (पहले से साफ़ रिकॉर्डिंग खराब हो सकती है)

## /clone-settings

cmd-clone-settings = क्लोन-सेटिंग्स
    .description = इस सर्वर में /clone की सेटिंग्स (सर्वर प्रबंधित करने की अनुमति वाले सदस्य)।
cmd-clone-settings-show = दिखाएँ
    .description = इस सर्वर की वॉइस क्लोन सेटिंग्स दिखाएँ।
cmd-clone-settings-limits = सीमाएँ
    .description = कूलडाउन, दैनिक कोटा, रिकॉर्डिंग की लंबाई।
cmd-clone-settings-limits--cooldown-seconds = कूलडाउन_सेकंड
    .description = अनुरोधों के बीच सदस्य कितने सेकंड रुके (0 = कोई नहीं)
cmd-clone-settings-limits--member-daily = सदस्य_दैनिक
    .description = हर सदस्य के 24 घंटे में अनुरोध (0 = असीमित)
cmd-clone-settings-limits--server-daily = सर्वर_दैनिक
    .description = पूरे सर्वर के 24 घंटे में अनुरोध (0 = असीमित)
cmd-clone-settings-limits--max-sample-seconds = अधिकतम_रिकॉर्डिंग_सेकंड
    .description = रखी जाने वाली सबसे लंबी रिकॉर्डिंग, सेकंड में (3-15)
cmd-clone-settings-defaults = डिफ़ॉल्ट
    .description = डिफ़ॉल्ट भाषा, शोर हटाना, जवाब।
cmd-clone-settings-defaults--language = भाषा
    .description = /clone की डिफ़ॉल्ट भाषा
cmd-clone-settings-defaults--remove-noise = शोर_हटाएँ
    .description = डिफ़ॉल्ट रूप से बैकग्राउंड शोर हटाएँ
cmd-clone-settings-defaults--ephemeral = निजी_जवाब
    .description = जवाब सिर्फ़ सदस्य देखे (true) या सबके लिए (false)
cmd-clone-settings-approval = मंज़ूरी
    .description = मॉडरेटर की मंज़ूरी ज़रूरी करें।
cmd-clone-settings-approval--required = ज़रूरी
    .description = हर क्लोन अनुरोध को मॉडरेटर की मंज़ूरी चाहिए
cmd-clone-settings-approval--review-channel = समीक्षा_चैनल
    .description = अनुरोध समीक्षा के लिए कहाँ पोस्ट हों
cmd-clone-settings-verification = सत्यापन
    .description = सदस्यों से पहले एक नया वाक्य ज़ोर से पढ़वाएँ।
cmd-clone-settings-verification--mode = मोड
    .description = बंद; चालू: वाक्य की कोई भी रिकॉर्डिंग; सख़्त: सिर्फ़ Discord वॉइस मैसेज
cmd-clone-settings-audit-channel = ऑडिट-चैनल
    .description = ऑडिट लॉग कहाँ पोस्ट हो।
cmd-clone-settings-audit-channel--channel = चैनल
    .description = ऑडिट चैनल (पोस्ट करना बंद करने के लिए खाली छोड़ें)
cmd-clone-settings-roles = रोल
    .description = क्लोन या मॉडरेट करने की अनुमति वाले रोल।
cmd-clone-settings-roles--action = कार्रवाई
    .description = सूची में जोड़ें, हटाएँ या सूची खाली करें
cmd-clone-settings-roles--role = रोल
    .description = जोड़ने या हटाने वाला रोल
cmd-clone-settings-roles--kind = प्रकार
    .description = कौन-सी सूची: क्लोन करने वाले रोल या मॉडरेटर रोल
cmd-clone-settings-channels = चैनल
    .description = वे चैनल जहाँ /clone इस्तेमाल हो सकता है।
cmd-clone-settings-channels--action = कार्रवाई
    .description = जोड़ें, हटाएँ या खाली करें (खाली = कोई भी चैनल)
cmd-clone-settings-channels--channel = चैनल
    .description = चैनल
cmd-clone-settings-block = ब्लॉक
    .description = किसी सदस्य को आवाज़ें क्लोन करने से रोकें।
cmd-clone-settings-block--member = सदस्य
    .description = वह सदस्य जो अब आवाज़ें क्लोन नहीं कर सकेगा
cmd-clone-settings-unblock = अनब्लॉक
    .description = ब्लॉक किए गए सदस्य को फिर से क्लोन करने दें।
cmd-clone-settings-unblock--member = सदस्य
    .description = वह ब्लॉक किया गया सदस्य जो फिर से क्लोन कर सकेगा
cmd-clone-settings-consent = सहमति
    .description = वह कथन जिसकी सदस्यों को पुष्टि करनी है।
cmd-clone-settings-consent--text = टेक्स्ट
    .description = आपके शब्द (डिफ़ॉल्ट कथन के लिए खाली छोड़ें)
cmd-clone-settings-language = भाषा
    .description = यहाँ बॉट की पोस्ट की भाषा।
cmd-clone-settings-language--language = भाषा
    .description = समीक्षा, ऑडिट और सार्वजनिक पोस्ट इस भाषा में (सदस्यों को जवाब उनकी अपनी भाषा में)
cmd-clone-settings-previews = प्रीव्यू
    .description = क्लोन की गई आवाज़ों के बोले गए प्रीव्यू।
cmd-clone-settings-previews--enabled = चालू
    .description = हर क्लोन नतीजे में नई आवाज़ से एक छोटा वाक्य बोलें
cmd-clone-settings-previews--open-to-members = सभी_सदस्यों_के_लिए
    .description = कोई भी सदस्य कोई भी आवाज़ सुन सकता है (बंद: सिर्फ़ अपनी और सर्वर की आवाज़ें)
cmd-clone-settings-previews--text = टेक्स्ट
    .description = प्रीव्यू वाक्य (कोई भी भाषा; डिफ़ॉल्ट के लिए खाली छोड़ें और टेक्स्ट_रीसेट चालू करें)
cmd-clone-settings-previews--reset-text = टेक्स्ट_रीसेट
    .description = हर आवाज़ की भाषा के डिफ़ॉल्ट वाक्य पर लौटें
cmd-clone-settings-speech = बोलना
    .description = कौन, कहाँ क्लोन की गई आवाज़ों से बोल सकता है।
cmd-clone-settings-speech--enabled = चालू
    .description = सदस्य यहाँ क्लोन की गई आवाज़ों से बोल सकते हैं (/say, पढ़कर सुनाना)
cmd-clone-settings-speech--add-role = रोल_जोड़ें
    .description = इस रोल को बोलने दें (कोई रोल सूची में नहीं: हर सदस्य)
cmd-clone-settings-speech--remove-role = रोल_हटाएँ
    .description = इस रोल को सूची से हटाएँ
cmd-clone-settings-speech--add-voice-channel = वॉइस_चैनल_जोड़ें
    .description = इस वॉइस चैनल में बोलने दें (सूची में कोई नहीं: कोई भी)
cmd-clone-settings-speech--remove-voice-channel = वॉइस_चैनल_हटाएँ
    .description = इस वॉइस चैनल को सूची से हटाएँ
cmd-clone-settings-speech--add-text-channel = टेक्स्ट_चैनल_जोड़ें
    .description = इस चैनल में /say और पढ़कर सुनाना चालू करें (सूची में कोई नहीं: कोई भी)
cmd-clone-settings-speech--remove-text-channel = टेक्स्ट_चैनल_हटाएँ
    .description = इस चैनल को सूची से हटाएँ
cmd-clone-settings-speech--clear = खाली_करें
    .description = एक सूची खाली करें: हर सदस्य, या कोई भी चैनल
cmd-clone-settings-speech--read-aloud = पढ़कर_सुनाना
    .description = सदस्य जो लिखें, वह उनकी आवाज़ में पढ़कर सुनाया जा सकता है
cmd-clone-settings-speech--server-voices = सर्वर_आवाज़ें
    .description = सदस्य सिर्फ़ अपनी नहीं, सर्वर की आवाज़ों से भी बोल सकते हैं
cmd-clone-settings-speech--member-daily-chars = सदस्य_दैनिक_अक्षर
    .description = हर सदस्य 24 घंटे में कितने अक्षर बुलवा सकता है (0 = असीमित)
cmd-clone-settings-speech--server-daily-chars = सर्वर_दैनिक_अक्षर
    .description = पूरा सर्वर 24 घंटे में कितने अक्षर बुलवा सकता है (0 = असीमित)
cmd-clone-settings-speech--reset-daily-chars = दैनिक_अक्षर_रीसेट
    .description = बॉट के डिफ़ॉल्ट रोज़ाना अक्षरों पर लौटें

## /voices

cmd-voices = आवाज़ें
    .description = इस सर्वर में क्लोन की गई आवाज़ें।
cmd-voices-list = सूची
    .description = आपकी आवाज़ें और सर्वर की आवाज़ें।
cmd-voices-info = जानकारी
    .description = एक आवाज़ का ब्योरा।
cmd-voices-info--voice = आवाज़
    .description = आवाज़ (उसका नाम लिखना शुरू करें)
cmd-voices-preview = सुनें
    .description = किसी आवाज़ से एक वाक्य सुनें।
cmd-voices-preview--voice = आवाज़
    .description = आवाज़ (आपकी, या सर्वर की आवाज़)
cmd-voices-preview--text = टेक्स्ट
    .description = क्या बोलना है (डिफ़ॉल्ट: सर्वर का प्रीव्यू वाक्य)
cmd-voices-rename = नाम-बदलें
    .description = किसी आवाज़ का दिखने वाला नाम बदलें।
cmd-voices-rename--voice = आवाज़
    .description = आवाज़ (आपकी; मॉडरेटर: कोई भी)
cmd-voices-rename--name = नाम
    .description = इसका नया नाम
cmd-voices-delete = मिटाएँ
    .description = Inworld से एक आवाज़ मिटाएँ।
cmd-voices-delete--voice = आवाज़
    .description = आवाज़ (आपकी; मॉडरेटर: इस सर्वर की कोई भी)
cmd-voices-server = सर्वर
    .description = किसी आवाज़ को पूरे सर्वर के साथ शेयर करें।
cmd-voices-server--voice = आवाज़
    .description = आवाज़
cmd-voices-server--shared = शेयर
    .description = चालू: हर सदस्य इसे देख और सुन सकता है; बंद: निजी
cmd-voices-skip = छोड़ें
    .description = आपकी कॉल में बॉट जो बोल रहा है उसे छोड़ें।
cmd-voices-stop = रोकें
    .description = मॉडरेटर: तुरंत बोलना बंद करें और कतार खाली करें।
cmd-voices-leave = निकलें
    .description = बॉट को वॉइस चैनल से निकालें।
cmd-voices-read-aloud = पढ़कर-सुनाना
    .description = आप अपने वॉइस चैनल की चैट में जो लिखें, उसे आपकी क्लोन आवाज़ में बोलें।
cmd-voices-read-aloud--state = स्थिति
    .description = चालू: जब तक हम एक वॉइस चैनल में हैं, आपका लिखा बोला जाएगा; बंद: नहीं
cmd-voices-read-aloud--voice = आवाज़
    .description = कौन-सी आवाज़ पढ़े (आपकी, या सर्वर की; डिफ़ॉल्ट: आपकी सबसे नई)
cmd-voices-erase-my-data = मेरा-डेटा-मिटाएँ
    .description = आपकी सभी आवाज़ें और आपके बारे में सहेजा गया सब कुछ मिटाएँ।
cmd-voices-erase-member = सदस्य-डेटा-मिटाएँ
    .description = मॉडरेटर: किसी सदस्य की आवाज़ें और डेटा मिटाएँ।
cmd-voices-erase-member--member = सदस्य
    .description = सदस्य (जैसे जो चला गया: उसकी यूज़र ID पेस्ट करें)

## /clone-delete

cmd-clone-delete = क्लोन-मिटाएँ
    .description = यहाँ क्लोन की गई आवाज़ मिटाएँ।
cmd-clone-delete--voice = आवाज़
    .description = मिटाने वाली आवाज़ (आपकी; मॉडरेटर: इस सर्वर की कोई भी)

## /say

cmd-say = बोलें
    .description = अपनी क्लोन आवाज़ में टेक्स्ट बोलें (आपका वॉइस चैनल, या वॉइस मैसेज)।
cmd-say--text = टेक्स्ट
    .description = क्या बोलना है
cmd-say--voice = आवाज़
    .description = कौन-सी आवाज़ (आपकी, या सर्वर की; डिफ़ॉल्ट: आपकी सबसे नई)

## Context menus (Apps > ...)

menu-clone-this-voice = यह आवाज़ क्लोन करें
menu-speak-this-message = यह मैसेज बोलें

## Choices

choice-english-us = अंग्रेज़ी (अमेरिका)
choice-chinese-china = चीनी (चीन)
choice-korean = कोरियाई
choice-japanese = जापानी
choice-russian = रूसी
choice-other-auto-detect = अन्य / अपने-आप पहचानें
choice-italian = इतालवी
choice-spanish-spain = स्पेनिश (स्पेन)
choice-portuguese-brazil = पुर्तगाली (ब्राज़ील)
choice-german = जर्मन
choice-french = फ़्रेंच
choice-arabic-saudi-arabia = अरबी (सऊदी अरब)
choice-polish = पोलिश
choice-dutch = डच
choice-hindi = हिंदी
choice-hebrew = हिब्रू
choice-off = बंद
choice-on-any-recording-of-the-sentence = चालू: वाक्य की कोई भी रिकॉर्डिंग
choice-strict-only-a-voice-message-recorded-in-discord = सख़्त: सिर्फ़ Discord में रिकॉर्ड किया वॉइस मैसेज
choice-add = जोड़ें
choice-remove = हटाएँ
choice-clear = खाली करें
choice-allowed = अनुमत
choice-moderator = मॉडरेटर
choice-discord-s-server-language = Discord की सर्वर भाषा
choice-roles-every-member-may-speak = रोल (हर सदस्य बोल सकता है)
choice-voice-channels-any = वॉइस चैनल (कोई भी)
choice-text-channels-any = टेक्स्ट चैनल (कोई भी)
choice-on = चालू
