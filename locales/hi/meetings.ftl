# वर्चुअल क्रेता-विक्रेता बैठकें: आयोजन, बुकिंग, कार्यसूची, नतीजे, आयोजकों के पन्ने।

## साझा शब्द
meetings-breadcrumb = पथ
meetings-error-prefix = त्रुटि:
meetings-optional = वैकल्पिक
meetings-crumb-events = आयोजन
meetings-crumb-meetings = बैठकें
meetings-badge-verified = सत्यापित
meetings-badge-hosted = आमंत्रित ख़रीदार
meetings-when = कब
meetings-reason = कारण
meetings-cancelled-by-organisers = { $event } के आयोजकों ने रद्द की।
meetings-cancelled-with-event = आयोजन रद्द कर दिया गया।
meetings-now = अभी
meetings-proposed = प्रस्तावित
meetings-proposed-instead = इसके बजाय प्रस्तावित
meetings-length = अवधि
meetings-about = विषय
meetings-minutes = { $minutes } मिनट
meetings-minutes-short = { $minutes } मिनट
meetings-quoted = “{ $text }”
meetings-back-to-meeting = बैठक पर वापस जाएँ
meetings-none-in-common = आपके और उनके समय में कोई साझा ख़ाली समय नहीं है। ये सबसे नज़दीकी समय हैं, साथ में यह भी कि हर एक आपके समय से कितना बाहर है।
meetings-phase = { $phase ->
    [draft] मसौदा
    [upcoming] बुकिंग जल्द खुलेगी
    [booking_open] बुकिंग खुली है
    [running] जारी है
    [finished] समाप्त
   *[cancelled] रद्द
}
meetings-status = { $status ->
    [requested] अनुरोध भेजा गया
    [accepted] स्वीकृत
    [declined] अस्वीकृत
    [cancelled] रद्द
   *[expired] समय-सीमा समाप्त
}

## समय चुनना
meetings-slot-day-count = { $count } समय

## बैठक पर प्रतिभागी क्या कर सकता है
meetings-action-accept = स्वीकार करें
meetings-action-decline = अस्वीकार करें
meetings-action-answer-move = प्रस्तावित समय का जवाब दें
meetings-action-withdraw-proposal = अपना प्रस्ताव वापस लें
meetings-action-propose = दूसरा समय प्रस्तावित करें
meetings-action-cancel = { $status ->
    [requested] वापस लें
   *[other] रद्द करें
}
meetings-action-outcome = बैठक कैसी रही?
meetings-action-you-said = आपने बताया: { $outcome }
meetings-action-change = बदलें
meetings-action-follow-up = 90 दिन बाद: तब से क्या हुआ?

## आयोजनों की सूची और आयोजन का पन्ना
meetings-events-title = क्रेता-विक्रेता बैठकें
meetings-events-heading = वर्चुअल क्रेता-विक्रेता बैठकें
meetings-events-lead = विदेशी ख़रीदारों और भारतीय उत्पादकों के बीच छोटी आमने-सामने वीडियो बैठकें, जिन्हें निर्यात संवर्धन परिषदें और भारतीय मिशन आयोजित करते हैं। हर समय आयोजन के समय-क्षेत्र और आपके समय-क्षेत्र, दोनों में दिखाया जाता है।
meetings-events-none = अभी कोई बैठक घोषित नहीं हुई है।
meetings-my-events-title = आपके आयोजन
meetings-my-events-none = आप अभी कोई आयोजन नहीं चला रहे हैं।
meetings-event-create = आयोजन बनाएँ
meetings-event-slot-minutes = { $minutes } मिनट की बैठकें
meetings-event-with = सहयोगी:
meetings-event-sectors = क्षेत्र
meetings-event-producers-from = उत्पादक कहाँ से
meetings-event-buyers-from = ख़रीदार कहाँ से
meetings-event-producers = उत्पादक
meetings-event-buyers = ख़रीदार
meetings-event-programme = कार्यक्रम
meetings-event-programme-hours = बैठक का समय { $hours }; हर पंक्ति { $zone } में भी।
meetings-event-programme-slots = { $count } बैठक स्लॉट
meetings-event-taking-part = भाग लेना
meetings-event-sign-in-or = या
meetings-event-join = जुड़ें,
meetings-event-sign-in-rest = उत्पादक या ख़रीदार के रूप में भाग लेने के लिए।
meetings-event-products = आप कौन-सी लिस्टिंग लाएँगे
meetings-event-pitch = आपका परिचय
    .hint = ख़रीदारों को आपके बारे में क्या जानना चाहिए, कुछ वाक्यों में।
meetings-event-hs-codes = आप किन HS कोड का माल ख़रीदते हैं
    .hint = अल्पविराम से अलग करें, जैसे 6214, 500710।
meetings-event-volumes = आप कितनी मात्रा ख़रीदते हैं
    .hint = अपने शब्दों में, जैसे हर सीज़न 2,000 स्टोल।
meetings-event-looking-for = आप क्या ढूँढ रहे हैं
    .hint = उत्पाद, गुणवत्ता और दाम: उत्पादक क्या तैयारी करें।
meetings-event-no-listings = आपकी अभी कोई प्रकाशित लिस्टिंग नहीं है;
meetings-event-add-listing = पहले एक जोड़ें।
meetings-event-apply = भाग लेने के लिए आवेदन करें
meetings-event-register = भाग लेने के लिए पंजीकरण करें
meetings-event-waiting = आपका आवेदन आयोजकों के फ़ैसले की प्रतीक्षा में है; आपको ई-मेल से सूचना मिलेगी।
meetings-event-declined = आयोजक आपको इस आयोजन में शामिल नहीं कर सके।
meetings-event-book = चुनें किससे मिलना है
meetings-event-suggestions = सुझाए गए मेल
meetings-event-agenda = आपकी कार्यसूची
meetings-event-manage = इस आयोजन का प्रबंधन करें
meetings-event-closed = यह आयोजन अब और प्रतिभागी नहीं ले रहा है।
meetings-event-who = कौन भाग ले रहा है
meetings-event-who-counts = { $producers } उत्पादक और { $buyers } ख़रीदार।
meetings-event-who-range = कुल { $count } में से उत्पादक { $first }–{ $last }, जुड़ने के क्रम में।
meetings-event-producer-pages = उत्पादकों के पन्ने

