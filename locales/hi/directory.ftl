# निर्देशिका: मुख्य पृष्ठ, राज्य, ज़िले, क्षेत्र, GI रजिस्टर और "डेटा के बारे में"।
directory-breadcrumb = आप यहाँ हैं
directory-home = मुख्य पृष्ठ
directory-sectors = क्षेत्र
directory-sector = क्षेत्र
directory-sector-name = { $sector ->
    [agriculture] कृषि
    [food-processing] खाद्य प्रसंस्करण
    [handicraft] हस्तशिल्प
    [handloom] हथकरघा
    [textile] वस्त्र
    [manufacturing] विनिर्माण
    [marine] समुद्री उत्पाद
    [dairy] डेयरी
   *[others] अन्य उत्पाद
}
    .summary = { $sector ->
        [agriculture] मसाले, फल, अनाज, चाय, कॉफ़ी और अन्य उपज, जो अपने ज़िले की मिट्टी और जलवायु के लिए जानी जाती है।
        [food-processing] स्थानीय फ़सलों से बने अचार, मिठाइयाँ, नमकीन, तेल और संरक्षित खाद्य पदार्थ।
        [handicraft] कारीगर समूहों का धातु, मिट्टी, लकड़ी, खिलौने, पत्थर और लाख का काम।
        [handloom] पारंपरिक करघों पर हाथ से बुनी साड़ियाँ, शॉल और कपड़े।
        [textile] छपाई, रंगाई और कढ़ाई वाले वस्त्र, परिधान और तैयार सामान।
        [manufacturing] चमड़ा, खेल का सामान, ताले, पीतल का सामान, औज़ार और हल्की इंजीनियरिंग।
        [marine] तटीय ज़िलों की मछली, झींगा, समुद्री शैवाल और अन्य समुद्री उत्पाद।
        [dairy] दूध से बने उत्पाद, घी, पनीर और पारंपरिक दूध की मिठाइयाँ।
       *[others] सेवाएँ, खनिज और ऐसे उत्पाद जो किसी एक क्षेत्र में नहीं आते।
    }
directory-odop-rank = { $category ->
    [Primary] प्राथमिक
    [Secondary] द्वितीयक
    [Tertiary] तृतीयक
    [Others] अन्य
   *[other] { $category }
}
directory-state-kind = { $kind ->
    [state] राज्य
   *[union-territory] केंद्र शासित प्रदेश
}
directory-union-territories = केंद्र शासित प्रदेश
directory-india = भारत
directory-stat-states-uts = राज्य और केंद्र शासित प्रदेश
directory-stat-districts = ज़िले
directory-stat-odop-products = ODOP उत्पाद
directory-stat-gis = पंजीकृत GI
directory-products-word = उत्पाद
directory-products-from = { $place } के उत्पाद
directory-browse-by-state = राज्य के अनुसार देखें
directory-browse-by-sector = क्षेत्र के अनुसार देखें
directory-jump-to = सीधे जाएँ
directory-jump-to-state = किसी राज्य पर जाएँ
directory-no-gi = { $state } के लिए अभी कोई भौगोलिक संकेत (GI) पंजीकृत नहीं है।
directory-catalogue-pdf = कैटलॉग डाउनलोड करें (PDF)

directory-home-title = ODOP बाज़ार: दुनिया भर के ख़रीदारों के लिए भारत के ज़िलों के उत्पाद
directory-home-feed = ODOP बाज़ार पर नए शोकेस
directory-home-eyebrow = एक ज़िला एक उत्पाद · व्यापार निर्देशिका
directory-home-heading = भारत के हर ज़िले का एक उत्पाद है जिसके लिए वह जाना जाता है। उसे उसके स्रोत पर खोजें।
directory-home-lead = ODOP बाज़ार एक व्यापार निर्देशिका है जहाँ भारत के ज़िले अपने ख़ास उत्पाद दुनिया भर के ख़रीदारों को दिखाते हैं। उत्पादक अपना सामान सूचीबद्ध करते हैं; आयातक, सोर्सिंग मैनेजर और उपहार ख़रीदार उन्हें जगह, क्षेत्र या भौगोलिक संकेत से खोजते हैं और सीधे पूछताछ करते हैं।
directory-home-see-gi = GI रजिस्टर देखें
directory-home-numbers = आँकड़ों में निर्देशिका
directory-home-gi-note = { $count } ODOP उत्पादों में से { $tagged } स्वयं GI टैग वाले हैं। आँकड़े सीधे आधिकारिक सूचियों से आते हैं।
directory-home-figures-link = डेटा के बारे में
directory-home-all-showcases = सभी शोकेस
directory-home-newest = नए उत्पाद

