# Error pages, and the titles of the API's problem documents.
# $status is the HTTP status code; the English titles are HTTP's reason phrases.
error-title = { $status ->
    [400] Bad Request
    [401] Unauthorized
    [403] Forbidden
    [404] Not Found
    [405] Method Not Allowed
    [406] Not Acceptable
    [408] Request Timeout
    [409] Conflict
    [410] Gone
    [411] Length Required
    [412] Precondition Failed
    [413] Payload Too Large
    [414] URI Too Long
    [415] Unsupported Media Type
    [416] Range Not Satisfiable
    [422] Unprocessable Entity
    [429] Too Many Requests
    [431] Request Header Fields Too Large
    [500] Internal Server Error
    [501] Not Implemented
    [502] Bad Gateway
    [503] Service Unavailable
    [504] Gateway Timeout
   *[other] Error
}
error-status = Error { $status }
error-heading-not-found = Page not found
error-heading-busy = The site is busy
error-heading-failed = Something went wrong
error-hint-not-found = The address may be mistyped, or the page may have moved. Districts are listed under their state.
error-hint-busy = Please wait a few seconds and reload the page.
error-home = Go to the home page
error-browse-states = Browse states

## What went wrong, in the detail of an error page or an API problem document.
error-not-found = We could not find that page.
# $problems are the fields' messages, one after another.
error-invalid = Some fields need attention: { $problems }
error-busy = The site is busy right now. Please try again in a few seconds.
error-sign-in = Please sign in to continue.
error-confirm-email = Confirm your e-mail address first.
error-two-factor-first = Turn on two-factor sign-in first.
error-csrf = This form has expired or did not come from this site, so nothing was changed. Reload the page and try again.
# $unit is "seconds" or "minutes"; $count is how many of them to wait.
error-too-many-requests = { $unit ->
    [seconds] { $count ->
        [one] Too many attempts. Please wait { $count } second and try again.
       *[other] Too many attempts. Please wait { $count } seconds and try again.
    }
   *[minutes] { $count ->
        [one] Too many attempts. Please wait { $count } minute and try again.
       *[other] Too many attempts. Please wait { $count } minutes and try again.
    }
}
error-needs-profile = Complete your producer profile first: buyers need to know who makes the product and where.
error-internal = Something went wrong on our side. It has been logged; please try again later.
error-unhandled = The request could not be handled.
# $kind is what the address asked for; $name is the name it gave.
error-no-such-named = { $kind ->
    [state] We have no state called “{ $name }”.
    [district] We have no district called “{ $name }”.
    [sector] We have no sector called “{ $name }”.
    [gi_category] We have no GI goods category called “{ $name }”.
    [showcase] We have no showcase called “{ $name }”.
   *[producer] We have no producer called “{ $name }”.
}
error-no-such-account = We have no such account.
error-no-such-api-token = You have no such API token in use: it may have been revoked already.
error-no-such-listing = We have no such listing or producer.
error-no-such-listing-photo = This listing has no such photo.
error-no-such-photo = There is no such photo.
error-no-such-conversation = We have no such conversation or buy request.
error-no-such-meeting = We have no such event or meeting.
error-no-such-showcase = We have no such showcase.
error-account-suspended = This account is suspended. Write to the site's administrators if you think this is a mistake.
error-two-factor-required = Admins and organisers must sign in with two factors, so it cannot be turned off.
error-two-factor-already-on = Two-factor sign-in is already on for this account.
error-email-not-verified = Confirm your e-mail address first: open the link we sent you, or ask for a new one on your account page.
error-enquiry-email-not-verified = Confirm your e-mail address before you write to producers: open the link we e-mailed you when you joined. No e-mail? Your dashboard has a button to send the link again.
error-link-expired = This link has expired or has already been used. Ask for a new one.
# $role is the role as stored.
error-page-for-role = { $role ->
    [producer] This page is for producers.
    [buyer] This page is for buyers.
    [organiser] This page is for organisers.
   *[admin] This page is for administrators.
}
# $role is the role as stored.
error-api-for-role = { $role ->
    [producer] This part of the API is for producer accounts.
    [buyer] This part of the API is for buyer accounts.
    [organiser] This part of the API is for organiser accounts.
   *[admin] This part of the API is for administrator accounts.
}
error-api-token-missing = Send an API token in the Authorization header (Authorization: Bearer odop_…). Create one under “API access” on your account page, /account.
error-api-token-unknown = Send an API token that is still in use: this one is unknown or has been revoked. Create a new one under “API access” on your account page, /account.
error-choose-approve-or-decline = Choose to approve or decline.
error-choose-quote-answer = Choose to accept or decline the quote.
error-choose-move = Choose up, down or the top.

## Bodies the site could not read. $error is the reader's own (technical, in English); $example shows what to send.
error-form-unreadable = The form could not be read, so nothing was saved: { $error }
error-fields-unreadable = The fields could not be read: { $error }
error-form-too-large = The form is larger than { $kb } kB.
error-json-fields = Send a JSON object of the fields, e.g. { $example }.
error-json-changes = Send a JSON object of the fields to change, e.g. { $example }.
error-json-unreadable = Send a JSON object, e.g. { $example }: { $error }
error-json-body-unreadable = Send a JSON object (Content-Type: application/json) of at most { $kb } kB: { $error }
error-json-hours = Send your hours as { $example }: { $error }
error-request-too-large = The request is larger than the { $mb } MB an upload may be.
error-upload-too-large = The upload is larger than { $mb } MB.
error-upload-unreadable = The upload could not be read: { $error }
error-upload-interrupted = The upload was interrupted: { $error }
# $what is the image the form takes.
error-image-too-large = { $what ->
    [logo] The logo is larger than { $mb } MB.
    [banner] The banner is larger than { $mb } MB.
   *[photo] The photo is larger than { $mb } MB.
}
# $what is the image the form takes.
error-image-choose = { $what ->
    [logo] Choose a logo to upload.
    [banner] Choose a banner to upload.
   *[photo] Choose a photo to upload.
}
