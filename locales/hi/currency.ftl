# Prices converted into the reader's currency (src/currency/display.rs).
currency-approximately = ≈{ "\u00A0" }{ $price }
currency-rate-title = 1 { $from } = { $rate } { $to }, { $date } की ECB संदर्भ दर
currency-footnote = { $date } की ECB संदर्भ दरों पर बदला गया; अनुमानित।
currency-menu-label = कीमतें इस मुद्रा में भी
currency-menu-as-listed = केवल सूची की मुद्रा में
currency-menu-apply = दिखाएँ
search-currency-hint-reader = आप जो कीमतें लिखते हैं वे { $currency } में हैं, और दूसरी मुद्राओं की लिस्टिंग की तुलना ECB संदर्भ दरों पर होती है।
