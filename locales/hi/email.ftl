# ई-मेल: ढाँचा और सभी ई-मेल के साझा हिस्से।
email-hello = नमस्ते { $name },
email-footer-sent-by = भेजने वाला:
email-footer-reason = , भारत के ‘एक ज़िला एक उत्पाद’ सामान की व्यापार निर्देशिका। यह ई-मेल इसलिए आया क्योंकि यह पता साइट पर इस्तेमाल हुआ था।
email-footer-automatic = यह अपने-आप भेजा गया संदेश है; इसके जवाब पढ़े नहीं जाते।
email-button-fallback = अगर बटन काम न करे, तो यह पता अपने ब्राउज़र में कॉपी करें:

# verify_email
email-verify-email-subject = ODOP बाज़ार के लिए अपना ई-मेल पता पक्का करें
email-verify-email-title = अपना ई-मेल पता पक्का करें
email-verify-email-preheader = ODOP बाज़ार के लिए अपना पता एक क्लिक में पक्का करें। लिंक 24 घंटे तक मान्य है।
email-verify-email-lead = कृपया ODOP बाज़ार के लिए अपना ई-मेल पता पक्का करें।
email-verify-email-lead-text = कृपया यह लिंक खोलकर ODOP बाज़ार के लिए अपना ई-मेल पता पक्का करें:
email-verify-email-button = मेरा ई-मेल पता पक्का करें
email-verify-email-validity = लिंक 24 घंटे तक मान्य है। अगर आपने ODOP बाज़ार पर खाता नहीं बनाया, तो इस ई-मेल को अनदेखा करें: पुष्टि के बिना कुछ नहीं होगा।

# password_reset
email-password-reset-subject = अपना ODOP बाज़ार पासवर्ड फिर से सेट करें
email-password-reset-title = अपना पासवर्ड फिर से सेट करें
email-password-reset-preheader = ODOP बाज़ार के लिए नया पासवर्ड चुनें। लिंक 1 घंटे तक मान्य है।
email-password-reset-lead = किसी ने आपके ODOP बाज़ार खाते का पासवर्ड फिर से सेट करने को कहा है। नया पासवर्ड चुनने के लिए नीचे दिया बटन दबाएँ।
email-password-reset-lead-text = किसी ने आपके ODOP बाज़ार खाते का पासवर्ड फिर से सेट करने को कहा है। नया पासवर्ड चुनने के लिए यह लिंक खोलें:
email-password-reset-button = नया पासवर्ड चुनें
email-password-reset-validity = लिंक 1 घंटे तक मान्य है। अगर आपने यह नहीं माँगा, तो इस ई-मेल को अनदेखा करें: आपका पासवर्ड वही रहेगा।

# email_change
email-email-change-subject = ODOP बाज़ार के लिए अपना नया ई-मेल पता पक्का करें
email-email-change-title = अपना नया ई-मेल पता पक्का करें
email-email-change-preheader = { $new_email } को अपने ODOP बाज़ार खाते के पते के रूप में पक्का करें।
email-email-change-lead-before = आपने अपने ODOP बाज़ार खाते के ई-मेल पते के रूप में
email-email-change-lead-after = इस्तेमाल करने को कहा है। कृपया यह नया पता पक्का करें।
email-email-change-lead-text = आपने अपने ODOP बाज़ार खाते के ई-मेल पते के रूप में { $new_email } इस्तेमाल करने को कहा है। यह नया पता पक्का करने के लिए यह लिंक खोलें:
email-email-change-button = मेरा नया पता पक्का करें
email-email-change-until = जब तक आप पुष्टि नहीं करते, आपके खाते का मौजूदा पता ही रहेगा। अगर आपने यह बदलाव नहीं माँगा, तो इस ई-मेल को अनदेखा करें: पुष्टि के बिना कुछ नहीं बदलेगा।

# account_exists
email-account-exists-subject = आपका ODOP बाज़ार खाता पहले से है
email-account-exists-title = आपका खाता पहले से है
email-account-exists-preheader = किसी ने इस पते से साइन अप करने की कोशिश की; आपका खाता पहले से मौजूद है।
email-account-exists-lead = किसी ने इस ई-मेल पते से ODOP बाज़ार पर साइन अप करने की कोशिश की। इस पते से आपका खाता पहले से है, इसलिए कोई नया खाता नहीं बना।
email-account-exists-button = साइन इन करें
email-account-exists-sign-in-text = साइन इन करने के लिए:
email-account-exists-forgot = अगर आप अपना पासवर्ड भूल गए हैं, तो
email-account-exists-forgot-link = नया पासवर्ड चुनें
email-account-exists-forgot-text = अगर आप अपना पासवर्ड भूल गए हैं, तो यहाँ नया चुनें:
email-account-exists-not-you = अगर यह आप नहीं थे, तो इस ई-मेल को अनदेखा करें: आपका खाता जैसा था वैसा ही है।

# account_invite
email-account-invite-subject = आपको ODOP बाज़ार में { $role ->
    [producer] उत्पादक
    [buyer] ख़रीदार
    [organiser] आयोजक
   *[admin] प्रशासक
} के रूप में जोड़ा गया है
email-account-invite-title = ODOP बाज़ार में आपका स्वागत है
email-account-invite-preheader = { $invited_by } ने आपको { $role ->
    [producer] उत्पादक
    [buyer] ख़रीदार
    [organiser] आयोजक
   *[admin] प्रशासक
} के रूप में जोड़ा है। साइन इन करने के लिए अपना पासवर्ड चुनें।
email-account-invite-heading = आपको { $role ->
    [producer] उत्पादक
    [buyer] ख़रीदार
    [organiser] आयोजक
   *[admin] प्रशासक
} के रूप में जोड़ा गया है
email-account-invite-lead = { $invited_by } ने आपको ODOP बाज़ार में { $role ->
    [producer] उत्पादक
    [buyer] ख़रीदार
    [organiser] आयोजक
   *[admin] प्रशासक
} के रूप में जोड़ा है। साइन इन करने के लिए अपना पासवर्ड चुनें।
email-account-invite-lead-text = { $invited_by } ने आपको ODOP बाज़ार में { $role ->
    [producer] उत्पादक
    [buyer] ख़रीदार
    [organiser] आयोजक
   *[admin] प्रशासक
} के रूप में जोड़ा है। अपना पासवर्ड चुनकर साइन इन करने के लिए यह लिंक खोलें:
email-account-invite-button = अपना पासवर्ड चुनें
email-account-invite-validity = लिंक 72 घंटे तक मान्य है। उसके बाद, साइन-इन पेज पर इसी पते के साथ “पासवर्ड भूल गए?” का इस्तेमाल करें।
email-account-invite-validity-text = लिंक 72 घंटे तक मान्य है। उसके बाद, साइन-इन पेज पर इसी पते के साथ "पासवर्ड भूल गए?" का इस्तेमाल करें।

