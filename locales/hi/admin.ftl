# प्रशासकों के पेज: समीक्षा की कतारें, उत्पादक, उपयोगकर्ता और भूमिकाएँ, ऑडिट लॉग और पृष्ठभूमि के काम।

## साझा
admin-title = प्रशासन
admin-time-utc = समय (UTC)
admin-event = घटना
admin-account = खाता
admin-detail = विवरण
admin-email = ईमेल
admin-country = देश
admin-name = नाम
admin-role-label = भूमिका
admin-decision = निर्णय
admin-reject = अस्वीकार करें
admin-record-decision = निर्णय दर्ज करें
# स्क्रीन रीडर के लिए "निर्णय दर्ज करें" के बाद छिपा हुआ।
admin-record-decision-on = “{ $title }” पर
admin-not-verified = सत्यापित नहीं
admin-verified-on = ✓ सत्यापित { $date }
admin-verified = ✓ सत्यापित
admin-suspended = निलंबित
admin-active = सक्रिय
admin-suspend = निलंबित करें
admin-reinstate = बहाल करें
admin-reason-placeholder = कारण (ऑडिट लॉग के लिए)
admin-reason-suspending = { $name } को निलंबित करने का कारण
admin-reason-reinstating = { $name } को बहाल करने का कारण
admin-by-an-admin = प्रशासक द्वारा
admin-retry-now = अभी फिर चलाएँ
admin-role = { $role ->
    [producer] उत्पादक
    [buyer] ख़रीदार
    [organiser] आयोजक
   *[admin] प्रशासक
}
admin-roles = { $role ->
    [producer] उत्पादक
    [buyer] ख़रीदार
    [organiser] आयोजक
   *[admin] प्रशासक
}
admin-audit-event = { $event ->
    [signed_up] साइन अप किया
    [sign_in_succeeded] साइन इन सफल
    [sign_in_failed] साइन इन विफल
    [signed_out] साइन आउट किया
    [email_verified] ईमेल की पुष्टि हुई
    [password_changed] पासवर्ड बदला
    [password_reset] पासवर्ड रीसेट हुआ
    [email_changed] ईमेल बदला
    [role_changed] भूमिका बदली
    [user_created] उपयोगकर्ता बनाया गया
    [api_token_created] API टोकन बनाया गया
    [api_token_revoked] API टोकन रद्द हुआ
    [suspended] निलंबित
    [reinstated] बहाल
    [two_factor_enabled] दो-चरणीय साइन-इन चालू
    [two_factor_disabled] दो-चरणीय साइन-इन बंद
    [second_factor_accepted] दूसरा चरण स्वीकार
    [second_factor_refused] दूसरा चरण अस्वीकार
   *[other] { $event }
}
admin-audit-detail-role = { admin-role } के रूप में
admin-audit-detail-role-change = { $from } → { $to }
admin-audit-detail-address-before = { $address } से
admin-audit-detail-address-tried = { $address } के लिए
admin-audit-detail-second-factor = { $recovery ->
    [yes] रिकवरी कोड से
   *[no] ऐप के कोड से
}

## सारांश
admin-lead = समीक्षा के लिए लिस्टिंग और ख़रीद अनुरोध, शिकायत वाले ख़रीदार, उत्पादक, खाते, ऑडिट लॉग और पृष्ठभूमि की कतार।
admin-accounts = खाते
admin-jobs-title = पृष्ठभूमि के काम
admin-jobs-waiting = चलने की प्रतीक्षा में
admin-jobs-failed = विफल
admin-jobs-see-failed = विफल काम देखें और उन्हें फिर चलाएँ
admin-pages = प्रशासन के पेज
admin-waiting = प्रतीक्षा में
admin-reported = शिकायत वाले
admin-not-verified-yet-count = अभी सत्यापित नहीं
admin-listings-title = समीक्षा के लिए लिस्टिंग
admin-listings-text = उत्पादकों ने समीक्षा के लिए जो उत्पाद भेजे हैं: स्वीकार करें, बदलाव माँगें या अस्वीकार करें।
admin-rfqs-title = समीक्षा के लिए ख़रीद अनुरोध
admin-rfqs-text = ख़रीदारों के अनुरोध जो मेल खाने वाले उत्पादकों तक जाने से पहले मंज़ूरी की प्रतीक्षा में हैं।
admin-spam-title = शिकायत वाले ख़रीदार
admin-spam-text = जिन ख़रीदारों को उत्पादकों ने स्पैम बताया: खाता निलंबित करें या शिकायतें ख़ारिज करें।
admin-producers-title = उत्पादक
admin-producers-text = हर उत्पादक प्रोफ़ाइल उसके पंजीकरणों के साथ: कोई खोजें, पता, फ़ोटो और रजिस्टर जाँचें, सत्यापित करें।
admin-users-title = उपयोगकर्ता और भूमिकाएँ
admin-users-text = हर खाताधारक; भूमिका बदलें या आयोजक या प्रशासक जोड़ें।
admin-audit-title = ऑडिट लॉग
admin-audit-text = साइन-इन, साइन-अप, पासवर्ड, ईमेल और भूमिका में बदलाव।
admin-jobs-text = कतार में, चल रहे और विफल काम, जैसे ईमेल।
admin-recent = हाल की घटनाएँ
admin-whole-audit = पूरा ऑडिट लॉग
admin-nothing-yet = अभी तक कुछ नहीं हुआ है।

