# शोकेस: सार्वजनिक सूची और पृष्ठ, फ़ीड, और आयोजक का संपादक।
showcases-title = शोकेस: ज़िलों के उत्पादों के चुने हुए संग्रह
showcases-description = भारत की एक ज़िला एक उत्पाद वस्तुओं के संग्रह, निर्यात परिषदों और भारतीय मिशनों द्वारा चुने गए: किसी राज्य का हथकरघा, GI टैग वाले मसाले, व्यापार प्रतिनिधिमंडलों के लिए उपहार कैटलॉग।
showcases-eyebrow = निर्यात परिषदों और मिशनों द्वारा चुने गए
showcases-lead = किसी विषय पर चुने गए ज़िलों के उत्पादों के संग्रह: कोई शिल्प, कोई राज्य, कोई व्यापार मेला या ख़रीदारों की बैठक। हर उत्पाद अपने उत्पादक से जुड़ा है, जिनसे आप सीधे पूछ सकते हैं।
showcases-follow = नए शोकेस फ़ॉलो करें (Atom फ़ीड)
showcases-none = अभी कोई शोकेस नहीं चल रहा। तब तक:
showcases-showcase = शोकेस
showcases-preview-who = ख़रीदार अभी यह पृष्ठ नहीं देखते; इसे केवल इसके क्यूरेटर और साइट के प्रशासक खोल सकते हैं।
showcases-hidden = इसके { $count } उत्पाद अभी प्रकाशित नहीं हैं और नहीं दिखाए गए।
showcases-hidden-of = इसके { $count } उत्पाद अभी प्रकाशित नहीं हैं और नहीं दिखाए गए
showcases-back-to-editor = संपादक पर लौटें
showcases-edit = यह शोकेस बदलें
showcases-curated-by = क्यूरेटर: { $name }
showcases-meet = उत्पादकों से मिलें
showcases-meet-book = { $dates }: इस शोकेस के उत्पादकों के साथ वीडियो मीटिंग बुक करें।
showcases-pavilions = पवेलियन
showcases-products = उत्पाद
showcases-none-published = इस शोकेस का कोई उत्पाद अभी प्रकाशित नहीं है।
showcases-feed-subtitle = भारत के ज़िलों के उत्पादों के संग्रह, निर्यात परिषदों और मिशनों द्वारा चुने गए।
showcases-on = { $day }
showcases-between = { $first } – { $last }
showcases-from = { $day } से
showcases-not-scheduled = तारीख़ तय नहीं
showcases-preview-draft = यह शोकेस ड्राफ़्ट है।
showcases-preview-scheduled = यह शोकेस { $day } को शुरू होगा।
showcases-preview-ended = यह शोकेस { $day } को समाप्त हुआ।
showcases-phase = { $phase ->
    [draft] ड्राफ़्ट
    [scheduled] निर्धारित
    [live] चालू
   *[ended] समाप्त
}
showcases-pavilions-kind = { $kind ->
    [none] एक सूची, कोई पवेलियन नहीं
    [state] हर राज्य का एक पवेलियन
    [district] हर ज़िले का एक पवेलियन
    [gi] हर भौगोलिक संकेत का एक पवेलियन
   *[named] हाथ से नाम दिए गए पवेलियन
}
showcases-error = त्रुटि:
showcases-choose = कोई शोकेस चुनें
showcases-back = वापस
showcases-yours = आपके शोकेस
showcases-all-note = हर आयोजक के शोकेस: प्रशासक के रूप में आप इनमें से कोई भी बदल सकते हैं।
showcases-public-list = सार्वजनिक सूची
showcases-none-made = अभी तक किसी ने शोकेस नहीं बनाया।
showcases-none-yours = आपका अभी कोई शोकेस नहीं है: एक बनाएँ, फिर उसके पृष्ठ, किसी उत्पाद के पृष्ठ या खोज से उत्पाद जोड़ें।
showcases-new = नया
showcases-new-lead = शोकेस किसी विषय पर प्रकाशित उत्पादों का संग्रह है। इसे ड्राफ़्ट के रूप में सहेजें, उत्पाद जोड़ें, फिर उन दिनों के लिए प्रकाशित करें जब इसे दिखना है।
showcases-save-draft = ड्राफ़्ट के रूप में सहेजें
showcases-cancel = रद्द करें
showcases-field-title = शीर्षक
    .hint = ख़रीदार सबसे पहले यही पढ़ते हैं, जैसे “उत्तर प्रदेश का हथकरघा” या “GI टैग वाले मसाले”।
showcases-field-slug = वेब पता
    .hint = इसके पते का अंतिम हिस्सा, /showcases/…: छोटे अंग्रेज़ी अक्षर, अंक और हाइफ़न। शीर्षक से बनाने के लिए खाली छोड़ें। इसे बदलने से लोगों के पास पहले से मौजूद लिंक टूट जाते हैं।
showcases-field-theme = विषय
    .hint = संग्रह किस बारे में है और किसके लिए; उत्पादों के ऊपर दिखता है।
showcases-field-banner = बैनर फ़ोटो
    .hint = JPEG, PNG या WebP, 20 MB तक; कम से कम 1600 पिक्सेल चौड़ी फ़ोटो सबसे अच्छी लगती है।
showcases-field-new-banner = नई बैनर फ़ोटो
showcases-field-banner-keep = ऊपर दिखाया गया बैनर रखने के लिए इसे खाली छोड़ें।
showcases-field-banner-again = इस पृष्ठ के लौटने से पहले चुनी गई फ़ाइल नहीं रखी गई: उसे फिर से चुनें।
showcases-field-banner-alt = बैनर में क्या दिखता है
    .hint = उन लोगों के लिए जो इसे देख नहीं सकते, जैसे “वाराणसी में गड्ढा करघे पर एक बुनकर”। खाली: शीर्षक।
showcases-field-when = कब दिखेगा
showcases-field-first-day = पहला दिन
    .needed = प्रकाशित करने के लिए ज़रूरी
    .hint = यह इस दिन की शुरुआत में, भारतीय समय से, चालू होता है।
showcases-field-last-day = अंतिम दिन
    .hint = यह इस दिन के अंत में, भारतीय समय से, साइट से हट जाता है। खाली: जब तक आप इसे न हटाएँ।
showcases-field-featured = चालू रहने तक इसे मुख्य पृष्ठ पर दिखाएँ
showcases-field-grouped = इसके उत्पाद कैसे समूहित हों
showcases-field-sections = हाथ से नाम दिए गए पवेलियन
    .hint = हर पंक्ति में एक नाम, दिखाए जाने के क्रम में, जब उत्पाद हाथ से नाम दिए गए पवेलियनों में हों; हर उत्पाद का पवेलियन उत्पादों की सूची में चुनें। नाम बना रहे तब तक उत्पाद अपने पवेलियन में रहता है।
showcases-field-event = जुड़ा हुआ कार्यक्रम
    .none = कोई कार्यक्रम नहीं
showcases-public-page = इसका सार्वजनिक पृष्ठ
showcases-preview-link = पूर्वावलोकन
showcases-unpublish = साइट से हटाएँ
showcases-publish = प्रकाशित करें
showcases-unpublish-hint = हटाने पर यह फिर से ड्राफ़्ट बन जाता है; इसके उत्पाद और टिप्पणियाँ बनी रहती हैं।
showcases-publish-hint = प्रकाशित होने पर यह अपने दिनों में दिखता है; तब तक केवल आप और प्रशासक इसे देखते हैं।
showcases-items-title = उत्पाद, दिखाए जाने के क्रम में
showcases-add-products = उत्पाद जोड़ें
showcases-item-hidden = नहीं दिखाया गया: यह लिस्टिंग { $status ->
    [draft] ड्राफ़्ट है
    [submitted] समीक्षा की प्रतीक्षा में है
    [changes_requested] बदलावों की प्रतीक्षा में है
    [rejected] अस्वीकृत है
    [archived] संग्रहीत है
   *[other] खाता निलंबित होने के कारण रोकी गई है
}। फिर से प्रकाशित होने पर यह लौट आएगी।
showcases-pavilion = पवेलियन
showcases-pavilion-none = कोई नहीं
showcases-move-up = ऊपर ले जाएँ
showcases-move-down = नीचे ले जाएँ
showcases-move-top = सबसे ऊपर
showcases-items-none = अभी कोई उत्पाद नहीं: नीचे खोजें, या किसी उत्पाद के पृष्ठ पर या खोज में “शोकेस में जोड़ें” का उपयोग करें।
showcases-search = प्रकाशित उत्पाद खोजें
    .placeholder = जैसे बनारसी सिल्क, मुरादाबाद पीतल, हल्दी
showcases-found = { $count } उत्पाद मिले।
showcases-found-best = { $count } उत्पाद मिले, सबसे अच्छे { $shown } दिखाए गए।
showcases-in-it = शोकेस में है
showcases-details = विवरण
showcases-remove-banner = बैनर हटाएँ
showcases-save-details = विवरण सहेजें
showcases-notice-created = शोकेस ड्राफ़्ट के रूप में सहेजा गया। उत्पाद जोड़ें, फिर इसे प्रकाशित करें।
showcases-notice-saved = सहेजा गया।
showcases-notice-banner-removed = बैनर हटा दिया गया।
showcases-notice-live = प्रकाशित: शोकेस चालू है।
showcases-notice-published = प्रकाशित: शोकेस अपने पहले दिन चालू होगा।
showcases-notice-unpublished = साइट से हटाया गया: शोकेस फिर से ड्राफ़्ट है।
showcases-notice-added-end = “{ $title }” सूची के अंत में जोड़ा गया।
showcases-notice-note-saved = टिप्पणी सहेजी गई।
showcases-notice-removed = उत्पाद शोकेस से हटा दिया गया।
showcases-notice-added-to = “{ $title }” को “{ $showcase }” में जोड़ा गया।