# security_notice
email-security-notice-subject = ODOP बाज़ार: { $headline }
email-security-notice-preheader = { $when } को: { $headline }। अगर यह आप नहीं थे, तो अभी नया पासवर्ड चुनें।
email-security-notice-when = { $when } को: { $headline }।
email-security-notice-was-you = अगर यह आप ही थे, तो आपको और कुछ नहीं करना है।
email-security-notice-not-you = अगर यह आप नहीं थे, तो हो सकता है कोई और आपका पासवर्ड जानता हो। अभी नया पासवर्ड चुनें: इससे हर ब्राउज़र साइन आउट हो जाएगा और हर API टोकन रद्द हो जाएगा।
email-security-notice-not-you-text = अगर यह आप नहीं थे, तो हो सकता है कोई और आपका पासवर्ड जानता हो: अभी नया पासवर्ड चुनें (इससे हर ब्राउज़र साइन आउट हो जाएगा और हर API टोकन रद्द हो जाएगा):
email-security-notice-button = नया पासवर्ड चुनें
email-security-notice-sessions-before = आप कहाँ-कहाँ साइन इन हैं, यह
email-security-notice-sessions-link = अपने खाते के पेज
email-security-notice-sessions-after = {" "}पर देख सकते हैं।
email-security-notice-sessions-text = आप कहाँ-कहाँ साइन इन हैं, यह अपने खाते के पेज पर देख सकते हैं:
email-security-password-changed = आपका पासवर्ड बदला गया
email-security-password-reset = आपका पासवर्ड फिर से सेट किया गया
email-security-email-changed = आपका साइन-इन पता बदला गया
email-security-api-token-created = एक नया API टोकन, “{ $name }”, बनाया गया
email-security-new-device = किसी ने { $device } से आपके खाते में साइन इन किया
email-security-two-factor-enabled = दो-चरण साइन-इन चालू किया गया
email-security-two-factor-disabled = दो-चरण साइन-इन बंद किया गया
email-security-recovery-code-used = साइन इन के लिए एक रिकवरी कोड इस्तेमाल हुआ ({ $left } बाक़ी)
email-security-password-changed-detail = बाक़ी सभी ब्राउज़र साइन आउट कर दिए गए, आपके API टोकन रद्द कर दिए गए और हमने पहले जो भी लिंक ई-मेल किए थे, वे अब काम नहीं करेंगे।
email-security-email-changed-detail = अब यह { $address } है। हमने पहले जो लिंक ई-मेल किए थे, वे अब काम नहीं करेंगे।
email-security-api-token-created-detail = इसे इस्तेमाल करने वाले प्रोग्राम, रद्द होने तक, API के ज़रिए आपकी ओर से काम कर सकते हैं।
email-security-new-device-detail = उस ब्राउज़र से आपके खाते में पहले कभी साइन इन नहीं हुआ था।
email-security-two-factor-enabled-detail = अब साइन इन करते समय आपके ऑथेंटिकेटर ऐप का कोड भी माँगा जाएगा।
email-security-two-factor-disabled-detail = अब साइन इन करते समय सिर्फ़ आपका पासवर्ड माँगा जाएगा।
email-security-recovery-code-used-detail = हर रिकवरी कोड एक ही बार काम करता है। अगर आपका फ़ोन खो गया है, तो अपने खाते के पेज पर नए कोड बनाएँ।

# ई-मेल में दिए ब्योरों के नाम।
email-label-subject = विषय
email-label-quantity = मात्रा
email-label-incoterm = Incoterm
email-label-destination = गंतव्य
email-label-needed-by = कब तक चाहिए
email-label-target-price = लक्षित मूल्य
email-label-sample-wanted = नमूना चाहिए
email-label-price = मूल्य
email-label-total = कुल
email-label-minimum-order = न्यूनतम ऑर्डर
email-label-lead-time = तैयारी का समय
email-label-valid-until = कब तक मान्य
email-label-outcome = नतीजा
email-yes = हाँ
email-no = नहीं
email-days = { $count } दिन

# enquiry_closed
email-enquiry-closed-subject = बातचीत बंद हुई: { $subject }
email-enquiry-closed-title = बातचीत बंद हुई
email-enquiry-closed-preheader = { $closed_by } ने “{ $subject }” के बारे में बातचीत बंद कर दी: { $outcome_label }।
email-enquiry-closed-heading = एक बातचीत बंद कर दी गई है
email-enquiry-closed-lead = { $closed_by } ने “{ $subject }” के बारे में बातचीत बंद कर दी है।
email-enquiry-outcome = { $outcome ->
    [won] सफल – ऑर्डर तय हुआ
    [lost] असफल – इस बार ऑर्डर नहीं
   *[no_response] कोई जवाब नहीं
}
email-enquiry-closed-button = बातचीत देखें
email-enquiry-closed-still-read = आप बातचीत अब भी पढ़ सकते हैं, पर इसमें और संदेश नहीं भेजे जा सकते।
email-enquiry-closed-still-read-text = आप बातचीत अब भी पढ़ सकते हैं, पर इसमें और संदेश नहीं भेजे जा सकते:

# enquiry_copy
email-enquiry-copy-subject = { $producer_name } को आपकी पूछताछ: { $subject }
email-enquiry-copy-title = आपकी पूछताछ
email-enquiry-copy-preheader = { $producer_name } को भेजी आपकी पूछताछ की प्रति। उनका जवाब आने पर हम आपको ई-मेल करेंगे।
email-enquiry-copy-heading = आपकी पूछताछ भेज दी गई है
email-enquiry-copy-lead = यह उस पूछताछ की प्रति है जो आपने ODOP बाज़ार पर { $producer_name } को भेजी। उनका जवाब आने पर हम आपको ई-मेल करेंगे।
email-enquiry-copy-your-message = आपका संदेश:
email-enquiry-copy-button = बातचीत खोलें
email-enquiry-copy-add = आप उसी पेज पर कभी भी बातचीत में कुछ जोड़ सकते हैं।
email-enquiry-copy-add-text = बातचीत यहाँ देखें या उसमें कुछ जोड़ें:

# enquiry_message
email-enquiry-message-subject = { $subject } के बारे में नया संदेश
email-enquiry-message-title = नया संदेश
email-enquiry-message-preheader = { $from_name } ने “{ $subject }” के बारे में आपको नया संदेश भेजा है।
email-enquiry-message-heading = { $from_name } का नया संदेश
email-enquiry-message-lead = { $from_name } ने “{ $subject }” के बारे में आपको नया संदेश भेजा है:
email-enquiry-message-button = बातचीत में जवाब दें
email-enquiry-message-reply-there = कृपया बातचीत के पेज पर जवाब दें: इस ई-मेल के जवाब पढ़े नहीं जाते।
email-enquiry-message-reply-there-text = बातचीत के पेज पर जवाब दें (इस ई-मेल के जवाब पढ़े नहीं जाते):

# enquiry_quote
email-enquiry-quote-subject = { $producer_name } का कोटेशन: { $subject }
email-enquiry-quote-title = नया कोटेशन
email-enquiry-quote-preheader = “{ $subject }” के लिए { $producer_name } का मूल्य { $price }, { $valid_until } तक मान्य।
email-enquiry-quote-heading = { $producer_name } ने आपको कोटेशन भेजा है
email-enquiry-quote-lead = { $producer_name } ने “{ $subject }” के लिए आपको कोटेशन भेजा है।
email-enquiry-quote-notes = { $producer_name } की टिप्पणी:
email-enquiry-quote-button = कोटेशन स्वीकार या अस्वीकार करें
email-enquiry-quote-ask = फ़ैसला करने से पहले आप बातचीत में सवाल भी पूछ सकते हैं।
email-enquiry-quote-ask-text = आप बातचीत के पेज पर कोटेशन स्वीकार या अस्वीकार कर सकते हैं, या पहले वहाँ सवाल पूछ सकते हैं:

# enquiry_quote_decision
email-enquiry-quote-decision-subject = { $accepted ->
    [true] { $buyer_name } ने { $subject } के लिए आपका कोटेशन स्वीकार किया
   *[false] { $buyer_name } ने { $subject } के लिए आपका कोटेशन अस्वीकार किया
}
email-enquiry-quote-decision-title = { $accepted ->
    [true] कोटेशन स्वीकार हुआ
   *[false] कोटेशन अस्वीकार हुआ
}
email-enquiry-quote-decision-preheader = { $accepted ->
    [true] { $buyer_name } ने “{ $subject }” के लिए { $price } का आपका कोटेशन स्वीकार किया।
   *[false] { $buyer_name } ने “{ $subject }” के लिए { $price } का आपका कोटेशन अस्वीकार किया।
}
email-enquiry-quote-decision-heading = { $accepted ->
    [true] आपका कोटेशन स्वीकार हुआ
   *[false] आपका कोटेशन अस्वीकार हुआ
}
email-enquiry-quote-decision-accepted = अच्छी ख़बर: { $buyer_name } ने “{ $subject }” के लिए { $price } का आपका कोटेशन स्वीकार कर लिया है।
email-enquiry-quote-decision-order-button = ऑर्डर का सारांश खोलें
email-enquiry-quote-decision-next = इसमें लिखा है कि क्या तय हुआ, ख़रीदार के संपर्क और आगे के कदम: अगर वे चाहें तो नमूना, आपका प्रोफ़ॉर्मा इनवॉइस, और उत्पादन शुरू करने से पहले तय की जाने वाली भुगतान शर्तें। इसे प्रिंट करें या PDF के रूप में सहेजें; सवाल
email-enquiry-quote-decision-conversation-word = बातचीत
email-enquiry-quote-decision-next-after = {" "}में पूछें।
email-enquiry-quote-decision-conversation-link = बातचीत खोलें
email-enquiry-quote-decision-next-text = ऑर्डर के सारांश में लिखा है कि क्या तय हुआ, ख़रीदार के संपर्क और आगे के कदम: अगर वे चाहें तो नमूना, आपका प्रोफ़ॉर्मा इनवॉइस, और उत्पादन शुरू करने से पहले तय की जाने वाली भुगतान शर्तें। इसे प्रिंट करें या PDF के रूप में सहेजें:
email-enquiry-quote-decision-declined = { $buyer_name } ने “{ $subject }” के लिए { $price } का आपका कोटेशन अस्वीकार कर दिया है।
email-enquiry-quote-decision-still-open = बातचीत खुली रहती है: आप पूछ सकते हैं कि उन्हें क्या पसंद नहीं आया, या बदला हुआ कोटेशन भेज सकते हैं।
email-enquiry-quote-decision-open-text = बातचीत खोलें:

# enquiry_received
email-enquiry-received-subject = नई पूछताछ: { $subject }
email-enquiry-received-title = नई पूछताछ
email-enquiry-received-preheader = { $buyer_name } ({ $buyer_country }) { $quantity } के बारे में पूछ रहे हैं: { $subject }
email-enquiry-received-heading = आपके पास एक नई पूछताछ है
email-who-of-company = { $company } के { $name }
email-enquiry-received-lead = { $who } ({ $buyer_country }) ने आपको एक पूछताछ भेजी है।
email-enquiry-received-lead-product = { $who } ({ $buyer_country }) ने आपके उत्पाद “{ $product_title }” के बारे में पूछताछ भेजी है।
email-enquiry-received-their-message = उनका संदेश:
email-next-steps = आगे क्या करें
email-enquiry-received-step-open = नीचे दिए बटन से पूछताछ खोलें (इसी ई-मेल पते से साइन इन करें)।
email-enquiry-received-step-open-text = पूछताछ खोलें (इसी ई-मेल पते से साइन इन करें):
email-enquiry-received-step-write = उसी पेज पर { $buyer_name } को जवाब लिखें। उनके सवालों के जवाब दें, या बताएँ कि आप मूल्य कब भेज सकते हैं। आपके जवाब लिखते ही आप दोनों एक-दूसरे का ई-मेल पता और फ़ोन नंबर देख सकेंगे।
email-enquiry-received-step-quote = मूल्य तय हो जाए, तो उसी पेज पर “कोटेशन भेजें” दबाएँ: एक इकाई का मूल्य, न्यूनतम ऑर्डर, आपको लगने वाले दिन और मूल्य कब तक मान्य है। { $buyer_name } उसे वहीं स्वीकार कर सकते हैं।
email-enquiry-received-button = पूछताछ खोलें
email-enquiry-received-two-days = कृपया दो दिन के भीतर जवाब दें, भले ही सिर्फ़ यह बताने के लिए कि आप मूल्य कब भेज सकते हैं। ख़रीदार देखते हैं कि हर उत्पादक आम तौर पर कितनी जल्दी जवाब देता है, और दो दिन बाद हम आपको याद दिलाते हैं।
email-enquiry-received-cannot = यह सप्लाई नहीं कर सकते? जवाब में यह बता दें, फिर उसी पेज पर बातचीत बंद कर दें, ताकि ख़रीदार कहीं और देख सकें।

# enquiry_reminder
email-enquiry-reminder-subject = आपके जवाब का इंतज़ार: { $subject }
email-enquiry-reminder-title = एक पूछताछ आपके जवाब का इंतज़ार कर रही है
email-enquiry-reminder-preheader = { $buyer_name } ({ $buyer_country }) “{ $subject }” के बारे में आपके जवाब का इंतज़ार कर रहे हैं।
email-enquiry-reminder-lead = { $buyer_name } ({ $buyer_country }) ने { $received_on } को “{ $subject }” के बारे में आपको पूछताछ भेजी थी, और अभी तक उसका जवाब नहीं गया है।
email-enquiry-reminder-short = अभी छोटा-सा जवाब काफ़ी है, भले ही सिर्फ़ यह बताने के लिए कि आप कोटेशन कब भेज सकते हैं। अगर आप उनकी ज़रूरत पूरी नहीं कर सकते, तो कृपया बता दें: जल्दी जवाब से ख़रीदार को भी मदद मिलती है।
email-enquiry-reminder-button = पूछताछ का जवाब दें
email-enquiry-reminder-counts = आप कितनी जल्दी जवाब देते हैं, यह आपकी प्रोफ़ाइल पर ख़रीदारों को दिखने वाले “आम तौर पर … में जवाब देते हैं” आँकड़े में गिना जाता है।
email-enquiry-reminder-reply-text = पूछताछ के पेज पर जवाब दें:

# producer_verified
email-producer-verified-subject = { $business_name } ODOP बाज़ार पर सत्यापित है
email-producer-verified-title = { $business_name } सत्यापित है
email-producer-verified-preheader = ख़रीदार अब आपके पेज और हर लिस्टिंग पर “सत्यापित” देखते हैं।
email-producer-verified-heading = आप सत्यापित हैं
email-producer-verified-lead = हमने आपके पंजीकरण सरकारी रिकॉर्ड से मिला लिए हैं, और { $business_name } अब ODOP बाज़ार पर सत्यापित है। ख़रीदार आपके उत्पादक पेज और आपकी हर लिस्टिंग पर “सत्यापित” देखते हैं।
email-producer-verified-button = अपना पेज ख़रीदारों की नज़र से देखें
email-producer-verified-page-text = आपका पेज, जैसा ख़रीदार देखते हैं:
email-producer-verified-update = अगर आपका GSTIN, Udyam या IEC नंबर बदले, तो
email-producer-verified-update-link = अपनी प्रोफ़ाइल अपडेट करें
email-producer-verified-update-text = अगर आपका GSTIN, Udyam या IEC नंबर बदले, तो अपनी प्रोफ़ाइल यहाँ अपडेट करें:

# product_approved
email-product-approved-subject = “{ $title }” अब ODOP बाज़ार पर दिख रहा है
email-product-approved-title = आपकी लिस्टिंग अब दिख रही है
email-product-approved-preheader = “{ $title }” स्वीकृत हो गया है और ख़रीदार अब इसे खोज सकते हैं।
email-product-approved-lead = अच्छी ख़बर: आपकी लिस्टिंग “{ $title }” स्वीकृत हो गई है और अब ख़रीदारों को दिख रही है।
email-product-approved-button = इसे ख़रीदारों की नज़र से देखें
email-product-approved-keep = मूल्य, तैयारी का समय और फ़ोटो अद्यतन रखें:
email-product-approved-keep-link = आपका डैशबोर्ड
email-product-approved-keep-text = इसे अद्यतन रखें (मूल्य, तैयारी का समय, फ़ोटो):

