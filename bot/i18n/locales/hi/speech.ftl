# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# /say, "Speak this message", read-aloud, the call (bot/speech, cogs/speech.py).

## Refusals: who may speak, where, with which voice (bot/speech/policy.py)
speech-off = इस सर्वर में क्लोन की गई आवाज़ों से बोलना बंद है। कोई मॉडरेटर इसे `/clone-settings speech enabled:True` से चालू कर सकता है।
speech-needs-role = यहाँ क्लोन की गई आवाज़ से बोलने के लिए आपको इनमें से एक रोल चाहिए: { $roles }।
speech-voice-channel = बॉट यहाँ इस वॉइस चैनल में नहीं बोलता। कृपया { $channels } का इस्तेमाल करें।
speech-text-channel = इस चैनल में क्लोन की गई आवाज़ों से बोलने की अनुमति नहीं है। कृपया { $channels } का इस्तेमाल करें।
speech-read-aloud-bot-off = इस बॉट पर पढ़कर सुनाना उपलब्ध नहीं है: इसके मालिक ने इसे चालू नहीं किया है (READ_ALOUD_ENABLED)। `/say` अब भी काम करता है।
speech-read-aloud-server-off = यह सर्वर पढ़कर सुनाने की अनुमति नहीं देता। कोई मॉडरेटर इसे `/clone-settings speech read_aloud:True` से अनुमति दे सकता है; `/say` अब भी काम करता है।
speech-only-own = इस आवाज़ से केवल उसका मालिक बोल सकता है: सदस्य अपनी आवाज़ों से बोलते हैं।
speech-only-own-or-server = इस आवाज़ से केवल उसका मालिक बोल सकता है: सदस्य अपनी आवाज़ों और सर्वर आवाज़ों से बोलते हैं।
speech-server-voices-off = यह सर्वर सदस्यों को केवल अपनी आवाज़ों से बोलने देता है, सर्वर आवाज़ों से नहीं।
speech-no-own-voice = इस सर्वर में अभी आपकी कोई क्लोन की गई आवाज़ नहीं है: `/clone` से एक बनाएँ, फिर दोबारा कोशिश करें।
speech-no-own-voice-or-server = इस सर्वर में अभी आपकी कोई क्लोन की गई आवाज़ नहीं है: `/clone` से एक बनाएँ (या कोई सर्वर आवाज़ चुनें), फिर दोबारा कोशिश करें।

## Characters of speech per 24 hours (bot/speech/quota.py)
speech-member-text-over-limit = इस टेक्स्ट में { $chars } अक्षर हैं, जो यहाँ हर 24 घंटे में { $limit } बोले जाने वाले अक्षरों की आपकी सीमा से ज़्यादा है: कृपया इसे छोटा करें।
speech-member-limit = इससे हर 24 घंटे में { $limit } बोले जाने वाले अक्षरों की आपकी सीमा पार हो जाएगी; पर्याप्त अक्षर फिर से { $when } उपलब्ध होंगे (या छोटा टेक्स्ट आज़माएँ)।
speech-server-text-over-limit = इस टेक्स्ट में { $chars } अक्षर हैं, जो हर 24 घंटे में { $limit } बोले जाने वाले अक्षरों की इस सर्वर की सीमा से ज़्यादा है: कृपया इसे छोटा करें।
speech-server-limit = इस सर्वर ने पिछले 24 घंटों के अपने { $limit } बोले जाने वाले अक्षर इस्तेमाल कर लिए हैं; पर्याप्त अक्षर फिर से { $when } उपलब्ध होंगे।

