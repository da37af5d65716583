# हर फ़ॉर्म के साझा हिस्से।
forms-problems = { $count ->
    [one] एक समस्या है
   *[other] { $count } समस्याएँ हैं
}
forms-error = त्रुटि:
