# साइन-अप, साइन-इन, दो-चरणीय साइन-इन, पासवर्ड रीसेट, ईमेल पुष्टि और खाता पेज।

## साझा
accounts-email = ईमेल पता
accounts-password = पासवर्ड
accounts-new-password = नया पासवर्ड
accounts-password-hint = कम से कम 10 अक्षर; कुछ शब्दों को जोड़कर अच्छा पासवर्ड बनता है।
accounts-sign-in = साइन इन
accounts-go-sign-in = साइन इन पर जाएँ
accounts-go-dashboard = अपने डैशबोर्ड पर जाएँ
accounts-send-link = लिंक भेजें
accounts-send-link-again = लिंक फिर से भेजें
accounts-check-inbox = अपना इनबॉक्स देखें
accounts-code-from-app = आपके ऐप का कोड
accounts-two-factor = दो-चरणीय साइन-इन

## साइन-अप
# $producer उत्पादक के व्यवसाय का नाम है, $product लिस्टिंग का शीर्षक।
accounts-signup-title = ODOP बाज़ार से जुड़ें
accounts-signup-description = ODOP बाज़ार पर मुफ़्त खाता बनाएँ: उत्पादक अपने ज़िले के उत्पाद सूचीबद्ध करते हैं, ख़रीदार उन्हें खोजकर संपर्क करते हैं।
accounts-signup-lead-enquiry = { $producer } को “{ $product }” के बारे में अपनी पूछताछ भेजने के लिए मुफ़्त ख़रीदार खाता बनाएँ। ईमेल पते की पुष्टि होते ही हम आपको वापस वहीं ले आएँगे।
accounts-signup-lead = एक खाता, मुफ़्त। उत्पादक दिखाते हैं कि उनका ज़िला क्या बनाता है; ख़रीदार उन्हें सीधे स्रोत पर पाते हैं।
accounts-signup-role = उत्पादक या ख़रीदार
accounts-signup-joining-as = मैं इस रूप में जुड़ रहा/रही हूँ
accounts-signup-producer = उत्पादक
accounts-signup-producer-text = मैं उत्पाद बनाता/बनाती या बेचता/बेचती हूँ — कारीगर, FPO, SHG, सूक्ष्म इकाई, निर्यातक
accounts-signup-buyer = ख़रीदार
accounts-signup-buyer-text = मैं अपने व्यवसाय के लिए ख़रीदता/ख़रीदती हूँ — आयातक, थोक व्यापारी, खुदरा विक्रेता
accounts-signup-name = आपका नाम
    .hint = जैसा आप चाहते हैं कि ख़रीदार और उत्पादक इसे देखें।
accounts-signup-email-hint = यह पता आपका है, इसकी पुष्टि के लिए हम यहाँ एक लिंक भेजते हैं।
accounts-signup-password = पासवर्ड चुनें
accounts-signup-business = आपका व्यवसाय
accounts-signup-buyers-only = केवल ख़रीदार
accounts-signup-producers-leave-empty = उत्पादक इन्हें ख़ाली छोड़ सकते हैं।
accounts-signup-company = कंपनी का नाम
accounts-signup-country = देश
accounts-signup-choose-country = देश चुनें
accounts-signup-submit = मेरा खाता बनाएँ
accounts-signup-have-account = पहले से खाता है?

## साइन-अप के बाद इनबॉक्स
accounts-inbox-eyebrow = बस थोड़ा और
accounts-inbox-sent = हमने { $email } पर एक ईमेल भेजा है। अपने पते की पुष्टि के लिए उसमें दिए लिंक पर जाएँ। लिंक 24 घंटे तक काम करता है।
accounts-inbox-enquiry = यह लिंक आपको { $producer } को “{ $product }” के बारे में आपकी पूछताछ पर वापस ले आएगा।
accounts-inbox-existing = अगर इस पते का खाता पहले से है, तो ईमेल में बताया गया है कि साइन इन कैसे करें।
accounts-inbox-nothing = कुछ मिनट बाद भी कुछ नहीं आया? अपना स्पैम या प्रमोशन फ़ोल्डर देखें। अगर ऊपर का पता ग़लत है, तो
accounts-inbox-start-again = फिर से शुरू करें
accounts-back-home = होम पेज पर वापस जाएँ

