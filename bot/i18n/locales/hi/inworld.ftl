# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# The voice service's failures as a member reads them (bot/inworld/errors.py).
inworld-error = वॉइस सेवा ने एक गड़बड़ी लौटाई। कृपया बाद में फिर से कोशिश करें।
inworld-invalid-argument = Inworld ने अनुरोध को अमान्य बताकर अस्वीकार कर दिया।
inworld-invalid-argument-detail = Inworld ने अनुरोध अस्वीकार कर दिया: { $detail }
inworld-permission-denied = बॉट की Inworld API कुंजी को आवाज़ें बनाने की अनुमति नहीं है (शायद यह सिर्फ़ पढ़ने वाली कुंजी है)। बॉट एडमिन को पढ़ने-लिखने वाली कुंजी सेट करनी होगी।
inworld-unauthenticated = बॉट की Inworld API कुंजी अस्वीकार कर दी गई। बॉट एडमिन को INWORLD_API_KEY जाँचनी होगी।
inworld-not-found = Inworld को वह आवाज़ या एंडपॉइंट नहीं मिला।
inworld-rate-limited = Inworld की आवाज़ क्लोनिंग की सीमा पूरी हो गई है। कृपया एक मिनट बाद फिर से कोशिश करें।
inworld-unavailable = Inworld वॉइस सेवा अभी उपलब्ध नहीं है। कृपया बाद में फिर से कोशिश करें।
inworld-timeout = Inworld वॉइस सेवा ने समय पर जवाब नहीं दिया। कृपया बाद में फिर से कोशिश करें (पहले अपनी आवाज़ों की सूची देख लें: हो सकता है क्लोन फिर भी बन गया हो)।
inworld-connection-failed = बॉट Inworld वॉइस सेवा तक नहीं पहुँच सका। कृपया बाद में फिर से कोशिश करें।
inworld-bad-response = Inworld वॉइस सेवा ने अनपेक्षित जवाब भेजा। कृपया बाद में फिर से कोशिश करें।