## Speaking (bot/speech/service.py)
speech-empty = उस टेक्स्ट में बोलने के लिए कुछ नहीं है।
speech-too-long = यह टेक्स्ट बोलने के लिए बहुत लंबा है: { $length } अक्षर, सीमा { $max } है।
speech-tts-queue-full = पहले से बहुत सारे टेक्स्ट प्रतीक्षा में हैं ({ $waiting }); कुछ भी कतार में नहीं जोड़ा गया। कृपया लगभग { $wait } बाद फिर से कोशिश करें।
speech-tts-queue-full-server = इस सर्वर के पहले से बहुत सारे टेक्स्ट प्रतीक्षा में हैं ({ $waiting }); कुछ भी कतार में नहीं जोड़ा गया। कृपया लगभग { $wait } बाद फिर से कोशिश करें।
speech-voice-queue-full = इस सर्वर की वॉइस कतार भरी हुई है; कृपया थोड़ी देर में फिर से कोशिश करें।
speech-connect-failed = मैं आपके वॉइस चैनल में शामिल नहीं हो सका (क्या मेरे पास वहाँ कनेक्ट करने और बोलने की अनुमतियाँ हैं?)। कुछ भी नहीं बोला गया।
speech-no-opus = इस इंस्टॉलेशन पर मैं वॉइस चैनलों में नहीं बोल सकता (Opus ऑडियो लाइब्रेरी मौजूद नहीं है; बॉट चलाने वाला इसे इंस्टॉल कर सकता है)। वॉइस मैसेज के लिए वॉइस चैनल के बाहर /say का उपयोग करें। कुछ भी नहीं बोला गया।
speech-restarting = बॉट फिर से शुरू हो रहा है; कुछ भी नहीं बोला गया।
speech-busy-elsewhere = मैं अभी <#{ $channel_id }> में बोल रहा हूँ; वहाँ शामिल हों, या वहाँ शांति होने पर फिर से कोशिश करें।
speech-message-too-long = उस टेक्स्ट से बना वॉइस मैसेज भेजने के लिए बहुत लंबा है।
speech-voice-gone = वह आवाज़ अब उपलब्ध नहीं है।
speech-unsendable = उस टेक्स्ट से बना ऑडियो वॉइस मैसेज के रूप में नहीं भेजा जा सकता (बहुत छोटा?)।
speech-tts-rate-limited = Inworld की टेक्स्ट-टू-स्पीच दर सीमा पूरी हो गई; कुछ भी पोस्ट नहीं किया गया। कृपया एक मिनट बाद फिर से कोशिश करें।
speech-tts-failed = { $reason } कुछ भी पोस्ट नहीं किया गया।
speech-skip-not-yours = अभी जो बोला जा रहा है उसे केवल उसे भेजने वाला, आवाज़ का मालिक या कोई मॉडरेटर छोड़ सकता है।
speech-stop-moderators-only = बॉट का बोलना केवल इस सर्वर का मॉडरेटर रोक सकता है।
speech-leave-join-first = मुझे चैनल छोड़ने के लिए कहने से पहले मेरे वॉइस चैनल में शामिल हों।
speech-leave-others-waiting = किसी और का टेक्स्ट बोला जा रहा है या प्रतीक्षा में है; कोई मॉडरेटर मुझे अभी हटा सकता है।

## Posts everyone reads, in the server's language
speech-disclosure-own = 🔊 <@{ $user_id }> अपनी AI आवाज़ **{ $name }** से बोल रहे हैं
speech-disclosure-server = 🔊 <@{ $user_id }> सर्वर की AI आवाज़ **{ $name }** से बोल रहे हैं
speech-status = 🔊 { $name } की AI आवाज़
speech-status-server-voice = सर्वर आवाज़ { $name }
speech-status-someone = एक सदस्य

## Discord refused a voice message (bot/speech/posting.py)
speech-post-timeout = Discord ने समय पर वॉइस मैसेज स्वीकार नहीं किया; कुछ भी नहीं भेजा गया।
speech-post-not-allowed = इस चैनल में वॉइस मैसेज की अनुमति नहीं है; कुछ भी नहीं भेजा गया।
speech-post-missing-permissions = मैं यहाँ वॉइस मैसेज पोस्ट नहीं कर सकता (मुझे इस चैनल में मैसेज भेजने, फ़ाइलें अटैच करने और वॉइस मैसेज भेजने की अनुमतियाँ चाहिए); कुछ भी नहीं भेजा गया।
speech-post-refused = Discord ने वॉइस मैसेज अस्वीकार कर दिया; कुछ भी नहीं भेजा गया। कृपया फिर से कोशिश करें।

## Replies (cogs/speech.py)
speech-sent-voice-message = 🔊 **{ $name }** में वॉइस मैसेज के रूप में भेजा गया ({ $chars } अक्षर)।
speech-speaking-now = 🔊 अभी **{ $name }** में बोल रहा हूँ ({ $chars } अक्षर)।
speech-queued = 🔊 **{ $name }** के साथ कतार में: आपसे पहले { $position } ({ $chars } अक्षर)।
speech-say-nothing-aloud = उस टेक्स्ट में ज़ोर से पढ़ने के लिए कुछ नहीं है (केवल कोड या इमोजी?)।
speech-only-own-messages = आप केवल अपने मैसेज ही बुलवा सकते हैं।
speech-message-nothing-aloud = उस मैसेज में ज़ोर से पढ़ने के लिए कुछ नहीं है।
