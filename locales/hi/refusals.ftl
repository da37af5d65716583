# बदलाव क्यों नहीं हुआ: जब किसी लिस्टिंग, बातचीत, कार्यक्रम या बैठक की स्थिति
# माँगे गए बदलाव की अनुमति नहीं देती, तो पूछने वाले को यही बताया जाता है।

refusal-changed = { $what ->
    [listing] जब आप इस लिस्टिंग को देख रहे थे, तभी यह बदल गई; इसकी अभी की स्थिति देखने के लिए पृष्ठ दोबारा लोड करें।
    [conversation] जब आप इस बातचीत या खरीद अनुरोध को देख रहे थे, तभी यह बदल गया; इसकी अभी की स्थिति देखने के लिए पृष्ठ दोबारा लोड करें।
    [showcase] जब आप इस शोकेस को देख रहे थे, तभी यह बदल गया; इसकी अभी की स्थिति देखने के लिए पृष्ठ दोबारा लोड करें।
   *[meeting] जब आप इस बैठक या कार्यक्रम को देख रहे थे, तभी यह बदल गया; इसकी अभी की स्थिति देखने के लिए पृष्ठ दोबारा लोड करें।
}

## लिस्टिंग और अपलोड
refusal-listing-not-editable = “{ $status ->
    [draft] ड्राफ़्ट
    [submitted] जाँच की प्रतीक्षा में
    [published] प्रकाशित
    [changes_requested] बदलाव माँगे गए
    [rejected] अस्वीकृत
    [archived] संग्रहीत
   *[withheld] खाता निलंबित होने तक रोका गया
}” स्थिति वाली लिस्टिंग बदली नहीं जा सकती।
refusal-listing-not-submittable = “{ $status ->
    [draft] ड्राफ़्ट
    [submitted] जाँच की प्रतीक्षा में
    [published] प्रकाशित
    [changes_requested] बदलाव माँगे गए
    [rejected] अस्वीकृत
    [archived] संग्रहीत
   *[withheld] खाता निलंबित होने तक रोका गया
}” स्थिति वाली लिस्टिंग जाँच के लिए नहीं भेजी जा सकती।
refusal-listing-not-in-review = यह लिस्टिंग “{ $status ->
    [draft] ड्राफ़्ट
    [submitted] जाँच की प्रतीक्षा में
    [published] प्रकाशित
    [changes_requested] बदलाव माँगे गए
    [rejected] अस्वीकृत
    [archived] संग्रहीत
   *[withheld] खाता निलंबित होने तक रोका गया
}” स्थिति में है, जाँच की प्रतीक्षा में नहीं।
refusal-listing-confirm-email = लिस्टिंग जाँच के लिए भेजने से पहले अपना ई-मेल पता पुष्ट करें।
refusal-listing-needs-photo = लिस्टिंग जाँच के लिए भेजने से पहले कम से कम एक फ़ोटो जोड़ें।
refusal-listing-restore-archived-only = केवल संग्रहीत लिस्टिंग ही बहाल की जा सकती हैं।
refusal-listing-archive-not-delete = जो लिस्टिंग प्रकाशित हो चुकी है, उसे हटाया नहीं, संग्रहीत किया जाता है।
refusal-listing-photos-max = एक लिस्टिंग में अधिकतम { $max } फ़ोटो हो सकती हैं।
refusal-listing-last-photo = प्रकाशित लिस्टिंग में कम से कम एक फ़ोटो होनी चाहिए: इसे हटाने से पहले दूसरी फ़ोटो जोड़ें।
refusal-uploads-too-many = { $what ->
    [imports] आप पिछले एक घंटे में { $max } आयात फ़ाइलें भेज चुके हैं, जो हमारी सीमा है;
   *[images] आप पिछले एक घंटे में { $max } तस्वीरें भेज चुके हैं, जो हमारी सीमा है;
} { $unit ->
    [seconds] { $count } सेकंड बाद फिर कोशिश करें।
   *[minutes] { $count } मिनट बाद फिर कोशिश करें।
}
media-file-too-large = फ़ोटो { $mb } MB से बड़ी है।
media-not-a-photo = यह फ़ाइल JPEG, PNG या WebP फ़ोटो नहीं है।
media-unsupported-variant = इस तरह की JPEG, PNG या WebP फ़ाइल पढ़ी नहीं जा सकती; फ़ोटो को साधारण JPEG के रूप में दोबारा सहेजें।
media-damaged = फ़ोटो अधूरी है या ख़राब हो गई है; इसे दोबारा सहेजकर देखें।
media-too-many-pixels = फ़ोटो बहुत बड़ी है: अधिकतम { $megapixels } मेगापिक्सेल।
media-too-much-memory = इस फ़ोटो को खोलने में बहुत ज़्यादा मेमोरी लगती है; इसे साधारण 8-बिट JPEG या PNG के रूप में सहेजें।
media-too-small = फ़ोटो बहुत छोटी है: कम से कम { $side } × { $side } पिक्सेल होनी चाहिए।
media-bad-shape = फ़ोटो बहुत लंबी और पतली है: उसकी लंबी भुजा छोटी भुजा से अधिकतम { $ratio } गुना हो सकती है।

