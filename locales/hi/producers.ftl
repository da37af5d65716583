# उत्पादक के पेज: सार्वजनिक पेज, लिस्टिंग, लिस्टिंग और प्रोफ़ाइल फ़ॉर्म, आयात।
producers-breadcrumb = पथ
producers-home = होम
producers-error-prefix = त्रुटि:
producers-optional = वैकल्पिक
producers-cancel = रद्द करें
producers-yes = हाँ
producers-no = नहीं
producers-listings = लिस्टिंग
producers-public-page = आपका सार्वजनिक पेज
producers-edit-profile = प्रोफ़ाइल बदलें
producers-updated = { $when } को अपडेट किया
producers-moderator-note = मॉडरेटर की टिप्पणी:
producers-moderator-note-last = मॉडरेटर की पिछली टिप्पणी:
producers-status = { $status ->
    [draft] ड्राफ़्ट
    [submitted] जाँच की प्रतीक्षा में
    [published] प्रकाशित
    [changes_requested] बदलाव माँगे गए
    [rejected] अस्वीकृत
    [archived] संग्रहीत
   *[withheld] खाता निलंबित होने तक रोका गया
}
producers-decision = { $decision ->
    [approve] मंज़ूर
    [request_changes] बदलाव माँगे गए
   *[reject] अस्वीकृत
}
producers-kind = { $kind ->
    [artisan] कारीगर
    [micro-unit] सूक्ष्म इकाई
    [fpo] किसान उत्पादक संगठन (FPO)
    [shg] स्वयं सहायता समूह (SHG)
    [cooperative] सहकारी समिति
   *[exporter] छोटा निर्यातक
}
producers-verified-on = { $date } को सत्यापित
producers-iec = आयातक-निर्यातक कोड
producers-gstin = वस्तु एवं सेवा कर पहचान संख्या
producers-udyam = उद्यम पंजीकरण
producers-ports = लदान के बंदरगाह
producers-incoterms = इनकोटर्म्स
producers-samples = नमूने
producers-district = ज़िला
producers-odop-product = ODOP उत्पाद
producers-price = कीमत
producers-monthly-capacity = मासिक क्षमता
producers-days-typed = { $days } दिन

producers-show-description = { $name }: { $district }, { $state } का { $kind ->
    [artisan] कारीगर
    [micro-unit] सूक्ष्म इकाई
    [fpo] किसान उत्पादक संगठन (FPO)
    [shg] स्वयं सहायता समूह (SHG)
    [cooperative] सहकारी समिति
   *[exporter] छोटा निर्यातक
}, ODOP Bazaar पर।
producers-show-replies = आम तौर पर जवाब: { $time }
producers-show-about = { $name } के बारे में
producers-show-no-story = { $name } ने अभी अपनी कहानी नहीं बताई है।
producers-show-facts = ख़रीदारों के लिए जानकारी
producers-show-founded = स्थापना
producers-show-team = टीम
producers-show-people = { $count ->
    [one] { $count } व्यक्ति
   *[other] { $count } लोग
}
producers-show-languages = भाषाएँ
producers-show-certifications = प्रमाणपत्र
producers-show-products = उत्पाद
producers-show-catalogue = कैटलॉग डाउनलोड करें (PDF)
producers-show-no-products = अभी कोई प्रकाशित उत्पाद नहीं।

producers-products-title = आपके उत्पाद
producers-products-lead = हर लिस्टिंग ड्राफ़्ट के रूप में शुरू होती है। फ़ोटो जोड़ें, जाँच के लिए भेजें, और मॉडरेटर इसे प्रकाशित करता है, आम तौर पर दो कार्यदिवसों में।
producers-products-profile-first = पहले, ख़रीदारों को अपने व्यवसाय के बारे में बताएँ
    .hint = ख़रीदार हर उत्पाद के साथ आपके व्यवसाय का नाम, ज़िला और निर्यात विवरण देखते हैं। इसमें लगभग पाँच मिनट लगते हैं।