# product_changes_requested
email-product-changes-requested-subject = “{ $title }” के दिखने से पहले बदलाव ज़रूरी हैं
email-product-changes-requested-title = बदलाव ज़रूरी हैं
email-product-changes-requested-preheader = एक मॉडरेटर ने “{ $title }” में बदलाव माँगे हैं।
email-product-changes-requested-heading = आपकी लिस्टिंग दिखने से पहले बदलाव ज़रूरी हैं
email-product-changes-requested-lead = एक मॉडरेटर ने आपकी लिस्टिंग “{ $title }” देखी है और उसे प्रकाशित करने से पहले ये बदलाव माँगे हैं:
email-product-changes-requested-button = लिस्टिंग में बदलाव करें
email-product-changes-requested-again = बदलाव कर लेने के बाद, उसी पेज से इसे फिर से समीक्षा के लिए भेजें।
email-product-changes-requested-again-text = लिस्टिंग में बदलाव करें और इसे फिर से समीक्षा के लिए भेजें:

# product_rejected
email-product-rejected-subject = “{ $title }” ODOP बाज़ार पर स्वीकार नहीं हुआ
email-product-rejected-title = लिस्टिंग स्वीकार नहीं हुई
email-product-rejected-preheader = “{ $title }” स्वीकार नहीं हुआ।
email-product-rejected-heading = आपकी लिस्टिंग स्वीकार नहीं हुई
email-product-rejected-lead = एक मॉडरेटर आपकी लिस्टिंग “{ $title }” स्वीकार नहीं कर सका। बताया गया कारण:
email-product-rejected-others = आपकी बाक़ी लिस्टिंग पर कोई असर नहीं है। आप नियमों के अनुसार
email-product-rejected-new-link = नई लिस्टिंग जोड़
email-product-rejected-rules = सकते हैं।
email-product-rejected-others-text = आपकी बाक़ी लिस्टिंग पर कोई असर नहीं है। आप अपने डैशबोर्ड से नियमों के अनुसार नई लिस्टिंग जोड़ सकते हैं:

# rfq_approved
email-see-buy-request = अपनी ख़रीद माँग देखें
email-rfq-approved-subject = आपकी ख़रीद माँग स्वीकृत हो गई है: { $title }
email-rfq-approved-title = ख़रीद माँग स्वीकृत
email-rfq-approved-preheader = { $recipients ->
    [0] “{ $title }” स्वीकृत हुई, पर अभी कोई सत्यापित उत्पादक इससे मेल नहीं खाता।
   *[other] “{ $title }” { $recipients } सत्यापित उत्पादकों को भेजी गई है।
}
email-rfq-approved-heading = आपकी ख़रीद माँग स्वीकृत हो गई है
email-rfq-approved-sent = { $recipients ->
    [one] एक मॉडरेटर ने आपकी ख़रीद माँग “{ $title }” स्वीकृत कर दी है, और इसे उस एक सत्यापित उत्पादक को भेज दिया गया है जो इससे मेल खाता है।
   *[other] एक मॉडरेटर ने आपकी ख़रीद माँग “{ $title }” स्वीकृत कर दी है, और इसे उन { $recipients } सत्यापित उत्पादकों को भेज दिया गया है जो इससे मेल खाते हैं।
}
email-rfq-approved-until = वे { $closes_on } तक संदेश या कोटेशन के साथ जवाब दे सकते हैं, तब माँग बंद हो जाएगी। जवाब आते ही हम आपको ई-मेल करेंगे।
email-rfq-approved-nobody = एक मॉडरेटर ने आपकी ख़रीद माँग “{ $title }” स्वीकृत कर दी है, पर अभी कोई सत्यापित उत्पादक इससे मेल नहीं खाता, इसलिए इसे किसी को नहीं भेजा गया।
email-rfq-approved-widen = उत्पादकों तक पहुँचने के लिए, माँग फिर से डालें, ज़्यादा जगहों के साथ (या कोई जगह नहीं, यानी पूरे भारत से) या किसी दूसरे क्षेत्र में।
email-see-buy-request-text = अपनी ख़रीद माँग देखें:

# rfq_closed
email-rfq-closed-subject = आपकी ख़रीद माँग बंद हो गई है: { $title }
email-rfq-closed-title = ख़रीद माँग बंद
email-rfq-closed-preheader = { $quotes ->
    [0] “{ $title }” बिना किसी कोटेशन के बंद हो गई है।
   *[other] “{ $title }” { $quotes } कोटेशन के साथ बंद हो गई है।
}
email-rfq-closed-heading = आपकी ख़रीद माँग बंद हो गई है
email-rfq-closed-lead = { $reason ->
    [deadline] आपकी ख़रीद माँग “{ $title }” बंद हो गई है क्योंकि उसकी अंतिम तिथि निकल गई। उत्पादक अब इसका जवाब नहीं दे सकते।
    [quotes] आपकी ख़रीद माँग “{ $title }” बंद हो गई है क्योंकि इसे { $quotes } कोटेशन मिल गए। उत्पादक अब इसका जवाब नहीं दे सकते।
    [buyer] आपकी ख़रीद माँग “{ $title }” बंद हो गई है क्योंकि आपने इसे बंद किया। उत्पादक अब इसका जवाब नहीं दे सकते।
   *[other] आपकी ख़रीद माँग “{ $title }” बंद हो गई है। उत्पादक अब इसका जवाब नहीं दे सकते।
}
email-rfq-closed-received = { $quotes ->
    [0] इसे कोई कोटेशन नहीं मिला।
   *[other] इसे { $quotes } कोटेशन मिले।
}
email-rfq-closed-post-again = अगर आपको अब भी इसकी ज़रूरत है, तो आप नई ख़रीद माँग डाल सकते हैं।
email-rfq-closed-conversations = इसके बारे में उत्पादकों के साथ आपकी चल रही बातचीत पर कोई असर नहीं है: आप उन्हें पहले की तरह जारी रख सकते हैं।