## प्रतिभागी की कार्यसूची और एक बैठक
meetings-agenda-title = आपकी बैठकें
meetings-agenda-lead = हर समय आपकी घड़ी और दूसरे पक्ष की घड़ी, दोनों में दिखाया जाता है।
meetings-agenda-print = अपनी कार्यसूची प्रिंट करें
meetings-agenda-next = { $name } के साथ आपकी अगली बैठक शुरू होगी
meetings-agenda-upcoming = पक्की बैठकें
meetings-agenda-upcoming-none = अभी कोई नहीं। कोई बैठक यहाँ खोजें:
meetings-agenda-find-meet = क्रेता-विक्रेता बैठकें।
meetings-agenda-received = आपके जवाब की प्रतीक्षा में अनुरोध
meetings-agenda-received-none = कोई नहीं।
meetings-agenda-sent = आपके भेजे अनुरोध
meetings-agenda-sent-none = कोई प्रतीक्षा में नहीं।
meetings-agenda-past = बीती, अस्वीकृत और रद्द बैठकें
meetings-join = बैठक में शामिल हों
meetings-video-room = वीडियो रूम
meetings-feed-title = आपकी बैठकें आपके कैलेंडर ऐप में
meetings-feed-new = आपका कैलेंडर पता।
meetings-feed-new-once = इसे अभी कॉपी करें: आपकी निजता के लिए यह सिर्फ़ एक बार दिखाया जाता है।
meetings-feed-how = अपने निजी कैलेंडर पते की सदस्यता लें, तो आपकी पक्की बैठकें आपके कैलेंडर में आपकी अपनी घड़ी के समय पर दिखेंगी; समय बदले तो बैठक भी खिसकेगी और रद्द बैठक रद्द दिखेगी। Google Calendar में “Other calendars”, “+”, “From URL” चुनें; Apple Calendar में “File”, “New Calendar Subscription”; Outlook में “Add calendar”, “Subscribe from web”। जिसके पास यह पता है वह आपकी बैठकें देख सकता है, इसलिए इसे अपने तक रखें।
meetings-feed-made = आपका मौजूदा पता { $made } को बना था। अगर यह खो गया है या ग़लती से साझा हो गया है, तो लिंक रीसेट करें: आपको नया पता मिलेगा और पुराना काम करना बंद कर देगा।
meetings-feed-reset = लिंक रीसेट करें
meetings-feed-make = मेरा कैलेंडर पता बनाएँ
meetings-feed-name = { site-name } की बैठकें
meetings-meeting-with = { $name } के साथ बैठक
meetings-meeting-on-its-own = किसी आयोजन से अलग बैठक, आपकी इस बातचीत में प्रस्तावित:
meetings-meeting-in-conversation = आपकी इस बातचीत में प्रस्तावित:
meetings-waiting-for-you = आपके जवाब की प्रतीक्षा
meetings-waiting-for-them = उनके जवाब की प्रतीक्षा
meetings-their-message = उनका संदेश
meetings-your-message = आपका संदेश
meetings-ended = यह बैठक समाप्त हो चुकी है।
meetings-join-later = “शामिल हों” बटन शुरू होने से 10 मिनट पहले यहाँ दिखेगा। रूम:

## जवाब देना, समय बदलना और रद्द करना
meetings-confirm-question = { $action ->
    [accept] यह बैठक स्वीकार करें?
    [decline] यह अनुरोध अस्वीकार करें?
    [cancel] यह बैठक रद्द करें?
    [accept-move] बैठक का समय बदलें?
   *[keep-time] मौजूदा समय रखें?
}
meetings-confirm-button = { $action ->
    [accept] बैठक स्वीकार करें
    [decline] अनुरोध अस्वीकार करें
    [cancel] बैठक रद्द करें
    [accept-move] नए समय पर ले जाएँ
   *[keep-time] मौजूदा समय रखें
}
meetings-confirm-reason-hint = वे इसे हमारे भेजे ई-मेल में पढ़ेंगे।
meetings-confirm-keep-instead = इसके बजाय मौजूदा समय रखें
meetings-propose-effect = { $status ->
    [accepted] जब तक वे नया समय स्वीकार नहीं करते, बैठक अपने समय पर रहेगी।
   *[other] अनुरोध नए समय पर चला जाएगा और उनके जवाब की प्रतीक्षा करेगा।
}
meetings-propose-submit = यह समय प्रस्तावित करें
meetings-propose-none-left = इस आयोजन में आपके और उनके पास कोई और ख़ाली समय नहीं बचा है।
meetings-starts-in-minutes = { $minutes } मिनट में
meetings-starts-in-hours = { $hours } घंटे में
meetings-starts-in-hours-minutes = { $hours } घंटे { $minutes } मिनट में
meetings-starts-in-days = { $days } दिन में
meetings-starts-in-days-hours = { $days } दिन { $hours } घंटे में
meetings-outcome-summary = { $took_place ->
    [no_show] दूसरा पक्ष नहीं आया
    [technical] तकनीकी समस्या से बैठक नहीं हो पाई
   *[yes] { $result ->
        [no_interest] हाँ, बैठक हुई · कोई रुचि नहीं
        [information] हाँ, बैठक हुई · जानकारी का आदान-प्रदान
        [samples_requested] हाँ, बैठक हुई · नमूने माँगे गए
        [quotation] हाँ, बैठक हुई · कोटेशन आएगा
        [order_expected] हाँ, बैठक हुई · ऑर्डर की उम्मीद
       *[none] हाँ, बैठक हुई
    }
}

## बैठक बुक करना
meetings-time-zone = समय-क्षेत्र
meetings-book-title = बैठक बुक करें
meetings-book-crumb = बुक करें
meetings-book-lead = चुनें किससे मिलना है; उनके ख़ाली समय आपकी और उनकी घड़ी, दोनों में दिखाए जाते हैं।
meetings-book-directory = आप किनसे मिल सकते हैं
meetings-book-sector = क्षेत्र
meetings-book-state = राज्य
meetings-book-district = ज़िला
meetings-book-country = देश
meetings-book-any = कोई भी
meetings-book-gi = GI-टैग वाली लिस्टिंग
meetings-book-verified = सत्यापित उत्पादक
meetings-book-filter = छाँटें
meetings-book-shown = { $count } में से { $shown } दिखाए गए।
meetings-book-show-all = सभी दिखाएँ
meetings-book-nobody = दूसरे पक्ष से अभी किसी को स्वीकृति नहीं मिली है।
meetings-book-meet = { $name } से मिलें
meetings-book-listings = किन लिस्टिंग पर बात करनी है
meetings-book-message-hint = आप कौन हैं और किस बारे में बात करना चाहते हैं।
meetings-book-submit = इस बैठक का अनुरोध करें
meetings-book-none-left = इस आयोजन में आपके और उनके पास कोई ख़ाली समय नहीं बचा है।

