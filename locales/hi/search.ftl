# खोज पृष्ठ: परिणाम, फ़िल्टर और कुछ न मिलने पर मदद।
search-description = भारत की एक ज़िला एक उत्पाद वस्तुएँ उत्पाद, शिल्प, ज़िले या राज्य से खोजें, अंग्रेज़ी, हिंदी या व्यापार में चलने वाले नामों से।
search-results-for = “{ $q }” के परिणाम
search-all-products = सभी उत्पाद
search-found = { $count } उत्पाद मिले
search-none-found = कोई उत्पाद नहीं मिला
search-showing = { $count } उत्पादों में से { $first }–{ $last } दिखाए जा रहे हैं
search-origin-reading = “{ $words }”: पहले { $places } के उत्पाद, फिर इन शब्दों वाले अन्य उत्पाद।
search-origin-literal = “{ $q }” को जैसा लिखा है वैसा खोजें
search-literal-reading = इन शब्दों को जैसा लिखा है वैसा खोजकर उत्पाद दिखाए जा रहे हैं।
search-literal-places = इन शब्दों में आई जगहों के उत्पाद भी दिखाएँ
search-filters-in-use = लागू फ़िल्टर
search-remove-filter = फ़िल्टर हटाएँ:
search-clear-filters = सभी फ़िल्टर हटाएँ
search-filters = फ़िल्टर
search-show-only = केवल ये दिखाएँ
search-order-and-price = ऑर्डर का आकार और कीमत
search-moq-max = न्यूनतम ऑर्डर अधिकतम
search-currency = मुद्रा
search-any-currency = कोई भी मुद्रा
search-price-per-unit = प्रति इकाई कीमत
search-price-min = न्यूनतम कीमत
    .placeholder = से
search-price-max = अधिकतम कीमत
    .placeholder = तक
search-currency-hint = कीमतें हर लिस्टिंग की अपनी मुद्रा में हैं: बराबर तुलना के लिए एक मुद्रा चुनें।
search-apply = लागू करें
search-show-products = { $count } उत्पाद दिखाएँ
search-no-match-remove-filter = कोई उत्पाद मेल नहीं खाता: कोई फ़िल्टर हटाएँ
search-results = परिणाम
search-sort = परिणामों का क्रम
search-sort-by = क्रम
search-pages = परिणामों के पृष्ठ
search-nothing-matches = कुछ नहीं मिला
search-nothing-matches-q = “{ $q }” से कुछ नहीं मिला
search-nothing-matches-filters = इन फ़िल्टरों के साथ कुछ नहीं मिला
search-nothing-matches-q-filters = इन फ़िल्टरों के साथ “{ $q }” से कुछ नहीं मिला
search-suggestions = इन खोजों से उत्पाद मिलते हैं:
search-help-districts = इसके लिए प्रसिद्ध ज़िले
search-help-known-for = { $product } के लिए प्रसिद्ध
search-help-district = ज़िला
search-help-sectors = देखने के लिए क्षेत्र
search-help-spelling = वर्तनी जाँचें या कम शब्द लिखें। हिंदी, क्षेत्रीय और व्यापारिक नाम भी चलते हैं:
search-help-browse = या राज्य के अनुसार ज़िले देखें।
search-sort-order = { $sort ->
    [relevance] सबसे उपयुक्त
    [newest] सबसे नए
    [price_asc] कीमत: कम से ज़्यादा
   *[price_desc] कीमत: ज़्यादा से कम
}
search-facet-title = { $facet ->
    [state] राज्य
    [district] ज़िला
    [sector] क्षेत्र
    [category] श्रेणी
   *[hs_chapter] HS अध्याय
}
search-category = { $category ->
    [primary] ज़िले का ख़ास उत्पाद
    [secondary] ज़िले की दूसरी विशेषता
    [tertiary] ज़िले की तीसरी विशेषता
    [others] ज़िले की एक और विशेषता
   *[other] { $label }
}
search-verified-producer = सत्यापित उत्पादक
search-filter-moq = न्यूनतम ऑर्डर { $count } तक
search-filter-currency = कीमतें { $currency } में
search-filter-from = { $price } से
search-filter-up-to = { $price } तक
search-suggest = “{ $q }”
search-suggest-without-filters = “{ $q }”, बिना फ़िल्टर के
search-suggest-everywhere = हर राज्य और क्षेत्र में “{ $q }”, बिना फ़िल्टर के
search-places = { $count ->
    [one] { $last }
   *[other] { $rest } और { $last }
}

# खोज का ऐसा पैरामीटर जिसे इस्तेमाल नहीं किया जा सकता। $parameter पैरामीटर का नाम है, जैसा भेजा गया।
search-bad-slug = “{ $parameter }” निर्देशिका का कोई नाम होना चाहिए, जैसे uttar-pradesh या varanasi।
search-bad-flag = “{ $parameter }” true या false होना चाहिए।
search-bad-whole-number = “{ $parameter }” 0 या उससे बड़ी पूर्ण संख्या होनी चाहिए, “{ $value }” नहीं।
search-bad-amount = “{ $parameter }” 250 या 99.50 जैसी कोई राशि होनी चाहिए, “{ $value }” नहीं।
search-bad-words-too-long = खोज के शब्द बहुत लंबे हैं: अधिक से अधिक { $max } अक्षर लिखें।
search-bad-sector = “{ $sector }” नाम का कोई क्षेत्र नहीं है।
search-bad-category = श्रेणी बहुत लंबी है।
search-bad-currency = “currency” तीन अक्षरों का ISO कोड होना चाहिए, जैसे INR या USD।
search-bad-hs-chapter = “hs_chapter” दो अंकों का HS अध्याय होना चाहिए, जैसे 09 या 52।
search-bad-price-order = सबसे कम कीमत सबसे ज़्यादा कीमत से ऊपर है; दोनों को बदलकर फिर से कोशिश करें।
search-bad-sort = “sort” इनमें से एक होना चाहिए: relevance, newest, price_asc या price_desc।
search-bad-page = “page” 1 से { $max } तक की कोई संख्या होनी चाहिए।
search-bad-per-page = “per_page” 1 से { $max } तक की कोई संख्या होनी चाहिए।
