# The search page: results, filters and help when nothing matches.
search-description = Search India's One District One Product goods by product, craft, district or state, in English, Hindi or the trade's own names.
search-results-for = Results for “{ $q }”
search-all-products = All products
search-found = { $count ->
    [one] { $count } product found
   *[other] { $count } products found
}
search-none-found = No products found
search-showing = Showing { $first }–{ $last } of { $count ->
    [one] { $count } product
   *[other] { $count } products
}
# $places: the places the words name, e.g. "Varanasi, Uttar Pradesh".
search-origin-reading = “{ $words }”: showing products from { $places } first, then other products with these words.
search-origin-literal = Search for “{ $q }” as written
search-literal-reading = Showing products with these words as written.
search-literal-places = Also show products from places these words name
search-filters-in-use = Filters in use
search-remove-filter = Remove filter:
search-clear-filters = Clear all filters
search-filters = Filters
search-show-only = Show only
search-order-and-price = Order size and price
search-moq-max = Minimum order at most
search-currency = Currency
search-any-currency = Any currency
search-price-per-unit = Price per unit
search-price-min = Lowest price
    .placeholder = From
search-price-max = Highest price
    .placeholder = To
search-currency-hint = Prices are in each listing's own currency: choose one to compare like with like.
search-apply = Apply
search-show-products = { $count ->
    [one] Show { $count } product
   *[other] Show { $count } products
}
search-no-match-remove-filter = No products match: remove a filter
search-results = Results
search-sort = Sort results
search-sort-by = Sort by
search-pages = Pages of results
search-nothing-matches = Nothing matches
search-nothing-matches-q = Nothing matches “{ $q }”
search-nothing-matches-filters = Nothing matches with these filters
search-nothing-matches-q-filters = Nothing matches “{ $q }” with these filters
search-suggestions = These searches find products:
search-help-districts = Districts known for it
search-help-known-for = Known for { $product }
search-help-district = District
search-help-sectors = Sectors to browse
search-help-spelling = Check the spelling or use fewer words. Hindi, regional and trade names work too:
search-help-browse = Or browse the districts by state.
search-sort-order = { $sort ->
    [relevance] Best match
    [newest] Newest
    [price_asc] Price: low to high
   *[price_desc] Price: high to low
}
search-facet-title = { $facet ->
    [state] State
    [district] District
    [sector] Sector
    [category] Category
   *[hs_chapter] HS chapter
}
# $category: the ODOP list's rank in lower case; $label: a producer's own category, as typed.
search-category = { $category ->
    [primary] The district's signature product
    [secondary] The district's second speciality
    [tertiary] The district's third speciality
    [others] Another speciality of the district
   *[other] { $label }
}
search-verified-producer = Verified producer
search-filter-moq = MOQ up to { $count }
search-filter-currency = Prices in { $currency }
search-filter-from = From { $price }
search-filter-up-to = Up to { $price }
search-suggest = “{ $q }”
search-suggest-without-filters = “{ $q }”, without filters
search-suggest-everywhere = “{ $q }” in every state and sector, without filters
# Places a query named: $rest are all but the last, joined with commas.
search-places = { $count ->
    [one] { $last }
   *[other] { $rest } and { $last }
}

# A search parameter that cannot be used (the page's or the API's 400). $parameter is the parameter's name as sent.
search-bad-slug = “{ $parameter }” must be a name from the directory, like uttar-pradesh or varanasi.
search-bad-flag = “{ $parameter }” must be true or false.
search-bad-whole-number = “{ $parameter }” must be a whole number of 0 or more, not “{ $value }”.
search-bad-amount = “{ $parameter }” must be an amount such as 250 or 99.50, not “{ $value }”.
search-bad-words-too-long = The search words are too long: at most { $max } characters, please.
search-bad-sector = There is no sector called “{ $sector }”.
search-bad-category = The category is too long.
search-bad-currency = “currency” must be a three-letter ISO code such as INR or USD.
search-bad-hs-chapter = “hs_chapter” must be a two-digit HS chapter such as 09 or 52.
search-bad-price-order = The lowest price is above the highest; swap them and try again.
search-bad-sort = “sort” must be one of relevance, newest, price_asc or price_desc.
search-bad-page = “page” must be a number from 1 to { $max }.
search-bad-per-page = “per_page” must be a number from 1 to { $max }.