producers-products-fill-profile = अपनी प्रोफ़ाइल भरें
producers-products-add = उत्पाद जोड़ें
producers-products-import = स्प्रेडशीट से आयात करें
producers-products-photo-needed = जाँच के लिए भेजने से पहले कम से कम एक फ़ोटो जोड़ें।
producers-products-edit = बदलें
producers-products-view = साइट पर देखें
producers-products-preview = पूर्वावलोकन
producers-products-empty = अभी कोई उत्पाद नहीं।
producers-products-empty-link = अपना पहला उत्पाद जोड़ें: नाम, विवरण, न्यूनतम ऑर्डर और कीमत की सीमा। फ़ोटो उसके बाद।

producers-confirm-back = रहने दें और वापस जाएँ
producers-delete-question = “{ $title }” हटाएँ?
producers-delete-consequence = लिस्टिंग और उसकी फ़ोटो हमेशा के लिए हट जाएँगी। इसे वापस नहीं किया जा सकता।
producers-delete-button = हमेशा के लिए हटाएँ
producers-photo-remove-question = “{ $title }” की फ़ोटो { $number } हटाएँ?
producers-photo-remove-consequence = “{ $alt }” लिस्टिंग से हट जाएगी। आप इसे बाद में फिर अपलोड कर सकते हैं।
producers-photo-remove-button = फ़ोटो हटाएँ

producers-form-edit-title = “{ $title }” बदलें
producers-form-edit-eyebrow = लिस्टिंग बदलें
producers-form-new-lead = एक उत्पाद, जैसा ख़रीदारों को दिखना चाहिए। यह ड्राफ़्ट के रूप में सहेजा जाता है: जब तक आप फ़ोटो न जोड़ें और मॉडरेटर मंज़ूर न करे, इसे कोई नहीं देखता।
producers-form-status = स्थिति:
producers-form-status-help = { $status ->
    [draft] इसे केवल आप देख सकते हैं। कम से कम एक फ़ोटो जोड़ें, फिर जाँच के लिए भेजें; मॉडरेटर इसे आम तौर पर दो कार्यदिवसों में जाँचता है।
    [submitted] मॉडरेटर इसे जाँच रहा है। उनके फ़ैसले तक आप विवरण नहीं बदल सकते; फ़ैसला होने पर हम आपको ई-मेल करते हैं।
    [published] ख़रीदार इसे ढूँढ सकते हैं और पूछताछ भेज सकते हैं। MOQ, क्षमता, तैयारी का समय, नमूने या निर्यात तैयारी में बदलाव साइट पर तुरंत दिखते हैं; नाम, विवरण, श्रेणी, कोड, सामग्री, प्रमाणपत्र, कीमतों या नई फ़ोटो के बदलाव पहले मॉडरेटर के पास जाते हैं, और उनकी मंज़ूरी तक लिस्टिंग साइट से हटी रहती है।
    [withheld] आपका खाता निलंबित रहने तक यह साइट से हटी है; खाता बहाल होने पर यह लौट आती है।
    [changes_requested] मॉडरेटर ने बदलाव माँगे हैं। नीचे लिस्टिंग बदलें, फिर दोबारा जाँच के लिए भेजें।
    [rejected] मॉडरेटर ने यह लिस्टिंग अस्वीकार की है, इसलिए इसे बदला नहीं जा सकता। आप नियमों के अनुसार नई लिस्टिंग जोड़ सकते हैं।
   *[archived] यह साइट से हटी है। इसे बदलने और दोबारा जाँच के लिए भेजने के लिए ड्राफ़्ट के रूप में बहाल करें।
}
producers-form-see-on-site = इसे साइट पर देखें
producers-form-preview = देखें कि ख़रीदारों को यह कैसी दिखेगी
producers-form-submit-review = जाँच के लिए भेजें
producers-form-restore = ड्राफ़्ट के रूप में बहाल करें
producers-form-archive = संग्रहीत करें
producers-form-delete-draft = ड्राफ़्ट हटाएँ
producers-form-delete-listing = लिस्टिंग हटाएँ
producers-form-photo-needed = जाँच के लिए भेजने से पहले लिस्टिंग में कम से कम एक फ़ोटो चाहिए।
producers-import-add-photos = फ़ोटो जोड़ें
producers-photos = फ़ोटो
producers-photos-count = { $most } में से { $count }
producers-photos-hint = पहली फ़ोटो कवर है जो ख़रीदार सूचियों में देखते हैं। दिन की रोशनी, सादी पृष्ठभूमि और पूरा उत्पाद सबसे अच्छा रहता है।
producers-photo-number = फ़ोटो { $number }
producers-photo-cover = कवर
producers-photo-alt-of = फ़ोटो { $number } का विवरण
producers-photo-alt-save = विवरण सहेजें
producers-photo-up = ऊपर करें
producers-photo-down = नीचे करें
producers-photo-remove = हटाएँ
producers-photos-none = अभी कोई फ़ोटो नहीं। ख़रीदार बिना फ़ोटो वाली लिस्टिंग शायद ही खोलते हैं।
producers-photo-add = फ़ोटो जोड़ें
producers-photo-field = फ़ोटो
    .hint = JPEG, PNG या WebP, अधिकतम 20 MB।