## पते की पुष्टि
accounts-confirm-title = अपने ईमेल पते की पुष्टि करें
accounts-confirm-eyebrow = एक कदम बाक़ी
accounts-confirm-lead = हमने { $email } पर एक लिंक भेजा है। यह पता आपका है, इसकी पुष्टि के लिए उसे खोलें; फिर साइट पर सब कुछ आपके लिए खुल जाएगा।
accounts-confirm-note = तब तक हम आपका खाता बंद रखते हैं, क्योंकि कोई भी ऐसा पता लिख सकता है जो उसका नहीं है। कुछ मिनट बाद भी कुछ नहीं आया? अपना स्पैम या प्रमोशन फ़ोल्डर देखें, या नया लिंक माँगें।
accounts-confirm-wrong = पता ग़लत है? साइन आउट करें और सही पते से
accounts-confirm-again = खाता फिर से बनाएँ
accounts-confirm-wrong-end = ।

## पते की पुष्टि हो गई
accounts-confirmed-title = पते की पुष्टि हो गई
accounts-confirmed-eyebrow = हो गया
accounts-confirmed-heading = आपके पते की पुष्टि हो गई है
accounts-confirmed-lead = धन्यवाद। आपके ODOP बाज़ार खाते के लिए { $email } की पुष्टि हो गई है।
accounts-confirmed-next = आगे: { $producer } को “{ $product }” के बारे में आपकी पूछताछ।
accounts-confirmed-write = अपनी पूछताछ लिखें
accounts-confirmed-continue = जारी रखें
accounts-confirmed-sign-in-write = पूछताछ लिखने के लिए साइन इन करें

## भूला हुआ पासवर्ड
accounts-forgot-title = अपना पासवर्ड रीसेट करें
accounts-forgot-lead = वह पता लिखें जिससे आपने साइन अप किया था। नया पासवर्ड चुनने के लिए हम आपको एक लिंक ईमेल करेंगे।
accounts-forgot-hint = लिंक 1 घंटे तक काम करता है।
accounts-forgot-remembered = याद आ गया?
accounts-reset-sent = अगर { $email } का कोई खाता है, तो हमने 1 घंटे तक मान्य एक लिंक भेजा है। नया पासवर्ड चुनने के लिए उस पर जाएँ।
accounts-reset-sent-nothing = कुछ मिनट बाद भी कुछ नहीं आया? अपना स्पैम फ़ोल्डर देखें, या
accounts-reset-sent-other = कोई दूसरा पता आज़माएँ

## पुराना लिंक
accounts-expired-title = इस लिंक की अवधि समाप्त हो गई है
accounts-expired-kind = { $kind ->
    [reset] पासवर्ड लिंक
   *[verify] पुष्टि लिंक
}
accounts-expired-lead = लिंक का समय निकल चुका है या वह पहले ही इस्तेमाल हो चुका है। हर लिंक केवल एक बार, और सीमित समय तक ही काम करता है।
accounts-expired-reset = नया लिंक माँगें और हमारे भेजे सबसे नए ईमेल का इस्तेमाल करें।
accounts-expired-ask = नया लिंक माँगें
accounts-expired-verify-signed-in = अगर आप अपने पते की पुष्टि कर चुके हैं, तो और कुछ करने की ज़रूरत नहीं है। नहीं तो अपने डैशबोर्ड से नया लिंक माँगें।
accounts-expired-verify = अगर आप अपने पते की पुष्टि कर चुके हैं, तो और कुछ करने की ज़रूरत नहीं है। नहीं तो साइन इन करके अपने डैशबोर्ड से नया लिंक माँगें।

## साइन-इन
accounts-login-lead-enquiry = { $producer } को “{ $product }” के बारे में अपनी पूछताछ भेजने के लिए साइन इन करें, या मुफ़्त ख़रीदार खाता बनाएँ। हम आपको सीधे वहीं वापस ले आएँगे।
accounts-login-forgotten = पासवर्ड भूल गए?
accounts-login-new = ODOP बाज़ार पर नए हैं?
accounts-login-create-buyer = मुफ़्त ख़रीदार खाता बनाएँ
accounts-login-create = खाता बनाएँ
accounts-code-title = आपका साइन-इन कोड
accounts-code-eyebrow = साइन इन, चरण 2 में से 2
accounts-code-label = आपके ऑथेंटिकेटर ऐप का कोड
    .hint = छह अंक; हर 30 सेकंड में नया। फ़ोन खो गया? इसकी जगह अपना कोई रिकवरी कोड लिखें।
accounts-code-not-you = आप नहीं हैं, या कोड पास नहीं है?
accounts-code-start-again = फिर से शुरू करें

## नया पासवर्ड चुनना
accounts-reset-title = पासवर्ड चुनें
accounts-reset-lead = साइन इन के लिए आप इसे अपने ईमेल पते के साथ इस्तेमाल करेंगे। आपके खाते में साइन इन बाक़ी सभी डिवाइस साइन आउट हो जाएँगे।
accounts-reset-save = पासवर्ड सहेजें