directory-states-title = राज्य और केंद्र शासित प्रदेश
directory-states-description = भारत के सभी { $count } राज्य और केंद्र शासित प्रदेश, उनके ज़िले, एक ज़िला एक उत्पाद की वस्तुएँ और पंजीकृत भौगोलिक संकेत।
directory-states-lead = भारत के { $states } राज्य और { $uts } केंद्र शासित प्रदेश, जिनमें कुल { $districts } ज़िले हैं। एक ज़िला एक उत्पाद सूची इन ज़िलों के { $products } उत्पाद बताती है। हर ज़िले के उत्पाद देखने के लिए कोई राज्य चुनें।
directory-states-glance = सभी { $count }, एक नज़र में
directory-states-state-or-ut = राज्य या केंद्र शासित प्रदेश
directory-states-gi-note = GI: पंजीकृत भौगोलिक संकेत। कई राज्यों का साझा GI हर राज्य में एक बार गिना जाता है, इसलिए इस कॉलम का जोड़ रजिस्टर के कुल से मेल नहीं खाता।
directory-states-chart = हर राज्य के ODOP उत्पाद
directory-states-chart-caption = ODOP सूची हर राज्य या केंद्र शासित प्रदेश के लिए कितने उत्पाद बताती है, सबसे अधिक पहले।

directory-state-title = { $state }: ज़िले और ODOP उत्पाद
directory-state-description = { $state } के ज़िले, हर ज़िले की एक ज़िला एक उत्पाद वस्तुएँ, और राज्य के पंजीकृत भौगोलिक संकेत।
directory-state-lead-all = एक ज़िला एक उत्पाद सूची { $state } के { $districts ->
    [one] { $districts } ज़िले
   *[other] सभी { $districts } ज़िलों
} के लिए { $count } उत्पाद बताती है।
directory-state-lead-some = एक ज़िला एक उत्पाद सूची { $state } के { $all } में से { $districts } ज़िलों के लिए { $count } उत्पाद बताती है।
directory-state-lead-gi = इनमें से { $count } GI टैग वाले हैं।
directory-state-districts = ज़िले और उनके उत्पाद
directory-subdistrict-count = { $count } उप-ज़िले
directory-village-count = { $count } गाँव
directory-state-no-product = अभी कोई ODOP उत्पाद सूचीबद्ध नहीं है।
directory-state-gis = { $state } के पंजीकृत GI
directory-state-gis-note = भौगोलिक संकेत रजिस्ट्री हर GI का राज्य दर्ज करती है, ज़िला नहीं, इसलिए ये पूरे { $state } के लिए दिए गए हैं।
directory-state-gis-link = पूरा रजिस्टर हर GI को राज्य के अनुसार दिखाता है।

directory-district-title = { $district }, { $state }: ODOP उत्पाद
directory-district-description = { $state } का { $district } ज़िला इनके लिए जाना जाता है: { $products }।
directory-district-description-empty = ODOP बाज़ार पर { $state } का { $district } ज़िला।
directory-district-of = { $state } का ज़िला
directory-district-known-for = { $products } के लिए प्रसिद्ध: एक ज़िला एक उत्पाद सूची में इस ज़िले के लिए दर्ज उत्पाद।
directory-district-no-product = एक ज़िला एक उत्पाद सूची में अभी { $district } के लिए कोई उत्पाद नहीं है। हाल में बने ज़िले अक्सर अभी सूची में नहीं होते; नीचे दिए { $state } के पड़ोसी ज़िलों के उत्पादों में इस ज़िले के शिल्प और फ़सलें हो सकती हैं।
directory-lgd-code = LGD कोड
directory-census-code = जनगणना 2011 कोड
directory-subdistricts = उप-ज़िले
directory-villages = गाँव
directory-district-odop = { $district } के ODOP उत्पाद
directory-odop-category = ODOP श्रेणी
directory-ministry = मंत्रालय या विभाग
directory-listed-as = ODOP सूची में “{ $name }” नाम से दर्ज।
directory-district-gis = { $state } में पंजीकृत GI
directory-district-gis-note = भौगोलिक संकेत रजिस्ट्री राज्यों के नाम दर्ज करती है, ज़िलों के नहीं, इसलिए ये { $count } GI पूरे { $state } के हैं।
directory-district-gis-note-tagged = भौगोलिक संकेत रजिस्ट्री राज्यों के नाम दर्ज करती है, ज़िलों के नहीं, इसलिए ये { $count } GI पूरे { $state } के हैं; ऊपर GI टैग वाले उत्पाद वे हैं जिन्हें ODOP सूची { $district } से जोड़ती है।
directory-other-districts = { $state } के अन्य ज़िले

directory-sector-title = { $sector }: ज़िलेवार ODOP उत्पाद
directory-sector-description = एक ज़िला एक उत्पाद की { $count } वस्तुएँ, राज्य के अनुसार।
directory-sector-products = { $sector } के उत्पाद
directory-sector-empty = ODOP सूची में इस क्षेत्र का अभी कोई उत्पाद नहीं है।

directory-gi-title = भौगोलिक संकेतों का रजिस्टर
directory-gi-description = भारत के पंजीकृत भौगोलिक संकेत, राज्य के अनुसार, उनकी वस्तु श्रेणी के साथ।
directory-gi-lead = भौगोलिक संकेत (GI) उस उत्पाद की रक्षा करता है जिसकी ख़ूबियाँ उसके मूल स्थान से आती हैं: दार्जिलिंग चाय, बनारसी ब्रोकेड और साड़ियाँ, चन्नपटना के खिलौने।
directory-gi-lead-all = भौगोलिक संकेत रजिस्ट्री में { $all } दर्ज हैं; यहाँ वे उस राज्य के अनुसार हैं जिसके वे हैं।
directory-gi-lead-category = भौगोलिक संकेत रजिस्ट्री में { $all } दर्ज हैं; उनमें से { $count } “{ $category }” श्रेणी में हैं, जो यहाँ राज्य के अनुसार दिए गए हैं।
directory-gi-lead-shared = कई राज्यों का साझा GI हर राज्य के नीचे दिया गया है।
directory-gi-goods-category = वस्तु श्रेणी
directory-gi-all = सभी
directory-gi-abroad = विदेश से पंजीकृत
directory-gi-abroad-note = भारत में संरक्षित विदेशी GI, उनके मूल देश के साथ।
directory-gi-none = इस श्रेणी में कोई GI पंजीकृत नहीं है।

directory-data-title = डेटा के बारे में
directory-data-description = ODOP बाज़ार की निर्देशिका का डेटा कहाँ से आता है: DPIIT की एक ज़िला एक उत्पाद सूची, स्थानीय सरकार निर्देशिका, GI रजिस्ट्री और WCO की हार्मोनाइज़्ड प्रणाली, लाइसेंस और ज्ञात कमियों के साथ।
directory-data-lead = यह निर्देशिका सार्वजनिक, आधिकारिक सूचियों से बनी है। यह पृष्ठ बताता है कि हर सूची क्या है, हमारी प्रति कहाँ से आई, हम उसे किस लाइसेंस के तहत उपयोग करते हैं, साइट ने कितनी पंक्तियाँ लोड की हैं, और पृष्ठ पढ़ते समय जानने लायक कमियाँ।
directory-data-credits = आभार
directory-data-credit-odop = एक ज़िला एक उत्पाद, DPIIT, भारत सरकार
directory-data-credit-lgd = स्थानीय सरकार निर्देशिका, पंचायती राज मंत्रालय
directory-data-credit-gi = भौगोलिक संकेत रजिस्ट्री, भारत सरकार
directory-data-credit-datasets = UN Comtrade के माध्यम से WCO हार्मोनाइज़्ड प्रणाली 2022, ISO 3166 देश कोड और ISO 4217 मुद्रा कोड, इस संग्रह से:
directory-data-credit-hsn = भारत की GST HSN सूची, भारत सरकार का सार्वजनिक डेटा
directory-data-licence-godl = सरकारी ओपन डेटा लाइसेंस – भारत
directory-data-licence-odc = ODC सार्वजनिक डोमेन समर्पण और लाइसेंस
directory-data-licence-goi = भारत सरकार का सार्वजनिक डेटा
directory-data-licence-gi = भारत सरकार का सार्वजनिक रजिस्टर
directory-data-sets = डेटा सेट
directory-data-rows = लोड की गई पंक्तियाँ
directory-data-source = स्रोत
directory-data-licence = लाइसेंस
directory-data-attribution = श्रेय
directory-data-file = फ़ाइल
directory-data-codes = { $count } कोड
directory-data-odop = एक ज़िला एक उत्पाद सूची
directory-data-odop-about = हर ज़िले के प्रसिद्ध उत्पादों की केंद्रीय सूची, संस्करण 31, दिनांक 7 जुलाई 2025: राज्य, ज़िला, उत्पाद, श्रेणी (प्राथमिक, द्वितीयक, तृतीयक या अन्य), क्षेत्र, GI स्थिति, मंत्रालय या विभाग और विवरण।
directory-data-odop-rows = { $count } उत्पाद
directory-data-odop-source = भारत सरकार की ODOP मास्टर शीट (DPIIT / इन्वेस्ट इंडिया), जैसी सार्वजनिक GitHub रिपॉज़िटरी में फिर से प्रकाशित है:
directory-data-odop-checked = हर पंक्ति LGD ज़िला सूची से जाँची गई
directory-data-lgd = राज्य, केंद्र शासित प्रदेश और ज़िले
directory-data-lgd-about = हर ज़िला अपने LGD कोड, राज्य, जनगणना 2001 और 2011 कोड और उप-ज़िलों व गाँवों की संख्या के साथ; हर राज्य और केंद्र शासित प्रदेश अपने LGD और जनगणना कोड और ISO 3166-2:IN कोड के साथ।
directory-data-lgd-rows = { $states } राज्य और केंद्र शासित प्रदेश, { $districts } ज़िले
directory-data-lgd-source = स्थानीय सरकार निर्देशिका (पंचायती राज मंत्रालय): दिसंबर 2022 की ज़िला सूची
directory-data-lgd-source-merged = जिसमें मई 2026 के गाँव निर्यात से निकाले गए ज़िले जोड़े गए
directory-data-lgd-source-iso = ISO 3166-2:IN कोड
directory-data-gi = भौगोलिक संकेतों का रजिस्टर
directory-data-gi-about = हर पंजीकृत GI अपने नाम, वस्तु श्रेणी (हस्तशिल्प, कृषि, विनिर्मित, खाद्य पदार्थ, प्राकृतिक वस्तुएँ), अपने राज्यों और इस जानकारी के साथ कि वह भारत का है या विदेश का। श्रेणियाँ और राज्यों के नाम एकरूप किए गए हैं।
directory-data-gi-rows = { $count } GI
directory-data-gi-source = IP India रजिस्टर “भारत में GI आवेदनों के कुल पंजीकृत GI का विवरण”, जैसा इसमें निकाला गया है:
directory-data-hs = हार्मोनाइज़्ड प्रणाली 2022
directory-data-hs-about = विश्व सीमा शुल्क संगठन की उत्पाद नामावली, 2, 4 और 6 अंकों पर, मूल कड़ियों के साथ, और इसके 21 खंड (I–XXI): वे कोड जो दुनिया भर के सीमा शुल्क विभाग उपयोग करते हैं।
directory-data-hs-source = UN Comtrade से
directory-data-hsn = भारत के GST HSN कोड
directory-data-hsn-about = 8 अंकों तक भारत की HSN सूची: वे कोड जो भारतीय निर्यातक अपने चालानों पर लिखते हैं।
directory-data-hsn-source = GST पोर्टल की HSN मास्टर सूची, जैसी इसमें फिर से प्रकाशित है:
directory-data-countries = देश
directory-data-countries-about = ISO 3166-1 देश, उनके दो और तीन अक्षरों वाले और अंकों वाले कोड, नाम, क्षेत्र, मुद्रा और डायलिंग कोड के साथ।
directory-data-countries-rows = { $count } देश और क्षेत्र
directory-data-currencies = मुद्राएँ
directory-data-currencies-about = ISO 4217 मुद्राएँ, उनके कोड, अंकों वाले कोड और छोटी इकाई के साथ। स्रोत हर मुद्रा को उसे उपयोग करने वाले हर देश के लिए एक बार, और बंद हो चुकी मुद्राओं को भी सूचीबद्ध करता है; साइट हर चालू मुद्रा एक बार रखती है।
directory-data-currencies-rows = { $count } मुद्राएँ
directory-data-quirks = ज्ञात कमियाँ
directory-quirk-names = ज़िलों के पुराने नाम।
    .text = ODOP सूची कभी-कभी ज़िले का नाम पुराने ढंग से लिखती है या पुराना नाम उपयोग करती है (23 पंक्तियाँ)। उत्पाद स्थानीय सरकार निर्देशिका में ज़िले के वर्तमान नाम के अंतर्गत रखे जाते हैं, और जहाँ वर्तनी अलग है वहाँ उत्पाद पर लिखा होता है “ODOP सूची में … नाम से दर्ज”।
