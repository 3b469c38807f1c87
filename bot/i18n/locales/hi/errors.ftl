# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# Errors and refusals every command can answer with (bot/tree.py).
error-bug = बॉट की ओर से कुछ गड़बड़ हो गई। (संदर्भ `{ $ref }`) कृपया फिर से कोशिश करें।
error-cooldown = थोड़ा रुकें! { $seconds } सेकंड बाद फिर से कोशिश करें।
error-missing-permissions = ऐसा करने के लिए आपको { $permissions } अनुमति चाहिए।
error-server-only = यह कमांड सिर्फ़ किसी सर्वर में काम करता है।
error-not-allowed = आप यहाँ इस कमांड का इस्तेमाल नहीं कर सकते।
error-bad-value = यह मान मान्य नहीं है: { $value }।

# Sizes ($count bytes; $value in $unit: KB, MB or GB, with one decimal).
error-size-bytes = { NUMBER($count, useGrouping: 0) } बाइट
error-size = { NUMBER($value, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } { $unit }

# Downloading an attachment (bot/download.py).
error-download-too-large = `{ $filename }` इस बॉट की सीमा ({ $limit }) से बड़ी है। 10-30 सेकंड की रिकॉर्डिंग ही काफ़ी है।
error-download-too-large-size = `{ $filename }` ({ $size }) इस बॉट की सीमा ({ $limit }) से बड़ी है। 10-30 सेकंड की रिकॉर्डिंग ही काफ़ी है।
error-download-refused = Discord ने बॉट को `{ $filename }` डाउनलोड नहीं करने दी (HTTP { $status })। कृपया फिर से कोशिश करें।
error-download-timeout = `{ $filename }` डाउनलोड करने में { NUMBER($seconds, useGrouping: 0) } सेकंड से ज़्यादा लगे। कृपया फिर से कोशिश करें।
error-download-failed = `{ $filename }` डाउनलोड नहीं हो सकी। कृपया फिर से कोशिश करें।

# The clone queue (bot/ratelimit/waiting.py).
error-queue-full = क्लोन कतार भरी हुई है: { $group ->
        [true] इस सर्वर के { $waiting } अनुरोध
       *[false] { $waiting } अनुरोध
    } इंतज़ार में { $waiting ->
        [one] है
       *[other] हैं
    } (लगभग { $wait } का इंतज़ार)। कुछ भी कतार में नहीं जोड़ा गया; कृपया लगभग { $retry } बाद (<t:{ $at }:t> पर) फिर से कोशिश करें।
error-audio-not-attached = (प्रोसेस किया गया ऑडियो यहाँ अटैच नहीं हो सका।)
error-interrupted = ⏸️ आपका अनुरोध पूरा होने से पहले बॉट रीस्टार्ट हो रहा है। यह सहेजा गया है: बॉट के लौटते ही (आमतौर पर एक मिनट में) वह आपको बताएगा कि उसका क्या हुआ।
error-restarting = बॉट रीस्टार्ट हो रहा है; कृपया एक मिनट बाद फिर कोशिश करें।