# rfq_match
email-rfq-match-subject = नई ख़रीद माँग: { $title }
email-rfq-match-title = नई ख़रीद माँग
email-rfq-match-preheader = एक ख़रीदार ({ $buyer_country }) को { $quantity } चाहिए: { $title }। { $closes_on } तक खुली।
email-rfq-match-heading = एक ख़रीदार को वह चाहिए जो आप बनाते हैं
email-rfq-match-lead = एक ख़रीदार ने ख़रीद माँग डाली है जो आपके बनाए सामान से मेल खाती है: “{ $title }”।
email-rfq-match-lead-places = एक ख़रीदार ने आपके इलाक़े से ख़रीद माँग डाली है जो आपके बनाए सामान से मेल खाती है: “{ $title }”।
email-label-sector = क्षेत्र
email-label-sourcing-from = कहाँ से ख़रीद
email-label-hs-code = HS कोड
email-label-ship-to = कहाँ भेजना है
email-label-samples = नमूने
email-rfq-match-samples-wanted = ऑर्डर से पहले चाहिए
email-label-buyer-country = ख़रीदार का देश
email-label-answer-by = जवाब की अंतिम तिथि
email-rfq-match-details = ख़रीदार का ब्योरा:
email-rfq-match-step-open = नीचे दिए बटन से ख़रीद माँग खोलें (इसी ई-मेल पते से साइन इन करें)।
email-rfq-match-step-open-text = ख़रीद माँग खोलें (इसी ई-मेल पते से साइन इन करें):
email-rfq-match-step-answer = अगर आप यह बना सकते हैं, तो { $closes_on } ख़त्म होने से पहले वहीं जवाब दें: लिखें कि आप क्या, किससे और कैसे बना सकते हैं। एक इकाई का मूल्य, न्यूनतम ऑर्डर और आपको लगने वाले दिन जोड़ने के लिए “कोटेशन भी भेजें” चुनें।
email-rfq-match-step-reply = ख़रीदार जवाब पढ़ते हैं और अपने चुने उत्पादकों को लिखते हैं। ऐसा होने पर हम आपको ई-मेल करते हैं।
email-rfq-match-button = ख़रीद माँग खोलें
email-rfq-match-soon = जल्दी जवाब दें: दस उत्पादकों के कोटेशन भेजते ही माँग बंद भी हो जाती है। आप एक बार ही जवाब दे सकते हैं।
email-rfq-match-cannot = यह सप्लाई नहीं कर सकते? कुछ न करें: माँग अपने-आप बंद हो जाएगी।

# rfq_rejected
email-rfq-rejected-subject = आपकी ख़रीद माँग स्वीकृत नहीं हुई: { $title }
email-rfq-rejected-title = ख़रीद माँग स्वीकृत नहीं हुई
email-rfq-rejected-preheader = “{ $title }” स्वीकृत नहीं हुई और उत्पादकों को नहीं भेजी गई।
email-rfq-rejected-heading = आपकी ख़रीद माँग स्वीकृत नहीं हुई
email-rfq-rejected-lead = एक मॉडरेटर आपकी ख़रीद माँग “{ $title }” स्वीकृत नहीं कर सका, इसलिए इसे उत्पादकों को नहीं भेजा गया। बताया गया कारण:
email-rfq-rejected-again = अगर आप इसे ठीक कर सकते हैं, तो बदलावों के साथ माँग फिर से डाल सकते हैं।

# rfq_review
email-rfq-review-subject = समीक्षा के लिए ख़रीद माँग: { $title }
email-rfq-review-title = समीक्षा के लिए ख़रीद माँग
email-rfq-review-preheader = { $buyer_name } ({ $buyer_country }) ने “{ $title }” डाली है; यह स्वीकृति का इंतज़ार कर रही है।
email-rfq-review-heading = एक ख़रीद माँग स्वीकृति का इंतज़ार कर रही है
email-rfq-review-lead = { $who } ({ $buyer_country }) ने एक ख़रीद माँग डाली है। उत्पादकों को भेजे जाने से पहले यह स्वीकृति का इंतज़ार कर रही है।
email-label-title = शीर्षक
email-rfq-review-button = माँग की समीक्षा करें
email-rfq-review-button-text = इसे यहाँ स्वीकृत या अस्वीकार करें:

# showcase_product_left
email-showcase-product-left-subject = { $count ->
    [one] “{ $product }” आपकी प्रदर्शनी “{ $showcase }” से हट गया है
   *[other] { $count } उत्पाद आपकी प्रदर्शनियों से हट गए हैं
}
email-showcase-product-left-title = { $count ->
    [one] एक उत्पाद आपकी प्रदर्शनी से हट गया
   *[other] उत्पाद आपकी प्रदर्शनियों से हट गए
}
email-showcase-product-left-preheader = { $count ->
    [one] “{ $product }” अब प्रकाशित नहीं है, इसलिए “{ $showcase }” में अब यह नहीं दिखता।
   *[other] { $count } उत्पाद अब प्रकाशित नहीं हैं, इसलिए आपकी प्रदर्शनियों में अब ये नहीं दिखते।
}
email-showcase-product-left-lead = { $count ->
    [one] आपकी एक प्रदर्शनी का एक उत्पाद अब प्रकाशित नहीं है, इसलिए ख़रीदारों को अब वह वहाँ नहीं दिखता:
   *[other] आपकी प्रदर्शनियों के { $count } उत्पाद अब प्रकाशित नहीं हैं, इसलिए ख़रीदारों को अब वे वहाँ नहीं दिखते:
}
email-showcase-product-left-in = “{ $showcase }” में “{ $product }”
email-product-status = { $status ->
    [draft] ड्राफ़्ट
    [submitted] समीक्षा की प्रतीक्षा में
    [changes_requested] बदलाव माँगे गए
    [rejected] अस्वीकृत
    [archived] संग्रहीत
    [withheld] खाता निलंबित होने के कारण रोका गया
   *[published] प्रकाशित
}
email-showcase-product-left-now = अब स्थिति: { $state }।
email-showcase-product-left-now-text = अब स्थिति: { $state }।
email-showcase-product-left-edit = प्रदर्शनी में बदलाव करें
email-showcase-product-left-back = { $count ->
    [one] अगर इसका उत्पादक इसे फिर से प्रकाशित करता है, तो यह अपने-आप लौट आएगा।
   *[other] अगर उत्पादक इन्हें फिर से प्रकाशित करते हैं, तो हर उत्पाद अपने-आप लौट आएगा।
} ख़ाली जगह अभी भरने के लिए, प्रदर्शनी के संपादक से कोई दूसरा उत्पाद जोड़ें।

