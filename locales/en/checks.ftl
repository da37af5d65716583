# What a form says next to a field it cannot accept, and the API's 422 errors.

field-at-least = Must be at least { $min }.
field-at-most = Must be at most { $max }.
field-choose-option = Choose one of the options.
field-date-needed = Choose a date.
field-date-past = This date is in the past; choose today or a later day.
field-date-too-far = Choose a date within the next two years.
field-days-between = Enter a whole number of days from { $min } to { $max }.
field-honeypot = This form looks as if it was filled in by an automated tool, so it was not sent.
field-needed = This is needed.
field-not-a-date = “{ $value }” is not a date; use the form YYYY-MM-DD.
field-not-a-number = “{ $value }” is not a whole number.
field-number-between = Enter a whole number from { $min } to { $max }.
field-number-needed = Enter a whole number.
field-problem = { $text }
field-too-long = Keep this under { $max } characters (it has { $count }).
field-too-short = Write at least { $min } characters.
field-unreadable = Some fields could not be read; check the form.
account-company-enter-company-s = Enter your company's name.
account-company-keep-company-name = Keep the company name under 150 characters.
account-country-choose-country-company = Choose the country your company is in.
account-country-choose-country-list = Choose a country from the list.
account-email-invalid = Enter an e-mail address like name@example.com.
account-email-needed = Enter your e-mail address.
account-email-too-long = That e-mail address is too long.
account-form-cannot-suspend-own = You cannot suspend your own account.
account-invite-exists = An account with this address already exists; change its role below.
account-invite-role = Choose organiser or administrator.
account-name-needed = Enter your name.
account-name-too-long = Keep the name under 100 characters.
account-new-email-already-address = That is already your address.
account-not-current-password = That is not your current password.
account-password-too-long = Use at most { $max } characters.
account-password-too-short = Use at least { $min } characters; a few words together make a good password.
account-password-weak = This password is too common or easy to guess. Try a longer phrase of unrelated words.
account-role-cannot-remove-own = You cannot remove your own administrator role.
account-role-choose-whether-sell = Choose whether you sell (producer) or buy (buyer).
account-token-name-needed = Name the token after the program that will use it, e.g. “Stock sync”.
account-token-name-too-long = Keep the name under { $max } characters.
account-token-too-many = You have { $max } tokens in use. Revoke one you no longer need first.
account-two-factor-wrong-code = That code is not right, or was used already. Type the six digits your app shows now, or one of your recovery codes.
account-wrong-credentials = The e-mail address or password is wrong.
enquiry-api-product-slug = Name the product by its slug, as in /products/{"{"}slug{"}"}.
enquiry-buyer-type-choose-what-kind = Choose what kind of buyer you are.
enquiry-choose-country-list = Choose a country from the list.
enquiry-choose-incoterm-exw-fob = Choose an Incoterm (EXW, FOB, CIF, DAP, DDP …).
enquiry-choose-places-list = Choose places from the list.
enquiry-currency-unknown = “{ $value }” is not a currency we know; use a code such as USD, EUR or INR.
enquiry-enter-price-above-zero = Enter a price above zero.
enquiry-enter-quantity = Enter a quantity.
enquiry-enter-quantity-least-1 = Enter a quantity of at least 1.
enquiry-first-message-links = A first message may hold at most { $max } links. Describe what you need in words; links can follow once the conversation has started.
enquiry-form-some-quote-could = Some of the quote could not be read.
enquiry-form-some-request-could = Some of the request could not be read.
enquiry-incoterm-unknown = “{ $value }” is not an Incoterms 2020 rule; choose one of { $rules }.
enquiry-note-keep-note-under = Keep the note under 2000 characters.
enquiry-note-tell-buyer-why = Tell the buyer why the request was not approved.
enquiry-outcome-choose-how-conversation = Choose how the conversation ended.
enquiry-phone-use-digits-spaces = Use digits, spaces and + - ( ) only, e.g. +31 20 123 4567.
enquiry-quantity-too-large = That is more than { $max } — check the quantity.
enquiry-sector-choose-sector = Choose a sector.
enquiry-sector-unknown = “{ $value }” is not one of our sectors.
enquiry-time-zone-choose-time-zone = Choose a time zone from the list, e.g. Europe/Amsterdam.
enquiry-title-say-few-words = Say in a few words what you are looking for.
enquiry-unit-choose = Choose a unit from the list ({ $units }).
enquiry-website-enter-full-address = Enter the full address, like https://example.com.
form-day-choose-one-event = Choose one of the event's days.
form-day-write-date-yyyy = Write the date as YYYY-MM-DD.
form-event-s-clocks-show = The event's clocks show this time twice that night (daylight saving ends); choose a time outside that hour.
form-give-whole-minute-without = Give a whole minute, without seconds.
form-showcase-choose-one-showcases = Choose one of your showcases.
listing-alt-needed = Describe the photo for people who cannot see it.
listing-currency-unknown = “{ $value }” is not a currency code we know (e.g. INR, USD, EUR).
listing-district-choose-district-list = Choose your district from the list.
listing-enter-6-digit-hs = Enter a 6-digit HS code or an 8-digit Indian HSN code, e.g. 500720 or 50072010.
listing-enter-price = Enter a price.
listing-gi-product-choose-gi-register = Choose a GI from the register, or none.
listing-gi-product-other-state = This GI is not registered for your state: choose one of your state's GIs, or none.
listing-gstin-has-15-characters = A GSTIN has 15 characters: 2-digit state code, your PAN, entity number, Z and a check character (e.g. 27AAPFU0939F1ZV).
listing-gstin-s-last-character = This GSTIN's last character does not match the rest: check it for a typing mistake.
listing-hs-unknown = { $code } is not an HS 2022 subheading.
listing-iec-has-10-characters = An IEC has 10 characters: your firm's PAN (e.g. AAPFU0939F) or an older 10-digit code.
listing-import-columns-missing = The file lacks the column(s) { $columns }; start from the template.
listing-import-most-1000-rows = Import at most 1000 rows at a time.
listing-import-not-csv = The file is not a readable CSV: { $problem }
listing-incoterm-unknown = “{ $value }” is not an Incoterms 2020 rule.
listing-indian-number-has-10 = An Indian number has 10 digits after +91 (or after the 0 of a landline's area code).
listing-kind-choose-what-kind = Choose what kind of business you are.
listing-moq-unit-choose-unit-minimum = Choose the unit the minimum order is counted in.
listing-note-needed = Tell the producer what to change or why the listing is refused.
listing-odop-product-choose-one-district = Choose one of your district's ODOP products, or none.
listing-phone-example = Write the number with its digits, e.g. +91 98765 43210 or 98765 43210.
listing-phone-write-number-takes = Write the number that takes WhatsApp messages.
listing-price-decimals = Use at most { $max } decimal places for this currency.
listing-price-invalid = “{ $value }” is not a price; write it like 1250 or 1250.50.
listing-price-max-highest-price-cannot = The highest price cannot be below the lowest.
listing-price-must-more-than = A price must be more than zero.
listing-price-too-large = That price is too large.
listing-sector-choose-sector = Choose a sector.
listing-udyam-number-looks-like = A Udyam number looks like UDYAM-UP-01-0012345.
meeting-api-hours-day = { $date } { $start }–{ $end }: { $problem }
meeting-api-hours-needed = Give your hours on at least one of the event's days.
meeting-api-with-needed = Name the participant to meet: ?with={"{"}their participant id{"}"}.
meeting-booking-closes-booking-must-close = Booking must close later than it opens.
meeting-booking-closes-booking-must-close-2 = Booking must close by the end of the last meeting.
meeting-booking-closes-time-has-passed = This time has passed; booking must close in the future.
meeting-breaks-format = Write each break as HH:MM-HH:MM, separated by commas.
meeting-busy-elsewhere = { $who ->
    [you] You have
    [they] They have
   *[other] { $who } has
} another meeting at this time, at an event; choose another time.
meeting-buyer-countries-choose-among-countries = Choose among the countries listed.
meeting-buyer-organisers-book-only = The organisers book only for hosted buyers; other buyers book their own meetings.
meeting-choose-among-places-listed = Choose among the places listed.
meeting-choose-approved-producer = Choose one of the event's approved producers.
meeting-choose-hosted-buyer = Choose one of the event's hosted buyers.
meeting-choose-one-options = Choose one of the options.
meeting-clock-format = Use HH:MM.
meeting-clocks-skip-time-night = The clocks skip this time on that night (daylight saving); choose another.
meeting-co-hosts-too-many = Name at most { $max } co-hosts.
meeting-co-hosts-write-each-co = Write each co-host on a line of its own: the name, then its web address (https://…).
meeting-daily-cap-reached = { $who ->
    [you] You have
    [they] They have
   *[other] { $who } has
} as many meetings that day as the event allows; choose another day.
meeting-day-choose-one-event = Choose one of the event's days.
meeting-draft-busy = { $name } has a meeting or a blocked slot at this time.
meeting-draft-double = { $name } has another meeting in the draft at this time.
meeting-draft-not-on-programme = This time is not on the event's programme; choose one of the times offered.
meeting-draft-outside-hours = This time is outside { $name }'s hours.
meeting-draft-same-time = This is the meeting's time already; choose another.
meeting-draft-time-passed = This time has passed; choose a later one.
meeting-email-only-organiser-accounts = Only organiser accounts can organise an event.
meeting-email-they-organise-event = They organise this event already.
meeting-enquiry-id-choose-one-conversations = Choose one of your conversations with them, or none.
meeting-event-choose-one-events = Choose one of the events you both take part in, or a meeting on its own.
meeting-first-day-event-s-first = This event's first day has passed; change it before publishing.
meeting-first-day-meetings-booked-programme = Meetings are booked on this programme: its days, hours and slots can no longer change.
meeting-follow-up-answered = You answered this follow-up on { $day }; it is kept as you gave it.
meeting-follow-up-no-meeting = The follow-up is for meetings that took place; yours did not.
meeting-follow-up-opens = The follow-up opens on { $day }, 90 days after the meeting.
meeting-follow-up-outcome-first = Tell us first how the meeting went.
meeting-form-answered-follow-up = You answered this follow-up already; it is kept as you gave it.
meeting-hs-codes-write-hs-codes = Write HS codes of 2 to 8 digits, separated by commas, e.g. 6214, 500710.
meeting-not-a-date-time = “{ $value }” is not a date and time; use YYYY-MM-DD HH:MM.
meeting-not-a-time = “{ $value }” is not a time; use HH:MM.
meeting-order-value-give-value-only = Give a value only for an order placed.
meeting-outcome-currency-needed = Choose the currency of this value, such as USD, EUR or INR.
meeting-outcome-currency-unknown = “{ $value }” is not a currency we know; use an ISO 4217 code such as USD, EUR or INR.
meeting-outcome-did-not-happen = This meeting did not take place: it was never confirmed, or it was cancelled.
meeting-outcome-not-yet = This meeting has not taken place yet; tell us how it went after it ends ({ $ends }).
meeting-outcome-value-invalid = “{ $value }” is not an amount; write it like 25000 or 1250.50.
meeting-outcome-value-needed = Enter the value, or clear the currency.
meeting-outcome-value-zero = Enter a value above zero, or leave it empty.
meeting-outside-hours = This time falls outside { $name }'s hours (by { $minutes } min); choose another, or tick “Book it outside their hours”.
meeting-products-choose-among-listings = Choose among the listings the producer brings to this event.
meeting-products-choose-among-published = Choose among your published listings.
meeting-products-choose-least-one = Choose at least one of your published listings to bring.
meeting-result-choose-how-meeting = Choose how the meeting went.
meeting-schedule-break-outside = A break must lie inside the day's meeting hours.
meeting-schedule-days = An event lasts between 1 and 14 days.
meeting-schedule-ends-before-start = The end must be later than the start.
meeting-schedule-gap = The gap between meetings is at most 30 minutes.
meeting-schedule-no-slots = The meeting hours leave no room for a single meeting.
meeting-schedule-slot-length = A meeting lasts between 10 and 60 minutes.
meeting-sectors-choose-among-sectors = Choose among the sectors listed.
meeting-since-choose-what-happened = Choose what happened since the meeting.
meeting-slot-blocked = { $name } blocked this time; choose another time.
meeting-slot-held = { $name } has another meeting or request at this time; choose another time.
meeting-slot-taken = This time is no longer free; choose another.
meeting-starts-at-meeting-s-time = This is the meeting's time already; choose another.
meeting-starts-at-time-has-passed = This time has passed; choose a later one.
meeting-starts-at-time-not-event = This time is not on the event's programme.
meeting-starts-at-time-not-event-2 = This time is not on the event's programme; choose one of the times offered.
meeting-starts-at-time-taken-moment = This time was taken a moment ago; choose another.
meeting-time-choose-offered = Choose one of the times offered.
meeting-time-zone-unknown = “{ $value }” is not a time zone we know; use a name such as Europe/London or Asia/Kolkata.
meeting-took-place-say-whether-meeting = Say whether the meeting took place.
meeting-video-base-invalid = Give an https:// address; {"{"}room{"}"} marks where each meeting's room name goes, else it is added at the end.
meeting-video-url-invalid = Paste the meeting's https:// address (up to 500 characters).
showcase-event-choose-one-events = Choose one of the events in the list.
showcase-last-before-first = The last day cannot come before the first ({ $first }).
showcase-live-from-choose-first-day = Choose a first day within the next two years.
showcase-live-from-choose-first-day-2 = Choose the first day too.
showcase-live-from-choose-first-day-3 = Choose the first day it shows, save, then publish.
showcase-live-from-published-showcase-needs = A published showcase needs its first day; take it back to a draft to clear it.
showcase-live-until-day-has-passed = This day has passed; choose today or a later day.
showcase-live-until-last-day-has = Its last day has passed; choose a later one, save, then publish.
showcase-product-add-least-one = Add at least one published product before publishing.
showcase-product-already = “{ $title }” is in this showcase already.
showcase-product-there-no-such = There is no such product on the site; choose one from the search.
showcase-product-unpublished = “{ $title }” is not published ({ $status ->
    [draft] draft
    [submitted] waiting for review
    [changes_requested] changes requested
    [rejected] rejected
    [archived] archived
   *[withheld] withheld while the account is suspended
}): only products buyers can see go into a showcase.
showcase-products-too-many = A showcase holds at most { $max } products; start another for the rest.
showcase-section-choose-one-showcase = Choose one of this showcase's pavilions.
showcase-section-too-long = “{ $name }” is too long: keep each name under 80 characters.
showcase-section-twice = “{ $name }” is named twice.
showcase-sections-name-least-one = Name at least one pavilion, one a line.
showcase-sections-too-many = Keep to { $max } pavilions.
showcase-slug-shape = Use 3 to 80 lowercase letters, digits and single hyphens, such as “handlooms-of-uttar-pradesh”.
showcase-slug-taken = Another showcase has the address “{ $slug }”; choose another.

## Translations of a listing or a story (`catalogue::translations`)
translation-language-choose = Choose one of the languages offered.
translation-same-language = { $language ->
    [hi] The listing is written in Hindi: choose another language.
    [ar] The listing is written in Arabic: choose another language.
   *[en] The listing is written in English: choose another language.
}
translation-own-language-taken = { $language ->
    [hi] The listing has a Hindi translation: remove it first, or keep this language.
    [ar] The listing has an Arabic translation: remove it first, or keep this language.
   *[en] The listing has an English translation: remove it first, or keep this language.
}
translation-story-language-taken = { $language ->
    [hi] Your story already has a Hindi version under Other languages: empty it there first, or keep the language as it was.
    [ar] Your story already has an Arabic version under Other languages: empty it there first, or keep the language as it was.
   *[en] Your story already has an English version under Other languages: empty it there first, or keep the language as it was.
}
