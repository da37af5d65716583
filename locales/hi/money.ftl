# कीमतें और मात्राएँ।
money-per-unit = { $price } प्रति { $unit ->
    [pieces] पीस
    [pairs] जोड़ी
    [sets] सेट
    [dozens] दर्जन
    [kg] किलो
    [tonnes] टन
    [litres] लीटर
    [metres] मीटर
    [square-metres] वर्ग मीटर
    [bags] बोरी
    [boxes] डिब्बा
    [cartons] कार्टन
   *[other] { $name }
}
# इकाई शब्दों में, $count के लिए: money-quantity इसे संख्या के बाद लिखता है, और
# अकेली इकाई (इकाइयों की सूची) $count 3 के साथ माँगी जाती है, यानी बहुवचन।
money-unit = { $unit ->
    [pieces] पीस
    [pairs] जोड़ी
    [sets] सेट
    [dozens] दर्जन
    [kg] किलो
    [tonnes] टन
    [litres] लीटर
    [metres] मीटर
    [square-metres] वर्ग मीटर
    [bags] बोरी
    [boxes] { $count ->
        [one] डिब्बा
       *[other] डिब्बे
    }
    [cartons] कार्टन
   *[other] { $name }
}
money-quantity = { $count } { money-unit }
