# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# Why an uploaded file cannot be a voice sample (bot/audio/errors.py).
audio-unusable = इस फ़ाइल को आवाज़ के सैंपल के रूप में इस्तेमाल नहीं किया जा सका।
audio-empty-file = यह फ़ाइल खाली है (0 बाइट)। कृपया अपनी आवाज़ की रिकॉर्डिंग अटैच करें।
audio-not-audio = यह फ़ाइल ऑडियो नहीं, बल्कि { $kind } लगती है। कृपया आवाज़ की रिकॉर्डिंग अटैच करें (वॉइस मैसेज, MP3, WAV, OGG, M4A, FLAC या WebM)।
audio-unsupported-format = आवाज़ के सैंपल के लिए यह फ़ाइल टाइप समर्थित नहीं है। कृपया एक सामान्य ऑडियो फ़ाइल भेजें (वॉइस मैसेज, MP3, WAV, OGG, M4A, FLAC या WebM)।
audio-no-audio-stream = इस फ़ाइल में कोई ऑडियो ट्रैक नहीं है (बिना आवाज़ का वीडियो या कोई इमेज?)। कृपया अपनी आवाज़ की रिकॉर्डिंग अटैच करें।
audio-undecodable = यह ऑडियो फ़ाइल डिकोड नहीं हो सकी: यह खराब या अधूरी लगती है। कृपया इसे फिर से एक्सपोर्ट या रिकॉर्ड करके दोबारा कोशिश करें।
audio-truncated = यह फ़ाइल अधूरी लगती है: यह { NUMBER($claimed, minimumFractionDigits: 1, maximumFractionDigits: 1) } सेकंड की होनी चाहिए, लेकिन सिर्फ़ { NUMBER($got, minimumFractionDigits: 1, maximumFractionDigits: 1) } सेकंड डिकोड हो सके। कृपया पूरी रिकॉर्डिंग अपलोड करें।
audio-silent = इस रिकॉर्डिंग में कोई बोली नहीं मिली: यह खामोश है या इसमें सिर्फ़ हल्का शोर है। कृपया साफ़ बोलते हुए खुद को रिकॉर्ड करें।
audio-mostly-noise = यह रिकॉर्डिंग ज़्यादातर शोर या संगीत है: इसमें सिर्फ़ { NUMBER($seconds, minimumFractionDigits: 1, maximumFractionDigits: 1) } सेकंड आवाज़ है। संगीत और दूसरी आवाज़ें बंद करें, माइक्रोफ़ोन के पास आएँ और अपनी आवाज़ में 10-15 सेकंड रिकॉर्ड करें।
audio-poor-sample = { $problem } { $tip }
audio-too-short = इस रिकॉर्डिंग में सिर्फ़ { NUMBER($seconds, minimumFractionDigits: 1, maximumFractionDigits: 1) } सेकंड की बोली है; कम से कम { $min_seconds } सेकंड चाहिए (10-15 सेकंड से सबसे अच्छा क्लोन बनता है)।
audio-timeout = इस फ़ाइल को प्रोसेस करने में बहुत ज़्यादा समय लगा, इसलिए इसे रोक दिया गया। कृपया छोटी या सरल ऑडियो फ़ाइल भेजें।

# What a file that is not audio looks like ($kind of audio-not-audio).
audio-kind-text = टेक्स्ट फ़ाइल
audio-kind-image = इमेज ({ $format })
audio-kind-pdf = PDF दस्तावेज़
audio-kind-zip = ZIP आर्काइव या ऑफ़िस दस्तावेज़
audio-kind-archive = { $format } आर्काइव
audio-kind-program = प्रोग्राम
audio-kind-windows-program = Windows प्रोग्राम
audio-kind-playlist = प्लेलिस्ट ({ $format })
audio-kind-ffmpeg-script = ffmpeg concat स्क्रिप्ट
audio-kind-xml = XML दस्तावेज़
audio-kind-web-page = वेब पेज
audio-kind-sdp = स्ट्रीम विवरण (SDP)
audio-kind-dash = DASH मैनिफ़ेस्ट