## प्रतिभागी का समय
meetings-hours-title = आपका समय
meetings-hours-lead = दूसरों को सिर्फ़ आपके तय समय के भीतर के समय दिखाए जाते हैं, आपकी अपनी घड़ी पर। जिन समयों पर आप नहीं मिल सकते, उन्हें रोक दें।
meetings-hours-zone = आपका समय-क्षेत्र
    .hint = IANA नाम, जैसे Europe/Berlin, Asia/Kolkata या America/New_York।
meetings-hours-day = दिन
meetings-hours-from = से
meetings-hours-until = तक
meetings-hours-every-day = हर दिन
meetings-hours-save = अपना समय सहेजें
meetings-hours-save-day = यह दिन सहेजें
meetings-hours-own = इस दिन के लिए तय
meetings-hours-free = खोलें
meetings-hours-booked = बुक है
meetings-hours-block = रोकें
meetings-hours-outside = आपके समय से बाहर

## सुझाए गए मेल
meetings-suggestions-title = { $side ->
    [buyer] सुझाए गए उत्पादक
   *[other] सुझाए गए ख़रीदार
}
meetings-suggestions-crumb = सुझाव
meetings-suggestions-lead = { $side ->
    [buyer] उत्पादक इस क्रम में हैं कि उनका माल आपकी ख़रीद से कितना मेल खाता है, कारणों के साथ।
   *[other] ख़रीदार इस क्रम में हैं कि आपका माल उनकी ख़रीद से कितना मेल खाता है, कारणों के साथ।
} जिनसे ज़रूर मिलना है उन्हें चिह्नित करें: आमंत्रित ख़रीदारों की बैठकें तय करते समय आयोजक उन्हें पहले रखते हैं।
meetings-suggestions-mark = “ज़रूर मिलें” चिह्नित करें
meetings-suggestions-unmark = “ज़रूर मिलें” हटाएँ
meetings-suggestions-say-what = बताएँ कि आप क्या ख़रीदते हैं — अपनी ख़रीदार प्रोफ़ाइल में क्षेत्र, पंजीकरण के समय HS कोड — तब सुझाव आएँगे।
meetings-suggestions-profile = आपकी ख़रीदार प्रोफ़ाइल
meetings-suggestions-no-buyer-says = अभी किसी ख़रीदार ने नहीं बताया है कि वे क्या ख़रीदते हैं।
meetings-suggestions-best = सबसे अच्छे मेल पहले
meetings-suggestions-must-meet = ज़रूर मिलें
meetings-suggestions-request = बैठक का अनुरोध करें
meetings-suggestions-none = दूसरे पक्ष से अभी कोई मेल नहीं खाता।
meetings-suggestions-also-marked = “ज़रूर मिलें” चिह्नित अन्य

## बातचीत से प्रस्तावित बैठक
meetings-thread-title = वीडियो बैठक प्रस्तावित करें
meetings-thread-heading = { $name } के साथ वीडियो बैठक प्रस्तावित करें
meetings-thread-about = विषय:
meetings-thread-lead = वे स्वीकार या अस्वीकार करेंगे; स्वीकार होने पर आप दोनों को ई-मेल से निमंत्रण और वीडियो रूम मिलेगा।
meetings-thread-where = कहाँ
meetings-thread-where-lead = आप दोनों ऐसे आयोजन में भाग ले रहे हैं जिसकी बुकिंग खुली है: वहाँ मिलें, या अलग से।
meetings-thread-at = { $event } में
meetings-thread-next-days = अगले { $days } दिनों में
meetings-thread-your-hours = आपका समय: { $hours }
meetings-thread-change-hours = बदलें
meetings-thread-their-hours = उनका: { $hours }।
meetings-thread-each-time = नीचे हर समय पहले आपकी घड़ी पर, फिर उनकी; समय देखने के लिए दिन चुनें।
meetings-thread-message-hint = आप किस बारे में बात करना चाहते हैं; हम इसे अनुरोध के साथ भेजते हैं।
meetings-thread-submit = यह बैठक प्रस्तावित करें
meetings-thread-back = बातचीत पर वापस जाएँ
meetings-thread-none-left = यहाँ आपके और उनके पास कोई ख़ाली समय नहीं बचा है।
meetings-slot-outside-yours = { $hours ->
    [0] आपके समय से { $minutes } मिनट बाहर
   *[other] { $minutes ->
        [0] आपके समय से { $hours } घंटे बाहर
       *[other] आपके समय से { $hours } घंटे { $minutes } मिनट बाहर
    }
}
meetings-slot-outside-theirs = { $hours ->
    [0] उनके समय से { $minutes } मिनट बाहर
   *[other] { $minutes ->
        [0] उनके समय से { $hours } घंटे बाहर
       *[other] उनके समय से { $hours } घंटे { $minutes } मिनट बाहर
    }
}

## बैठक कैसी रही, और 90 दिन बाद
meetings-save = सहेजें
meetings-note = टिप्पणी
meetings-optional-brackets = (वैकल्पिक)
meetings-currency = मुद्रा
    .hint = ISO कोड: USD, EUR, INR …
meetings-currency-with-value = (राशि के साथ)
meetings-your-meeting-with = आपकी बैठक:
meetings-outcome-private = आप यहाँ जो बताते हैं उसे सिर्फ़ आप और आयोजन के आयोजक देखते हैं; { $name } अपना ब्योरा अलग से देते हैं।
meetings-outcome-saved = आप पहले बता चुके हैं; जो सही नहीं है उसे बदल दें।
meetings-outcome-took-place = क्या बैठक हुई?
meetings-outcome-result-hint = सिर्फ़ तभी जब बैठक हुई हो।
meetings-outcome-value = अनुमानित मूल्य
    .hint = इससे आप जितने व्यापार की उम्मीद करते हैं, जैसे 25000।
meetings-outcome-thread = सौदा कहाँ आगे बढ़ेगा
meetings-outcome-no-thread = कोई बातचीत नहीं
meetings-took-place = { $value ->
    [no_show] दूसरा पक्ष नहीं आया
    [technical] तकनीकी समस्या से बैठक नहीं हो पाई
   *[yes] हाँ, बैठक हुई
}
meetings-how-it-went = { $value ->
    [no_interest] कोई रुचि नहीं
    [information] जानकारी का आदान-प्रदान
    [samples_requested] नमूने माँगे गए
    [quotation] कोटेशन आएगा
   *[order_expected] ऑर्डर की उम्मीद
}
meetings-since-then = { $value ->
    [negotiation] बातचीत जारी है
    [samples_sent] नमूने भेजे गए
    [order_placed] ऑर्डर मिला
    [letter_of_intent] आशय-पत्र पर हस्ताक्षर हुए
   *[nothing] कुछ नहीं हुआ
}
meetings-follow-up-crumb = 90 दिन बाद
meetings-follow-up-since = बैठक के बाद से
meetings-follow-up-order-value = ऑर्डर का मूल्य
    .optional = (ऑर्डर मिलने पर)