# कार्यक्रमों में बैठकें। $when पहले पाठक की घड़ी से, फिर दूसरे पक्ष की घड़ी से।
email-meeting-open-agenda = अपना एजेंडा खोलें
email-meeting-open = बैठक खोलें
email-meeting-minutes = { $minutes } मिनट
email-meeting-video-room = वीडियो रूम:
# The calendar invitation's description, after both sides' times and the video room.
email-meeting-invite-page = बैठक का पेज:
email-meeting-their-reason = उनका कारण:
email-meeting-reason = कारण:
email-meeting-accept-or-decline = स्वीकार या अस्वीकार करें

# event_participation
email-event-participation-subject = { $approved ->
    [true] आप { $event_title } में भाग ले रहे हैं
   *[false] { $event_title } के लिए आपका आवेदन
}
email-event-participation-approved = आप { $event_title } में भाग ले रहे हैं। अब आप देख सकते हैं कि और कौन भाग ले रहा है, और बैठकें तय कर सकते हैं।
email-event-participation-approved-text = आप { $event_title } में भाग ले रहे हैं। अब आप देख सकते हैं कि और कौन भाग ले रहा है, और बैठकें तय कर सकते हैं:
email-event-participation-refused = { $event_title } के आयोजक इस बार आपको शामिल नहीं कर सके।
email-event-participation-note = उनकी टिप्पणी:
email-event-participation-button = कार्यक्रम खोलें

# meeting_accepted
email-meeting-accepted-subject = बैठक पक्की: { $other_name }, { $when }
email-meeting-accepted-title = बैठक पक्की
email-meeting-accepted-heading = { $other_name } के साथ आपकी बैठक पक्की हो गई है
email-meeting-accepted-lead = { $event_title } में { $other_name } के साथ आपकी बैठक पक्की हो गई है:
email-meeting-accepted-calendar = साथ लगा निमंत्रण इसे आपके कैलेंडर में जोड़ देता है।
email-meeting-accepted-calendar-text = साथ लगा निमंत्रण इसे आपके कैलेंडर में जोड़ देता है। आपका एजेंडा:

# meeting_cancelled
email-meeting-cancelled-subject = बैठक रद्द: { $other_name }, { $when }
email-meeting-cancelled-title = बैठक रद्द
email-meeting-cancelled-lead = { $event_title } में { $when } को { $other_name } के साथ बैठक रद्द कर दी गई है।
email-meeting-cancelled-agenda-text = आपका एजेंडा:

# meeting_declined
email-meeting-declined-subject = { $other_name } ने आपका बैठक अनुरोध अस्वीकार किया
email-meeting-declined-title = बैठक अनुरोध अस्वीकार
email-meeting-declined-heading = { $other_name } ने आपका अनुरोध अस्वीकार किया
email-meeting-declined-lead = { $other_name } ने { $event_title } में { $when } को मिलने का आपका अनुरोध अस्वीकार कर दिया।
email-meeting-declined-button = दूसरी बैठक तय करें
email-meeting-declined-free-text = वह समय फिर से ख़ाली है; आप किसी और से या किसी दूसरे समय के लिए पूछ सकते हैं:

# meeting_digest
email-meeting-digest-subject = { $count ->
    [one] एक बैठक अनुरोध आपके जवाब का इंतज़ार कर रहा है: { $event_title }
   *[other] { $count } बैठक अनुरोध आपके जवाब का इंतज़ार कर रहे हैं: { $event_title }
}
email-meeting-digest-title = जवाब का इंतज़ार करते बैठक अनुरोध
email-meeting-digest-heading = { $count ->
    [one] एक बैठक अनुरोध आपके जवाब का इंतज़ार कर रहा है
   *[other] { $count } बैठक अनुरोध आपके जवाब का इंतज़ार कर रहे हैं
}
email-meeting-digest-lead = { $count ->
    [one] { $event_title } में यह अनुरोध आपके जवाब का इंतज़ार कर रहा है। हर समय पहले आपकी घड़ी से, फिर उनकी घड़ी से दिखाया गया है।
   *[other] { $event_title } में ये अनुरोध आपके जवाब का इंतज़ार कर रहे हैं। हर समय पहले आपकी घड़ी से, फिर उनकी घड़ी से दिखाया गया है।
}
email-meeting-digest-lead-text = { $count ->
    [one] { $event_title } में एक बैठक अनुरोध आपके जवाब का इंतज़ार कर रहा है:
   *[other] { $event_title } में { $count } बैठक अनुरोध आपके जवाब का इंतज़ार कर रहे हैं:
}
email-meeting-digest-answer-by = { $answer_by } तक जवाब दें, वरना अनुरोध रद्द हो जाएगा।
email-meeting-digest-clocks-text = हर समय पहले आपकी घड़ी से, फिर उनकी घड़ी से दिखाया गया है। आपका एजेंडा:

# meeting_follow_up
email-meeting-follow-up-subject = 90 दिन बाद: { $other_name } के साथ आपकी बैठक का क्या नतीजा निकला?
email-meeting-follow-up-title = आपकी बैठक का क्या नतीजा निकला?
email-meeting-follow-up-preheader = { $other_name } के साथ आपकी बैठक, 90 दिन बाद
email-meeting-follow-up-lead = नब्बे दिन पहले आप { $event_title } में { $other_name } से मिले थे:
email-meeting-follow-up-ask = तब से क्या हुआ: बातचीत, नमूने भेजे गए, ऑर्डर दिया गया, आशय पत्र? बैठक के पेज पर एक बार बता दें।
email-meeting-follow-up-ask-text = तब से क्या हुआ: बातचीत, नमूने भेजे गए, ऑर्डर दिया गया, आशय पत्र? बैठक के पेज पर एक बार बता दें:
email-meeting-follow-up-button = बताएँ कि क्या हुआ
email-meeting-follow-up-private = आपका जवाब सिर्फ़ आपका है: { $other_name } उसे नहीं देखते। आयोजक सबके जवाब गिनकर बताते हैं कि कार्यक्रम से क्या हासिल हुआ।

