# डैशबोर्ड: भूमिका के अनुसार आगे क्या करें।
dashboard-title = आपका डैशबोर्ड
dashboard-role = { $role ->
    [producer] उत्पादक
    [buyer] ख़रीदार
    [organiser] आयोजक
   *[admin] प्रशासक
}
dashboard-welcome = स्वागत है
dashboard-welcome-name = स्वागत है, { $name }
dashboard-confirm-title = अपना ई-मेल पता पक्का करें
dashboard-confirm-sent-to = हमने इस पते पर एक लिंक भेजा है:
dashboard-confirm-sent = हमने आपके पते पर एक लिंक भेजा है।
dashboard-confirm-follow = यह पक्का करने के लिए कि पता आपका है, उस लिंक को खोलें।
dashboard-confirm-why = { $role ->
    [producer] उत्पाद प्रकाशित करने से पहले उत्पादकों का पता पक्का होना ज़रूरी है।
    [buyer] उत्पादकों को पूछताछ भेजने से पहले ख़रीदारों का पता पक्का होना ज़रूरी है।
   *[other] आपके खाते के बारे में आपसे संपर्क करने के लिए हम इसका उपयोग करते हैं।
}
dashboard-confirm-resend = लिंक फिर से भेजें
dashboard-confirm-spam = नहीं मिला? पहले अपना स्पैम फ़ोल्डर देखें। लिंक 24 घंटे तक काम करता है।
dashboard-next = आगे आप क्या कर सकते हैं
dashboard-admin-listings-to-review = समीक्षा के लिए लिस्टिंग
    .text = मॉडरेटर की प्रतीक्षा में उत्पाद: स्वीकार करें, बदलाव माँगें या अस्वीकार करें।
dashboard-admin-buy-requests-to-review = समीक्षा के लिए ख़रीद अनुरोध
    .text = ख़रीदारों के अनुरोध जो उत्पादकों तक जाने से पहले मंज़ूरी की प्रतीक्षा में हैं।
dashboard-admin-reported-buyers = शिकायत वाले ख़रीदार
    .text = जिन ख़रीदारों को उत्पादकों ने स्पैम बताया: उन्हें निलंबित करें या शिकायतें ख़ारिज करें।
dashboard-admin-producers = उत्पादक
    .text = उत्पादकों के पंजीकरण जाँचें और उन्हें सत्यापित करें।
dashboard-admin-users-and-roles = उपयोगकर्ता और भूमिकाएँ
    .text = देखें कौन जुड़ा है, भूमिका बदलें, या आयोजक या प्रशासक जोड़ें।
dashboard-admin-audit-log = ऑडिट लॉग
    .text = साइन-इन, साइन-अप, पासवर्ड और भूमिका में बदलाव, समय और IP पते के साथ।
dashboard-admin-background-jobs = पृष्ठभूमि के काम
    .text = चलने की प्रतीक्षा में ई-मेल और रखरखाव, और जो विफल हुए।
dashboard-admin-showcases = शोकेस
    .text = हर आयोजक के चुने हुए संग्रह: बदलें, प्रकाशित करें या साइट से हटाएँ।
dashboard-account-settings = खाता सेटिंग
    .text = अपना नाम, पासवर्ड या ई-मेल पता बदलें।
dashboard-producer-your-business-profile = आपकी व्यावसायिक प्रोफ़ाइल
    .text = आपके व्यवसाय का नाम, ज़िला, कहानी और निर्यात विवरण: जो ख़रीदार हर उत्पाद के साथ देखते हैं।
dashboard-producer-enquiries = पूछताछ
    .text = ख़रीदारों के सवाल और आपके जवाब व कोटेशन। दो दिन के भीतर जवाब दें।
dashboard-producer-your-products = आपके उत्पाद
    .text = फ़ोटो के साथ उत्पाद जोड़ें, समीक्षा के लिए भेजें, और देखें मॉडरेटर ने क्या कहा।
dashboard-producer-buy-requests = ख़रीद अनुरोध
    .text = आपका बनाया सामान खोज रहे ख़रीदार: कोटेशन के साथ जवाब दें।
dashboard-organiser-your-showcases = आपके शोकेस
    .text = किसी विषय पर प्रकाशित उत्पादों के संग्रह, आपकी टिप्पणियों के साथ: उनका समय तय करें, उन्हें मुख्य पृष्ठ पर दिखाएँ।
dashboard-organiser-your-events = आपके कार्यक्रम
    .text = ख़रीदार-विक्रेता बैठकें: कार्यक्रम, कौन भाग लेता है, और वे कौन-सी मीटिंग बुक करते हैं।
dashboard-organiser-find-products = उत्पाद खोजें
    .text = हर प्रकाशित उत्पाद खोजें; जो चाहें उन्हें परिणामों से ही किसी शोकेस में जोड़ें।
dashboard-buyer-enquiries = पूछताछ
    .text = उत्पादकों से आपकी बातचीत: जवाब, कोटेशन और आपके निर्णय।
dashboard-buyer-buy-requests = ख़रीद अनुरोध
    .text = अपनी ज़रूरत एक बार बताएँ और उसे बनाने वाले हर उत्पादक से जवाब पाएँ।
dashboard-buyer-shortlist = शॉर्टलिस्ट
    .text = आपके सहेजे गए उत्पाद और उत्पादक, साथ-साथ, पूछताछ के रास्ते के साथ।
dashboard-buyer-buyer-profile = ख़रीदार प्रोफ़ाइल
    .text = आपकी कंपनी, देश, आप क्या मँगाते हैं और आपका समय क्षेत्र: जो उत्पादक देखते हैं।
dashboard-browse-by-state = राज्य के अनुसार देखें
    .text = हर ज़िले के ख़ास उत्पाद, राज्य दर राज्य।
dashboard-gi = भौगोलिक संकेत
    .text = GI के रूप में पंजीकृत उत्पाद, जो क़ानूनन अपने मूल स्थान से जुड़े हैं।
dashboard-visitor-browse-sectors = क्षेत्र देखें
    .text = क्षेत्र के अनुसार उत्पाद, कृषि से वस्त्र तक।
