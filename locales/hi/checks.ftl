# फ़ॉर्म किसी फ़ील्ड का मान स्वीकार न कर पाए तो उसके पास दिखने वाले संदेश, और API की 422 त्रुटियाँ।

field-at-least = कम से कम { $min } होना चाहिए।
field-at-most = अधिकतम { $max } हो सकता है।
field-choose-option = कोई एक विकल्प चुनें।
field-date-needed = तारीख़ चुनें।
field-date-past = यह तारीख़ बीत चुकी है; आज की या आगे की तारीख़ चुनें।
field-date-too-far = अगले दो साल के भीतर की तारीख़ चुनें।
field-days-between = { $min } से { $max } तक दिनों की पूरी संख्या लिखें।
field-honeypot = यह फ़ॉर्म किसी स्वचालित टूल से भरा हुआ लगता है, इसलिए भेजा नहीं गया।
field-needed = यह ज़रूरी है।
field-not-a-date = “{ $value }” तारीख़ नहीं है; YYYY-MM-DD रूप में लिखें।
field-not-a-number = “{ $value }” पूर्ण संख्या नहीं है।
field-number-between = { $min } से { $max } तक की पूर्ण संख्या लिखें।
field-number-needed = पूर्ण संख्या लिखें।
field-problem = { $text }
field-too-long = इसे { $max } अक्षरों के भीतर रखें (अभी { $count } अक्षर हैं)।
field-too-short = कम से कम { $min } अक्षर लिखें।
field-unreadable = कुछ फ़ील्ड पढ़े नहीं जा सके; फ़ॉर्म जाँचें।
account-company-enter-company-s = अपनी कंपनी का नाम लिखें।
account-company-keep-company-name = कंपनी का नाम 150 अक्षरों के भीतर रखें।
account-country-choose-country-company = वह देश चुनें जहाँ आपकी कंपनी है।
account-country-choose-country-list = सूची से देश चुनें।
account-email-invalid = name@example.com जैसा ईमेल पता लिखें।
account-email-needed = अपना ईमेल पता लिखें।
account-email-too-long = यह ईमेल पता बहुत लंबा है।
account-form-cannot-suspend-own = आप अपना ही खाता निलंबित नहीं कर सकते।
account-invite-exists = इस पते का खाता पहले से है; उसकी भूमिका नीचे बदलें।
account-invite-role = आयोजक या प्रशासक चुनें।
account-name-needed = अपना नाम लिखें।
account-name-too-long = नाम 100 अक्षरों के भीतर रखें।
account-new-email-already-address = यह पहले से आपका ही पता है।
account-not-current-password = यह आपका मौजूदा पासवर्ड नहीं है।
account-password-too-long = अधिकतम { $max } अक्षर रखें।
account-password-too-short = कम से कम { $min } अक्षर रखें; कुछ शब्दों को जोड़कर अच्छा पासवर्ड बनता है।
account-password-weak = यह पासवर्ड बहुत आम है या आसानी से अनुमान लगाया जा सकता है। आपस में असंबंधित शब्दों का कोई लंबा वाक्यांश आज़माएँ।
account-role-cannot-remove-own = आप अपनी ही प्रशासक भूमिका नहीं हटा सकते।
account-role-choose-whether-sell = चुनें कि आप बेचते हैं (उत्पादक) या ख़रीदते हैं (ख़रीदार)।
account-token-name-needed = टोकन का नाम उस प्रोग्राम के नाम पर रखें जो इसे इस्तेमाल करेगा, जैसे “स्टॉक सिंक”।
account-token-name-too-long = नाम { $max } अक्षरों के भीतर रखें।
account-token-too-many = आपके { $max } टोकन इस्तेमाल में हैं। पहले कोई ऐसा टोकन रद्द करें जिसकी अब ज़रूरत नहीं है।
account-two-factor-wrong-code = यह कोड सही नहीं है, या पहले ही इस्तेमाल हो चुका है। आपका ऐप अभी जो छह अंक दिखा रहा है वे लिखें, या अपना कोई रिकवरी कोड।
account-wrong-credentials = ईमेल पता या पासवर्ड ग़लत है।
enquiry-api-product-slug = उत्पाद को उसके स्लग से बताएँ, जैसे /products/{"{"}slug{"}"} में।
enquiry-buyer-type-choose-what-kind = चुनें कि आप किस तरह के ख़रीदार हैं।
enquiry-choose-country-list = सूची से देश चुनें।
enquiry-choose-incoterm-exw-fob = कोई Incoterm चुनें (EXW, FOB, CIF, DAP, DDP …)।
enquiry-choose-places-list = सूची से स्थान चुनें।
enquiry-currency-unknown = “{ $value }” कोई मान्य मुद्रा नहीं है; USD, EUR या INR जैसा कोड लिखें।
enquiry-enter-price-above-zero = शून्य से अधिक क़ीमत लिखें।
enquiry-enter-quantity = मात्रा लिखें।
enquiry-enter-quantity-least-1 = कम से कम 1 मात्रा लिखें।
enquiry-first-message-links = पहले संदेश में अधिकतम { $max } लिंक हो सकते हैं। अपनी ज़रूरत शब्दों में बताएँ; बातचीत शुरू होने के बाद लिंक भेजे जा सकते हैं।
enquiry-form-some-quote-could = कोटेशन का कुछ हिस्सा पढ़ा नहीं जा सका।
enquiry-form-some-request-could = अनुरोध का कुछ हिस्सा पढ़ा नहीं जा सका।
enquiry-incoterm-unknown = “{ $value }” Incoterms 2020 का कोई नियम नहीं है; इनमें से एक चुनें: { $rules }।
enquiry-note-keep-note-under = नोट 2000 अक्षरों के भीतर रखें।
enquiry-note-tell-buyer-why = ख़रीदार को बताएँ कि अनुरोध स्वीकृत क्यों नहीं हुआ।
enquiry-outcome-choose-how-conversation = चुनें कि बातचीत कैसे ख़त्म हुई।
enquiry-phone-use-digits-spaces = केवल अंक, स्पेस और + - ( ) लिखें, जैसे +31 20 123 4567।
enquiry-quantity-too-large = यह { $max } से अधिक है — मात्रा जाँचें।
enquiry-sector-choose-sector = सेक्टर चुनें।
enquiry-sector-unknown = “{ $value }” हमारे सेक्टरों में से नहीं है।
enquiry-time-zone-choose-time-zone = सूची से समय क्षेत्र चुनें, जैसे Europe/Amsterdam।
enquiry-title-say-few-words = कुछ शब्दों में बताएँ कि आप क्या ढूँढ रहे हैं।
enquiry-unit-choose = सूची से इकाई चुनें ({ $units })।
enquiry-website-enter-full-address = पूरा पता लिखें, जैसे https://example.com।
form-day-choose-one-event = आयोजन के दिनों में से एक चुनें।
form-day-write-date-yyyy = तारीख़ YYYY-MM-DD रूप में लिखें।
form-event-s-clocks-show = उस रात आयोजन के समय के हिसाब से यह समय दो बार आता है (डेलाइट सेविंग ख़त्म होती है); उस घंटे से बाहर का समय चुनें।
form-give-whole-minute-without = पूरा मिनट लिखें, सेकंड के बिना।
form-showcase-choose-one-showcases = अपनी प्रदर्शनियों में से एक चुनें।
listing-alt-needed = फ़ोटो का विवरण लिखें, उन लोगों के लिए जो इसे देख नहीं सकते।
listing-currency-unknown = “{ $value }” कोई मान्य मुद्रा कोड नहीं है (जैसे INR, USD, EUR)।
listing-district-choose-district-list = सूची से अपना ज़िला चुनें।
listing-enter-6-digit-hs = 6 अंकों का HS कोड या 8 अंकों का भारतीय HSN कोड लिखें, जैसे 500720 या 50072010।
listing-enter-price = क़ीमत लिखें।
listing-gi-product-choose-gi-register = रजिस्टर से कोई GI चुनें, या कोई भी नहीं।
listing-gi-product-other-state = यह GI आपके राज्य के लिए पंजीकृत नहीं है: अपने राज्य का कोई GI चुनें, या कोई भी नहीं।
listing-gstin-has-15-characters = GSTIN में 15 अक्षर होते हैं: 2 अंकों का राज्य कोड, आपका PAN, एंटिटी नंबर, Z और एक चेक अक्षर (जैसे 27AAPFU0939F1ZV)।
listing-gstin-s-last-character = इस GSTIN का आख़िरी अक्षर बाक़ी अक्षरों से मेल नहीं खाता: टाइपिंग की ग़लती जाँचें।
listing-hs-unknown = { $code } HS 2022 का कोई उपशीर्षक नहीं है।
listing-iec-has-10-characters = IEC में 10 अक्षर होते हैं: आपकी फ़र्म का PAN (जैसे AAPFU0939F) या पुराना 10 अंकों का कोड।
listing-import-columns-missing = फ़ाइल में ये कॉलम नहीं हैं: { $columns }; टेम्पलेट से शुरू करें।
listing-import-most-1000-rows = एक बार में अधिकतम 1000 पंक्तियाँ इम्पोर्ट करें।
listing-import-not-csv = फ़ाइल पढ़ने योग्य CSV नहीं है: { $problem }
listing-incoterm-unknown = “{ $value }” Incoterms 2020 का कोई नियम नहीं है।
listing-indian-number-has-10 = भारतीय नंबर में +91 के बाद 10 अंक होते हैं (लैंडलाइन में STD कोड के 0 के बाद)।
listing-kind-choose-what-kind = चुनें कि आपका व्यवसाय किस तरह का है।
listing-moq-unit-choose-unit-minimum = वह इकाई चुनें जिसमें न्यूनतम ऑर्डर गिना जाता है।
listing-note-needed = उत्पादक को बताएँ कि क्या बदलना है या सूची क्यों अस्वीकार की गई।
listing-odop-product-choose-one-district = अपने ज़िले के ODOP उत्पादों में से एक चुनें, या कोई भी नहीं।
listing-phone-example = नंबर अंकों में लिखें, जैसे +91 98765 43210 या 98765 43210।
listing-phone-write-number-takes = वह नंबर लिखें जिस पर WhatsApp संदेश आते हैं।
listing-price-decimals = इस मुद्रा में दशमलव के बाद अधिकतम { $max } अंक लिखें।
listing-price-invalid = “{ $value }” क़ीमत नहीं है; 1250 या 1250.50 की तरह लिखें।
listing-price-max-highest-price-cannot = सबसे ऊँची क़ीमत सबसे कम क़ीमत से नीचे नहीं हो सकती।
listing-price-must-more-than = क़ीमत शून्य से अधिक होनी चाहिए।
listing-price-too-large = यह क़ीमत बहुत बड़ी है।
listing-sector-choose-sector = सेक्टर चुनें।
listing-udyam-number-looks-like = Udyam नंबर UDYAM-UP-01-0012345 जैसा होता है।
meeting-api-hours-day = { $date } { $start }–{ $end }: { $problem }
meeting-api-hours-needed = आयोजन के कम से कम एक दिन के लिए अपना उपलब्ध समय बताएँ।
meeting-api-with-needed = जिस प्रतिभागी से मिलना है, उसे बताएँ: ?with={"{"}उनकी प्रतिभागी id{"}"}।
meeting-booking-closes-booking-must-close = बुकिंग बंद होने का समय खुलने के समय के बाद होना चाहिए।
meeting-booking-closes-booking-must-close-2 = बुकिंग आख़िरी मीटिंग ख़त्म होने तक बंद हो जानी चाहिए।
meeting-booking-closes-time-has-passed = यह समय बीत चुका है; बुकिंग बंद होने का समय आगे का होना चाहिए।
meeting-breaks-format = हर ब्रेक HH:MM-HH:MM रूप में लिखें, कॉमा से अलग करके।
meeting-busy-elsewhere = { $who ->
    [you] आपकी
    [they] उनकी
   *[other] { $who } की
} इस समय किसी आयोजन में एक और मीटिंग है; कोई और समय चुनें।
meeting-buyer-countries-choose-among-countries = दिए गए देशों में से चुनें।
meeting-buyer-organisers-book-only = आयोजक केवल आमंत्रित ख़रीदारों के लिए बुकिंग करते हैं; बाक़ी ख़रीदार अपनी मीटिंग ख़ुद बुक करते हैं।
meeting-choose-among-places-listed = दिए गए स्थानों में से चुनें।
meeting-choose-approved-producer = आयोजन के स्वीकृत उत्पादकों में से एक चुनें।
meeting-choose-hosted-buyer = आयोजन के आमंत्रित ख़रीदारों में से एक चुनें।
meeting-choose-one-options = कोई एक विकल्प चुनें।
meeting-clock-format = HH:MM रूप में लिखें।
meeting-clocks-skip-time-night = उस रात घड़ियाँ यह समय छोड़ देती हैं (डेलाइट सेविंग); कोई और समय चुनें।
meeting-co-hosts-too-many = अधिकतम { $max } सह-आयोजक लिखें।
meeting-co-hosts-write-each-co = हर सह-आयोजक अलग पंक्ति में लिखें: पहले नाम, फिर उसका वेब पता (https://…)।
meeting-daily-cap-reached = { $who ->
    [you] आपकी
    [they] उनकी
   *[other] { $who } की
} उस दिन उतनी मीटिंग पहले से तय हैं जितनी आयोजन में अनुमति है; कोई और दिन चुनें।
meeting-day-choose-one-event = आयोजन के दिनों में से एक चुनें।
meeting-draft-busy = { $name } की इस समय कोई मीटिंग है या यह समय रोका हुआ है।
meeting-draft-double = ड्राफ़्ट में इस समय { $name } की एक और मीटिंग है।
meeting-draft-not-on-programme = यह समय आयोजन के कार्यक्रम में नहीं है; दिए गए समयों में से एक चुनें।
meeting-draft-outside-hours = यह समय { $name } के उपलब्ध समय से बाहर है।
meeting-draft-same-time = मीटिंग पहले से इसी समय पर है; कोई और समय चुनें।
meeting-draft-time-passed = यह समय बीत चुका है; बाद का कोई समय चुनें।
meeting-email-only-organiser-accounts = केवल आयोजक खाते ही आयोजन कर सकते हैं।
meeting-email-they-organise-event = वे पहले से इस आयोजन के आयोजक हैं।
meeting-enquiry-id-choose-one-conversations = उनके साथ अपनी बातचीत में से एक चुनें, या कोई भी नहीं।
meeting-event-choose-one-events = ऐसा आयोजन चुनें जिसमें आप दोनों भाग ले रहे हैं, या आयोजन से अलग मीटिंग।
meeting-first-day-event-s-first = इस आयोजन का पहला दिन बीत चुका है; प्रकाशित करने से पहले उसे बदलें।
meeting-first-day-meetings-booked-programme = इस कार्यक्रम में मीटिंग बुक हो चुकी हैं: अब इसके दिन, घंटे और स्लॉट नहीं बदले जा सकते।
meeting-follow-up-answered = आपने यह फ़ॉलो-अप { $day } को भरा था; आपके उत्तर वैसे ही रखे गए हैं।
meeting-follow-up-no-meeting = फ़ॉलो-अप उन मीटिंग के लिए है जो हुईं; आपकी मीटिंग नहीं हुई।
meeting-follow-up-opens = फ़ॉलो-अप { $day } को खुलेगा, यानी मीटिंग के 90 दिन बाद।
meeting-follow-up-outcome-first = पहले बताएँ कि मीटिंग कैसी रही।
meeting-form-answered-follow-up = आप यह फ़ॉलो-अप पहले ही भर चुके हैं; आपके उत्तर वैसे ही रखे गए हैं।
meeting-hs-codes-write-hs-codes = 2 से 8 अंकों के HS कोड लिखें, कॉमा से अलग करके, जैसे 6214, 500710।
meeting-not-a-date-time = “{ $value }” तारीख़ और समय नहीं है; YYYY-MM-DD HH:MM रूप में लिखें।
meeting-not-a-time = “{ $value }” समय नहीं है; HH:MM रूप में लिखें।
meeting-order-value-give-value-only = मूल्य तभी लिखें जब ऑर्डर दिया गया हो।
meeting-outcome-currency-needed = इस मूल्य की मुद्रा चुनें, जैसे USD, EUR या INR।
meeting-outcome-currency-unknown = “{ $value }” कोई मान्य मुद्रा नहीं है; USD, EUR या INR जैसा ISO 4217 कोड लिखें।
meeting-outcome-did-not-happen = यह मीटिंग नहीं हुई: इसकी पुष्टि कभी नहीं हुई, या इसे रद्द कर दिया गया।
meeting-outcome-not-yet = यह मीटिंग अभी हुई नहीं है; इसके ख़त्म होने ({ $ends }) के बाद बताएँ कि कैसी रही।
meeting-outcome-value-invalid = “{ $value }” राशि नहीं है; 25000 या 1250.50 की तरह लिखें।
meeting-outcome-value-needed = मूल्य लिखें, या मुद्रा हटा दें।
meeting-outcome-value-zero = शून्य से अधिक मूल्य लिखें, या इसे ख़ाली छोड़ दें।
meeting-outside-hours = यह समय { $name } के उपलब्ध समय से { $minutes } मिनट बाहर है; कोई और समय चुनें, या “उनके उपलब्ध समय के बाहर बुक करें” पर टिक करें।
meeting-products-choose-among-listings = उत्पादक इस आयोजन में जो सूचियाँ ला रहे हैं, उनमें से चुनें।
meeting-products-choose-among-published = अपनी प्रकाशित सूचियों में से चुनें।
meeting-products-choose-least-one = साथ लाने के लिए अपनी प्रकाशित सूचियों में से कम से कम एक चुनें।
meeting-result-choose-how-meeting = चुनें कि मीटिंग कैसी रही।
meeting-schedule-break-outside = ब्रेक उस दिन के मीटिंग के घंटों के भीतर ही होना चाहिए।
meeting-schedule-days = आयोजन 1 से 14 दिन तक का हो सकता है।
meeting-schedule-ends-before-start = समाप्ति का समय शुरुआत के बाद होना चाहिए।
meeting-schedule-gap = मीटिंगों के बीच का अंतर अधिकतम 30 मिनट हो सकता है।
meeting-schedule-no-slots = मीटिंग के इन घंटों में एक भी मीटिंग की जगह नहीं बचती।
meeting-schedule-slot-length = एक मीटिंग 10 से 60 मिनट की हो सकती है।
meeting-sectors-choose-among-sectors = दिए गए सेक्टरों में से चुनें।
meeting-since-choose-what-happened = चुनें कि मीटिंग के बाद क्या हुआ।
meeting-slot-blocked = { $name } ने यह समय रोक रखा है; कोई और समय चुनें।
meeting-slot-held = इस समय { $name } की कोई और मीटिंग या अनुरोध है; कोई और समय चुनें।
meeting-slot-taken = यह समय अब ख़ाली नहीं है; कोई और समय चुनें।
meeting-starts-at-meeting-s-time = मीटिंग पहले से इसी समय पर है; कोई और समय चुनें।
meeting-starts-at-time-has-passed = यह समय बीत चुका है; बाद का कोई समय चुनें।
meeting-starts-at-time-not-event = यह समय आयोजन के कार्यक्रम में नहीं है।
meeting-starts-at-time-not-event-2 = यह समय आयोजन के कार्यक्रम में नहीं है; दिए गए समयों में से एक चुनें।
meeting-starts-at-time-taken-moment = यह समय अभी-अभी किसी और ने ले लिया; कोई और समय चुनें।
meeting-time-choose-offered = दिए गए समयों में से एक चुनें।
meeting-time-zone-unknown = “{ $value }” कोई मान्य समय क्षेत्र नहीं है; Europe/London या Asia/Kolkata जैसा नाम लिखें।
meeting-took-place-say-whether-meeting = बताएँ कि मीटिंग हुई या नहीं।
meeting-video-base-invalid = https:// वाला पता दें; {"{"}room{"}"} जहाँ लिखा हो वहाँ हर मीटिंग के कमरे का नाम आएगा, नहीं तो नाम अंत में जुड़ जाएगा।
meeting-video-url-invalid = मीटिंग का https:// पता पेस्ट करें (अधिकतम 500 अक्षर)।
showcase-event-choose-one-events = सूची के आयोजनों में से एक चुनें।
showcase-last-before-first = आख़िरी दिन पहले दिन ({ $first }) से पहले नहीं हो सकता।
showcase-live-from-choose-first-day = अगले दो साल के भीतर का कोई पहला दिन चुनें।
showcase-live-from-choose-first-day-2 = पहला दिन भी चुनें।
showcase-live-from-choose-first-day-3 = वह पहला दिन चुनें जब से यह दिखेगी, सेव करें, फिर प्रकाशित करें।
showcase-live-from-published-showcase-needs = प्रकाशित प्रदर्शनी का पहला दिन होना ज़रूरी है; उसे हटाने के लिए प्रदर्शनी को वापस ड्राफ़्ट में ले जाएँ।
showcase-live-until-day-has-passed = यह दिन बीत चुका है; आज या आगे का कोई दिन चुनें।
showcase-live-until-last-day-has = इसका आख़िरी दिन बीत चुका है; बाद का कोई दिन चुनें, सेव करें, फिर प्रकाशित करें।
showcase-product-add-least-one = प्रकाशित करने से पहले कम से कम एक प्रकाशित उत्पाद जोड़ें।
showcase-product-already = “{ $title }” इस प्रदर्शनी में पहले से है।
showcase-product-there-no-such = साइट पर ऐसा कोई उत्पाद नहीं है; खोज से कोई उत्पाद चुनें।
showcase-product-unpublished = “{ $title }” प्रकाशित नहीं है ({ $status ->
    [draft] ड्राफ़्ट
    [submitted] समीक्षा की प्रतीक्षा में
    [changes_requested] बदलाव माँगे गए
    [rejected] अस्वीकृत
    [archived] संग्रहीत
   *[withheld] खाता निलंबित होने के कारण रोका गया
}): प्रदर्शनी में केवल वही उत्पाद जा सकते हैं जो ख़रीदारों को दिखते हैं।
showcase-products-too-many = एक प्रदर्शनी में अधिकतम { $max } उत्पाद हो सकते हैं; बाक़ी के लिए नई प्रदर्शनी शुरू करें।
showcase-section-choose-one-showcase = इस प्रदर्शनी के पवेलियनों में से एक चुनें।
showcase-section-too-long = “{ $name }” बहुत लंबा है: हर नाम 80 अक्षरों के भीतर रखें।
showcase-section-twice = “{ $name }” दो बार लिखा गया है।
showcase-sections-name-least-one = कम से कम एक पवेलियन का नाम लिखें, हर पंक्ति में एक।
showcase-sections-too-many = अधिकतम { $max } पवेलियन रखें।
showcase-slug-shape = 3 से 80 तक छोटे अंग्रेज़ी अक्षर (a–z), अंक और एक-एक हाइफ़न इस्तेमाल करें, जैसे “handlooms-of-uttar-pradesh”।
showcase-slug-taken = किसी और प्रदर्शनी का पता पहले से “{ $slug }” है; कोई दूसरा पता चुनें।

## Translations of a listing or a story (`catalogue::translations`)
translation-language-choose = दी गई भाषाओं में से एक चुनें।
translation-same-language = { $language ->
    [hi] लिस्टिंग हिन्दी में लिखी है: कोई दूसरी भाषा चुनें।
    [ar] लिस्टिंग अरबी में लिखी है: कोई दूसरी भाषा चुनें।
   *[en] लिस्टिंग अंग्रेज़ी में लिखी है: कोई दूसरी भाषा चुनें।
}
translation-own-language-taken = { $language ->
    [hi] लिस्टिंग का हिन्दी अनुवाद पहले से है: पहले उसे हटाएँ, या यही भाषा रखें।
    [ar] लिस्टिंग का अरबी अनुवाद पहले से है: पहले उसे हटाएँ, या यही भाषा रखें।
   *[en] लिस्टिंग का अंग्रेज़ी अनुवाद पहले से है: पहले उसे हटाएँ, या यही भाषा रखें।
}
translation-story-language-taken = { $language ->
    [hi] आपकी कहानी का हिन्दी रूप "दूसरी भाषाएँ" में पहले से है: पहले उसे वहाँ खाली करें, या भाषा पहले जैसी रखें।
    [ar] आपकी कहानी का अरबी रूप "दूसरी भाषाएँ" में पहले से है: पहले उसे वहाँ खाली करें, या भाषा पहले जैसी रखें।
   *[en] आपकी कहानी का अंग्रेज़ी रूप "दूसरी भाषाएँ" में पहले से है: पहले उसे वहाँ खाली करें, या भाषा पहले जैसी रखें।
}
