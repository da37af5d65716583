# उत्पाद का सार्वजनिक पृष्ठ।
products-preview = पूर्वावलोकन:
products-title = { $district }, { $state } से { $title }
products-preview-banner = पूर्वावलोकन: यह लिस्टिंग { $status ->
    [draft] ड्राफ़्ट है
    [submitted] समीक्षा की प्रतीक्षा में है
    [published] प्रकाशित है
    [changes_requested] बदलावों की प्रतीक्षा में है
    [rejected] अस्वीकृत है
    [archived] संग्रहीत है
   *[withheld] खाता निलंबित होने के कारण रोकी गई है
} और ख़रीदारों को नहीं दिखती।
products-preview-owner = यह पृष्ठ केवल आप और मॉडरेटर खोल सकते हैं।
products-moderator-note = मॉडरेटर की टिप्पणी:
products-open-large = (बड़ी फ़ोटो खोलें)
products-all-photos = सभी फ़ोटो, बड़े आकार में
products-photo-n = ({ $count } में से फ़ोटो { $n }, बड़ी)
products-made-in = निर्माण:
products-made-by = · उत्पादक:
products-price-range = कीमत सीमा
products-moq = न्यूनतम ऑर्डर
products-lead-time = तैयारी का समय
products-days = { $count } दिन
products-send-enquiry = पूछताछ भेजें
products-edit = यह लिस्टिंग बदलें
products-ask = अपनी मात्रा की कीमत, नमूनों और शिपिंग के बारे में उत्पादक से पूछें। मुफ़्त, कोई बाध्यता नहीं।
products-usually-replies = { $name } आमतौर पर { $time } जवाब देते हैं।
products-curate-title = किसी शोकेस में जोड़ें
products-curate-showcase = शोकेस
products-curate-note = ख़रीदारों के लिए आपकी टिप्पणी
products-optional = वैकल्पिक
products-curate-add = शोकेस में जोड़ें
products-curate-none = आपका कोई शोकेस अभी उत्पादों के लिए खुला नहीं है।
products-curate-create = शोकेस बनाएँ
products-about = इस उत्पाद के बारे में
products-spec = विवरण
products-category = श्रेणी
products-materials = सामग्री
products-capacity = मासिक क्षमता
products-samples = नमूने
products-samples-available = उपलब्ध
products-samples-none = नहीं दिए जाते
products-export-yes = हाँ: निर्यात के लिए पैक और दस्तावेज़ तैयार
products-export-no = अभी नहीं
products-hs-code = HS कोड
products-gi = भौगोलिक संकेत
products-certifications = प्रमाणपत्र
products-listed-since = सूचीबद्ध होने की तारीख़
products-odop-story = ज़िला और उसकी ODOP कहानी
products-odop-eyebrow = एक ज़िला एक उत्पाद · { $district }
products-odop-gi = पंजीकृत भौगोलिक संकेत: यह नाम अपने मूल स्थान की वस्तुओं के लिए सुरक्षित है।
products-odop-named = भारत सरकार की एक ज़िला एक उत्पाद सूची { $product } के लिए { $district } ज़िले का नाम देती है।
products-more-about = { $district }, { $state } के बारे में और जानें
products-the-producer = उत्पादक
products-producer-kind = { $kind ->
    [artisan] कारीगर
    [micro-unit] सूक्ष्म इकाई
    [fpo] किसान उत्पादक संगठन (FPO)
    [shg] स्वयं सहायता समूह (SHG)
    [cooperative] सहकारी समिति
   *[exporter] छोटा निर्यातक
}
products-verified-on = ✓ { $date } को सत्यापित
products-replies = जवाब
products-replies-usually = आमतौर पर { $time }
products-languages = भाषाएँ
products-incoterms = इनकोटर्म्स
products-ports = लदान के बंदरगाह
products-producer-page = उत्पादक का पृष्ठ और अन्य उत्पाद

## A listing's text in another language than its own (`i18n::Versions`)
products-language-name = { $language ->
    [hi] हिन्दी
    [ar] अरबी
   *[en] अंग्रेज़ी
}
products-shown-translation = { $language ->
    [hi] हिन्दी में दिखाया गया है, उत्पादक का अनुवाद।
    [ar] अरबी में दिखाया गया है, उत्पादक का अनुवाद।
   *[en] अंग्रेज़ी में दिखाया गया है, उत्पादक का अनुवाद।
}
products-see-original = { $language ->
    [hi] मूल पाठ हिन्दी में पढ़ें
    [ar] मूल पाठ अरबी में पढ़ें
   *[en] मूल पाठ अंग्रेज़ी में पढ़ें
}
products-written-in = { $language ->
    [hi] हिन्दी में लिखा गया
    [ar] अरबी में लिखा गया
   *[en] अंग्रेज़ी में लिखा गया
}
products-original = { $language ->
    [hi] मूल पाठ, हिन्दी में
    [ar] मूल पाठ, अरबी में
   *[en] मूल पाठ, अंग्रेज़ी में
}
