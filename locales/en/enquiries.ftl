# Conversations between buyers and producers: the inbox, a conversation, the enquiry form,
# the order summary and the buyer's profile; pieces buy-request pages share.
enquiries-breadcrumb = Breadcrumb
enquiries-home = Home
enquiries-error-prefix = Error:
enquiries-optional = optional
enquiries-cancel = Cancel
enquiries-honeypot = Leave this field empty
enquiries-back-to-dashboard = Back to your dashboard
enquiries-you = You
enquiries-with = with
enquiries-from = from
enquiries-unread-count = { $count } unread
enquiries-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
enquiries-minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
enquiries-lead-time = Lead time
enquiries-status = { $status ->
    [new] New
    [replied] Replied
    [quoted] Quoted
    [accepted] Quote accepted
    [declined] Quote declined
   *[closed] Closed
}
enquiries-quote-status = { $status ->
    [offered] Offered
    [accepted] Accepted
    [declined] Declined
   *[superseded] Replaced by a newer quote
}
enquiries-outcome = { $outcome ->
    [won] Won – an order was agreed
    [lost] Lost – no order this time
   *[no_response] No response
}
enquiries-buyer-type = { $kind ->
    [importer] Importer
    [wholesaler] Wholesaler / distributor
    [retailer] Retailer
    [sourcing_agent] Sourcing agent
    [designer] Designer / brand
   *[corporate_gifting] Corporate gifting
}
enquiries-meeting-status = { $status ->
    [requested] Requested
    [accepted] Accepted
    [declined] Declined
    [cancelled] Cancelled
   *[expired] Expired
}
enquiries-incoterm-meaning = { $code ->
    [EXW] Ex Works: you collect from the producer's premises
    [FCA] Free Carrier: handed to your carrier, cleared for export
    [FAS] Free Alongside Ship: delivered next to the ship at the Indian port
    [FOB] Free On Board: loaded on the ship at the Indian port
    [CFR] Cost and Freight: sea freight paid to your port
    [CIF] Cost, Insurance and Freight: as CFR, with insurance
    [CPT] Carriage Paid To: transport paid to a place you name
    [CIP] Carriage and Insurance Paid To: as CPT, with insurance
    [DAP] Delivered At Place: to your address, import duties yours
    [DPU] Delivered at Place Unloaded: delivered and unloaded at your place
   *[DDP] Delivered Duty Paid: to your address, import duties paid
}
enquiries-incoterm-choice = { $code } – { enquiries-incoterm-meaning }

enquiries-field-unit = Unit
enquiries-field-unit-price = Price per unit
    .hint = e.g. 11.80
enquiries-field-currency = Currency
    .hint = USD, EUR, INR …
enquiries-field-moq = Minimum order
enquiries-field-lead-time = Lead time in days
    .hint = From a confirmed order to dispatch.
enquiries-field-incoterm = Incoterm
    .label = Incoterm: who carries the goods how far
    .blank = Choose an Incoterm
enquiries-field-valid-until = Valid until
enquiries-field-notes = Notes
    .hint = Packing, payment terms, samples, what the price includes.
enquiries-field-target-price = Target price per unit
    .hint = What you hope to pay, e.g. 12.50
enquiries-field-country = Destination country
    .blank = Choose a country
enquiries-field-port = Port or city
    .hint = e.g. Rotterdam, Jebel Ali
enquiries-field-required-by = Needed by
enquiries-field-message = Message to the producer
    .hint = Colours, sizes, packing, certificates you need. Up to { $count } characters and two links.

enquiries-fact-quantity = Quantity
enquiries-fact-sector = Sector
enquiries-fact-from = From
enquiries-fact-anywhere = Anywhere in India
enquiries-fact-hs-code = HS code
enquiries-fact-target-price = Target price
enquiries-fact-ship-to = Ship to
enquiries-fact-samples = Samples
enquiries-fact-samples-wanted = Wanted before ordering
enquiries-fact-samples-not-asked = Not asked for
enquiries-fact-answers-by = Answers by

enquiries-inbox-lead-buyer = Your conversations with producers: their answers, quotes and your decisions. We e-mail you when something new arrives.
enquiries-inbox-lead-producer = Buyers' enquiries about your products and your answers to buy requests. Answer within two days: buyers see how quickly you usually reply.
enquiries-inbox-browse = Browse products
enquiries-inbox-list = Conversations, latest first
enquiries-from-buy-request = Buy request
enquiries-inbox-empty-buyer = No conversations yet. Open a product you like and press “Send an enquiry”.
enquiries-inbox-empty-buyer-link = Or post a buy request to reach every matching producer at once.
enquiries-inbox-empty-producer = No enquiries yet. Buyers write to you from your product pages.
enquiries-inbox-empty-producer-link = Make sure your products are published with clear photos, prices and minimum orders.
enquiries-inbox-empty-other = Enquiries are conversations between buyers and producers, and this account is neither.
enquiries-inbox-empty-other-link = Producers who have not filled in their business profile yet see their enquiries here once they have.

