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
money-quantity = { $count } { $unit ->
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
