# E-mails: the layout and its parts shared by every e-mail.
email-hello = Hello { $name },
email-footer-sent-by = Sent by
email-footer-reason = , the trade directory for India’s One District One Product goods, because this address was used on the site.
email-footer-automatic = This is an automatic message; replies are not read.
email-button-fallback = If the button does not work, copy this address into your browser:

# verify_email
email-verify-email-subject = Confirm your e-mail address for ODOP Bazaar
email-verify-email-title = Confirm your e-mail address
email-verify-email-preheader = One click to confirm your address for ODOP Bazaar. The link is valid for 24 hours.
email-verify-email-lead = Please confirm your e-mail address for ODOP Bazaar.
email-verify-email-lead-text = Please confirm your e-mail address for ODOP Bazaar by opening this link:
email-verify-email-button = Confirm my e-mail address
email-verify-email-validity = The link is valid for 24 hours. If you did not create an account on ODOP Bazaar, ignore this e-mail: nothing happens without the confirmation.

# password_reset
email-password-reset-subject = Reset your ODOP Bazaar password
email-password-reset-title = Reset your password
email-password-reset-preheader = Choose a new password for ODOP Bazaar. The link is valid for 1 hour.
email-password-reset-lead = Someone asked to reset the password of your ODOP Bazaar account. To choose a new password, use the button below.
email-password-reset-lead-text = Someone asked to reset the password of your ODOP Bazaar account. To choose a new password, open this link:
email-password-reset-button = Choose a new password
email-password-reset-validity = The link is valid for 1 hour. If you did not ask, ignore this e-mail: your password stays as it is.

# email_change
email-email-change-subject = Confirm your new e-mail address for ODOP Bazaar
email-email-change-title = Confirm your new e-mail address
email-email-change-preheader = Confirm { $new_email } as the address of your ODOP Bazaar account.
email-email-change-lead-before = You asked to use
email-email-change-lead-after = as the e-mail address of your ODOP Bazaar account. Please confirm this new address.
email-email-change-lead-text = You asked to use { $new_email } as the e-mail address of your ODOP Bazaar account. To confirm this new address, open this link:
email-email-change-button = Confirm my new address
email-email-change-until = Until you confirm, your account keeps its current address. If you did not ask for this change, ignore this e-mail: nothing changes without the confirmation.

# account_exists
email-account-exists-subject = You already have an ODOP Bazaar account
email-account-exists-title = You already have an account
email-account-exists-preheader = Someone tried to sign up with this address; your account already exists.
email-account-exists-lead = Someone tried to sign up for ODOP Bazaar with this e-mail address. You already have an account with it, so no new account was made.
email-account-exists-button = Sign in
email-account-exists-sign-in-text = To sign in:
email-account-exists-forgot = If you have forgotten your password,
email-account-exists-forgot-link = choose a new one
email-account-exists-forgot-text = If you have forgotten your password, choose a new one here:
email-account-exists-not-you = If it was not you, ignore this e-mail: your account is unchanged.

# account_invite: $role is the account's role as stored (producer, buyer, organiser, admin).
email-account-invite-subject = You have been added to ODOP Bazaar as { $role ->
    [producer] producer
    [buyer] buyer
    [organiser] organiser
   *[admin] administrator
}
email-account-invite-title = Welcome to ODOP Bazaar
email-account-invite-preheader = { $invited_by } added you as { $role ->
    [producer] producer
    [buyer] buyer
    [organiser] organiser
   *[admin] administrator
}. Choose your password to sign in.
email-account-invite-heading = You have been added as { $role ->
    [producer] producer
    [buyer] buyer
    [organiser] organiser
   *[admin] administrator
}
email-account-invite-lead = { $invited_by } has added you to ODOP Bazaar as { $role ->
    [producer] producer
    [buyer] buyer
    [organiser] organiser
   *[admin] administrator
}. Choose your password to sign in.
email-account-invite-lead-text = { $invited_by } has added you to ODOP Bazaar as { $role ->
    [producer] producer
    [buyer] buyer
    [organiser] organiser
   *[admin] administrator
}. To choose your password and sign in, open this link:
email-account-invite-button = Choose your password
email-account-invite-validity = The link is valid for 72 hours. After that, use “Forgot your password?” on the sign-in page with this address.
email-account-invite-validity-text = The link is valid for 72 hours. After that, use "Forgot your password?" on the sign-in page with this address.