## ऑडिट लॉग
admin-audit-lead = खातों के साथ क्या हुआ, सबसे नया पहले। समय UTC में है।
admin-audit-lead-latest = खातों के साथ क्या हुआ, सबसे नया पहले (नवीनतम 500)। समय UTC में है।
admin-audit-events = ऑडिट घटनाएँ
admin-audit-ip = IP पता
admin-audit-by-admin = प्रशासक द्वारा
admin-audit-admin = प्रशासक
admin-audit-no = नहीं
admin-audit-empty = अभी तक कुछ दर्ज नहीं हुआ है।

## काम
admin-jobs-lead = प्रतीक्षा में, चल रहे या विफल काम, सबसे पुराना पहले। पूरे हो चुके काम नहीं दिखाए जाते। समय UTC में है।
admin-jobs-job = काम
admin-jobs-status-col = स्थिति
admin-jobs-attempts = प्रयास
admin-jobs-runs-at = चलने का समय
admin-jobs-created = बनाया गया
admin-jobs-last-error = पिछली त्रुटि
admin-jobs-action = कार्रवाई
admin-jobs-status = { $status ->
    [queued] कतार में
    [running] चल रहा है
    [done] पूरा
   *[failed] विफल
}
admin-jobs-attempts-of = { $max } में से { $attempts }
admin-jobs-empty = कोई काम प्रतीक्षा में, चलता हुआ या विफल नहीं है। अब तक कतार में डाला गया सब कुछ पूरा हो चुका है।

## उत्पादक
admin-producers-lead = किसी उत्पादक को तभी सत्यापित करें जब आप उनके पंजीकरण (GSTIN, IEC या Udyam) आधिकारिक रिकॉर्ड से जाँच लें: उत्पादक को खोलकर उनका पता, हर फ़ोटो और रजिस्टरों के लिंक देखें। ख़रीदारों को उत्पादक और उसके हर उत्पाद पर “सत्यापित” दिखता है।
admin-producers-find = उत्पादक खोजें
admin-producers-q = नाम, GSTIN या ईमेल
admin-producers-state = राज्य
admin-producers-all-states = सभी राज्य
admin-producers-district = ज़िला
admin-producers-all-districts = उसके सभी ज़िले
admin-producers-hint-other-state = उसके ज़िलों में से चुनने के लिए कोई दूसरा राज्य चुनें और “दिखाएँ” दबाएँ।
admin-producers-hint-state = उसका कोई ज़िला चुनने के लिए राज्य चुनें और “दिखाएँ” दबाएँ।
admin-producers-unverified = अभी सत्यापित नहीं
admin-show = दिखाएँ
admin-producers-show-all = सभी उत्पादक दिखाएँ
admin-producers-matching = मेल खाने वाले उत्पादक
admin-producers-all = सभी उत्पादक
admin-range = { $total } में से { $first }–{ $last }, सबसे नया पहले।
admin-producers-business = व्यवसाय
admin-producers-registrations = पंजीकरण
admin-joined = जुड़े
admin-producers-verification = सत्यापन
admin-producers-none-given = कोई नहीं दिया
admin-producers-withdraw = सत्यापन वापस लें
admin-producers-of = — { $name }
admin-producers-verify = सत्यापित करें
admin-producers-pages = उत्पादकों के पेज
admin-past-last = यह पेज आख़िरी पेज के आगे है।
admin-back-first = पहले पेज पर वापस जाएँ
admin-producers-none-match = कोई उत्पादक मेल नहीं खाता।
admin-producers-none-match-q = “{ $q }” से कोई उत्पादक मेल नहीं खाता।
admin-producers-none-match-unverified = जो अभी सत्यापित नहीं हैं, उनमें कोई उत्पादक मेल नहीं खाता।
admin-producers-none-match-q-unverified = जो अभी सत्यापित नहीं हैं, उनमें “{ $q }” से कोई उत्पादक मेल नहीं खाता।
admin-producers-none = अभी तक किसी उत्पादक ने प्रोफ़ाइल नहीं बनाई है।

## एक उत्पादक
admin-producer-lead = { $kind }, { $district }, { $state } · { $joined } को जुड़े
admin-producer-who = कौन और कहाँ
admin-producer-phone = फ़ोन
admin-producer-address = पता
admin-producer-founded = स्थापना
admin-producer-team = टीम
admin-producer-team-size = { $count ->
    [one] { $count } व्यक्ति
   *[other] { $count } लोग
}
admin-producer-certifications = प्रमाणन
admin-producer-public = सार्वजनिक पेज
admin-producer-check = हर नंबर उसके आधिकारिक रजिस्टर में जाँचें; रजिस्टर में नंबर टाइप करना होता है, इसलिए उसे यहाँ से कॉपी करें।
admin-producer-look-up = { $register ->
    [gst] GST पोर्टल के “Search Taxpayer” में
    [udyam] Udyam पंजीकरण पोर्टल के “Verify Udyam” में
   *[iec] DGFT के “View any IEC” में
} { $number } देखें
admin-new-tab = (नए टैब में खुलता है)
admin-producer-no-registration = कोई GSTIN, Udyam या IEC नहीं दिया गया: सत्यापन से पहले उत्पादक से कोई एक माँगें।
admin-producer-verify = { $name } को सत्यापित करें
admin-producer-photos = फ़ोटो
admin-producer-no-photo = कोई फ़ोटो नहीं।
admin-producer-no-listing = अभी कोई लिस्टिंग नहीं।

## समीक्षा के लिए लिस्टिंग
admin-products-lead = सबसे पुरानी पहले। स्वीकार करने पर लिस्टिंग प्रकाशित हो जाती है; बदलाव माँगने या अस्वीकार करने पर आपका नोट उत्पादक को ईमेल से जाता है।
admin-products-note-field = उत्पादक के लिए नोट
admin-products-photos = { $count ->
    [one] { $count } फ़ोटो
   *[other] { $count } फ़ोटो
}
admin-products-price = मूल्य
admin-products-moq = न्यूनतम ऑर्डर
admin-products-sector = क्षेत्र
admin-products-hs = HS
admin-products-gi = GI
admin-products-odop = ODOP
admin-products-earlier-note = पिछला नोट:
admin-products-approve = स्वीकार करें और प्रकाशित करें
admin-products-request-changes = बदलाव माँगें
admin-products-note-hint = बदलाव माँगते या अस्वीकार करते समय ज़रूरी।
admin-products-empty = समीक्षा के लिए कुछ भी प्रतीक्षा में नहीं है।

## समीक्षा के लिए ख़रीद अनुरोध
admin-rfqs-lead = सबसे पुराना पहले। स्वीकार करने पर अनुरोध नीचे दिए उत्पादकों को जाता है: उसके स्थानों के वे सत्यापित उत्पादक जो माँगी गई चीज़ बनाते हैं (HS अध्याय, ODOP उत्पाद या लिस्टिंग के आधार पर), या ऐसा कोई न हो तो उसके क्षेत्र में लिस्टिंग करने वाले। अस्वीकार करने पर आपका नोट ख़रीदार को ईमेल से जाता है।
admin-rfqs-note-field = ख़रीदार के लिए नोट
admin-rfqs-posted = भेजा गया { $date }
admin-rfqs-recipients = { $count ->
    [one] { $count } उत्पादक को यह मिलेगा
   *[other] { $count } उत्पादकों को यह मिलेगा
}
admin-rfqs-no-recipient = इन स्थानों का कोई सत्यापित उत्पादक इससे मिलता-जुलता कुछ लिस्ट नहीं करता। स्वीकार करने पर यह किसी को नहीं जाएगा; ख़रीदार से स्थान या क्षेत्र बढ़ाने को कहने पर विचार करें।
admin-rfqs-approve = स्वीकार करें और उत्पादकों को भेजें
admin-rfqs-note-hint = अस्वीकार करते समय ज़रूरी: बताएँ कि इसे स्वीकार्य बनाने के लिए क्या चाहिए।
admin-rfqs-empty = समीक्षा के लिए कोई ख़रीद अनुरोध प्रतीक्षा में नहीं है।
admin-fit-hs-chapter = HS अध्याय { $chapter } ({ $heading }) का सामान लिस्ट करता है
admin-fit-odop = { $name } बनाता है, जो अनुरोध में बताया गया ODOP उत्पाद है
admin-fit-listing = “{ $title }” लिस्ट करता है
admin-fit-sector = { $sector } में उत्पाद लिस्ट करता है

## शिकायत वाले ख़रीदार
admin-spam-lead = वे ख़रीदार जिनके संदेशों को उत्पादकों ने स्पैम बताया। किसी खाते को साइन इन करने और उत्पादकों को लिखने से रोकने के लिए उसे निलंबित करें; शिकायतें ग़लती से हुई हों तो उन्हें ख़ारिज करें।
admin-spam-list = खुली शिकायतों वाले ख़रीदार
admin-spam-buyer = ख़रीदार
admin-spam-reports = शिकायतें
admin-spam-actions = कार्रवाई
admin-spam-dismiss = शिकायतें ख़ारिज करें
admin-spam-dismiss-on = — { $name }
admin-spam-empty = कोई खुली स्पैम शिकायत नहीं।

## उपयोगकर्ता और भूमिकाएँ
admin-users-lead = उत्पादक और ख़रीदार ख़ुद जुड़ते हैं। आयोजक और प्रशासक यहाँ जोड़े जाते हैं।
admin-users-show = दिखाएँ
admin-users-everyone = सभी
admin-users-find-people = लोग खोजें
admin-users-q = नाम या ईमेल
admin-users-find = खोजें
admin-users-clear = खोज हटाएँ
admin-users-matching = “{ $q }” से मेल खाते
admin-users-company = कंपनी
admin-users-email-confirmed = ईमेल की पुष्टि
admin-users-you = (आप)
admin-users-role-for = { $name } की भूमिका
admin-users-change = बदलें
admin-users-change-role-for = — { $name } की भूमिका
admin-users-confirmed = पुष्टि हो चुकी
admin-users-not-yet = अभी नहीं
admin-users-showing = { $total } में से { $first }–{ $last } दिखाए जा रहे हैं, सबसे नया पहले।
admin-users-pages = लोगों के पेज
admin-users-none-match = “{ $q }” से कोई मेल नहीं खाता।
admin-users-none-match-role = इस भूमिका में “{ $q }” से कोई मेल नहीं खाता।
admin-users-none = अभी तक किसी की यह भूमिका नहीं है।
admin-users-add = आयोजक या प्रशासक जोड़ें
admin-users-add-lead = हम खाता बनाते हैं और उस व्यक्ति को अपना पासवर्ड चुनने का लिंक ईमेल करते हैं। लिंक 3 दिन तक काम करता है; उनके पते की पुष्टि मानी जाती है।
admin-users-role-hint = ये प्रशासन पेज केवल प्रशासक खोल सकते हैं।
admin-users-add-submit = जोड़ें और लिंक भेजें

## कार्रवाई के बाद की सूचनाएँ (अगले पेज पर दिखती हैं)
admin-notice-invited = { $name } अब { $email } पर ईमेल किए गए लिंक से पासवर्ड चुन सकते हैं।
admin-notice-role-changed = भूमिका बदल दी गई है।
admin-notice-suspended = खाता निलंबित कर दिया गया है: वह अब न साइन इन कर सकता है, न किसी को लिख सकता है, और उसकी लिस्टिंग साइट से हटा दी गई हैं।
admin-notice-reinstated = खाता बहाल कर दिया गया है; उसकी प्रकाशित लिस्टिंग साइट पर वापस आ गई हैं।
admin-notice-job-queued = काम फिर से कतार में डाल दिया गया है।
admin-notice-rfq-approved = { $count ->
    [one] ख़रीद अनुरोध स्वीकार हुआ और { $count } मेल खाने वाले उत्पादक को भेजा गया।
   *[other] ख़रीद अनुरोध स्वीकार हुआ और { $count } मेल खाने वाले उत्पादकों को भेजा गया।
}
admin-notice-rfq-rejected = ख़रीद अनुरोध स्वीकार नहीं हुआ; ख़रीदार को आपका नोट ईमेल से मिल गया है।
admin-notice-reports-dismissed = { $count ->
    [one] { $count } शिकायत ख़ारिज की गई; ख़रीदार अब इस सूची में नहीं है।
   *[other] { $count } शिकायतें ख़ारिज की गईं; ख़रीदार अब इस सूची में नहीं है।
}
admin-notice-decided = “{ $title }” अब { $status ->
    [published] प्रकाशित है
    [changes_requested] बदलाव के लिए लौटाई गई है
   *[rejected] अस्वीकृत है
}।
admin-notice-verified = { $name } सत्यापित है।
admin-notice-unverified = { $name } अब सत्यापित के रूप में चिह्नित नहीं है।
admin-no-such-role = “{ $role }” नाम की कोई भूमिका नहीं है।
admin-no-such-job = “{ $id }” आईडी वाला कोई विफल या कतार वाला काम नहीं है।
admin-choose-rfq-decision = अनुरोध को स्वीकार या अस्वीकार करना चुनें।
admin-choose-product-decision = स्वीकार करें, बदलाव माँगें या अस्वीकार करें — इनमें से चुनें।