producers-photo-not-added = फ़ोटो नहीं जुड़ी
producers-photo-alt = फ़ोटो का वर्णन करें
    .hint = उन लोगों के लिए जो इसे देख नहीं सकते; शुरुआत उत्पाद के नाम से। बताएँ कि फ़ोटो में क्या है, जैसे 'सुनहरी ज़री बॉर्डर वाली लाल बनारसी साड़ी, तह की हुई'। आप इसे बाद में बदल सकते हैं।
producers-photo-upload = फ़ोटो अपलोड करें
producers-photos-full = एक लिस्टिंग में { $most } फ़ोटो हो सकती हैं। नई जोड़ने के लिए एक हटाएँ।
producers-upload-title = फ़ोटो जोड़ें
producers-upload-field = फ़ोटो (अधिकतम { $most })
producers-upload-button = फ़ोटो अपलोड करें
producers-upload-too-many = अब केवल { $most } और फ़ोटो जुड़ सकती हैं; पहली { $most } भेजी जा रही हैं।
producers-upload-waiting = प्रतीक्षा में
producers-upload-shrinking = छोटी की जा रही है
producers-upload-sending = भेजी जा रही है
producers-upload-sending-file = { $file } भेजी जा रही है
producers-upload-added = जुड़ गई
producers-upload-dropped = कनेक्शन टूट गया।
producers-upload-refused = साइट ने इसे स्वीकार नहीं किया ({ $status })।
producers-upload-retry = फिर कोशिश करें
producers-upload-retry-file = { $file } फिर भेजें
producers-upload-alt = { $alt }, फ़ोटो { $number }
producers-form-details = विवरण
producers-form-part-what = यह क्या है
producers-form-part-ordering = ऑर्डर
producers-form-part-trade = व्यापार विवरण
producers-field-title = उत्पाद का नाम
    .hint = जो ख़रीदार खोजेगा, जैसे बनारसी रेशमी साड़ी, कटान बुनाई।
producers-field-description = विवरण
    .hint = आकार, वज़न, रंग, यह कैसे बनता है और क्या इसे ख़ास बनाता है। कम से कम 20 अक्षर।
producers-field-sector = क्षेत्र
    .blank = क्षेत्र चुनें
producers-field-category = श्रेणी
    .hint = जैसे रेशमी साड़ियाँ, पीतल की मूर्तियाँ, बासमती चावल
producers-field-odop = आपके ज़िले का ODOP उत्पाद
    .none = कोई नहीं
    .hint = जोड़ने से लिस्टिंग ODOP-नामित हो जाती है: उत्पाद के साथ आपके ज़िले की कहानी दिखती है।
    .empty = ODOP सूची में अभी आपके ज़िले का कोई उत्पाद नहीं है, इसलिए इसे “कोई नहीं” रहने दें।
producers-field-materials = सामग्री
    .hint = जैसे कटान रेशम, असली ज़री
producers-field-moq = न्यूनतम ऑर्डर
producers-field-moq-unit = इकाई
producers-field-price-min = न्यूनतम कीमत
    .hint = प्रति इकाई
producers-field-price-max = अधिकतम कीमत
    .hint = एक ही कीमत हो तो ख़ाली छोड़ें
producers-field-currency = मुद्रा
    .hint = जैसे INR, USD
producers-field-capacity = आप एक महीने में कितना बना सकते हैं
    .hint = न्यूनतम ऑर्डर वाली इकाई में।
producers-field-lead-time = ऑर्डर बनाने और पैक करने के दिन
    .hint = न्यूनतम ऑर्डर के लिए। 1 से 365।
