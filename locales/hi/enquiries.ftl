# ख़रीदारों और उत्पादकों की बातचीत: इनबॉक्स, बातचीत, पूछताछ फ़ॉर्म, ऑर्डर सारांश और ख़रीदार प्रोफ़ाइल;
# खरीद अनुरोध पेजों के साझा हिस्से।
enquiries-breadcrumb = पथ
enquiries-home = होम
enquiries-error-prefix = त्रुटि:
enquiries-optional = वैकल्पिक
enquiries-cancel = रद्द करें
enquiries-honeypot = इस फ़ील्ड को ख़ाली छोड़ें
enquiries-back-to-dashboard = डैशबोर्ड पर वापस जाएँ
enquiries-you = आप
enquiries-with = साथ:
enquiries-from = से:
enquiries-unread-count = { $count } अपठित
enquiries-days = { $count } दिन
enquiries-minutes = { $count } मिनट
enquiries-lead-time = तैयारी का समय
enquiries-status = { $status ->
    [new] नई
    [replied] जवाब दिया
    [quoted] कोटेशन भेजा
    [accepted] कोटेशन स्वीकार
    [declined] कोटेशन अस्वीकार
   *[closed] बंद
}
enquiries-quote-status = { $status ->
    [offered] प्रस्तावित
    [accepted] स्वीकार
    [declined] अस्वीकार
   *[superseded] नए कोटेशन से बदला गया
}
enquiries-outcome = { $outcome ->
    [won] सफल – ऑर्डर तय हुआ
    [lost] असफल – इस बार ऑर्डर नहीं
   *[no_response] कोई जवाब नहीं
}
enquiries-buyer-type = { $kind ->
    [importer] आयातक
    [wholesaler] थोक व्यापारी / वितरक
    [retailer] खुदरा विक्रेता
    [sourcing_agent] सोर्सिंग एजेंट
    [designer] डिज़ाइनर / ब्रांड
   *[corporate_gifting] कॉर्पोरेट उपहार
}
enquiries-meeting-status = { $status ->
    [requested] अनुरोध किया
    [accepted] स्वीकार
    [declined] अस्वीकार
    [cancelled] रद्द
   *[expired] समाप्त
}
enquiries-incoterm-meaning = { $code ->
    [EXW] एक्स वर्क्स: आप माल उत्पादक के परिसर से उठाते हैं
    [FCA] फ़्री कैरियर: निर्यात मंज़ूरी के साथ आपके वाहक को सौंपा जाता है
    [FAS] फ़्री अलॉन्गसाइड शिप: भारतीय बंदरगाह पर जहाज़ के पास पहुँचाया जाता है
    [FOB] फ़्री ऑन बोर्ड: भारतीय बंदरगाह पर जहाज़ पर लादा जाता है
    [CFR] लागत और भाड़ा: आपके बंदरगाह तक समुद्री भाड़ा चुकाया हुआ
    [CIF] लागत, बीमा और भाड़ा: CFR जैसा, बीमे के साथ
    [CPT] कैरिज पेड टू: आपके बताए स्थान तक ढुलाई चुकाई हुई
    [CIP] कैरिज एंड इंश्योरेंस पेड टू: CPT जैसा, बीमे के साथ
    [DAP] डिलीवर्ड एट प्लेस: आपके पते तक, आयात शुल्क आपका
    [DPU] डिलीवर्ड एट प्लेस अनलोडेड: आपके स्थान पर पहुँचाकर उतारा जाता है
   *[DDP] डिलीवर्ड ड्यूटी पेड: आपके पते तक, आयात शुल्क चुकाया हुआ
}
enquiries-incoterm-choice = { $code } – { enquiries-incoterm-meaning }

enquiries-field-unit = इकाई
enquiries-field-unit-price = प्रति इकाई कीमत
    .hint = जैसे 11.80
enquiries-field-currency = मुद्रा
    .hint = USD, EUR, INR …