meetings-follow-up-answered-on = जवाब दिया
meetings-follow-up-what = क्या हुआ
    .legend = बैठक के बाद से क्या हुआ है?
    .hint = जहाँ तक बात पहुँची, वह चुनें।
meetings-follow-up-once = आप एक ही बार जवाब देते हैं। इसे सिर्फ़ आप और आयोजन के आयोजक देखते हैं।

## आयोजन का फ़ॉर्म
meetings-fields-audience = यह किसके लिए है
meetings-fields-hosts = इसके पीछे कौन है
meetings-field-title = शीर्षक
meetings-field-description = विवरण
meetings-field-time-zone = आयोजन का समय-क्षेत्र
    .hint = IANA नाम, जैसे Asia/Kolkata या Europe/London। कार्यक्रम इसी में बनता है।
meetings-field-first-day = पहला दिन
meetings-field-days = दिन
    .hint = 1 से 14
meetings-field-window-start = बैठकें कब से
meetings-field-window-end = बैठकें कब तक
meetings-field-breaks = विराम
    .hint = जैसे 13:00-14:00, 16:00-16:15
meetings-field-slot-minutes = बैठक की अवधि, मिनट में
    .hint = 10 से 60
meetings-field-gap-minutes = बैठकों के बीच का अंतर, मिनट में
    .hint = 0 से 30
meetings-field-booking-opens = बुकिंग खुलेगी
    .hint = आयोजन के समय-क्षेत्र में।
meetings-field-booking-closes = बुकिंग बंद होगी
    .hint = आयोजन के समय-क्षेत्र में।
meetings-field-request-mode = बैठक के अनुरोध
meetings-field-request-expiry-minutes = अनुरोध जवाब की कितनी प्रतीक्षा करे (मिनट)
    .hint = 15 मिनट से 10 दिन (14400) तक; समय बीतने पर वह समय फिर ख़ाली हो जाता है।
meetings-field-daily-cap = प्रति प्रतिभागी प्रति दिन बैठकें
meetings-field-approval = प्रतिभागी
meetings-field-sectors = क्षेत्र
    .hint = सभी क्षेत्रों के लिए कोई भी न चुनें।
meetings-field-buyer-countries = किन देशों के ख़रीदार चाहिए
    .hint = वैकल्पिक। कई चुनने के लिए Ctrl (Mac पर ⌘) दबाए रखें।
meetings-field-focus-states = किन राज्यों पर ध्यान
    .hint = वैकल्पिक; पूरे भारत के लिए ख़ाली छोड़ें।
meetings-field-focus-districts = किन ज़िलों पर ध्यान
    .hint = वैकल्पिक।
meetings-field-producer-capacity = अधिकतम कितने उत्पादक
    .hint = कोई सीमा न हो तो ख़ाली छोड़ें।
meetings-field-buyer-capacity = अधिकतम कितने ख़रीदार
    .hint = कोई सीमा न हो तो ख़ाली छोड़ें।
meetings-field-co-hosts = सह-आयोजक
    .hint = आयोजन के पीछे के मिशन और परिषदें, हर पंक्ति में एक: नाम, फिर उसका वेब पता, जैसे “Embassy of India, Berlin https://indianembassyberlin.gov.in”।
meetings-field-video-base = वीडियो रूम कहाँ
    .hint = वैकल्पिक: आपकी अपनी वीडियो सेवा, जैसे https://meet.example.org/{"{"}room{"}"}। हर बैठक को ऐसे नाम वाला रूम मिलता है जिसका अनुमान नहीं लगाया जा सकता। ख़ाली: साइट के रूम।
meetings-request-mode = { $value ->
    [accept] दूसरा पक्ष हर अनुरोध स्वीकार या अस्वीकार करता है
   *[instant] अनुरोध तुरंत पक्के हो जाते हैं
}
meetings-approval = { $value ->
    [organiser] आयोजक हर प्रतिभागी को स्वीकृति देता है
   *[automatic] हर आवेदक भाग लेता है
}