# security_notice: the headline and detail are written in the recipient's language when the notice is queued.
email-security-notice-subject = { $headline } on ODOP Bazaar
email-security-notice-preheader = { $headline } on { $when }. If this was not you, choose a new password now.
email-security-notice-when = { $headline } on { $when }.
email-security-notice-was-you = If this was you, there is nothing more to do.
email-security-notice-not-you = If it was not you, someone else may know your password. Choose a new one now: this signs out every browser and revokes every API token.
email-security-notice-not-you-text = If it was not you, someone else may know your password: choose a new one now (this signs out every browser and revokes every API token):
email-security-notice-button = Choose a new password
email-security-notice-sessions-before = You can see where you are signed in on
email-security-notice-sessions-link = your account page
email-security-notice-sessions-after = .
email-security-notice-sessions-text = You can see where you are signed in on your account page:
email-security-password-changed = Your password was changed
email-security-password-reset = Your password was reset
email-security-email-changed = Your sign-in address was changed
email-security-api-token-created = A new API token, “{ $name }”, was created
email-security-new-device = Someone signed in to your account from { $device }
email-security-two-factor-enabled = Two-factor sign-in was turned on
email-security-two-factor-disabled = Two-factor sign-in was turned off
email-security-recovery-code-used = A recovery code was used to sign in ({ $left } left)
email-security-password-changed-detail = Every other browser was signed out, your API tokens were revoked and any links we e-mailed you before no longer work.
email-security-email-changed-detail = It is now { $address }. Links we e-mailed you before no longer work.
email-security-api-token-created-detail = Programs that use it can act as you through the API until it is revoked.
email-security-new-device-detail = That browser had not signed in to your account before.
email-security-two-factor-enabled-detail = Signing in now also asks for a code from your authenticator app.
email-security-two-factor-disabled-detail = Signing in now asks only for your password.
email-security-recovery-code-used-detail = Each recovery code works once. If you have lost your phone, make new codes on your account page.

# Labels of the facts e-mails list.
email-label-subject = Subject
email-label-quantity = Quantity
email-label-incoterm = Incoterm
email-label-destination = Destination
email-label-needed-by = Needed by
email-label-target-price = Target price
email-label-sample-wanted = Sample wanted
email-label-price = Price
email-label-total = Total
email-label-minimum-order = Minimum order
email-label-lead-time = Lead time
email-label-valid-until = Valid until
email-label-outcome = Outcome
email-yes = Yes
email-no = No
email-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}

# enquiry_closed
email-enquiry-closed-subject = Conversation closed: { $subject }
email-enquiry-closed-title = Conversation closed
email-enquiry-closed-preheader = { $closed_by } closed the conversation about “{ $subject }”: { $outcome_label }.
email-enquiry-closed-heading = A conversation has been closed
email-enquiry-closed-lead = { $closed_by } has closed the conversation about “{ $subject }”.
email-enquiry-outcome = { $outcome ->
    [won] Won – an order was agreed
    [lost] Lost – no order this time
   *[no_response] No response
}
email-enquiry-closed-button = View the conversation
email-enquiry-closed-still-read = You can still read the conversation, but no more messages can be sent in it.
email-enquiry-closed-still-read-text = You can still read the conversation, but no more messages can be sent in it:

# enquiry_copy
email-enquiry-copy-subject = Your enquiry to { $producer_name }: { $subject }
email-enquiry-copy-title = Your enquiry
email-enquiry-copy-preheader = A copy of your enquiry to { $producer_name }. We will e-mail you when they reply.
email-enquiry-copy-heading = Your enquiry has been sent
email-enquiry-copy-lead = This is a copy of the enquiry you sent to { $producer_name } on ODOP Bazaar. We will e-mail you when they reply.
email-enquiry-copy-your-message = Your message:
email-enquiry-copy-button = Open the conversation
email-enquiry-copy-add = You can add to the conversation on the same page at any time.
email-enquiry-copy-add-text = Follow the conversation, or add to it, here:

# enquiry_message
email-enquiry-message-subject = New message about { $subject }
email-enquiry-message-title = New message
email-enquiry-message-preheader = { $from_name } has sent you a new message about “{ $subject }”.
email-enquiry-message-heading = New message from { $from_name }
email-enquiry-message-lead = { $from_name } has sent you a new message about “{ $subject }”:
email-enquiry-message-button = Reply in the conversation
email-enquiry-message-reply-there = Please reply on the conversation page: replies to this e-mail are not read.
email-enquiry-message-reply-there-text = Reply on the conversation page (replies to this e-mail are not read):

# enquiry_quote
email-enquiry-quote-subject = Quote from { $producer_name }: { $subject }
email-enquiry-quote-title = New quote
email-enquiry-quote-preheader = { $producer_name } quotes { $price } for “{ $subject }”, valid until { $valid_until }.
email-enquiry-quote-heading = You have a quote from { $producer_name }
email-enquiry-quote-lead = { $producer_name } has sent you a quote for “{ $subject }”.
email-enquiry-quote-notes = Notes from { $producer_name }:
email-enquiry-quote-button = Accept or decline the quote
email-enquiry-quote-ask = You can also ask questions in the conversation before you decide.
email-enquiry-quote-ask-text = You can accept or decline the quote on the conversation page, or ask questions there first:

# enquiry_quote_decision
email-enquiry-quote-decision-subject = { $accepted ->
    [true] { $buyer_name } accepted your quote for { $subject }
   *[false] { $buyer_name } declined your quote for { $subject }
}
email-enquiry-quote-decision-title = { $accepted ->
    [true] Quote accepted
   *[false] Quote declined
}
email-enquiry-quote-decision-preheader = { $accepted ->
    [true] { $buyer_name } accepted your quote of { $price } for “{ $subject }”.
   *[false] { $buyer_name } declined your quote of { $price } for “{ $subject }”.
}
email-enquiry-quote-decision-heading = { $accepted ->
    [true] Your quote was accepted
   *[false] Your quote was declined
}
email-enquiry-quote-decision-accepted = Good news: { $buyer_name } has accepted your quote of { $price } for “{ $subject }”.
email-enquiry-quote-decision-order-button = Open the order summary
email-enquiry-quote-decision-next = It sets out what you agreed, the buyer’s contacts and the next steps: a sample if they want one, your proforma invoice, and the payment terms to agree before you start production. Print it or save it as PDF; questions go in the
email-enquiry-quote-decision-conversation-word = conversation
email-enquiry-quote-decision-next-after = .
email-enquiry-quote-decision-conversation-link = Open the conversation
email-enquiry-quote-decision-next-text = The order summary sets out what you agreed, the buyer’s contacts and the next steps: a sample if they want one, your proforma invoice, and the payment terms to agree before you start production. Print it or save it as PDF:
email-enquiry-quote-decision-declined = { $buyer_name } has declined your quote of { $price } for “{ $subject }”.
email-enquiry-quote-decision-still-open = The conversation stays open: you can ask what did not suit them, or send a revised quote.
email-enquiry-quote-decision-open-text = Open the conversation:

# enquiry_received
email-enquiry-received-subject = New enquiry: { $subject }
email-enquiry-received-title = New enquiry
email-enquiry-received-preheader = { $buyer_name } ({ $buyer_country }) asks about { $quantity }: { $subject }
email-enquiry-received-heading = You have a new enquiry
email-who-of-company = { $name } of { $company }
email-enquiry-received-lead = { $who } ({ $buyer_country }) has sent you an enquiry.
email-enquiry-received-lead-product = { $who } ({ $buyer_country }) has sent you an enquiry about your product “{ $product_title }”.
email-enquiry-received-their-message = Their message:
email-next-steps = What to do next
email-enquiry-received-step-open = Open the enquiry with the button below (sign in with this e-mail address).
email-enquiry-received-step-open-text = Open the enquiry (sign in with this e-mail address):
email-enquiry-received-step-write = Write back to { $buyer_name } on that page. Answer their questions, or say when you can send a price. Once you have written, you see each other’s e-mail address and phone number.
email-enquiry-received-step-quote = When you know your price, press “Send a quote” on the same page: the price for one unit, the smallest order, the days you need and the date the price is good until. { $buyer_name } can accept it there.
email-enquiry-received-button = Open the enquiry
email-enquiry-received-two-days = Please write back within two days, even if only to say when you can send a price. Buyers see how quickly each producer usually replies, and we remind you after two days.
email-enquiry-received-cannot = Cannot supply this? Write back to say so, then close the conversation on the same page, so the buyer can look elsewhere.

# enquiry_reminder
email-enquiry-reminder-subject = Waiting for your reply: { $subject }
email-enquiry-reminder-title = An enquiry is waiting for your reply
email-enquiry-reminder-preheader = { $buyer_name } ({ $buyer_country }) is waiting for your reply about “{ $subject }”.
email-enquiry-reminder-lead = { $buyer_name } ({ $buyer_country }) sent you an enquiry about “{ $subject }” on { $received_on }, and it has not had a reply yet.
email-enquiry-reminder-short = A short answer is enough for now, even if it is only to say when you can send a quote. If you cannot supply what they need, please say so: a quick answer helps the buyer too.
email-enquiry-reminder-button = Reply to the enquiry
email-enquiry-reminder-counts = How quickly you reply counts towards the “usually replies within” figure that buyers see on your profile.
email-enquiry-reminder-reply-text = Reply on the enquiry page:

# producer_verified
email-producer-verified-subject = { $business_name } is verified on ODOP Bazaar
email-producer-verified-title = { $business_name } is verified
email-producer-verified-preheader = Buyers now see “Verified” on your page and every listing.
email-producer-verified-heading = You are verified
email-producer-verified-lead = We have checked your registrations against the official records, and { $business_name } is now verified on ODOP Bazaar. Buyers see “Verified” on your producer page and on every one of your listings.
email-producer-verified-button = See your page as buyers do
email-producer-verified-page-text = Your page as buyers see it:
email-producer-verified-update = If your GSTIN, Udyam or IEC number changes, update
email-producer-verified-update-link = your profile
email-producer-verified-update-text = If your GSTIN, Udyam or IEC number changes, update your profile here:

# product_approved
email-product-approved-subject = “{ $title }” is now live on ODOP Bazaar
email-product-approved-title = Your listing is live
email-product-approved-preheader = “{ $title }” has been approved and buyers can now find it.
email-product-approved-lead = Good news: your listing “{ $title }” has been approved and is now visible to buyers.
email-product-approved-button = See it as buyers do
email-product-approved-keep = Keep prices, lead time and photos up to date from
email-product-approved-keep-link = your dashboard
email-product-approved-keep-text = Keep it up to date (prices, lead time, photos) here:

# product_changes_requested
email-product-changes-requested-subject = Changes needed before “{ $title }” can go live
email-product-changes-requested-title = Changes needed
email-product-changes-requested-preheader = A moderator asks for changes to “{ $title }”.
email-product-changes-requested-heading = Changes needed before your listing goes live
email-product-changes-requested-lead = A moderator looked at your listing “{ $title }” and asks for these changes before it can be published:
email-product-changes-requested-button = Edit the listing
email-product-changes-requested-again = When you have made the changes, send it for review again from the same page.
email-product-changes-requested-again-text = Edit the listing and send it for review again:

# product_rejected
email-product-rejected-subject = “{ $title }” was not accepted on ODOP Bazaar
email-product-rejected-title = Listing not accepted
email-product-rejected-preheader = “{ $title }” was not accepted.
email-product-rejected-heading = Your listing was not accepted
email-product-rejected-lead = A moderator could not accept your listing “{ $title }”. The reason given:
email-product-rejected-others = Your other listings are not affected. You can
email-product-rejected-new-link = add a new listing
email-product-rejected-rules = that meets the rules.
email-product-rejected-others-text = Your other listings are not affected. You can add a new listing that meets the rules from your dashboard:

# rfq_approved
email-see-buy-request = See your buy request
email-rfq-approved-subject = Your buy request has been approved: { $title }
email-rfq-approved-title = Buy request approved
email-rfq-approved-preheader = { $recipients ->
    [0] “{ $title }” was approved, but no verified producer matches it yet.
    [one] “{ $title }” has been sent to 1 verified producer.
   *[other] “{ $title }” has been sent to { $recipients } verified producers.
}
email-rfq-approved-heading = Your buy request has been approved
email-rfq-approved-sent = { $recipients ->
    [one] A moderator has approved your buy request “{ $title }”, and it has been sent to the one verified producer that matches it.
   *[other] A moderator has approved your buy request “{ $title }”, and it has been sent to the { $recipients } verified producers that match it.
}
email-rfq-approved-until = They can reply with a message or a quote until { $closes_on }, when the request closes. We will e-mail you as replies arrive.
email-rfq-approved-nobody = A moderator has approved your buy request “{ $title }”, but no verified producer matches it at the moment, so it has not been sent to anyone.
email-rfq-approved-widen = To reach producers, post the request again with more places (or none, for anywhere in India) or under a different sector.
email-see-buy-request-text = See your buy request:

# rfq_closed: $reason is why it closed (deadline, quotes, buyer).
email-rfq-closed-subject = Your buy request has closed: { $title }
email-rfq-closed-title = Buy request closed
email-rfq-closed-preheader = { $quotes ->
    [0] “{ $title }” has closed with no quotes.
    [one] “{ $title }” has closed with 1 quote.
   *[other] “{ $title }” has closed with { $quotes } quotes.
}
email-rfq-closed-heading = Your buy request has closed
email-rfq-closed-lead = { $reason ->
    [deadline] Your buy request “{ $title }” has closed because its deadline passed. Producers can no longer respond to it.
    [quotes] { $quotes ->
        [one] Your buy request “{ $title }” has closed because it received 1 quote. Producers can no longer respond to it.
       *[other] Your buy request “{ $title }” has closed because it received { $quotes } quotes. Producers can no longer respond to it.
    }
    [buyer] Your buy request “{ $title }” has closed because you closed it. Producers can no longer respond to it.
   *[other] Your buy request “{ $title }” has closed. Producers can no longer respond to it.
}
email-rfq-closed-received = { $quotes ->
    [0] It received no quotes.
    [one] It received 1 quote.
   *[other] It received { $quotes } quotes.
}
email-rfq-closed-post-again = If you still need this, you can post a new buy request.
email-rfq-closed-conversations = Conversations you already have with producers about it are not affected: you can carry on with them as usual.