directory-quirk-codes = सुधारे गए ज़िला कोड।
    .text = ODOP सूची की 15 पंक्तियों (10 ज़िले) में मूल स्रोत पर गलत LGD ज़िला कोड है; साइट हर पंक्ति को स्थानीय सरकार निर्देशिका से जाँचकर मिला कोड उपयोग करती है, कभी केवल ज़िले का नाम नहीं।
directory-quirk-gi = GI राज्यों के होते हैं, ज़िलों के नहीं।
    .text = GI रजिस्टर किसी GI के राज्यों के नाम बताता है, ज़िले का नहीं। इसलिए ज़िले का पृष्ठ अपने राज्य के GI दिखाता है, और किसी उत्पाद को “GI टैग वाला” तभी बताता है जब ODOP सूची स्वयं ऐसा कहती है।
directory-quirk-empty = बिना उत्पाद वाले ज़िले।
    .text = हाल में बने कुछ ज़िले अभी ODOP सूची में नहीं हैं; उनके पृष्ठ यह बताते हैं।
directory-quirk-products = हर “उत्पाद” उत्पाद नहीं है।
    .text = ODOP की कुछ प्रविष्टियाँ क्षेत्र या सेवाएँ हैं (“खाद्य प्रसंस्करण”, “पर्यटन”)। सूची के फ़ोटो लिंक एक फ़ाइल-शेयरिंग सेवा पर जाते हैं, इसलिए साइट उन्हें नहीं दिखाती।
directory-quirk-hs99 = HS अध्याय 99 छोड़ा गया।
    .text = UN Comtrade का अध्याय 99 (“प्रकार के अनुसार अनिर्दिष्ट वस्तुएँ”) और उसकी कुल योग वाली पंक्ति हार्मोनाइज़्ड प्रणाली का हिस्सा नहीं हैं, इसलिए वे HS कोडों में नहीं हैं।
directory-quirk-hsn = पुराने HSN कोड।
    .text = GST HSN सूची के 1,769 कोड पुराने HS संस्करणों से आते हैं। साइट HS कोड को 6 अंकों पर HS 2022 से जाँचती है और भारत का 8 अंकों वाला विस्तार स्वीकार करती है।
