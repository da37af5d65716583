# प्रिंट करने योग्य कैटलॉग (PDF) बनते समय दिखने वाला पेज।
print-preparing-title = कैटलॉग “{ $title }” तैयार हो रहा है
print-preparing-description = प्रिंट करने योग्य PDF कैटलॉग “{ $title }” तैयार किया जा रहा है।
print-preparing-eyebrow = प्रिंट करने योग्य कैटलॉग (PDF)
print-preparing-heading = कैटलॉग “{ $title }” तैयार किया जा रहा है
print-preparing-lead = इसमें { $products ->
    [one] { $products } उत्पाद है
   *[other] { $products } उत्पाद हैं
} और इसे बनने में कुछ सेकंड से एक मिनट तक लगता है। यह पेज अपने-आप फिर से लोड होता है और तैयार होते ही PDF खुल जाता है।
print-preparing-try-again = अभी फिर कोशिश करें
print-preparing-back = { $title } पर वापस जाएँ

## The printed catalogue (PDF) itself: its cover, contents and product pages.
print-kind = { $kind ->
    [showcase] शोकेस कैटलॉग
    [district] ज़िला कैटलॉग
   *[producer] उत्पादक कैटलॉग
}
print-page = पृष्ठ { $page } / { $pages }
print-footer = { $title } · { $day } को बना · { site-name }
print-made-on = { $day } को बना
print-products = { $count ->
    [one] { $count } उत्पाद
   *[other] { $count } उत्पाद
}
print-products-first = { $available } में से पहले { $printed } उत्पाद
print-see-online = हर फ़ोटो के साथ ऑनलाइन देखें और पूछताछ भेजें:
print-contents = विषय-सूची
print-more-online = यह कैटलॉग { $available } में से पहले { $printed } उत्पाद छापता है; सभी यहाँ देखें: { $url }
print-the-end = कैटलॉग यहाँ समाप्त होता है: इसमें { $available } में से { $printed } उत्पाद हैं (अधिकतम { $most })।
print-scan = यह उत्पाद देखने और पूछताछ भेजने के लिए स्कैन करें
print-reach-title = { $producer } से संपर्क कैसे करें
print-reach = { site-name } के ज़रिए पूछताछ भेजें: { $url }। उत्पादक के जवाब देते ही उनका फ़ोन और ई-मेल पता आपको दिख जाएगा।
print-curators-note = क्यूरेटर की टिप्पणी
print-odop-heading = { $district } का एक ज़िला एक उत्पाद: { $product }
print-curated-by = क्यूरेटर: { $curator }
print-district-title = { $district } के उत्पाद
print-district-byline = { $district } ज़िला, { $state }
print-district-odop = एक ज़िला एक उत्पाद: { $products }।