## आयोजकों के पन्ने
meetings-cancel = रद्द करें
meetings-event-new-crumb = नया
meetings-event-save-draft = मसौदे के रूप में सहेजें
meetings-side = { $side ->
    [producer] उत्पादक
   *[buyer] ख़रीदार
}
meetings-participant-status = { $status ->
    [pending] स्वीकृति की प्रतीक्षा
    [approved] स्वीकृत
   *[declined] अस्वीकृत
}
meetings-hs = HS { $codes }
meetings-pair = { $first } और { $second }
meetings-manage-public-page = सार्वजनिक पन्ना
meetings-schedule-crumb = समय-सारिणी
meetings-draft-crumb = मसौदा समय-सारिणी
meetings-manage-publish = प्रकाशित करें
meetings-manage-cancel-event = आयोजन रद्द करें
meetings-banner-unchanged = बैनर नहीं बदला गया
meetings-banner-title = बैनर फ़ोटो
meetings-banner-remove = बैनर हटाएँ
meetings-banner-lead = आयोजन के पन्ने के ऊपर और बैठकों की सूची में उसके कार्ड पर एक चौड़ी फ़ोटो: शिल्प, जगह या पिछला आयोजन।
meetings-banner-new = नया बैनर
meetings-banner = बैनर
meetings-banner-hint = JPEG, PNG या WebP, 20 MB तक। आड़ी फ़ोटो (लगभग 3 : 1) सबसे अच्छी रहती है; फ़ोन पर यह एक पट्टी में कट जाती है।
meetings-banner-upload = बैनर अपलोड करें
meetings-manage-participants = प्रतिभागी
meetings-manage-note = उनके लिए टिप्पणी
meetings-manage-hosted = आमंत्रित ख़रीदार (ख़र्च आयोजक उठाते हैं)
meetings-manage-approve = स्वीकृति दें
meetings-manage-nobody = अभी किसी ने आवेदन नहीं किया है।
meetings-manage-settings = सेटिंग
meetings-of-event = { $event } की बैठकें
meetings-event-meetings-lead = अनुरोधित और पक्की बैठकें, एक बार में एक दिन, आयोजन की घड़ी ({ $zone }) पर और हर पक्ष के अपने समय के साथ। किसी पक्की बैठक को उसका अपना वीडियो लिंक दें, तो दोनों पक्षों को नया निमंत्रण मिलेगा।
meetings-video-unchanged = वीडियो लिंक नहीं बदला गया
meetings-event-days = आयोजन के दिन
meetings-video-give = इसे अपना वीडियो लिंक दें
meetings-video-own = इसका अपना वीडियो लिंक
meetings-video-own-hint = https:// वाला पता (Zoom, Teams, Webex, आपका अपना Jitsi)। साइट से नए रूम के लिए ख़ाली छोड़ें।
meetings-video-save = लिंक सहेजें
meetings-day-none = इस दिन अभी कोई बैठक नहीं है।
meetings-audit-title = बदलावों का रिकॉर्ड
meetings-audit-heading = आयोजकों ने क्या किया
meetings-audit-lead = { $event } की हर वह बैठक जिसे किसी आयोजक ने बुक किया, खिसकाया, रद्द किया या वीडियो लिंक दिया, नई पहले।
meetings-back-to-schedule = समय-सारिणी पर वापस जाएँ
meetings-audit-caption = आयोजकों के काम, नए पहले
meetings-audit-who = किसने
meetings-audit-what = क्या
meetings-audit-meeting = बैठक
meetings-audit-none = अभी किसी आयोजक ने कोई बैठक बुक, खिसकाई या रद्द नहीं की है।
meetings-audit-action = { $action ->
    [booked] बुक की
    [moved] खिसकाई
    [cancelled] रद्द की
   *[video_link] वीडियो लिंक
}
meetings-audit-detail = { $requester } की { $recipient } के साथ बैठक, { $when }
meetings-audit-detail-moved = { $requester } की { $recipient } के साथ बैठक, { $from } → { $when }
meetings-audit-detail-note = { $requester } की { $recipient } के साथ बैठक, { $when }: { $note }
meetings-cell = { $state ->
    [free] ख़ाली
    [outside_hours] समय से बाहर
    [pending] लंबित
    [booked] बुक
    [blocked] रोका गया
    [draft] मसौदा
   *[draft_unfit] मसौदा, अब फ़िट नहीं
}
meetings-sides = { $side ->
    [producer] उत्पादक
   *[buyer] ख़रीदार
}
meetings-new-time = नया समय
meetings-message = संदेश
meetings-choose-time = समय चुनें
meetings-side-asked = { $side }, अनुरोधकर्ता
meetings-outside-hours = उनके समय से बाहर बुक करें
    .hint = सिर्फ़ तब, जब दोनों पक्ष अपने दिए समय से बाहर मिलने पर सहमत हों।
meetings-scheduled-proposed = दूसरा समय प्रस्तावित
meetings-scheduled-proposed-dropped = बैठक खिसकाने पर यह हट जाएगा
meetings-scheduled-move = समय बदलें
meetings-scheduled-move-accepted = दोनों पक्षों को नया निमंत्रण मिलेगा: वही कैलेंडर प्रविष्टि नए समय पर।
meetings-scheduled-move-requested = अनुरोध नए समय पर जाकर फिर से { $name } को भेजा जाएगा।
meetings-scheduled-move-submit = बैठक खिसकाएँ
meetings-scheduled-cancel = रद्द करें
meetings-scheduled-cancel-reason = कारण, दोनों पक्षों के लिए
meetings-scheduled-closed = यह बैठक शुरू हो चुकी है या अब नहीं होगी: इसे न खिसकाया जा सकता है, न रद्द किया जा सकता है।

## समय-सारिणी की ग्रिड
meetings-time = समय
meetings-schedule-of = { $event } की समय-सारिणी
meetings-schedule-lead = हर स्वीकृत प्रतिभागी दिन के स्लॉट के सामने, आयोजन की घड़ी ({ $zone }) पर और नीचे UTC में। बैठक बुक करने के लिए किसी आमंत्रित ख़रीदार या उत्पादक का ख़ाली ख़ाना चुनें; खिसकाने या रद्द करने के लिए बैठक चुनें।
meetings-schedule-message = उत्पादक के लिए संदेश
meetings-schedule-side = पक्ष
meetings-schedule-both = दोनों
meetings-legend = ख़ानों का मतलब
meetings-legend-key = { $state ->
    [free] ख़ाली
    [outside_hours] उनके समय से बाहर
    [pending] लंबित (अनुरोध या प्रस्तावित नया समय)
    [booked] बुक
    [blocked] उन्होंने रोका है
    [draft] मसौदा: अभी प्रकाशित नहीं, किसी को सूचना नहीं
   *[draft_unfit] मसौदा जो अब फ़िट नहीं बैठता
}
meetings-schedule-draft-note = मसौदा समय-सारिणी अभी प्रकाशित नहीं हुई है; इस दिन उसकी { $count } बैठकें हैं{ $unfit ->
    [0] {""}
   *[other] , जिनमें { $unfit } अब फ़िट नहीं बैठतीं (बाद में हुई बुकिंग, नया समय या दैनिक सीमा)
}। मसौदा बैठक खिसकाने या हटाने के लिए उसे चुनें; मसौदे के पन्ने पर उसके निष्पक्षता के आँकड़े हैं और वहीं से वह प्रकाशित होती है।
meetings-schedule-draft-link = मसौदे का पन्ना
meetings-schedule-matching = { $count } में से { $matching } प्रतिभागी मेल खाते हैं।
meetings-schedule-showing = { $first }–{ $last } दिखाए जा रहे हैं।
meetings-schedule-showing-of = { $count } में से { $first }–{ $last } दिखाए जा रहे हैं।
meetings-schedule-caption = { $day }: प्रतिभागी और स्लॉट
meetings-schedule-participant = प्रतिभागी
meetings-schedule-hosted = , आमंत्रित
meetings-schedule-pages = प्रतिभागियों के पन्ने
meetings-schedule-no-match = कोई स्वीकृत प्रतिभागी इन फ़िल्टरों से मेल नहीं खाता।
meetings-schedule-nobody = अभी किसी प्रतिभागी को स्वीकृति नहीं मिली है।
meetings-schedule-book = आमंत्रित ख़रीदार के लिए बैठक बुक करें
meetings-schedule-no-hosted = अभी कोई आमंत्रित ख़रीदार नहीं है: स्वीकृति देते समय ख़रीदार को आमंत्रित चिह्नित करें।
meetings-schedule-instant = यह आयोजन अनुरोध तुरंत पक्के करता है: बैठक बुक हो जाती है और दोनों पक्षों को निमंत्रण मिलता है।
meetings-schedule-asks = किसी भी अनुरोध की तरह ख़रीदार पूछता है और उत्पादक स्वीकार या अस्वीकार करता है; स्वीकार होने पर दोनों को निमंत्रण मिलता है।
meetings-schedule-fill = इसे भरने के लिए ग्रिड में कोई नाम या आमंत्रित ख़रीदार का ख़ाली ख़ाना चुनें; दूसरे उत्पादक ढूँढने के लिए ग्रिड को फ़िल्टर करें।
meetings-schedule-choose-buyer = ख़रीदार चुनें
meetings-schedule-producer-field = उत्पादक (ग्रिड के इस पन्ने पर)
meetings-schedule-choose-producer = उत्पादक चुनें
meetings-schedule-time-field = समय ({ $day })
meetings-schedule-book-submit = बैठक बुक करें
meetings-schedule-audit = आयोजकों के हाल के बदलाव
meetings-schedule-audit-by = { $actor } द्वारा, { $when }
meetings-schedule-audit-none = अभी कुछ नहीं।
meetings-schedule-audit-all = पूरा रिकॉर्ड