## छपे हुए कैटलॉग
refusal-print-empty-district = { $district } के किसी उत्पादक की अभी कोई प्रकाशित लिस्टिंग नहीं है, इसलिए छापने के लिए कोई कैटलॉग नहीं है।
refusal-print-empty-producer = { $producer } की अभी कोई प्रकाशित लिस्टिंग नहीं है, इसलिए छापने के लिए कोई कैटलॉग नहीं है।
refusal-print-empty-showcase = “{ $title }” में अभी कोई प्रकाशित उत्पाद नहीं दिखता, इसलिए छापने के लिए कोई कैटलॉग नहीं है।

## शोकेस
refusal-showcase-organisers-only = शोकेस केवल आयोजक तैयार करते हैं।

## बातचीत और खरीद अनुरोध
refusal-enquiry-buyers-only = पूछताछ केवल ख़रीदार खाते भेज सकते हैं। उत्पादकों से संपर्क करने के लिए ख़रीदार के रूप में साइन अप करें।
refusal-enquiry-blocked = यह उत्पादक आपके खाते से पूछताछ नहीं ले रहा है।
refusal-enquiry-closed-by-producer = उत्पादक ने यह बातचीत बंद कर दी है।
refusal-enquiry-closed = यह बातचीत बंद है; आगे बात करने के लिए नई पूछताछ शुरू करें।
refusal-enquiry-quote-producer-only = कोटेशन केवल उत्पादक भेज सकता है।
refusal-enquiry-answer-buyer-only = कोटेशन केवल ख़रीदार स्वीकार या अस्वीकार कर सकता है।
refusal-enquiry-quote-expired = इस कोटेशन की अवधि समाप्त हो गई है; उत्पादक से नया कोटेशन माँगें।
refusal-enquiry-quote-gone = यह कोटेशन अब उपलब्ध नहीं है: इसका जवाब दिया जा चुका है या इसकी जगह नया कोटेशन आ गया है।
refusal-enquiry-report-producer-only = किसी बातचीत को स्पैम के रूप में केवल उत्पादक रिपोर्ट कर सकता है।
refusal-rfq-reviewed-already = इस अनुरोध की समीक्षा पहले ही हो चुकी है।
refusal-rfq-close-open-only = केवल खुला अनुरोध ही बंद किया जा सकता है।
refusal-rfq-closed = यह खरीद अनुरोध बंद है।
refusal-rfq-closed-to-quotes = यह खरीद अनुरोध बंद है और अब कोई कोटेशन नहीं लेता।
refusal-rfq-answered-already = आप इस अनुरोध का जवाब पहले ही दे चुके हैं; बातचीत /dashboard/enquiries/{ $id } में जारी रखें।

## कार्यक्रम
refusal-event-organisers-only = कार्यक्रम केवल आयोजक बनाते हैं।
refusal-event-cancelled = यह कार्यक्रम रद्द कर दिया गया।
refusal-event-over = यह कार्यक्रम पहले ही समाप्त हो चुका है या रद्द हो चुका है।
refusal-event-settings-closed = यह कार्यक्रम शुरू हो चुका है, समाप्त हो चुका है या रद्द हो चुका है; इसकी सेटिंग अब नहीं बदल सकती।
refusal-event-participants-closed = यह कार्यक्रम शुरू या समाप्त हो चुका है और अब नए प्रतिभागी नहीं लेता।
refusal-event-full = { $side ->
    [producer] इस कार्यक्रम में जितने उत्पादक आ सकते हैं, उतने पूरे हो चुके हैं ({ $capacity })।
   *[buyer] इस कार्यक्रम में जितने ख़रीदार आ सकते हैं, उतने पूरे हो चुके हैं ({ $capacity })।
}
refusal-event-taking-part-already = आप इस कार्यक्रम में पहले से भाग ले रहे हैं।
refusal-event-profile-first = आवेदन करने से पहले अपनी व्यावसायिक प्रोफ़ाइल भरें।
refusal-event-organisers-run = उत्पादक और ख़रीदार भाग लेते हैं; आयोजक कार्यक्रम चलाते हैं।
refusal-event-participation-pending = आपकी भागीदारी आयोजकों की मंज़ूरी की प्रतीक्षा में है।
refusal-event-participation-declined = इस कार्यक्रम में आपकी भागीदारी अस्वीकार कर दी गई।
refusal-event-book-once-approved = आयोजकों के आपकी भागीदारी मंज़ूर करने के बाद आप बुक कर सकते हैं।
refusal-event-booking-not-open = बुकिंग अभी शुरू नहीं हुई है।
refusal-event-booking-closed = इस कार्यक्रम की बुकिंग बंद हो चुकी है।
refusal-event-publish-before-booking = बैठकें बुक करने से पहले कार्यक्रम प्रकाशित करें।
refusal-event-publish-before-planning = बैठकों की योजना बनाने से पहले कार्यक्रम प्रकाशित करें।
refusal-event-no-times-left = इस कार्यक्रम में बैठकों के लिए कोई समय नहीं बचा है।

## बैठकें
refusal-meeting-slot-taken = यह समय अब ख़ाली नहीं है; कोई और समय चुनें।
refusal-meeting-not-on = यह बैठक अब होने वाली नहीं है।
refusal-meeting-begun = यह बैठक शुरू हो चुकी है।
refusal-meeting-other-side-answers = इस अनुरोध का जवाब दूसरा पक्ष देता है।
refusal-meeting-other-side-answers-proposal = आपके प्रस्ताव का जवाब दूसरा पक्ष देता है।
refusal-meeting-request-expired = जवाब मिलने से पहले ही इस अनुरोध की समय-सीमा समाप्त हो गई।
refusal-meeting-decline-instead = इसके बजाय अनुरोध अस्वीकार करें।
refusal-meeting-no-proposal = इस बैठक के लिए कोई दूसरा समय प्रस्तावित नहीं है।
refusal-meeting-proposal-passed = प्रस्तावित समय बीत चुका है।
refusal-meeting-invite-not-accepted = यह अनुरोध अभी स्वीकार नहीं हुआ है; इसका निमंत्रण स्वीकृति के साथ आता है।
refusal-meeting-invite-never-accepted = यह अनुरोध कभी स्वीकार नहीं हुआ, इसलिए इसकी कोई कैलेंडर प्रविष्टि नहीं है।
refusal-meeting-video-link = नया वीडियो लिंक केवल उस स्वीकृत बैठक को मिल सकता है जो अभी शुरू नहीं हुई है।
refusal-meeting-thread-closed = यह बातचीत बंद है; बैठक का प्रस्ताव रखने के लिए नई पूछताछ शुरू करें।
refusal-meeting-you-suspended = आपका खाता निलंबित है।
refusal-meeting-other-suspended = दूसरे पक्ष का खाता निलंबित है; उन्हें कोई बैठक प्रस्तावित नहीं की जा सकती।
refusal-meeting-accept-busy-elsewhere = { $who ->
    [you] आपकी
    [they] उनकी
   *[other] { $who } की
} इस समय किसी आयोजन में एक और मीटिंग है, जो इस अनुरोध के बाद बुक हुई; इसे अस्वीकार करें, या कोई और समय प्रस्तावित करें।
refusal-meeting-move-busy-elsewhere = { $who ->
    [you] आपकी
    [they] उनकी
   *[other] { $who } की
} इस समय किसी आयोजन में एक और मीटिंग है, जो इस प्रस्ताव के बाद बुक हुई; बैठक का मौजूदा समय रखें, या कोई और समय प्रस्तावित करें।

## मसौदा समय-सारिणी
refusal-draft-generate-first = पहले मसौदा समय-सारिणी बनाएँ।
refusal-draft-published-already = यह मसौदा समय-सारिणी पहले ही प्रकाशित हो चुकी है।
refusal-draft-published-on = यह मसौदा समय-सारिणी { $when } को प्रकाशित हुई थी; इसे न बदला जाता है, न दोबारा प्रकाशित किया जाता है। आगे की बैठकें समय-सारिणी पर बुक करें।
refusal-draft-slot-taken = { $when } पर { $buyer } या { $producer } अब ख़ाली नहीं है; उस बैठक को खिसकाएँ या हटाएँ, फिर प्रकाशित करें।
refusal-meeting-draft-conflicts = { $count ->
    [one] मसौदे की { $count } बैठक अब फ़िट नहीं होती; उसे खिसकाएँ, हटाएँ या छोड़ दें, फिर प्रकाशित करें।
   *[other] मसौदे की { $count } बैठकें अब फ़िट नहीं होतीं; उन्हें खिसकाएँ, हटाएँ या छोड़ दें, फिर प्रकाशित करें।
}