# rfq_match
email-rfq-match-subject = New buy request: { $title }
email-rfq-match-title = New buy request
email-rfq-match-preheader = A buyer ({ $buyer_country }) is looking for { $quantity }: { $title }. Open until { $closes_on }.
email-rfq-match-heading = A buyer is looking for what you make
email-rfq-match-lead = A buyer has posted a buy request that matches what you make: “{ $title }”.
email-rfq-match-lead-places = A buyer has posted a buy request that matches what you make, where you are: “{ $title }”.
email-label-sector = Sector
email-label-sourcing-from = Sourcing from
email-label-hs-code = HS code
email-label-ship-to = Ship to
email-label-samples = Samples
email-rfq-match-samples-wanted = Wanted before ordering
email-label-buyer-country = Buyer’s country
email-label-answer-by = Answer by
email-rfq-match-details = The buyer’s details:
email-rfq-match-step-open = Open the buy request with the button below (sign in with this e-mail address).
email-rfq-match-step-open-text = Open the buy request (sign in with this e-mail address):
email-rfq-match-step-answer = If you can make this, answer there before the end of { $closes_on }: write what you can make, from what and how. Tick “Include a quote” to add your price for one unit, the smallest order and the days you need.
email-rfq-match-step-reply = The buyer reads the answers and writes back to the producers they choose. We e-mail you when they do.
email-rfq-match-button = Open the buy request
email-rfq-match-soon = Answer soon: the request also closes once ten producers have sent a quote. You can answer once.
email-rfq-match-cannot = Cannot supply this? Do nothing: the request closes by itself.

# rfq_rejected
email-rfq-rejected-subject = Your buy request was not approved: { $title }
email-rfq-rejected-title = Buy request not approved
email-rfq-rejected-preheader = “{ $title }” was not approved and has not been sent to producers.
email-rfq-rejected-heading = Your buy request was not approved
email-rfq-rejected-lead = A moderator could not approve your buy request “{ $title }”, so it has not been sent to producers. The reason given:
email-rfq-rejected-again = If you can address this, you are welcome to post the request again with the changes.

# rfq_review
email-rfq-review-subject = Buy request to review: { $title }
email-rfq-review-title = Buy request to review
email-rfq-review-preheader = { $buyer_name } ({ $buyer_country }) posted “{ $title }”; it waits for approval.
email-rfq-review-heading = A buy request is waiting for approval
email-rfq-review-lead = { $who } ({ $buyer_country }) has posted a buy request. It is waiting for approval before it is sent to producers.
email-label-title = Title
email-rfq-review-button = Review the request
email-rfq-review-button-text = Approve or reject it here:

# showcase_product_left
email-showcase-product-left-subject = { $count ->
    [one] “{ $product }” has left your showcase “{ $showcase }”
   *[other] { $count } products have left your showcases
}
email-showcase-product-left-title = { $count ->
    [one] A product left your showcase
   *[other] Products left your showcases
}
email-showcase-product-left-preheader = { $count ->
    [one] “{ $product }” is no longer published, so “{ $showcase }” no longer shows it.
   *[other] { $count } products are no longer published, so your showcases no longer show them.
}
email-showcase-product-left-lead = { $count ->
    [one] A product in one of your showcases is no longer published, so buyers no longer see it there:
   *[other] { $count } products in your showcases are no longer published, so buyers no longer see them there:
}
email-showcase-product-left-in = “{ $product }” in “{ $showcase }”
email-product-status = { $status ->
    [draft] draft
    [submitted] waiting for review
    [changes_requested] changes requested
    [rejected] rejected
    [archived] archived
    [withheld] withheld while the account is suspended
   *[published] published
}
email-showcase-product-left-now = Now { $state }.
email-showcase-product-left-now-text = now { $state }.
email-showcase-product-left-edit = Edit the showcase
email-showcase-product-left-back = { $count ->
    [one] It comes back by itself if its producer publishes it again.
   *[other] Each comes back by itself if its producer publishes it again.
} To fill the gap now, add another product from the showcase’s editor.

# Meetings at events. $when is the time on the reader's clock, then the other side's.
email-meeting-open-agenda = Open your agenda
email-meeting-open = Open the meeting
email-meeting-minutes = { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}
email-meeting-video-room = Video room:
# The calendar invitation's description, after both sides' times and the video room.
email-meeting-invite-page = Meeting page:
email-meeting-their-reason = Their reason:
email-meeting-reason = Reason:
email-meeting-accept-or-decline = Accept or decline