# meeting_move_proposed
email-meeting-move-proposed-subject = { $other_name } ने आपकी बैठक के लिए दूसरा समय सुझाया है
email-meeting-move-proposed-title = दूसरा समय सुझाया गया
email-meeting-move-proposed-heading = { $other_name } ने दूसरा समय सुझाया है
email-meeting-move-proposed-lead = { $other_name } { $event_title } में आपकी बैठक का समय बदलना चाहते हैं
email-meeting-move-proposed-from = पुराना समय:
email-meeting-move-proposed-to = नया समय:
email-meeting-move-proposed-until = जब तक आप जवाब नहीं देते, बैठक अपने मौजूदा समय पर ही रहेगी।
email-meeting-move-proposed-button = समय बदलें या वही रखें
email-meeting-move-proposed-until-text = जब तक आप जवाब नहीं देते, बैठक अपने मौजूदा समय पर ही रहेगी। इस पेज पर समय बदलें या वही रखें (पेज खोलने से कुछ तय नहीं होता):

# meeting_outcome
email-meeting-outcome-subject = { $other_name } के साथ आपकी बैठक कैसी रही?
email-meeting-outcome-title = कैसी रही?
email-meeting-outcome-preheader = { $other_name } के साथ आपकी बैठक, { $when }
email-meeting-outcome-lead = { $event_title } में { $other_name } के साथ आपकी बैठक तय थी:
email-meeting-outcome-ask = क्या बैठक हुई, और कैसी रही? बैठक के पेज पर बस एक मिनट लगेगा।
email-meeting-outcome-ask-text = क्या बैठक हुई, और कैसी रही? बैठक के पेज पर बस एक मिनट लगेगा:
email-meeting-outcome-button = बताएँ कि कैसी रही
email-meeting-outcome-private = आप जो बताते हैं, वह आपका है: { $other_name } उसे नहीं देखते। आयोजक भाग लेने वाले सभी लोगों के जवाब गिनकर दिखाते हैं कि कार्यक्रम से क्या हासिल हुआ।

# meeting_requested
email-meeting-requested-subject = { $other_name } { $event_title } में बैठक चाहते हैं
email-meeting-requested-title = बैठक अनुरोध
email-meeting-requested-heading = { $other_name } बैठक चाहते हैं
email-meeting-requested-lead = { $other_name } { $event_title } में आपसे मिलना चाहते हैं:
email-meeting-requested-their-message = उनका संदेश:
email-meeting-requested-accept-text = इस पेज पर स्वीकार या अस्वीकार करें (पेज खोलने से कुछ तय नहीं होता):

# meeting_time_kept
email-meeting-time-kept-subject = { $other_name } के साथ आपकी बैठक अपने समय पर ही रहेगी
email-meeting-time-kept-title = बैठक का समय वही रहा
email-meeting-time-kept-heading = आपकी बैठक अपने समय पर ही रहेगी
email-meeting-time-kept-lead = { $other_name } ने { $event_title } में आपकी बैठक उसी समय पर रखी है:
email-meeting-time-kept-free = सुझाया गया दूसरा समय फिर से ख़ाली है।
email-meeting-time-kept-free-text = सुझाया गया दूसरा समय फिर से ख़ाली है। बैठक:

# meeting_updated
email-meeting-updated-title = { $change ->
    [time] बैठक का समय बदला
   *[video] नया वीडियो रूम
}
email-meeting-updated-subject = { $change ->
    [time] बैठक का समय बदला: { $other_name }, { $when }
   *[video] नया वीडियो रूम: { $other_name }, { $when }
}
email-meeting-updated-heading = { $change ->
    [time] { $other_name } के साथ आपकी बैठक का समय बदल गया है
   *[video] { $other_name } के साथ आपकी बैठक का वीडियो रूम नया है
}
email-meeting-updated-lead = { $change ->
    [time] { $event_title } में { $other_name } के साथ आपकी बैठक अब इस समय है:
   *[video] { $event_title } में { $other_name } के साथ आपकी बैठक का नया वीडियो रूम:
}
email-meeting-updated-calendar = साथ लगा निमंत्रण आपके कैलेंडर की प्रविष्टि अपडेट कर देता है।
email-meeting-updated-calendar-text = साथ लगा निमंत्रण आपके कैलेंडर की प्रविष्टि अपडेट कर देता है। बैठक:

# meeting_reminder
email-meeting-reminder-starts-in = { $soon ->
    [true] 15 मिनट
   *[false] 24 घंटे
}
email-meeting-reminder-subject = याद दिलाना: { $other_name } के साथ आपकी बैठक { $starts_in } में शुरू होगी
email-meeting-reminder-title = बैठक की याद
email-meeting-reminder-heading = { $other_name } के साथ आपकी बैठक { $starts_in } में शुरू होगी
email-meeting-reminder-lead = { $event_title } में { $other_name } के साथ आपकी बैठक { $starts_in } में शुरू होगी:
email-meeting-reminder-join = बैठक में जुड़ें
email-meeting-reminder-page = बैठक का पेज:
email-meeting-reminder-join-later = (बैठक के पेज पर शुरू होने से 10 मिनट पहले “जुड़ें” बटन दिखता है)।
email-meeting-reminder-cannot = अगर आप नहीं आ सकते, तो बैठक के पेज पर दूसरा समय सुझाएँ या बैठक रद्द करें, ताकि { $other_name } को पता चल जाए।
email-meeting-reminder-join-now-text = अभी वीडियो रूम से जुड़ें:
email-meeting-reminder-video-later-text = वीडियो रूम (बैठक के पेज पर शुरू होने से 10 मिनट पहले “जुड़ें” बटन दिखता है):
email-meeting-reminder-page-text = बैठक का पेज, जहाँ आप न आ पाने पर दूसरा समय सुझा सकते हैं या बैठक रद्द कर सकते हैं:
