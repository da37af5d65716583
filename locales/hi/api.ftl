# API संदर्भ पेज (/api)। ऑपरेशन के सारांश, विवरण और टाइप के नाम OpenAPI दस्तावेज़ से आते हैं
# और अंग्रेज़ी में ही रहते हैं, जैसे API ख़ुद उन्हें लिखता है।
api-reference = API संदर्भ
api-description = ODOP बाज़ार का JSON API, संस्करण { $version }: हर ऑपरेशन, उसके पैरामीटर, अनुरोध के फ़ील्ड और जवाबों के साथ, साइट के OpenAPI दस्तावेज़ से।
api-version = संस्करण { $version }
api-same-as = यही विवरण
api-openapi-link = OpenAPI 3.1 दस्तावेज़
api-operation-count = के रूप में भी उपलब्ध है ({ $count } ऑपरेशन), क्लाइंट जनरेटर और API टूल के लिए।
api-make-token = टोकन बनाने के लिए
api-account-link = अपने खाता पेज
api-make-token-end = { " " }पर “API पहुँच” देखें।
api-operations = ऑपरेशन
api-types = टाइप
api-types-made-of = जिनसे बॉडी बनती हैं।
api-group-description = ODOP बाज़ार के JSON API, संस्करण { $version }, के { $tag } ऑपरेशन: पैरामीटर, अनुरोध के फ़ील्ड और जवाब।
api-groups = ऑपरेशनों के समूह
api-token-required = API टोकन ज़रूरी है।
api-token-optional = API टोकन वैकल्पिक:
api-token-optional-more = टोकन वाले ज़्यादा देख सकते हैं।
api-token-none = सबके लिए खुला, टोकन की ज़रूरत नहीं।
api-parameters = पैरामीटर
api-name = नाम
api-in = कहाँ
api-type = टाइप
api-description-col = विवरण
api-required = ज़रूरी
api-request-body = अनुरोध बॉडी:
api-as = — प्रारूप
api-optional = , वैकल्पिक
api-field = फ़ील्ड
api-responses = जवाब
api-status = स्थिति
api-meaning = अर्थ
api-body = बॉडी
api-none = कुछ नहीं
api-type-description = ODOP बाज़ार के JSON API, संस्करण { $version }, का { $name } टाइप, फ़ील्ड-दर-फ़ील्ड।
api-one-of = इनमें से एक:
api-fields-of = { $name } के फ़ील्ड। जो फ़ील्ड ज़रूरी के रूप में चिह्नित नहीं है, उसे छोड़ा जा सकता है या वह
api-fields-of-end = { " " }हो सकता है।
api-types-description = वे टाइप जो ODOP बाज़ार का JSON API, संस्करण { $version }, भेजता और लेता है।
api-types-lead = ऑपरेशनों की बॉडी किन चीज़ों से बनती है, हर एक अपने पेज पर, फ़ील्ड-दर-फ़ील्ड।
api-values = { $count ->
    [one] { $count } मान में से एक।
   *[other] { $count } मानों में से एक।
}
api-fields = { $count ->
    [one] { $count } फ़ील्ड।
   *[other] { $count } फ़ील्ड।
}