# event_participation
email-event-participation-subject = { $approved ->
    [true] You take part in { $event_title }
   *[false] Your application to { $event_title }
}
email-event-participation-approved = You take part in { $event_title }. You can now see who else takes part and book meetings.
email-event-participation-approved-text = You take part in { $event_title }. You can now see who else takes part and book meetings:
email-event-participation-refused = The organisers of { $event_title } could not take you in this time.
email-event-participation-note = Their note:
email-event-participation-button = Open the event

# meeting_accepted
email-meeting-accepted-subject = Meeting confirmed: { $other_name }, { $when }
email-meeting-accepted-title = Meeting confirmed
email-meeting-accepted-heading = Your meeting with { $other_name } is confirmed
email-meeting-accepted-lead = Your meeting with { $other_name } at { $event_title } is confirmed:
email-meeting-accepted-calendar = The attached invitation adds it to your calendar.
email-meeting-accepted-calendar-text = The attached invitation adds it to your calendar. Your agenda:

# meeting_cancelled
email-meeting-cancelled-subject = Meeting cancelled: { $other_name }, { $when }
email-meeting-cancelled-title = Meeting cancelled
email-meeting-cancelled-lead = The meeting with { $other_name } at { $event_title } on { $when } is cancelled.
email-meeting-cancelled-agenda-text = Your agenda:

# meeting_declined
email-meeting-declined-subject = { $other_name } declined your meeting request
email-meeting-declined-title = Meeting request declined
email-meeting-declined-heading = { $other_name } declined your request
email-meeting-declined-lead = { $other_name } declined your request to meet at { $event_title } on { $when }.
email-meeting-declined-button = Book another meeting
email-meeting-declined-free-text = The time is free again; you can ask someone else or another time:

# meeting_digest
email-meeting-digest-subject = { $count ->
    [one] A meeting request waits for your answer: { $event_title }
   *[other] { $count } meeting requests wait for your answer: { $event_title }
}
email-meeting-digest-title = Meeting requests waiting
email-meeting-digest-heading = { $count ->
    [one] A meeting request waits for your answer
   *[other] { $count } meeting requests wait for your answer
}
email-meeting-digest-lead = { $count ->
    [one] At { $event_title }, this request waits for your answer. Each time is shown on your clock, then theirs.
   *[other] At { $event_title }, these requests wait for your answer. Each time is shown on your clock, then theirs.
}
email-meeting-digest-lead-text = { $count ->
    [one] A meeting request waits for your answer at { $event_title }:
   *[other] { $count } meeting requests wait for your answer at { $event_title }:
}
email-meeting-digest-answer-by = Answer by { $answer_by }, or the request lapses.
email-meeting-digest-clocks-text = Each time is shown on your clock, then theirs. Your agenda:

# meeting_follow_up
email-meeting-follow-up-subject = 90 days on: what came of your meeting with { $other_name }?
email-meeting-follow-up-title = What came of your meeting?
email-meeting-follow-up-preheader = Your meeting with { $other_name }, 90 days on
email-meeting-follow-up-lead = Ninety days ago you met { $other_name } at { $event_title }:
email-meeting-follow-up-ask = What has happened since: a negotiation, samples sent, an order placed, a letter of intent? Tell us once, on the meeting’s page.
email-meeting-follow-up-ask-text = What has happened since: a negotiation, samples sent, an order placed, a letter of intent? Tell us once, on the meeting’s page:
email-meeting-follow-up-button = Tell us what happened
email-meeting-follow-up-private = Your answer is yours alone: { $other_name } does not see it. The organisers count everyone’s answers to report what the programme achieved.

# meeting_move_proposed
email-meeting-move-proposed-subject = { $other_name } proposes another time for your meeting
email-meeting-move-proposed-title = Another time proposed
email-meeting-move-proposed-heading = { $other_name } proposes another time
email-meeting-move-proposed-lead = { $other_name } proposes to move your meeting at { $event_title }
email-meeting-move-proposed-from = from
email-meeting-move-proposed-to = to
email-meeting-move-proposed-until = Until you answer, the meeting stays at its present time.
email-meeting-move-proposed-button = Move it or keep the time
email-meeting-move-proposed-until-text = Until you answer, the meeting stays at its present time. Move it or keep the time on this page (opening it decides nothing):

