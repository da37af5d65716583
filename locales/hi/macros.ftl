# पृष्ठों के साझा हिस्से: बैज, उत्पाद और शोकेस कार्ड, जगहों के कार्ड, पृष्ठ संख्याएँ।
macros-gi-tagged = GI टैग वाला
macros-verified = ✓ सत्यापित
macros-export-ready = निर्यात के लिए तैयार
macros-state-card = { $districts } ज़िले · { $products } उत्पाद · { $gis } GI
macros-gi-category = { $category ->
    [Handicraft] हस्तशिल्प
    [Agricultural] कृषि
    [Manufactured] विनिर्मित
    [Food-Stuff] खाद्य पदार्थ
    [Natural-Goods] प्राकृतिक वस्तुएँ
   *[other] { $name }
}
macros-card-moq = न्यूनतम ऑर्डर { $quantity }
macros-card-by = उत्पादक:
macros-card-reply = , आमतौर पर { $time } जवाब देते हैं
macros-reply-within = { $unit ->
    [hour] एक घंटे के भीतर
    [hours] { $count } घंटे के भीतर
   *[days] { $count } दिन के भीतर
}
macros-curator-note = क्यूरेटर की टिप्पणी:
macros-curate = शोकेस में जोड़ें
macros-curate-label = { $title } के लिए शोकेस
macros-curate-add = जोड़ें
macros-curate-create = पहले एक शोकेस बनाएँ
macros-saved = सहेजा गया
macros-remove = हटाएँ
macros-remove-hidden = { $title } को अपनी शॉर्टलिस्ट से
macros-save = सहेजें
macros-save-hidden = { $title } को अपनी शॉर्टलिस्ट में
macros-showcase-products = { $count } उत्पाद
macros-previous = ‹ पिछला
macros-next = अगला ›
macros-page = पृष्ठ
