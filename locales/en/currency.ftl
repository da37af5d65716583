# Prices converted into the reader's currency (src/currency/display.rs).
# $price is a formatted price range in the reader's currency, "US$102 – 284".
# The no-break space keeps "≈" on the line of the price it qualifies.
currency-approximately = ≈{ "\u00A0" }{ $price }
# On hover over the converted figure. $rate is a number, $date a formatted date.
currency-rate-title = 1 { $from } = { $rate } { $to }, ECB reference rate of { $date }
currency-footnote = Converted at ECB reference rates of { $date }; approximate.
# The footer's currency menu.
currency-menu-label = Prices also in
currency-menu-as-listed = As listed only
currency-menu-apply = Show
# The search page's price fields without a currency filter chosen.
search-currency-hint-reader = Prices you type are in { $currency }, and listings in other currencies are compared at ECB reference rates.
