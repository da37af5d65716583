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