enquiries-field-moq = न्यूनतम ऑर्डर
enquiries-field-lead-time = तैयारी का समय (दिनों में)
    .hint = पक्के ऑर्डर से माल भेजने तक।
enquiries-field-incoterm = इनकोटर्म
    .label = इनकोटर्म: माल को कौन कहाँ तक पहुँचाएगा
    .blank = इनकोटर्म चुनें
enquiries-field-valid-until = कब तक मान्य
enquiries-field-notes = टिप्पणी
    .hint = पैकिंग, भुगतान की शर्तें, नमूने, कीमत में क्या शामिल है।
enquiries-field-target-price = प्रति इकाई लक्ष्य कीमत
    .hint = आप कितना देना चाहते हैं, जैसे 12.50
enquiries-field-country = गंतव्य देश
    .blank = देश चुनें
enquiries-field-port = बंदरगाह या शहर
    .hint = जैसे रॉटरडैम, जेबेल अली
enquiries-field-required-by = कब तक चाहिए
enquiries-field-message = उत्पादक के लिए संदेश
    .hint = आपको चाहिए रंग, आकार, पैकिंग, प्रमाणपत्र। अधिकतम { $count } अक्षर और दो लिंक।

enquiries-fact-quantity = मात्रा
enquiries-fact-sector = क्षेत्र
enquiries-fact-from = कहाँ से
enquiries-fact-anywhere = भारत में कहीं भी
enquiries-fact-hs-code = HS कोड
enquiries-fact-target-price = लक्ष्य कीमत
enquiries-fact-ship-to = कहाँ भेजना है
enquiries-fact-samples = नमूने
enquiries-fact-samples-wanted = ऑर्डर से पहले चाहिए
enquiries-fact-samples-not-asked = नहीं माँगे
enquiries-fact-answers-by = जवाब की अंतिम तिथि

enquiries-inbox-lead-buyer = उत्पादकों से आपकी बातचीत: उनके जवाब, कोटेशन और आपके फ़ैसले। कुछ नया आने पर हम आपको ई-मेल करते हैं।
enquiries-inbox-lead-producer = आपके उत्पादों पर ख़रीदारों की पूछताछ और खरीद अनुरोधों पर आपके जवाब। दो दिन में जवाब दें: ख़रीदार देखते हैं कि आप आम तौर पर कितनी जल्दी जवाब देते हैं।
enquiries-inbox-browse = उत्पाद देखें
enquiries-inbox-list = बातचीत, नई पहले
enquiries-from-buy-request = खरीद अनुरोध
enquiries-inbox-empty-buyer = अभी कोई बातचीत नहीं। कोई पसंदीदा उत्पाद खोलें और “पूछताछ भेजें” दबाएँ।
enquiries-inbox-empty-buyer-link = या खरीद अनुरोध भेजें और मेल खाते सभी उत्पादकों तक एक साथ पहुँचें।
enquiries-inbox-empty-producer = अभी कोई पूछताछ नहीं। ख़रीदार आपके उत्पाद पेजों से आपको लिखते हैं।
enquiries-inbox-empty-producer-link = पक्का करें कि आपके उत्पाद साफ़ फ़ोटो, कीमतों और न्यूनतम ऑर्डर के साथ प्रकाशित हैं।
enquiries-inbox-empty-other = पूछताछ ख़रीदारों और उत्पादकों के बीच की बातचीत है, और यह खाता इनमें से कोई नहीं है।
enquiries-inbox-empty-other-link = जिन उत्पादकों ने अभी व्यवसाय प्रोफ़ाइल नहीं भरी है, वे उसे भरने के बाद अपनी पूछताछ यहाँ देखते हैं।

enquiries-new-title = { $product } के बारे में पूछताछ
enquiries-new-crumb = पूछताछ भेजें
enquiries-new-heading = { $producer } से { $product } के बारे में पूछें
enquiries-new-lead = बताएँ कि आपको कितना चाहिए और कहाँ भेजना है। उत्पादक को तुरंत ई-मेल जाता है और वह यहीं जवाब देता है; आपकी पूछताछ की एक प्रति आपको ई-मेल से मिलती है।
enquiries-new-by = उत्पादक:
enquiries-new-price-range = कीमत की सीमा
enquiries-new-samples-available = उपलब्ध
enquiries-new-samples-ask = उत्पादक से पूछें
enquiries-new-part-what = आपको क्या चाहिए
enquiries-new-part-delivery = डिलीवरी
enquiries-new-part-message = आपका संदेश
enquiries-new-moq-hint = न्यूनतम ऑर्डर { $quantity } है।
enquiries-new-sample = मुझे पहले एक नमूना चाहिए
enquiries-new-submit = पूछताछ भेजें
enquiries-new-privacy = उत्पादक आपका नाम, कंपनी और देश देखता है। आपका ई-मेल पता और फ़ोन नंबर उसके जवाब देने के बाद ही दिखते हैं।

enquiries-thread-rfq = { $side ->
    [buyer] आपके खरीद अनुरोध का जवाब
   *[producer] एक खरीद अनुरोध का जवाब
}
enquiries-thread-enquiry = पूछताछ
enquiries-thread-since = { $when } से
enquiries-thread-about = विषय:
enquiries-thread-your-rfq = आपका खरीद अनुरोध और उसके सभी जवाब
enquiries-thread-the-rfq = खरीद अनुरोध
enquiries-thread-timeline = संदेश, कोटेशन और मीटिंग
enquiries-meeting-mine = आपने वीडियो मीटिंग का प्रस्ताव रखा
enquiries-meeting-theirs = { $name } वीडियो मीटिंग का प्रस्ताव रखते हैं
enquiries-meeting-own = अलग से, किसी आयोजन के बाहर
enquiries-meeting-at = { $event } में
enquiries-meeting-answer = अनुरोध का जवाब दें
enquiries-meeting-open = मीटिंग खोलें
enquiries-quote-from = { $name } का कोटेशन
enquiries-quote-expired = समाप्त
enquiries-quote-total = कुल
enquiries-order-link = ऑर्डर सारांश और अगले क़दम
    .hint = ये शर्तें, आप दोनों के संपर्क, और तय करने के लिए नमूना, प्रोफ़ॉर्मा इनवॉइस और भुगतान। इसे प्रिंट करें या PDF के रूप में सहेजें।
enquiries-accepting = स्वीकार करने से
enquiries-accept-means = { $producer } को पता चलता है कि आप इन शर्तों पर ऑर्डर करना चाहते हैं, और आप दोनों को काम के लिए एक ऑर्डर सारांश मिलता है। यह भुगतान या हस्ताक्षरित अनुबंध नहीं है: इसके बाद आप नमूना, प्रोफ़ॉर्मा इनवॉइस और भुगतान का तरीक़ा सीधे उनसे तय करते हैं।
enquiries-accept-means-total = { $producer } को पता चलता है कि आप इन शर्तों पर ({ $total }) ऑर्डर करना चाहते हैं, और आप दोनों को काम के लिए एक ऑर्डर सारांश मिलता है। यह भुगतान या हस्ताक्षरित अनुबंध नहीं है: इसके बाद आप नमूना, प्रोफ़ॉर्मा इनवॉइस और भुगतान का तरीक़ा सीधे उनसे तय करते हैं।
enquiries-accept = यह कोटेशन स्वीकार करें
enquiries-decline = अस्वीकार करें
enquiries-closed = यह बातचीत बंद है। यह आपके पढ़ने के लिए यहाँ रहती है।
enquiries-closed-outcome = यह बातचीत बंद है: { $outcome ->
    [won] सफल – ऑर्डर तय हुआ
    [lost] असफल – इस बार ऑर्डर नहीं
   *[no_response] कोई जवाब नहीं
}। यह आपके पढ़ने के लिए यहाँ रहती है।
enquiries-closed-ask-again = फिर से पूछने के लिए नई पूछताछ भेजें।
enquiries-propose-meeting = वीडियो मीटिंग का प्रस्ताव रखें
    .hint = ऐसा समय चुनें जो आप दोनों के कामकाजी घंटों में हो; हम { $name } को स्वीकार या अस्वीकार करने के लिए ई-मेल करते हैं।
enquiries-reply-title = { $name } को जवाब दें
enquiries-reply-message = आपका संदेश
    .hint = हम { $name } को इसका लिंक ई-मेल करते हैं।
enquiries-reply-submit = संदेश भेजें
enquiries-quote-send = कोटेशन भेजें
    .hint = ख़रीदार इसे यहीं स्वीकार या अस्वीकार कर सकता है। नया कोटेशन पहले वाले खुले कोटेशन की जगह ले लेता है।
enquiries-quote-submit = कोटेशन भेजें
enquiries-close = बातचीत बंद करें
enquiries-close-outcome = नतीजा क्या रहा?
    .blank = एक चुनें
    .hint = हम { $name } को ई-मेल से बताते हैं। इसके बाद यहाँ कोई नहीं लिख सकता।
enquiries-report = स्पैम के रूप में रिपोर्ट करें
    .hint = इसका उपयोग उन संदेशों के लिए करें जो असली पूछताछ नहीं हैं: विज्ञापन, धोखाधड़ी, या पैसे या निजी जानकारी माँगना। बातचीत आपकी सूची से हट जाती है और हमारी टीम भेजने वाले की जाँच करती है।
enquiries-report-submit = रिपोर्ट करें और यह बातचीत छिपाएँ
enquiries-terms-buyer = ख़रीदार ने क्या माँगा
enquiries-terms-destination = गंतव्य
enquiries-terms-sample = नमूना
enquiries-terms-sample-wanted = पहले चाहिए
enquiries-buyer = ख़रीदार
enquiries-buyer-name = नाम
enquiries-buyer-business = व्यवसाय
enquiries-contacts = ई-मेल, फ़ोन
    .hidden = आपके जवाब देने के बाद दिखेंगे
enquiries-email = ई-मेल
enquiries-producer = उत्पादक
enquiries-whatsapp = WhatsApp पर संदेश भेजें
enquiries-contacts-shared = { $name } भी आपका ई-मेल पता और फ़ोन नंबर देख सकते हैं।
enquiries-contacts-later = उनके जवाब देने के बाद आप दोनों एक-दूसरे का ई-मेल पता और फ़ोन नंबर देख सकते हैं।

enquiries-order-title = ऑर्डर सारांश { $reference }
enquiries-order-crumb = ऑर्डर सारांश
enquiries-order-eyebrow = ऑर्डर सारांश
enquiries-order-reference = संदर्भ
enquiries-order-accepted-at = कोटेशन { $when } को स्वीकार हुआ
enquiries-order-print = प्रिंट करें या PDF के रूप में सहेजें
enquiries-order-back = बातचीत पर वापस जाएँ
enquiries-order-status = { $buyer } ने { $producer } का कोटेशन स्वीकार किया। यह आपकी तय की गई बातों का सारांश है, जिससे ऑर्डर आगे बढ़ाया जा सके: यह इनवॉइस या अनुबंध नहीं है, और ODOP Bazaar के ज़रिए कोई भुगतान नहीं हुआ है।
enquiries-order-agreed = क्या तय हुआ
enquiries-order-product = उत्पाद
enquiries-order-quantity-minimum = (कोटेशन का न्यूनतम ऑर्डर)
enquiries-order-unit-price = प्रति इकाई कीमत
enquiries-order-total-for = { $quantity } के लिए
enquiries-order-total-too-large = यहाँ गणना के लिए बहुत बड़ा: इसे प्रोफ़ॉर्मा इनवॉइस पर तय करें
enquiries-order-lead-time = पक्के ऑर्डर से माल भेजने तक { $count } दिन
enquiries-order-valid-until = कोटेशन कब तक मान्य
enquiries-order-sample-wanted = ऑर्डर से पहले माँगा गया
enquiries-order-sample-offered = नहीं माँगा; लिस्टिंग में नमूने उपलब्ध हैं
enquiries-order-notes = उत्पादक की टिप्पणी
enquiries-order-buyer = ख़रीदार
enquiries-order-business = व्यवसाय
enquiries-order-place = स्थान
enquiries-order-address = पता
enquiries-order-next = अगले क़दम
enquiries-step-sample = नमूना।
enquiries-step-sample-producer-wanted = ख़रीदार ने पहले नमूना माँगा है: उनसे तय करें कि इसकी कीमत क्या है, कूरियर का ख़र्च कौन देगा और यह कब भेजा जाएगा, और ऑर्डर बनाने से पहले उनकी मंज़ूरी का इंतज़ार करें।
enquiries-step-sample-producer = अगर ख़रीदार बड़े ऑर्डर से पहले गुणवत्ता या रंग जाँचना चाहे तो नमूना दें; तय करें कि इसका और कूरियर का ख़र्च कौन देगा।
enquiries-step-sample-buyer-wanted = आपने पहले नमूना माँगा है: { $producer } से तय करें कि इसकी कीमत क्या है, कूरियर का ख़र्च कौन देगा और यह कब भेजा जाएगा, और बड़ा ऑर्डर बनने से पहले इसे मंज़ूर करें।
enquiries-step-sample-buyer = अगर आप बड़े ऑर्डर से पहले गुणवत्ता या रंग जाँचना चाहते हैं, तो अभी { $producer } से नमूना माँगें और तय करें कि इसका और कूरियर का ख़र्च कौन देगा।
enquiries-step-invoice = प्रोफ़ॉर्मा इनवॉइस।
enquiries-step-invoice-producer = { $buyer } को ठीक इन्हीं शर्तों के साथ प्रोफ़ॉर्मा इनवॉइस भेजें: { $product }, { $quantity } { $price } की दर से, { $incoterm } { $destination }, तैयारी का समय { $days } दिन, संदर्भ { $reference }, अपने GSTIN, IEC और बैंक विवरण के साथ।
enquiries-step-invoice-buyer = { $producer } आपको प्रोफ़ॉर्मा इनवॉइस भेजते हैं। जाँचें कि यह इस सारांश से मेल खाता है — { $product }, { $quantity } { $price } की दर से, { $incoterm } { $destination }, तैयारी का समय { $days } दिन — और उसमें संदर्भ { $reference } लिखा है।
enquiries-step-payment = भुगतान की शर्तें।
enquiries-step-payment-producer = लिखित में तय करें कि आपको कैसे और कब भुगतान मिलेगा, जैसे उत्पादन से पहले अग्रिम और बाक़ी शिपिंग दस्तावेज़ों के बदले, या लेटर ऑफ़ क्रेडिट। तय अग्रिम आपके खाते में आने के बाद ही उत्पादन शुरू करें।
enquiries-step-payment-buyer = लिखित में तय करें कि आप कैसे और कब भुगतान करेंगे, जैसे अग्रिम और बाक़ी शिपिंग दस्तावेज़ों के बदले, या अपने बैंक के ज़रिए लेटर ऑफ़ क्रेडिट। पहले भुगतान से पहले { $producer } से फ़ोन पर बैंक विवरण की पुष्टि करें।
enquiries-step-dispatch = माल भेजना।
enquiries-step-dispatch-producer = { $days } दिन का तैयारी का समय पक्के ऑर्डर से गिना जाता है। ख़रीदार को तारीख़ों की जानकारी देते रहें और माल निकलने पर शिपिंग दस्तावेज़ भेजें।
enquiries-step-dispatch-buyer = { $days } दिन का तैयारी का समय पक्के ऑर्डर से गिना जाता है।
enquiries-step-dispatch-buyer-collects = { $days } दिन का तैयारी का समय पक्के ऑर्डर से गिना जाता है; { $incoterm } के तहत भारत से ढुलाई का इंतज़ाम आप करते हैं।
enquiries-order-questions = इनमें से किसी भी बात पर सवाल बातचीत में पूछें, जहाँ आप दोनों के पास पूरा इतिहास रहता है।
enquiries-order-footer = ODOP Bazaar से; यह सारांश केवल ख़रीदार, उत्पादक और साइट के प्रशासक खोल सकते हैं।

enquiries-profile-title = आपकी ख़रीदार प्रोफ़ाइल
enquiries-profile-crumb = ख़रीदार प्रोफ़ाइल
enquiries-profile-lead = जब आप उत्पादकों को लिखते हैं तो वे यह देखते हैं: इससे उन्हें सही कीमतों और शर्तों के साथ जवाब देने में मदद मिलती है।
enquiries-profile-part-business = आपका व्यवसाय
enquiries-profile-part-sourcing = आप क्या ख़रीदते हैं
enquiries-profile-company = कंपनी
enquiries-profile-country = देश
    .blank = अपना देश चुनें
enquiries-profile-type = ख़रीदार का प्रकार
    .question = आप किस तरह के ख़रीदार हैं?
enquiries-profile-website = वेबसाइट
    .hint = पूरा पता, जैसे https://example.com
enquiries-profile-phone = फ़ोन
    .hint = देश कोड के साथ, जैसे +31 20 123 4567। उत्पादक इसे आपको जवाब देने के बाद ही देखते हैं।
enquiries-profile-sectors = आप किन क्षेत्रों में ख़रीदते हैं
    .hint = जितने चाहें उतने चुनें।
enquiries-profile-time-zone = आपका समय क्षेत्र
    .hint = आपके खरीद अनुरोधों की अंतिम तिथि इस क्षेत्र की आधी रात को ख़त्म होती है।
enquiries-profile-submit = प्रोफ़ाइल सहेजें

enquiries-notice-sent = आपकी पूछताछ { $producer } को भेज दी गई; हमने आपको इसकी प्रति ई-मेल की है।
enquiries-notice-replied = आपका संदेश भेज दिया गया; हमने दूसरे पक्ष को इसका लिंक ई-मेल किया है।
enquiries-notice-quoted = आपका कोटेशन भेज दिया गया; ख़रीदार इसे यहीं स्वीकार या अस्वीकार कर सकता है।
enquiries-notice-accepted = आपने कोटेशन स्वीकार किया और हमने उत्पादक को ई-मेल से बता दिया। कोटेशन पर दिया गया ऑर्डर सारांश बताता है कि क्या तय हुआ और आगे क्या करना है।
enquiries-notice-declined = आपने कोटेशन अस्वीकार किया। हमने उत्पादक को ई-मेल से बता दिया; वे नया कोटेशन भेज सकते हैं।
enquiries-notice-closed = बातचीत बंद हो गई। यह आपके पढ़ने के लिए यहाँ रहती है।
enquiries-notice-reported = धन्यवाद। बातचीत आपकी सूची से छिपा दी गई है, और हमारी टीम भेजने वाले की जाँच करेगी।
enquiries-notice-profile-saved = आपकी ख़रीदार प्रोफ़ाइल सहेज ली गई। जब आप उत्पादकों को लिखते हैं तो वे इसे देखते हैं।

# कोटेशन की कुल राशि: $total मुद्रा सहित राशि, मात्रा ("500 pieces") money-quantity लिखता है, $count और $unit से।
enquiries-quote-total-for = { money-quantity } के लिए { $total }
enquiries-quote-total-for-minimum = न्यूनतम ऑर्डर { money-quantity } के लिए { $total }