## आमंत्रित ख़रीदारों की मसौदा समय-सारिणी
meetings-back-to-draft = मसौदे पर वापस जाएँ
meetings-draft-basis = { $basis ->
    [must_meet] ज़रूर मिलें
   *[suggested] सुझाया गया
}
meetings-draft-unplaced = { $why ->
    [no_match] किसी आमंत्रित ख़रीदार की रुचि मेल नहीं खाती
    [no_common_hours] मेल खाती रुचि वाले किसी आमंत्रित ख़रीदार से समय मेल नहीं खाता
    [buyers_full] मेल खाती रुचि वाले आमंत्रित ख़रीदारों की सभी बैठकें भर चुकी हैं
   *[no_free_slot] मेल खाते ख़रीदार के साथ कोई साझा ख़ाली स्लॉट नहीं बचा
}
meetings-breach-passed = इसका समय बीत चुका है।
meetings-breach-off-programme = इसका समय अब आयोजन के कार्यक्रम में नहीं है।
meetings-breach-not-approved = { $name } अब आयोजन में भाग नहीं ले रहे।
meetings-breach-outside-hours = यह समय अब { $name } के समय से बाहर है।
meetings-breach-held = इस समय { $name } की दूसरी बैठक, अनुरोध या रोका गया स्लॉट है।
meetings-breach-daily-cap = उस दिन { $name } की उतनी बैठकें हो चुकी हैं जितनी आयोजन अनुमति देता है ({ $cap })।
meetings-draft-heading = आमंत्रित ख़रीदारों के लिए मसौदा समय-सारिणी
meetings-draft-counts = { $hosted } आमंत्रित ख़रीदार और { $producers } स्वीकृत उत्पादक।
meetings-draft-lead = “ज़रूर मिलें” वाली जोड़ियाँ पहले आती हैं, फिर सबसे अच्छे सुझाव; हर बैठक दोनों पक्षों के समय के भीतर किसी ख़ाली स्लॉट पर, दैनिक सीमा में होती है। प्रकाशित करने तक कुछ नहीं भेजा जाता।
meetings-draft-published = { $day } को प्रकाशित: इसकी { $count } बैठकें बुक हैं और दोनों पक्षों को निमंत्रण भेजे गए।
meetings-draft-generate-again = फिर से बनाएँ
meetings-draft-generate-a = मसौदा बनाएँ
meetings-draft-generate = मसौदा बनाएँ
meetings-draft-per-buyer = प्रति आमंत्रित ख़रीदार बैठकें
meetings-draft-min = प्रति उत्पादक कम से कम
    .hint = जहाँ मेल खाता ख़रीदार और साझा ख़ाली स्लॉट हो, वहाँ हर स्वीकृत उत्पादक को कम से कम इतनी बैठकें मिलती हैं।
meetings-draft-share = सबसे बड़ा हिस्सा
    .label = एक उत्पादक का सबसे बड़ा हिस्सा (%)
    .hint = कोई भी उत्पादक आमंत्रित ख़रीदार × प्रति ख़रीदार बैठकें के इस हिस्से से ज़्यादा नहीं लेता।
meetings-draft-fairness = निष्पक्षता
meetings-draft-generated = { $day } को बना: { $count } बैठकें।
meetings-draft-per-producer = प्रति स्वीकृत उत्पादक बैठकें
meetings-draft-figure = आँकड़ा
meetings-draft-value = मान
meetings-draft-fewest = सबसे कम
meetings-draft-median = माध्यिका
meetings-draft-most = सबसे ज़्यादा
meetings-draft-none-producers = बिना बैठक वाले उत्पादक
meetings-draft-at-cap = सीमा ({ $cap }) तक पहुँचे उत्पादक
meetings-draft-unplaced-caption = बिना बैठक वाले उत्पादक, और क्यों
meetings-draft-why = क्यों
meetings-draft-publish-lead = प्रकाशित करने पर नीचे की हर बैठक स्वीकृत के रूप में बुक होती है और दोनों पक्षों को ई-मेल से निमंत्रण जाता है। यह एक ही बार होता है। पहले हर बैठक फिर से जाँची जाती है।
meetings-draft-review-grid = मसौदे को समय-सारिणी की ग्रिड पर देखें, दिन-ब-दिन, पहले से बुक बैठकों के साथ।
meetings-draft-refused = कुछ प्रकाशित नहीं हुआ:
meetings-draft-unfit-count = { $count } बैठकें अब फ़िट नहीं बैठतीं।
meetings-draft-unfit-caption = जो बैठकें अब फ़िट नहीं बैठतीं, और क्यों ({ $count })
meetings-draft-when-zone = कब ({ $zone })
meetings-draft-time-zone = समय ({ $zone })
meetings-draft-change = बदलें
meetings-draft-pair = { $buyer } के साथ { $producer }
meetings-draft-move-or-remove = खिसकाएँ या हटाएँ
meetings-draft-leave-out-lead = इनमें से हर एक को खिसकाएँ या हटाएँ, या सबको छोड़कर बाकी { $count } प्रकाशित करें।
meetings-draft-leave-out = { $unfit } छोड़ें और { $count } बैठकें प्रकाशित करें
meetings-draft-publish = { $count } बैठकें प्रकाशित करें
meetings-draft-party = किसकी बैठकें दिखाएँ
meetings-draft-everyone = सभी
meetings-draft-show = दिखाएँ
meetings-draft-move = खिसकाएँ
meetings-draft-remove = हटाएँ
meetings-draft-none = कोई बैठक नहीं।
meetings-draft-none-party = इस प्रतिभागी की कोई बैठक नहीं।
meetings-draft-marks = “ज़रूर मिलें” चिह्न
meetings-draft-marks-caption = चिह्न ({ $count }), चिह्नित करने वाले के अनुसार
meetings-draft-marked-by = किसने चिह्नित किया
meetings-draft-no-marks = अभी किसी प्रतिभागी ने किसी को चिह्नित नहीं किया है।
meetings-draft-meeting = मसौदा बैठक
meetings-draft-move-lead = { $when } पर ({ $basis })। मसौदा समय-सारिणी का हिस्सा: किसी को इसकी सूचना नहीं दी गई है, और मसौदा प्रकाशित होने पर ही यह बुक होगी।
meetings-draft-unfit-one = यह बैठक अब फ़िट नहीं बैठती:
meetings-draft-unfit-refused = जब तक इसे खिसकाया या हटाया नहीं जाता, प्रकाशन इसे स्वीकार नहीं करेगा।
meetings-draft-move-times = ये समय दोनों पक्षों के समय के भीतर हैं और दोनों के लिए ख़ाली हैं, मसौदे में भी और उसके बाहर भी; आयोजन की घड़ी ({ $zone }) पर।
meetings-draft-no-time = दोनों के लिए कोई और समय ख़ाली नहीं है।
meetings-draft-remove-it = हटाएँ
meetings-draft-remove-lead = यह जोड़ी मसौदे से बाहर हो जाती है; किसी को कुछ नहीं भेजा जाता।
meetings-draft-remove-submit = मसौदे से हटाएँ
meetings-places-taken = { $count } में से { $taken } स्थान भर चुके
meetings-thread-on-its-own = अलग से, किसी आयोजन के बाहर

## मेल सुझाने के कारण
meetings-reason-hs-code = { $side ->
    [buyer] HS { $listed } आपके { $sought } से मेल खाता है
   *[producer] वे HS { $sought } ख़रीदते हैं, आपका { $listed }
}
meetings-reason-hs-chapter = { $side ->
    [buyer] HS अध्याय { $chapter }, जिसका माल आप ख़रीदते हैं
   *[producer] वे HS अध्याय { $chapter } का माल ख़रीदते हैं
}
meetings-reason-sector = { $side ->
    [buyer] { $sector }, जिस क्षेत्र में आप ख़रीदते हैं
   *[producer] वे { $sector } ख़रीदते हैं
}
meetings-reason-gi = { $side ->
    [buyer] GI-टैग वाला { $name }
   *[producer] आपका GI-टैग वाला { $name }
}
meetings-reason-odop = { $side ->
    [buyer] { $name }, उनके ज़िले का ODOP उत्पाद
   *[producer] { $name }, आपके ज़िले का ODOP उत्पाद
}
meetings-reason-capacity = { $side ->
    [buyer] क्षमता { $capacity } { $unit }/माह, आपकी { $volume } की ज़रूरत पूरी करती है
   *[producer] आपकी क्षमता { $capacity } { $unit }/माह, उनकी { $volume } की ज़रूरत पूरी करती है
}
meetings-reason-certified = { $side ->
    [buyer] प्रमाणित: { $certifications }
   *[producer] आपके प्रमाणन: { $certifications }
}
meetings-reason-export-ready = { $side ->
    [buyer] निर्यात के लिए तैयार
   *[producer] आपकी लिस्टिंग निर्यात के लिए तैयार है
}
meetings-reason-verified = { $side ->
    [buyer] सत्यापित उत्पादक
   *[producer] आप सत्यापित उत्पादक हैं
}

