# खरीद अनुरोध: ख़रीदार के अनुरोध, फ़ॉर्म, कोटेशन की तुलना, और उत्पादकों को मिले अनुरोध।
rfqs-crumb = खरीद अनुरोध
rfqs-breadcrumb = पथ
rfqs-yours = आपका खरीद अनुरोध
rfqs-error-prefix = त्रुटि:
rfqs-status = { $status ->
    [pending] मंज़ूरी की प्रतीक्षा में
    [open] खुला
    [rejected] मंज़ूर नहीं
   *[closed] बंद
}
rfqs-close-reason = { $reason ->
    [deadline] अंतिम तिथि निकल गई
    [quotes] पर्याप्त कोटेशन मिल गए
   *[buyer] ख़रीदार ने बंद किया
}
rfqs-answers-by = जवाब { $date } तक
rfqs-answer-by = { $date } तक जवाब दें
rfqs-answer-by-label = जवाब की अंतिम तिथि
rfqs-posted = { $when } को भेजा गया

rfqs-list-title = आपके खरीद अनुरोध
rfqs-list-lead = अपनी ज़रूरत एक बार बताएँ; हमारी टीम की छोटी-सी जाँच के बाद यह उसे बनाने वाले हर सत्यापित उत्पादक तक पहुँचता है।
rfqs-list-lead-link = उनके जवाब आपकी पूछताछ में आते हैं।
rfqs-list-empty = आपने अभी तक कोई खरीद अनुरोध नहीं भेजा है।
rfqs-list-empty-link = जब कैटलॉग में कोई चीज़ न मिले, या कई उत्पादकों से ऑफ़र चाहिए, तब एक अनुरोध भेजें।

rfqs-new-title = खरीद अनुरोध भेजें
rfqs-new-crumb = नया
rfqs-new-lead = हमारी टीम हर अनुरोध की जाँच करती है, आम तौर पर एक कार्यदिवस में। फिर आपके चुने स्थानों के वे सत्यापित उत्पादक, जो आपकी बताई चीज़ बनाते हैं — शब्दों, HS कोड और क्षेत्र के आधार पर — इसे ई-मेल से पाते हैं और कोटेशन के साथ जवाब दे सकते हैं।
rfqs-new-part-what = आप क्या ढूँढ रहे हैं
rfqs-new-part-terms = कीमत और डिलीवरी
rfqs-new-part-where = कहाँ से
rfqs-new-where-hint = भारत में कहीं के भी उत्पादकों से जवाब पाने के लिए दोनों ख़ाली छोड़ें।
rfqs-new-submit = मंज़ूरी के लिए भेजें
rfqs-field-title = कुछ शब्दों में
    .hint = जैसे हाथ से बुने ऊनी कालीन, 2 × 3 मी
rfqs-field-details = विवरण
    .hint = सामग्री, आकार, रंग, पैकिंग, प्रमाणपत्र, माल कहाँ जाएगा। अधिकतम दो लिंक।
rfqs-field-quantity = मात्रा
rfqs-field-sector = क्षेत्र
    .blank = क्षेत्र चुनें
rfqs-field-category = श्रेणी
    .hint = जैसे कालीन, मसाले, पीतल के बर्तन
rfqs-field-hs-code = HS कोड
    .hint = अगर पता हो: 6 से 8 अंक, जैसे 570110
rfqs-field-deadline = जवाब कब तक चाहिए
    .hint = अनुरोध आपके समय क्षेत्र में इस दिन के अंत में, या 10 कोटेशन के बाद बंद हो जाता है।
rfqs-field-target-price = प्रति इकाई लक्ष्य कीमत
    .hint = आप कितना देना चाहते हैं, जैसे 12.50
rfqs-field-incoterm = इनकोटर्म
    .label = इनकोटर्म: माल को कौन कहाँ तक पहुँचाएगा
    .blank = अभी तय नहीं
rfqs-field-country = गंतव्य देश
    .blank = देश चुनें
rfqs-field-port = बंदरगाह या शहर
    .hint = जैसे रॉटरडैम, जेबेल अली
rfqs-field-samples = ऑर्डर से पहले मुझे नमूने चाहिए
rfqs-field-states = राज्य
rfqs-field-districts = ज़िले
    .picker = जैसे जयपुर, मुरादाबाद या Moradabad
    .picker-hint = किसी ज़िले या उसके राज्य के पहले अक्षर हिंदी या अंग्रेज़ी में लिखें और उसे चुनें; जितने चाहिए उतने चुनें।
    .hint = राज्य के अनुसार समूह। कई चुनने के लिए Ctrl (Mac पर Cmd) दबाए रखें; फ़ोन पर हर एक पर टैप करें। किसी नाम पर जाने के लिए उसके पहले अक्षर लिखें।

rfqs-show-pending = हमारी टीम हर अनुरोध को भेजने से पहले जाँचती है, आम तौर पर एक कार्यदिवस में। उत्पादकों को भेजे जाने पर हम आपको ई-मेल करते हैं।
rfqs-show-rejected = मंज़ूर नहीं हुआ।
rfqs-show-recipients = उत्पादकों को भेजा गया
rfqs-show-quotes = मिले कोटेशन
rfqs-show-compare = कोटेशन की आमने-सामने तुलना करें
rfqs-show-answers = जवाब
rfqs-show-no-answers-yet = अभी कोई जवाब नहीं। उत्पादक आम तौर पर कुछ दिनों में जवाब देते हैं; हर जवाब पर हम आपको ई-मेल करते हैं।
rfqs-show-no-answers = कोई जवाब नहीं।
rfqs-show-close = यह अनुरोध बंद करें
    .hint = इसके बाद उत्पादक इसका जवाब नहीं दे सकेंगे; शुरू हो चुकी बातचीत जारी रहेगी।
rfqs-show-facts = आपने क्या माँगा

rfqs-compare-title = कोटेशन की तुलना: { $title }
rfqs-compare-heading = कोटेशन की तुलना
rfqs-compare-target = आपकी लक्ष्य कीमत { $price }
rfqs-compare-destination = { $place } तक
rfqs-compare-column = { $column ->
    [price] प्रति इकाई कीमत
    [moq] न्यूनतम ऑर्डर
    [lead_time] तैयारी का समय
    [incoterm] इनकोटर्म
    [valid_until] वैधता
    [verified] सत्यापित
   *[reply_time] आम जवाब समय
}
rfqs-compare-sorted = { $column ->
    [price] प्रति इकाई कीमत
    [moq] न्यूनतम ऑर्डर
    [lead_time] तैयारी का समय
    [incoterm] इनकोटर्म
    [valid_until] वैधता
    [verified] सत्यापन
   *[reply_time] आम जवाब समय
} के अनुसार क्रम, { $order ->
    [a-z] A से Z
    [z-a] Z से A
    [soonest] सबसे पहले ख़त्म होने वाले पहले
    [latest] सबसे बाद में ख़त्म होने वाले पहले
    [verified] सत्यापित पहले
    [unverified] असत्यापित पहले
    [highest] सबसे ज़्यादा पहले
   *[lowest] सबसे कम पहले
}।
rfqs-compare-sort-hint = किसी कॉलम के शीर्षक को चुनकर उसके अनुसार क्रम लगाएँ; उलटने के लिए फिर चुनें।
rfqs-compare-currencies = अलग-अलग मुद्राओं की कीमतें मुद्रा के अनुसार समूह में हैं: हर मुद्रा की ऐसी संदर्भ दर नहीं है जिससे उनकी तुलना हो सके।
rfqs-compare-currencies-at-rates = अलग-अलग मुद्राओं की कीमतों की तुलना ECB संदर्भ दरों पर की गई है।
rfqs-compare-caption = { $title } के कोटेशन, हर उत्पादक की एक पंक्ति
rfqs-compare-producer = उत्पादक
rfqs-compare-lapsed = समाप्त
rfqs-compare-not-verified = अभी नहीं
rfqs-compare-reply-unknown = अभी पता नहीं
rfqs-compare-empty = अभी कोई कोटेशन नहीं। कीमत के साथ जवाब देने वाले उत्पादक यहाँ आमने-सामने दिखते हैं; हर एक पर हम आपको ई-मेल करते हैं।
rfqs-compare-without-quote = बिना कीमत के जवाब
rfqs-compare-back = अनुरोध पर वापस जाएँ

rfqs-received-title = आपके लिए खरीद अनुरोध
rfqs-received-lead = आपके क्षेत्र और स्थान में, आपकी बनाई चीज़ें ढूँढ रहे ख़रीदार। अंतिम तिथि से पहले संदेश और कोटेशन के साथ जवाब दें: 10 कोटेशन के बाद अनुरोध बंद हो जाता है।
rfqs-received-buyer-in = { $country } का ख़रीदार
rfqs-received-answered = जवाब दिया
rfqs-received-empty = अभी कोई खरीद अनुरोध नहीं। जब कोई ख़रीदार आपके क्षेत्र और स्थान के उत्पाद माँगेगा, वह यहाँ दिखेगा और हम आपको ई-मेल करेंगे। प्रकाशित उत्पादों वाले सत्यापित उत्पादकों को ये मिलते हैं।
rfqs-received-from = { $country } के ख़रीदार का खरीद अनुरोध
rfqs-received-needs = ख़रीदार को क्या चाहिए
rfqs-received-done = आप इस अनुरोध का जवाब दे चुके हैं।
rfqs-received-continue = बातचीत जारी रखें।
rfqs-received-closed = यह अनुरोध बंद है और अब जवाब नहीं लेता।
rfqs-received-facts = अनुरोध
rfqs-respond-title = ख़रीदार को जवाब दें
rfqs-respond-message = आपका संदेश
    .hint = आप क्या, किस चीज़ से और कैसे बना सकते हैं। ख़रीदार आपके व्यवसाय का नाम और सार्वजनिक पेज देखता है।
rfqs-respond-include-quote = कोटेशन जोड़ें
    .hint = एक कीमत जिसे ख़रीदार यहीं स्वीकार कर सकता है। आप बाद में बातचीत में भी भेज सकते हैं।
rfqs-respond-quote = आपका कोटेशन
    .optional = अगर ऊपर टिक किया हो
rfqs-respond-submit = जवाब भेजें

rfqs-notice-saved = आपका खरीद अनुरोध सहेज लिया गया। हमारी टीम इसे जाँचती है, आम तौर पर एक कार्यदिवस में; फिर यह मेल खाते उत्पादकों को जाता है और हम आपको ई-मेल करते हैं।
rfqs-notice-closed = खरीद अनुरोध बंद हो गया; उत्पादक अब इसका जवाब नहीं दे सकते।
rfqs-notice-answered = आपका जवाब ख़रीदार को ई-मेल से भेज दिया गया। बातचीत यहीं जारी रहती है।
