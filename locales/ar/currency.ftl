# Prices converted into the reader's currency (src/currency/display.rs).
currency-approximately = ≈{ "\u00A0" }{ $price }
currency-rate-title = 1 { $from } = { $rate } { $to }، السعر المرجعي للبنك المركزي الأوروبي في { $date }
currency-footnote = حُوِّلت بأسعار البنك المركزي الأوروبي المرجعية في { $date }؛ تقريبية.
currency-menu-label = الأسعار أيضًا بـ
currency-menu-as-listed = كما هي في العرض فقط
currency-menu-apply = اعرض
search-currency-hint-reader = الأسعار التي تكتبها بعملة { $currency }، وتُقارَن العروض بالعملات الأخرى بأسعار البنك المركزي الأوروبي المرجعية.