producers-field-samples = मैं नमूने भेज सकता/सकती हूँ
producers-field-hs-code = HS कोड
    .hint = 6 अंकों का HS या 8 अंकों का भारतीय HSN, जैसे 50072010
producers-field-gi = भौगोलिक संकेत (GI)
    .none = GI टैग नहीं
    .hint = केवल अगर उत्पाद पंजीकृत GI है। सूची में आपके राज्य के लिए पंजीकृत GI हैं।
    .empty = आपके राज्य के लिए अभी कोई GI पंजीकृत नहीं है, इसलिए वहाँ की लिस्टिंग GI का दावा नहीं कर सकती।
producers-field-export-ready = निर्यात के लिए तैयार
    .label = निर्यात के लिए तैयार: मैं इसे निर्यात के लिए पैक और दस्तावेज़ तैयार कर सकता/सकती हूँ
producers-field-certifications = प्रमाणपत्र
    .hint = जैसे सिल्क मार्क, हैंडलूम मार्क, FSSAI, जैविक
producers-form-save = बदलाव सहेजें
producers-form-save-draft = ड्राफ़्ट के रूप में सहेजें
producers-form-locked = मॉडरेटर की जाँच के दौरान ये बदले नहीं जा सकते।
producers-form-rejected = अस्वीकृत लिस्टिंग बदली नहीं जा सकती।
producers-history = मॉडरेशन इतिहास
producers-history-when = कब (UTC)
producers-history-decision = फ़ैसला
producers-history-note = टिप्पणी
producers-history-by = किसने

producers-profile-new-title = ख़रीदारों को अपने व्यवसाय के बारे में बताएँ
producers-profile-title = आपकी व्यवसाय प्रोफ़ाइल
producers-profile-crumb = व्यवसाय प्रोफ़ाइल
producers-profile-new-lead = ख़रीदार इसे आपके हर उत्पाद के साथ देखते हैं। तीन छोटे हिस्से; केवल पहले दो ज़रूरी हैं।
producers-profile-lead = ख़रीदार इसे आपके पेज पर और आपके हर उत्पाद के साथ देखते हैं।
producers-logo-not-changed = लोगो नहीं बदला
producers-logo = लोगो
    .hint = JPEG, PNG या WebP, कम से कम 200 × 200 पिक्सेल, अधिकतम 20 MB। सादी पृष्ठभूमि पर चौकोर लोगो सबसे अच्छा दिखता है; पारदर्शी हिस्से सफ़ेद हो जाते हैं।
producers-logo-title = आपका लोगो
producers-logo-shown = ख़रीदार यह लोगो आपके पेज पर और आपके उत्पादों के साथ देखते हैं।
producers-logo-initials = जब तक आप लोगो नहीं जोड़ते, ख़रीदार आपके नाम के पहले अक्षर देखते हैं।
producers-logo-remove = लोगो हटाएँ
producers-logo-new = नया लोगो
producers-logo-upload = लोगो अपलोड करें
producers-profile-part-business = आपका व्यवसाय
producers-profile-part-where = आप कहाँ हैं
producers-profile-part-export = निर्यात विवरण
    .hint = ख़रीदार पंजीकृत निर्यातकों पर ज़्यादा भरोसा करते हैं। जो है वह भरें; बाक़ी बाद में जोड़ सकते हैं।
producers-field-business-name = व्यवसाय का नाम
    .hint = जैसा ख़रीदारों को दिखना चाहिए, जैसे काशी वीव्स।
producers-field-kind = व्यवसाय का प्रकार
    .question = आपका व्यवसाय किस प्रकार का है?
producers-field-story = आपकी कहानी
    .hint = आप कौन हैं, क्या और कैसे बनाते हैं। कुछ वाक्य काफ़ी हैं; ख़रीदार उत्पाद के पीछे के हाथों को जानना पसंद करते हैं।
producers-field-year = स्थापना वर्ष
producers-field-team = आपके साथ काम करने वाले लोग
producers-field-languages = जिन भाषाओं में आप व्यापार कर सकते हैं
    .hint = जैसे हिंदी, अंग्रेज़ी
producers-field-district = ज़िला
    .picker = जैसे वाराणसी या Varanasi
    .picker-hint = अपने ज़िले या राज्य के पहले अक्षर हिंदी या अंग्रेज़ी में लिखें और उसे चुनें; या सूची से चुनें, जहाँ ज़िले राज्य के अनुसार समूह में हैं। आपके उत्पाद आपके ज़िले के पेज पर दिखते हैं।
    .blank = अपना ज़िला चुनें
    .hint = ज़िले राज्य के अनुसार समूह में हैं। आपके उत्पाद आपके ज़िले के पेज पर दिखते हैं।
producers-field-address = पता
    .hint = वर्कशॉप या दफ़्तर का पता। ख़रीदार ज़िला देखते हैं; पूरा पता मॉडरेटर को आपका सत्यापन करने में मदद करता है।
producers-field-phone = ख़रीदारों के लिए फ़ोन
    .hint = जैसे 98765 43210 या +91 542 250 1234। ख़रीदार इसे आपके ई-मेल पते के साथ तभी देखता है जब आप उसकी पूछताछ का जवाब दे चुके हों।
producers-field-whatsapp = ख़रीदार इस नंबर पर WhatsApp संदेश भेज सकते हैं
producers-field-iec = आयातक-निर्यातक कोड (IEC)
    .hint = 10 अक्षर, आपकी फ़र्म का PAN
producers-field-gstin = GSTIN
    .hint = 15 अक्षर, जैसे 27AAPFU0939F1ZV
producers-field-udyam = उद्यम पंजीकरण संख्या
    .hint = जैसे UDYAM-UP-01-0012345
producers-field-ports = जिन बंदरगाहों से आप माल भेजते हैं
    .hint = जैसे न्हावा शेवा, ICD वाराणसी
producers-field-incoterms = आप कौन-से इनकोटर्म्स दे सकते हैं
    .hint = पक्का नहीं? EXW (ख़रीदार आपसे माल उठाता है) और FOB (आप बंदरगाह पर जहाज़ पर माल पहुँचाते हैं) सबसे आम हैं।
producers-field-samples-policy = नमूने
    .hint = जैसे सशुल्क नमूने, पहले ऑर्डर पर कीमत वापस; 7 दिन में तैयार।
producers-profile-save-continue = सहेजें और आगे बढ़ें
producers-profile-save = प्रोफ़ाइल सहेजें
producers-profile-back = अपने उत्पादों पर वापस जाएँ

producers-import-title = स्प्रेडशीट से उत्पाद आयात करें
producers-import-crumb = आयात
producers-import-lead = कई उत्पाद हैं? Excel, Google Sheets या LibreOffice में हर उत्पाद की एक पंक्ति भरें, CSV के रूप में सहेजें और यहाँ अपलोड करें। हर सही पंक्ति ड्राफ़्ट बन जाती है; जिन पंक्तियों में समस्या है उनकी सूची मिलती है, ताकि आप उन्हें ठीक करके दोबारा अपलोड कर सकें।
producers-import-result = नतीजा
producers-import-summary = { $created } बने, { $refused } अस्वीकार
producers-import-drafts = नई लिस्टिंग ड्राफ़्ट हैं: हर एक में फ़ोटो जोड़ें और उसे जाँच के लिए भेजें।
producers-import-drafts-link = आपके उत्पाद
producers-import-row = पंक्ति
producers-import-product = उत्पाद
producers-import-outcome = नतीजा
producers-import-line = पंक्ति { $line }
producers-import-no-title = (कोई नाम नहीं)
producers-import-created = ड्राफ़्ट के रूप में बना
producers-import-upload-another = दूसरी फ़ाइल अपलोड करें
producers-import-upload = अपनी फ़ाइल अपलोड करें
producers-import-step-download = टेम्पलेट डाउनलोड करें
    .hint = (CSV, एक उदाहरण पंक्ति के साथ)।
producers-import-step-fill = उदाहरण की जगह अपने उत्पाद भरें, हर एक की एक पंक्ति। पहली पंक्ति जैसी है वैसी रहने दें।
producers-import-step-save = “CSV UTF-8” के रूप में सहेजें और नीचे अपलोड करें।
producers-import-file = CSV फ़ाइल
    .hint = अधिकतम 2 MB। हर पंक्ति की वही जाँच होती है जो उत्पाद फ़ॉर्म की।
producers-import-submit = आयात करें
producers-import-choose-file = आयात के लिए एक CSV फ़ाइल चुनें।
producers-import-columns = कॉलम
    .hint = पहली पंक्ति कॉलम के नाम बताती है; उनका क्रम मायने नहीं रखता। ये हर पंक्ति में भरने ज़रूरी हैं:
producers-import-column = कॉलम
producers-import-what = क्या लिखें
producers-import-column-help = { $column ->
    [title] उत्पाद का नाम, 3 से 120 अक्षर।
    [description] यह क्या है, कैसे बनता है, आकार और रंग; कम से कम 20 अक्षर।
    [sector] क्षेत्र का नाम अंग्रेज़ी में, जैसे Handloom, Handicraft, Food Processing, Agriculture।
    [category] आपकी अपनी श्रेणी, जैसे रेशमी साड़ियाँ। वैकल्पिक।
    [odop_product] आपके ज़िले के ODOP उत्पाद का नाम, जैसे Silk Products, या ख़ाली।
    [hs_code] 6 अंकों का HS या 8 अंकों का भारतीय HSN कोड, जैसे 50072010। वैकल्पिक।
    [gi] पंजीकृत GI का नाम, जैसे Banaras Brocades and Sarees, या ख़ाली।
    [materials] जैसे कटान रेशम, ज़री। वैकल्पिक।
    [moq] न्यूनतम ऑर्डर, पूर्ण संख्या।
    [moq_unit] pieces, pairs, sets, dozens, kg, tonnes, litres, metres, square metres, bags, boxes या cartons।
    [price_min] प्रति इकाई न्यूनतम कीमत, जैसे 8500 या 8500.50।
    [price_max] प्रति इकाई अधिकतम कीमत; एक ही कीमत हो तो ख़ाली।
    [currency] तीन अक्षरों का कोड, जैसे INR, USD, EUR।
    [monthly_capacity] आप एक महीने में कितना बना सकते हैं। वैकल्पिक।
    [lead_time_days] न्यूनतम ऑर्डर बनाने और पैक करने के दिन, 1 से 365।
    [samples_available] yes या no।
    [export_ready] yes या no।
   *[certifications] जैसे Silk Mark, FSSAI। वैकल्पिक।
}

producers-notice-profile-first = पहले ख़रीदारों को अपने व्यवसाय के बारे में बताएँ; फिर अपने उत्पाद जोड़ें।
producers-notice-draft-saved = लिस्टिंग ड्राफ़्ट के रूप में सहेज ली गई। फ़ोटो जोड़ें, फिर जाँच के लिए भेजें।
producers-notice-saved-for-review = आपके बदलाव सहेज लिए गए और मॉडरेटर को भेज दिए गए। उनकी मंज़ूरी तक लिस्टिंग साइट से हटी रहेगी।
producers-notice-saved = आपके बदलाव सहेज लिए गए।
producers-notice-archived-not-deleted = यह लिस्टिंग प्रकाशित हो चुकी थी, इसलिए इसे हटाने की जगह संग्रहीत किया गया।
producers-notice-submitted = जाँच के लिए भेज दिया। मॉडरेटर के देखने के बाद हम आपको ई-मेल करेंगे।
producers-notice-archived = संग्रहीत: लिस्टिंग साइट से हट गई है।
producers-notice-restored = ड्राफ़्ट के रूप में बहाल किया गया।
producers-notice-deleted = ड्राफ़्ट हटा दिया गया।
producers-notice-photo-added-for-review = फ़ोटो जुड़ गई, और लिस्टिंग इसके साथ मॉडरेटर को भेज दी गई: उनकी मंज़ूरी तक यह साइट से हटी रहेगी।
producers-notice-photo-added = फ़ोटो जुड़ गई।
producers-notice-profile-saved = आपकी प्रोफ़ाइल सहेज ली गई।
producers-notice-logo-saved = आपका लोगो सहेज लिया गया।
producers-notice-logo-removed = आपका लोगो हटा दिया गया; उसकी जगह आपके नाम के पहले अक्षर दिखते हैं।

## Listings in other languages (`catalogue::translations`)
producers-field-language = लिखने की भाषा
producers-field-story-language = आपकी कहानी की भाषा
producers-translations = दूसरी भाषाएँ
producers-translation-language = भाषा
producers-translation-save = यह भाषा सहेजें
producers-translation-edit = बदलें
producers-translation-remove = हटाएँ
producers-notice-translation-removed = अनुवाद हटा दिया गया।