enquiries-new-title = Enquiry about { $product }
enquiries-new-crumb = Send an enquiry
enquiries-new-heading = Ask { $producer } about { $product }
enquiries-new-lead = Say how much you need and where it should go. The producer is e-mailed at once and answers here; you get a copy of your enquiry by e-mail.
enquiries-new-by = by
enquiries-new-price-range = Price range
enquiries-new-samples-available = Available
enquiries-new-samples-ask = Ask the producer
enquiries-new-part-what = What you need
enquiries-new-part-delivery = Delivery
enquiries-new-part-message = Your message
# $quantity is the minimum order as money-quantity writes it ("10 pieces").
enquiries-new-moq-hint = The minimum order is { $quantity }.
enquiries-new-sample = I would like a sample first
enquiries-new-submit = Send the enquiry
enquiries-new-privacy = The producer sees your name, company and country. Your e-mail address and phone number are shown only once they reply.

enquiries-thread-rfq = { $side ->
    [buyer] Answer to your buy request
   *[producer] Answer to a buy request
}
enquiries-thread-enquiry = Enquiry
enquiries-thread-since = since { $when }
enquiries-thread-about = About
enquiries-thread-your-rfq = Your buy request and every answer to it
enquiries-thread-the-rfq = The buy request
enquiries-thread-timeline = Messages, quotes and meetings
enquiries-meeting-mine = You proposed a video meeting
enquiries-meeting-theirs = { $name } proposes a video meeting
enquiries-meeting-own = On its own, outside any event
enquiries-meeting-at = At { $event }
enquiries-meeting-answer = Answer the request
enquiries-meeting-open = Open the meeting
enquiries-quote-from = Quote from { $name }
enquiries-quote-expired = Expired
enquiries-quote-total = Total
enquiries-order-link = Order summary and next steps
    .hint = These terms, both your contacts, the sample, proforma invoice and payment to agree. Print it or save it as PDF.
enquiries-accepting = Accepting
enquiries-accept-means = tells { $producer } you want to order on these terms and shows you both an order summary to work from. It is not a payment or a signed contract: next you agree the sample, the proforma invoice and how you pay, directly with them.
enquiries-accept-means-total = tells { $producer } you want to order on these terms ({ $total }) and shows you both an order summary to work from. It is not a payment or a signed contract: next you agree the sample, the proforma invoice and how you pay, directly with them.
enquiries-accept = Accept this quote
enquiries-decline = Decline
enquiries-closed = This conversation is closed. It stays here for you to read.
enquiries-closed-outcome = This conversation is closed: { $outcome ->
    [won] won – an order was agreed
    [lost] lost – no order this time
   *[no_response] no response
}. It stays here for you to read.
enquiries-closed-ask-again = To ask again, send a new enquiry.
enquiries-propose-meeting = Propose a video meeting
    .hint = Pick a time in both your hours; we e-mail { $name } to accept or decline.
enquiries-reply-title = Reply to { $name }
enquiries-reply-message = Your message
    .hint = We e-mail { $name } a link to it.
enquiries-reply-submit = Send the message
enquiries-quote-send = Send a quote
    .hint = The buyer can accept or decline it here. A new quote replaces one still on offer.
enquiries-quote-submit = Send the quote
enquiries-close = Close the conversation
enquiries-close-outcome = How did it end?
    .blank = Choose one
    .hint = We tell { $name } by e-mail. Nobody can write here afterwards.
enquiries-report = Report as spam
    .hint = Use this for messages that are not real enquiries: advertising, scams, or someone asking for money or personal details. The conversation disappears from your list and our team looks at the sender.
enquiries-report-submit = Report and hide this conversation
enquiries-terms-buyer = What the buyer asked for
enquiries-terms-destination = Destination
enquiries-terms-sample = Sample
enquiries-terms-sample-wanted = Wanted first
enquiries-buyer = The buyer
enquiries-buyer-name = Name
enquiries-buyer-business = Business
enquiries-contacts = E-mail, phone
    .hidden = Shown once you reply
enquiries-email = E-mail
enquiries-producer = The producer
enquiries-whatsapp = Message on WhatsApp
enquiries-contacts-shared = { $name } can see your e-mail address and phone number too.
enquiries-contacts-later = Once they reply, you see each other's e-mail address and phone number.