## दो-चरणीय साइन-इन
accounts-two-factor-lead = पासवर्ड के बाद, साइन इन करते समय आपके फ़ोन के किसी ऐप (Google Authenticator, Microsoft Authenticator, Aegis, 2FAS आदि) का छह अंकों का कोड भी पूछा जाता है। जिसे आपका पासवर्ड पता चल जाए, वह भी अंदर नहीं आ सकता।
accounts-two-factor-old-session = इस ब्राउज़र ने दो-चरणीय साइन-इन ज़रूरी होने से पहले साइन इन किया था।
accounts-two-factor-sign-in-again = फिर से साइन इन करें
accounts-two-factor-old-session-end = और जारी रखने के लिए अपना कोड डालें।
accounts-two-factor-on = चालू
accounts-two-factor-off = बंद
accounts-two-factor-codes-left = आपके पास { $count ->
    [one] { $count } अप्रयुक्त रिकवरी कोड है
   *[other] { $count } अप्रयुक्त रिकवरी कोड हैं
}। फ़ोन खो जाने पर हर कोड एक बार काम करता है।
accounts-two-factor-new-codes = नए रिकवरी कोड बनाएँ
accounts-two-factor-turn-off = दो-चरणीय साइन-इन बंद करें
accounts-two-factor-must-keep = प्रशासकों और आयोजकों को इसे चालू रखना होता है।
accounts-two-factor-must-turn-on = प्रशासकों और आयोजकों को दो चरणों में साइन इन करना होता है। जारी रखने के लिए इसे चालू करें।
accounts-two-factor-how = इसमें एक मिनट लगता है: ऐप से QR कोड स्कैन करें, ऐप जो कोड दिखाए उसे लिखें, और हमारे दिए रिकवरी कोड किसी सुरक्षित जगह रखें।
accounts-two-factor-turn-on = दो-चरणीय साइन-इन चालू करें
accounts-enrol-heading = इस कोड को अपने ऐप से स्कैन करें
accounts-enrol-step-scan = अपना ऑथेंटिकेटर ऐप खोलें और एक खाता जोड़ें (अक्सर “+” बटन), फिर कोड स्कैन करें।
accounts-enrol-cannot-scan = स्कैन नहीं हो रहा? इसकी जगह ऐप में यह कुंजी लिखें:
accounts-enrol-step-type = ऐप ODOP बाज़ार के लिए जो छह अंक दिखाए, वे लिखें।
accounts-enrol-submit = इसे चालू करें
accounts-recovery-title = आपके रिकवरी कोड
accounts-recovery-eyebrow = दो-चरणीय साइन-इन चालू है
accounts-recovery-heading = इन रिकवरी कोड को सुरक्षित रखें
accounts-recovery-lead = अगर आपका फ़ोन खो जाए, तो ऐप के कोड की जगह हर कोड से एक बार साइन इन किया जा सकता है। ये केवल इसी बार दिखाए जा रहे हैं: इन्हें प्रिंट करें या लिख लें, और अपने फ़ोन से दूर रखें।
accounts-recovery-kept = मैंने इन्हें रख लिया है

## खाता पेज
accounts-settings = खाता सेटिंग
accounts-status = स्थिति
accounts-confirmed = पुष्टि हो चुकी
accounts-not-confirmed = अभी पुष्टि नहीं हुई
accounts-type = खाते का प्रकार
# $role खाते की भूमिका है, जैसी सहेजी गई है।
accounts-role = { $role ->
    [producer] उत्पादक
    [buyer] ख़रीदार
    [organiser] आयोजक
   *[admin] प्रशासक
}
accounts-unconfirmed-callout = आपके पते की अभी पुष्टि नहीं हुई है। हमारे ईमेल किए लिंक पर जाएँ, या नया लिंक माँगें।
accounts-name-title = आपका नाम
accounts-name = नाम
    .hint = ODOP बाज़ार पर जिन लोगों से आपका लेन-देन होता है, उन्हें दिखता है।
accounts-name-save = नाम सहेजें
accounts-language-title = भाषा
accounts-language = साइट और आपके ईमेल की भाषा
    .hint = आप जहाँ भी साइन इन करें, पेज और ईमेल इसी भाषा में लिखे जाते हैं।
accounts-language-save = भाषा सहेजें
accounts-password-lead = इसे बदलने पर आप बाक़ी सभी डिवाइस पर साइन आउट हो जाते हैं।
accounts-current-password = मौजूदा पासवर्ड
accounts-password-change = पासवर्ड बदलें
accounts-email-lead = हम नए पते पर एक लिंक भेजते हैं। आपका पता तभी बदलता है जब आप उस लिंक पर जाते हैं; तब तक आप { $email } से साइन इन करते हैं।
accounts-new-email = नया ईमेल पता
accounts-your-password = आपका पासवर्ड
    .hint = ताकि हमें पता चले कि यह आप ही हैं।