## Notices after an action (shown once, on the next page)
meetings-notice-proposal-sent = आपका प्रस्ताव भेज दिया गया है। उनके उत्तर देने पर आपको ई-मेल से पता चलेगा।
meetings-notice-draft-ready = मसौदा तैयार है। नीचे इसे देखें; प्रकाशित करने तक कुछ नहीं भेजा जाता।
meetings-notice-draft-removed = बैठक मसौदे से हटा दी गई है।
meetings-notice-draft-moved = बैठक का समय बदल दिया गया है।
meetings-notice-hours-saved = आपके समय सहेज लिए गए हैं; दूसरों को दिए जाने वाले समय इन्हीं के अनुसार होंगे।
meetings-notice-slot-taken = वह समय पहले ही बुक हो चुका है।
meetings-notice-event-drafted = कार्यक्रम मसौदे के रूप में सहेजा गया है। कार्यक्रम-सूची ठीक होने पर इसे प्रकाशित करें।
meetings-notice-event-saved = सहेज लिया गया।
meetings-notice-event-published = प्रकाशित: उत्पादक और ख़रीदार अब आवेदन कर सकते हैं।
meetings-notice-event-cancelled = रद्द: हर बैठक रद्द कर दी गई है और दोनों पक्षों को बता दिया गया है।
meetings-notice-banner-saved = बैनर सहेज लिया गया है।
meetings-notice-banner-removed = बैनर हटा दिया गया है।
meetings-notice-follow-up-saved = धन्यवाद: आपकी आगे की कार्रवाई सहेज ली गई है।
meetings-notice-request-sent = आपका अनुरोध भेज दिया गया है। उनके उत्तर देने पर आपको ई-मेल से पता चलेगा।
meetings-notice-draft-published = प्रकाशित: { $booked } बैठकें बुक हो गई हैं, और हर बैठक के दोनों पक्षों को निमंत्रण भेजा जा रहा है।{ $left_out ->
    [0] {""}
    [one] {" "}एक बैठक जो अब समय में नहीं आती थी, मसौदे से छोड़ दी गई।
   *[other] {" "}{ $left_out } बैठकें जो अब समय में नहीं आती थीं, मसौदे से छोड़ दी गईं।
}
meetings-notice-time-blocked = रोका गया: वह समय आपके साथ किसी को नहीं दिया जाएगा।
meetings-notice-time-freed = खोला गया: वह समय फिर से दिया जा सकता है।
meetings-notice-participant-approved = स्वीकृत; उन्हें ई-मेल से बता दिया गया है।
meetings-notice-participant-declined = अस्वीकृत; उन्हें ई-मेल से बता दिया गया है।
meetings-notice-outcome-saved = धन्यवाद: बैठक का आपका विवरण सहेज लिया गया है। इसे केवल आप और आयोजक देखते हैं।
meetings-notice-must-meet-marked = “ज़रूर मिलें” चिह्नित: आयोजक इस बैठक को सबसे पहले रखेंगे।
meetings-notice-must-meet-unmarked = “ज़रूर मिलें” का चिह्न हटा लिया गया है।
meetings-notice-taking-part = आप भाग ले रहे हैं: चुनें कि किससे मिलना है।
meetings-notice-applied = धन्यवाद: आयोजक आपका आवेदन देखेंगे और आपको ई-मेल करेंगे।
meetings-notice-move-proposed = प्रस्तावित: जब तक वे नया समय स्वीकार नहीं करते, बैठक अपने समय पर रहेगी।
meetings-notice-new-time-proposed = प्रस्तावित: अनुरोध अब नए समय पर उनके उत्तर की प्रतीक्षा में है।
meetings-notice-accepted = स्वीकार: आप दोनों को ई-मेल से निमंत्रण मिल गया है।
meetings-notice-declined = अस्वीकार: उन्हें बता दिया गया है, और वह समय फिर से ख़ाली है।
meetings-notice-cancelled = रद्द: उन्हें बता दिया गया है, और वह समय फिर से ख़ाली है।
meetings-notice-moved = समय बदला: आप दोनों को ई-मेल से नया निमंत्रण मिल गया है।
meetings-notice-time-kept = बैठक अपने समय पर रहेगी; उन्हें बता दिया गया है।
## कार्यक्रम रिपोर्ट
meetings-report-title = कार्यक्रम रिपोर्ट
meetings-report-page-title = कार्यक्रम रिपोर्ट: { $title }
meetings-report-every-event = सभी आयोजन
meetings-report-none-yet = अभी कुछ नहीं।
meetings-report-downloads = CSV के रूप में डाउनलोड करें
meetings-report-download = { $name ->
    [participants] प्रतिभागी
    [meetings] बैठकें
   *[outcomes] नतीजे
} (CSV)
meetings-report-group = समूह
meetings-report-count = संख्या
meetings-report-without-meeting = बिना किसी बैठक वाले उत्पादक
meetings-report-all-have-meetings = हर स्वीकृत उत्पादक की कम से कम एक बैठक है।
meetings-report-each-event = हर आयोजन की रिपोर्ट
meetings-report-producers-registered = पंजीकृत उत्पादक
meetings-report-buyers-registered = पंजीकृत ख़रीदार
meetings-report-registered-value = { $count } ({ $approved } स्वीकृत)
meetings-report-requests = बैठक के अनुरोध
meetings-report-acceptance = स्वीकृति दर
meetings-report-none-decided = अभी किसी अनुरोध पर निर्णय नहीं हुआ
meetings-report-acceptance-value = { $percent } (निर्णय हुए { $decided } अनुरोधों में से { $accepted })
meetings-report-held = हुई बैठकें
meetings-report-no-shows = अनुपस्थिति
meetings-report-no-shows-value = { $count } (हुई बैठकों का { $percent })
meetings-report-technical = तकनीकी समस्याएँ
meetings-report-percent = { $percent }%
meetings-report-not-given = नहीं बताया गया
meetings-report-band = { $count ->
    [one] { $count } बैठक
   *[other] { $count } बैठकें
}
meetings-report-band-range = { $low }–{ $high } बैठकें
meetings-report-band-more = { $low } या अधिक
meetings-report-per-producer = प्रति उत्पादक बुक की गई बैठकें
    .description = कितने स्वीकृत उत्पादकों की कोई बैठक बुक नहीं है, एक है, 2–4, 5–9, 10–19, 20–49 और 50 या अधिक हैं।
meetings-report-by-country = ख़रीदार के देश के अनुसार बुक की गई बैठकें
    .description = ख़रीदार के देश के अनुसार गिनी गई बुक की गई बैठकें।
meetings-report-by-sector = क्षेत्र के अनुसार बुक की गई बैठकें
    .description = उत्पादक की लिस्टिंग के क्षेत्रों के अनुसार गिनी गई बुक की गई बैठकें; दो क्षेत्रों वाला उत्पादक दोनों में गिना जाता है।
meetings-report-by-state = उत्पादक के राज्य के अनुसार बुक की गई बैठकें
    .description = उत्पादक के ज़िले के राज्य के अनुसार गिनी गई बुक की गई बैठकें।
meetings-report-outcomes = बैठकें कैसी रहीं
    .description = किसी भी पक्ष के बताए नतीजे: जो बैठक हुई वह कैसी रही, या जो नहीं हुई वह क्यों नहीं हुई।
meetings-report-follow-ups = 90 दिन बाद
    .description = बैठकों के 90 दिन बाद दोनों पक्षों ने क्या बताया।
meetings-report-registrations = पंजीकरण
meetings-report-side-and-status = पक्ष और स्थिति
meetings-report-participants = प्रतिभागी
meetings-report-side-status = { $side }: { $status }
meetings-report-requests-by-status = बैठक के अनुरोध, उनकी स्थिति के अनुसार
meetings-report-status = स्थिति
meetings-report-by-district = उत्पादक के ज़िले के अनुसार बुक की गई बैठकें
meetings-report-district = ज़िला
meetings-report-meetings = बैठकें
meetings-report-each-producer = हर उत्पादक की बुक की गई बैठकें
meetings-report-producer = उत्पादक
meetings-report-expected = बताया गया अपेक्षित मूल्य, मुद्रा के अनुसार
meetings-report-currency = मुद्रा
meetings-report-total = कुल
meetings-report-orders = 90 दिन बाद बताए गए ऑर्डर, मुद्रा के अनुसार
meetings-report-more = { $total } में से सबसे अधिक वाले { $shown }; सभी { $csv ->
    [districts] हर आयोजन की प्रतिभागी CSV में हैं (ज़िला कोड के रूप में)
   *[participants] हर आयोजन की प्रतिभागी CSV में हैं
}।
meetings-notice-booked-for-both = बैठक बुक हो गई है; दोनों पक्षों को ई-मेल भेजा गया है।
meetings-notice-moved-for-both = बैठक का समय बदल दिया गया है; दोनों पक्षों को ई-मेल भेजा गया है।
meetings-notice-cancelled-for-both = बैठक रद्द कर दी गई है; दोनों पक्षों को ई-मेल भेजा गया है।
meetings-notice-video-saved = वीडियो लिंक सहेज लिया गया है; दोनों पक्षों को नया निमंत्रण मिलेगा।