enquiries-order-title = Order summary { $reference }
enquiries-order-crumb = Order summary
enquiries-order-eyebrow = order summary
enquiries-order-reference = Reference
enquiries-order-accepted-at = quote accepted { $when }
enquiries-order-print = Print or save as PDF
enquiries-order-back = Back to the conversation
enquiries-order-status = { $buyer } accepted { $producer }'s quote. This is a summary of what you agreed, to work out the order from: it is not an invoice or a contract, and nothing has been paid through ODOP Bazaar.
enquiries-order-agreed = What was agreed
enquiries-order-product = Product
enquiries-order-quantity-minimum = (the quote's minimum order)
enquiries-order-unit-price = Unit price
enquiries-order-total-for = for { $quantity }
enquiries-order-total-too-large = Too large to work out here: agree it on the proforma invoice
enquiries-order-lead-time = { $count ->
    [one] { $count } day from a confirmed order to dispatch
   *[other] { $count } days from a confirmed order to dispatch
}
enquiries-order-valid-until = Quote valid until
enquiries-order-sample-wanted = Asked for before the order
enquiries-order-sample-offered = Not asked for; the listing offers samples
enquiries-order-notes = The producer's notes
enquiries-order-buyer = Buyer
enquiries-order-business = Business
enquiries-order-place = Place
enquiries-order-address = Address
enquiries-order-next = Next steps
enquiries-step-sample = Sample.
enquiries-step-sample-producer-wanted = The buyer asked for a sample first: agree with them what it costs, who pays the courier and when it leaves, and wait for their approval before making the order.
enquiries-step-sample-producer = Offer a sample if the buyer wants to check quality or colour before the bulk order; agree who pays for it and the courier.
enquiries-step-sample-buyer-wanted = You asked for a sample first: agree with { $producer } what it costs, who pays the courier and when it is sent, and approve it before the bulk order is made.
enquiries-step-sample-buyer = If you want to check quality or colour before the bulk order, ask { $producer } for a sample now and agree who pays for it and the courier.
enquiries-step-invoice = Proforma invoice.
enquiries-step-invoice-producer = Send { $buyer } a proforma invoice with exactly these terms: { $product }, { $quantity } at { $price }, { $incoterm } { $destination }, { $days } days' lead time, reference { $reference }, with your GSTIN and IEC and your bank details.
enquiries-step-invoice-buyer = { $producer } sends you a proforma invoice. Check that it matches this summary — { $product }, { $quantity } at { $price }, { $incoterm } { $destination }, { $days } days' lead time — and names reference { $reference }.
enquiries-step-payment = Payment terms.
enquiries-step-payment-producer = Agree in writing how and when you are paid, for example an advance before production and the balance against the shipping documents, or a letter of credit. Start production once the agreed advance has reached your account.
enquiries-step-payment-buyer = Agree in writing how and when you pay, for example an advance and the balance against the shipping documents, or a letter of credit through your bank. Confirm the bank details by phone with { $producer } before your first payment.
enquiries-step-dispatch = Dispatch.
enquiries-step-dispatch-producer = The lead time of { $days } days counts from the confirmed order. Keep the buyer told of the dates and send the shipping documents when the goods leave.
enquiries-step-dispatch-buyer = The lead time of { $days } days counts from the confirmed order.
enquiries-step-dispatch-buyer-collects = The lead time of { $days } days counts from the confirmed order; you arrange the transport from India under { $incoterm }.
enquiries-order-questions = Questions about any of this go in the conversation, where both of you keep the history.
enquiries-order-footer = From ODOP Bazaar, where only the buyer, the producer and the site's administrators can open this summary.

enquiries-profile-title = Your buyer profile
enquiries-profile-crumb = Buyer profile
enquiries-profile-lead = Producers see this when you write to them: it helps them answer with the right prices and terms.
enquiries-profile-part-business = Your business
enquiries-profile-part-sourcing = What you source
enquiries-profile-company = Company
enquiries-profile-country = Country
    .blank = Choose your country
enquiries-profile-type = Kind of buyer
    .question = What kind of buyer are you?
enquiries-profile-website = Website
    .hint = The full address, e.g. https://example.com
enquiries-profile-phone = Phone
    .hint = With the country code, e.g. +31 20 123 4567. Producers see it only once they reply to you.
enquiries-profile-sectors = Sectors you buy in
    .hint = Tick as many as you like.
enquiries-profile-time-zone = Your time zone
    .hint = Deadlines of your buy requests end at midnight in this zone.
enquiries-profile-submit = Save the profile

enquiries-notice-sent = Your enquiry was sent to { $producer }; we e-mailed you a copy.
enquiries-notice-replied = Your message is sent; we e-mailed the other side a link to it.
enquiries-notice-quoted = Your quote is sent; the buyer can accept or decline it here.
enquiries-notice-accepted = You accepted the quote and we told the producer by e-mail. Its order summary, linked on the quote, sets out what you agreed and what comes next.
enquiries-notice-declined = You declined the quote. We told the producer by e-mail; they may send a new one.
enquiries-notice-closed = The conversation is closed. It stays here for you to read.
enquiries-notice-reported = Thank you. The conversation is hidden from your list, and our team will look into the sender.
enquiries-notice-profile-saved = Your buyer profile is saved. Producers see it when you write to them.

# What a quote comes to: $total is the amount with its currency, the quantity ("500 pieces") is written by money-quantity from $count and $unit.
enquiries-quote-total-for = { $total } for { money-quantity }
enquiries-quote-total-for-minimum = { $total } for the minimum order of { money-quantity }