# meeting_outcome
email-meeting-outcome-subject = How did your meeting with { $other_name } go?
email-meeting-outcome-title = How did it go?
email-meeting-outcome-preheader = Your meeting with { $other_name }, { $when }
email-meeting-outcome-lead = Your meeting with { $other_name } at { $event_title } was due to take place:
email-meeting-outcome-ask = Did it take place, and how did it go? It takes a minute, on the meeting’s page.
email-meeting-outcome-ask-text = Did it take place, and how did it go? It takes a minute, on the meeting’s page:
email-meeting-outcome-button = Tell us how it went
email-meeting-outcome-private = What you tell us is yours: { $other_name } does not see it. The organisers count the answers of everyone taking part, to show what the programme achieved.

# meeting_requested
email-meeting-requested-subject = { $other_name } asks for a meeting at { $event_title }
email-meeting-requested-title = Meeting request
email-meeting-requested-heading = { $other_name } asks for a meeting
email-meeting-requested-lead = { $other_name } asks to meet you at { $event_title }:
email-meeting-requested-their-message = Their message:
email-meeting-requested-accept-text = Accept or decline on this page (opening it decides nothing):

# meeting_time_kept
email-meeting-time-kept-subject = Your meeting with { $other_name } stays at its time
email-meeting-time-kept-title = Meeting time kept
email-meeting-time-kept-heading = Your meeting stays at its time
email-meeting-time-kept-lead = { $other_name } keeps your meeting at { $event_title } at its time:
email-meeting-time-kept-free = The other time proposed is free again.
email-meeting-time-kept-free-text = The other time proposed is free again. The meeting:

# meeting_updated: $change is what changed (time, or the video room).
email-meeting-updated-title = { $change ->
    [time] Meeting moved
   *[video] New video room
}
email-meeting-updated-subject = { $change ->
    [time] Meeting moved: { $other_name }, { $when }
   *[video] New video room: { $other_name }, { $when }
}
email-meeting-updated-heading = { $change ->
    [time] Your meeting with { $other_name } is moved
   *[video] Your meeting with { $other_name } has a new video room
}
email-meeting-updated-lead = { $change ->
    [time] Your meeting with { $other_name } at { $event_title } is moved to:
   *[video] Your meeting with { $other_name } at { $event_title } has a new video room:
}
email-meeting-updated-calendar = The attached invitation updates the entry in your calendar.
email-meeting-updated-calendar-text = The attached invitation updates the entry in your calendar. The meeting:

# meeting_reminder: $soon is true for the reminder a quarter of an hour before, false for the one a day before.
email-meeting-reminder-starts-in = { $soon ->
    [true] 15 minutes
   *[false] 24 hours
}
email-meeting-reminder-subject = Reminder: your meeting with { $other_name } starts in { $starts_in }
email-meeting-reminder-title = Meeting reminder
email-meeting-reminder-heading = Your meeting with { $other_name } starts in { $starts_in }
email-meeting-reminder-lead = Your meeting with { $other_name } at { $event_title } starts in { $starts_in }:
email-meeting-reminder-join = Join the meeting
email-meeting-reminder-page = The meeting’s page:
email-meeting-reminder-join-later = (the meeting’s page shows a Join button from 10 minutes before).
email-meeting-reminder-cannot = If you cannot make it, propose another time or cancel on the meeting’s page, so that { $other_name } knows.
email-meeting-reminder-join-now-text = Join the video room now:
email-meeting-reminder-video-later-text = The video room (the meeting’s page shows a Join button from 10 minutes before):
email-meeting-reminder-page-text = The meeting’s page, where you can also propose another time or cancel if you cannot make it:
