# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# Spoken consent: why a recording of the sentence was refused, and what to do next.
consent-not-yours = यह वाक्य किसी और को दिया गया था। अपना वाक्य पाने के लिए /clone चलाएँ।
consent-extra-samples = बोलकर दी गई सहमति में, आपके वाक्य की रिकॉर्डिंग ही आवाज़ का एकमात्र सैंपल होती है, इसलिए दूसरी रिकॉर्डिंग (जैसे `sample2` या `sample3`) इस्तेमाल नहीं की जा सकतीं। कृपया सिर्फ़ अपने वाक्य की रिकॉर्डिंग भेजें: आपका वाक्य <t:{ $expires }:t> तक मान्य है।
consent-tries-used = आपकी पिछली { $count } रिकॉर्डिंग अपने वाक्यों से मेल नहीं खाईं। कृपया { $wait } बाद फिर से कोशिश करें।
consent-not-voice-message = यह सर्वर वाक्य के लिए सिर्फ़ Discord में रिकॉर्ड किया गया वॉइस मैसेज स्वीकार करता है।
consent-replayed = यह रिकॉर्डिंग पहले ही इस्तेमाल हो चुकी है। कृपया अभी अपनी आवाज़ में वाक्य रिकॉर्ड करें।
consent-expired = रिकॉर्डिंग आने से पहले ही आपका वाक्य समाप्त हो गया।
consent-used = यह वाक्य पहले ही इस्तेमाल हो चुका है। नया वाक्य पाने के लिए फिर से /clone चलाएँ।

consent-heard-extra = मैंने आपका वाक्य सुना, लेकिन उसके पहले, बाद में या बीच में कोई और बोली भी सुनाई दी। रिकॉर्डिंग में सिर्फ़ आपकी अपनी आवाज़ में आपका वाक्य होना चाहिए, कोई और आवाज़ या कोई और बोलने वाला नहीं।
consent-heard-extra-seconds = मैंने आपका वाक्य सुना, लेकिन उसके पहले, बाद में या बीच में लगभग { $seconds } सेकंड की कोई और बोली भी सुनाई दी। रिकॉर्डिंग में सिर्फ़ आपकी अपनी आवाज़ में आपका वाक्य होना चाहिए, कोई और आवाज़ या कोई और बोलने वाला नहीं।
consent-heard-mismatch = मैंने “{ $heard }” सुना, जो आपके वाक्य से मेल नहीं खाता।
consent-heard-nothing-recognized = (ऐसा कुछ नहीं जिसे मैं पहचान सकूँ)

consent-inworld-heard-extra = Inworld ने “{ $heard }” सुना: आपका वाक्य, लेकिन दूसरी बोली भी, इसलिए आवाज़ तुरंत हटा दी गई। रिकॉर्डिंग में सिर्फ़ आपका वाक्य होना चाहिए।
consent-inworld-heard-mismatch = Inworld ने “{ $heard }” सुना, जो आपको दिया गया वाक्य नहीं है, इसलिए आवाज़ तुरंत हटा दी गई।
consent-heard-nothing = (कुछ नहीं)

consent-try-again = फिर से कोशिश करने के लिए, यह नया वाक्य ज़ोर से पढ़ें: “{ $sentence }” और इसकी रिकॉर्डिंग <t:{ $expires }:t> तक भेजें।
consent-no-tries-left = फ़िलहाल आपके पास कोई कोशिश बाकी नहीं है: { $wait } बाद फिर से कोशिश करें।
consent-then = { $first } { $then }
