# Buy requests: a buyer's requests, the form, the quotes side by side, and what producers receive.
rfqs-crumb = Buy requests
rfqs-breadcrumb = Breadcrumb
rfqs-yours = Your buy request
rfqs-error-prefix = Error:
rfqs-status = { $status ->
    [pending] Waiting for approval
    [open] Open
    [rejected] Not approved
   *[closed] Closed
}
rfqs-close-reason = { $reason ->
    [deadline] Its deadline passed
    [quotes] It received enough quotes
   *[buyer] The buyer closed it
}
rfqs-answers-by = Answers by { $date }
rfqs-answer-by = Answer by { $date }
rfqs-answer-by-label = Answer by
rfqs-posted = Posted { $when }

rfqs-list-title = Your buy requests
rfqs-list-lead = Describe what you need once; after a quick check by our team it goes to every verified producer who makes it.
rfqs-list-lead-link = Their answers arrive in your enquiries.
rfqs-list-empty = You have not posted a buy request yet.
rfqs-list-empty-link = Post one when you are looking for something you have not found in the catalogue, or want offers from several producers.

rfqs-new-title = Post a buy request
rfqs-new-crumb = New
rfqs-new-lead = Our team checks each request, usually within a working day. Then the verified producers who make what you describe — by its words, HS code and sector — in the places you choose get it by e-mail and can answer with a quote.
rfqs-new-part-what = What you are looking for
rfqs-new-part-terms = Price and delivery
rfqs-new-part-where = From where
rfqs-new-where-hint = Leave both empty to hear from producers anywhere in India.
rfqs-new-submit = Send for approval
rfqs-field-title = In a few words
    .hint = e.g. Hand-knotted wool rugs, 2 × 3 m
rfqs-field-details = Details
    .hint = Materials, sizes, colours, packing, certificates, where it ships to. Up to two links.
rfqs-field-quantity = Quantity
rfqs-field-sector = Sector
    .blank = Choose a sector
rfqs-field-category = Category
    .hint = e.g. Carpets, Spices, Brassware
rfqs-field-hs-code = HS code
    .hint = If you know it: 6 to 8 digits, e.g. 570110
rfqs-field-deadline = Answers wanted by
    .hint = The request closes at the end of this day in your time zone, or after 10 quotes.
rfqs-field-target-price = Target price per unit
    .hint = What you hope to pay, e.g. 12.50
rfqs-field-incoterm = Incoterm
    .label = Incoterm: who carries the goods how far
    .blank = Not decided yet
rfqs-field-country = Destination country
    .blank = Choose a country
rfqs-field-port = Port or city
    .hint = e.g. Rotterdam, Jebel Ali
rfqs-field-samples = I would like samples before ordering
rfqs-field-states = States
rfqs-field-districts = Districts
    .picker = e.g. Jaipur, Moradabad or मुरादाबाद
    .picker-hint = Type the first letters of a district or its state, in English or Hindi, and choose it; choose as many as you need.
    .hint = Grouped by state. Hold Ctrl (Cmd on a Mac) to choose several; on a phone, tap each one. Type a name's first letters to jump to it.

rfqs-show-pending = Our team checks every request before it goes out, usually within a working day. We e-mail you when it is sent to producers.
rfqs-show-rejected = Not approved.
rfqs-show-recipients = Sent to producers
rfqs-show-quotes = Quotes received
rfqs-show-compare = Compare the quotes side by side
rfqs-show-answers = Answers
rfqs-show-no-answers-yet = No answers yet. Producers usually answer within a few days; we e-mail you each one.
rfqs-show-no-answers = No answers.
rfqs-show-close = Close this request
    .hint = Producers can then no longer answer it; conversations already started go on.
rfqs-show-facts = What you asked for

rfqs-compare-title = Compare quotes: { $title }
rfqs-compare-heading = Compare quotes
rfqs-compare-target = your target { $price }
rfqs-compare-destination = to { $place }
rfqs-compare-column = { $column ->
    [price] Unit price
    [moq] Minimum order
    [lead_time] Lead time
    [incoterm] Incoterm
    [valid_until] Valid until
    [verified] Verified
   *[reply_time] Typical reply
}
rfqs-compare-sorted = Sorted by { $column ->
    [price] unit price
    [moq] minimum order
    [lead_time] lead time
    [incoterm] Incoterm
    [valid_until] validity
    [verified] verification
   *[reply_time] typical reply
}, { $order ->
    [a-z] A to Z
    [z-a] Z to A
    [soonest] ending soonest first
    [latest] ending latest first
    [verified] verified first
    [unverified] not yet verified first
    [highest] highest first
   *[lowest] lowest first
}.
rfqs-compare-sort-hint = Choose a column heading to sort by it; choose it again to reverse.
rfqs-compare-currencies = Prices in different currencies are grouped by currency: not every one of them has a reference rate to compare them by.
rfqs-compare-currencies-at-rates = Prices in different currencies are compared at ECB reference rates.
rfqs-compare-caption = Quotes for { $title }, one row per producer
rfqs-compare-producer = Producer
rfqs-compare-lapsed = lapsed
rfqs-compare-not-verified = Not yet
rfqs-compare-reply-unknown = Not known yet
rfqs-compare-empty = No quotes yet. Producers who answer with a price show here side by side; we e-mail you each one.
rfqs-compare-without-quote = Answered without a price yet
rfqs-compare-back = Back to the request

rfqs-received-title = Buy requests for you
rfqs-received-lead = Buyers looking for what you make, in your sector and place. Answer with a message and a quote before the deadline: a request closes after 10 quotes.
rfqs-received-buyer-in = Buyer in { $country }
rfqs-received-answered = Answered
rfqs-received-empty = No buy requests yet. When a buyer asks for products in your sector and place, it appears here and we e-mail you. Verified producers with published products receive them.
rfqs-received-from = Buy request from a buyer in { $country }
rfqs-received-needs = What the buyer needs
rfqs-received-done = You have answered this request.
rfqs-received-continue = Continue the conversation.
rfqs-received-closed = This request is closed and takes no more answers.
rfqs-received-facts = The request
rfqs-respond-title = Answer the buyer
rfqs-respond-message = Your message
    .hint = What you can make, from what, and how. The buyer sees your business name and public page.
rfqs-respond-include-quote = Include a quote
    .hint = A price the buyer can accept here. You can also send one later in the conversation.
rfqs-respond-quote = Your quote
    .optional = if ticked above
rfqs-respond-submit = Send the answer

rfqs-notice-saved = Your buy request is saved. Our team checks it, usually within a working day; then it goes to matching producers and we e-mail you.
rfqs-notice-closed = The buy request is closed; producers can no longer answer it.
rfqs-notice-answered = Your answer is sent to the buyer by e-mail. The conversation continues here.