accounts-two-factor-about = पासवर्ड के बाद आपके फ़ोन के किसी ऐप का कोड, ताकि चोरी हुआ पासवर्ड अकेले काफ़ी न हो।
accounts-two-factor-manage = चालू: प्रबंधित करें
accounts-two-factor-start = इसे चालू करें
accounts-sessions-title = आप कहाँ-कहाँ साइन इन हैं
accounts-sessions-lead = हर वह ब्राउज़र जिससे आपने साइन इन किया। अगर कोई पहचान में न आए, तो उसे साइन आउट करें और अपना पासवर्ड बदलें।
accounts-sessions-list = आपके साइन-इन डिवाइस
accounts-session-this = यह डिवाइस
accounts-session-when = साइन इन { $signed_in } · अंतिम गतिविधि { $last_seen }
accounts-session-network = नेटवर्क { $network }
accounts-session-sign-out = साइन आउट
accounts-sessions-end-others = बाक़ी सभी जगह से साइन आउट करें
accounts-api-title = API पहुँच
# पेज API के पते को कोड के रूप में दोनों हिस्सों के बीच रखता है।
accounts-api-lead = आपके अपने प्रोग्राम (स्टॉक शीट, आपकी दुकान का सॉफ़्टवेयर) साइट के JSON API से काम कर सकते हैं, जिसका पता है
accounts-api-lead-end = । हर प्रोग्राम को उसका अपना टोकन दें; जब तक आप टोकन रद्द न करें, वह आपकी ओर से काम करता है।
accounts-api-new-token = आपका नया टोकन “{ $name }”।
accounts-api-copy-now = इसे अभी कॉपी करें: यह केवल इसी एक बार दिखाया जा रहा है।
accounts-api-header = प्रोग्राम इसे हर अनुरोध के साथ इस हेडर में भेजते हैं:
accounts-api-tokens = आपके API टोकन
accounts-api-made = बनाया { $created }
accounts-api-last-used = पिछली बार इस्तेमाल { $last_used }
accounts-api-never-used = कभी इस्तेमाल नहीं हुआ
accounts-api-revoked = रद्द { $revoked }
accounts-api-revoke = रद्द करें
accounts-api-token-name = नए टोकन का नाम
    .hint = इसे क्या इस्तेमाल करेगा, जैसे स्टॉक सिंक।
accounts-api-create = टोकन बनाएँ

## बदलाव के बाद की सूचनाएँ (अगले पेज पर दिखती हैं)
accounts-notice-link-resent = हमने { $email } पर पुष्टि का नया लिंक भेजा है।
accounts-notice-password-reset = आपका पासवर्ड बदल गया है। नए पासवर्ड से साइन इन करें।
accounts-notice-name-saved = आपका नाम सहेज लिया गया है।
accounts-notice-language-saved = साइट और आपके ईमेल अब हिन्दी में हैं।
accounts-notice-password-changed = आपका पासवर्ड बदल गया है। बाक़ी डिवाइस साइन आउट कर दिए गए हैं।
accounts-notice-email-link = हमने { $email } पर एक लिंक भेजा है। उस पर जाने पर आपका पता बदल जाएगा।
accounts-notice-token-revoked = टोकन “{ $name }” रद्द कर दिया गया है: अब से इसे इस्तेमाल करने वाले प्रोग्राम अस्वीकार किए जाएँगे।
accounts-notice-device-out = वह डिवाइस साइन आउट हो गया है।
accounts-notice-device-was-out = वह डिवाइस पहले ही साइन आउट हो चुका था।
accounts-notice-others-out = { $count ->
    [0] कोई और डिवाइस साइन इन नहीं था।
    [one] एक और डिवाइस साइन आउट हो गया है।
   *[other] { $count } और डिवाइस साइन आउट हो गए हैं।
}
accounts-notice-too-slow = इसमें बहुत देर हो गई, इसलिए कृपया फिर से साइन इन करें।
accounts-notice-two-factor-off = दो-चरणीय साइन-इन बंद है। अब साइन इन के लिए केवल आपका पासवर्ड पूछा जाता है।
accounts-email-taken-meanwhile = इस बीच किसी दूसरे खाते ने वह पता इस्तेमाल करना शुरू कर दिया, इसलिए आपका पता नहीं बदला गया।
accounts-language-choose = सूची में से कोई एक भाषा चुनें।
