# Sign-up, sign-in, two-factor sign-in, password reset, e-mail confirmation and the account page.

## Shared
accounts-email = E-mail address
accounts-password = Password
accounts-new-password = New password
accounts-password-hint = At least 10 characters; a few words together work well.
accounts-sign-in = Sign in
accounts-go-sign-in = Go to sign in
accounts-go-dashboard = Go to your dashboard
accounts-send-link = Send the link
accounts-send-link-again = Send the link again
accounts-check-inbox = Check your inbox
accounts-code-from-app = Code from your app
accounts-two-factor = Two-factor sign-in

## Sign-up
# $producer is the producer's business name, $product the listing's title.
accounts-signup-title = Join ODOP Bazaar
accounts-signup-description = Create a free account on ODOP Bazaar: producers list their district's products, buyers find and contact them.
accounts-signup-lead-enquiry = Create a free buyer account to send your enquiry to { $producer } about “{ $product }”. Once you have confirmed your e-mail address, we bring you back to it.
accounts-signup-lead = One account, free. Producers show what their district makes; buyers find them at the source.
accounts-signup-role = Producer or buyer
accounts-signup-joining-as = I am joining as
accounts-signup-producer = Producer
accounts-signup-producer-text = I make or sell products — artisan, FPO, SHG, micro-unit, exporter
accounts-signup-buyer = Buyer
accounts-signup-buyer-text = I buy for my business — importer, wholesaler, retailer
accounts-signup-name = Your name
    .hint = As you would like buyers and producers to see it.
accounts-signup-email-hint = We send a link here to confirm it is yours.
accounts-signup-password = Choose a password
accounts-signup-business = Your business
accounts-signup-buyers-only = buyers only
accounts-signup-producers-leave-empty = Producers can leave these empty.
accounts-signup-company = Company name
accounts-signup-country = Country
accounts-signup-choose-country = Choose a country
accounts-signup-submit = Create my account
accounts-signup-have-account = Already have an account?

## Check your inbox, after sign-up
accounts-inbox-eyebrow = Almost done
accounts-inbox-sent = We sent an e-mail to { $email }. Follow the link in it to confirm your address. The link works for 24 hours.
accounts-inbox-enquiry = The link brings you back to your enquiry to { $producer } about “{ $product }”.
accounts-inbox-existing = If you already have an account with this address, the e-mail explains how to sign in.
accounts-inbox-nothing = Nothing after a few minutes? Look in your spam or promotions folder. If the address above is wrong,
accounts-inbox-start-again = start again
accounts-back-home = Back to the home page

## Confirm your address
accounts-confirm-title = Confirm your e-mail address
accounts-confirm-eyebrow = One step left
accounts-confirm-lead = We sent a link to { $email }. Open it to confirm that the address is yours; then everything on the site is open to you.
accounts-confirm-note = Until then we keep your account closed, because anyone can type an address that is not theirs. Nothing after a few minutes? Look in your spam or promotions folder, or ask for a new link.
accounts-confirm-wrong = Wrong address? Sign out and
accounts-confirm-again = create the account again
accounts-confirm-wrong-end = { " " }with the right one.

## Address confirmed
accounts-confirmed-title = Address confirmed
accounts-confirmed-eyebrow = Done
accounts-confirmed-heading = Your address is confirmed
accounts-confirmed-lead = Thank you. { $email } is now confirmed for your ODOP Bazaar account.
accounts-confirmed-next = Next: your enquiry to { $producer } about “{ $product }”.
accounts-confirmed-write = Write your enquiry
accounts-confirmed-continue = Continue
accounts-confirmed-sign-in-write = Sign in to write your enquiry

## Forgotten password
accounts-forgot-title = Reset your password
accounts-forgot-lead = Enter the address you signed up with. We will e-mail you a link to choose a new password.
accounts-forgot-hint = The link works for 1 hour.
accounts-forgot-remembered = Remembered it?
accounts-reset-sent = If an account exists for { $email }, we sent a link valid for 1 hour. Follow it to choose a new password.
accounts-reset-sent-nothing = Nothing after a few minutes? Look in your spam folder, or
accounts-reset-sent-other = try another address

## Expired link
accounts-expired-title = This link has expired
accounts-expired-kind = { $kind ->
    [reset] Password link
   *[verify] Confirmation link
}
accounts-expired-lead = The link has run out of time or has already been used. Each link works only once, and only for a limited time.
accounts-expired-reset = Ask for a new link and use the newest e-mail we send you.
accounts-expired-ask = Ask for a new link
accounts-expired-verify-signed-in = If you have already confirmed your address, there is nothing more to do. Otherwise, ask for a new link from your dashboard.
accounts-expired-verify = If you have already confirmed your address, there is nothing more to do. Otherwise, sign in and ask for a new link from your dashboard.

## Sign-in
accounts-login-lead-enquiry = Sign in, or create a free buyer account, to send your enquiry to { $producer } about “{ $product }”. We bring you straight back to it.
accounts-login-forgotten = Forgotten your password?
accounts-login-new = New to ODOP Bazaar?
accounts-login-create-buyer = Create a free buyer account
accounts-login-create = Create an account
accounts-code-title = Your sign-in code
accounts-code-eyebrow = Sign in, step 2 of 2
accounts-code-label = Code from your authenticator app
    .hint = Six digits; a new one every 30 seconds. Lost your phone? Type one of your recovery codes instead.
accounts-code-not-you = Not you, or no code at hand?
accounts-code-start-again = Start again

## Choosing a new password
accounts-reset-title = Choose a password
accounts-reset-lead = You will use it with your e-mail address to sign in. Any other devices signed in to your account will be signed out.
accounts-reset-save = Save the password

## Two-factor sign-in
accounts-two-factor-lead = After your password, signing in also asks for a six-digit code from an app on your phone (Google Authenticator, Microsoft Authenticator, Aegis, 2FAS and others). Someone who learns your password still cannot get in.
accounts-two-factor-old-session = This browser signed in before two-factor sign-in was needed.
accounts-two-factor-sign-in-again = Sign in again
accounts-two-factor-old-session-end = with your code to continue.
accounts-two-factor-on = On
accounts-two-factor-off = Off
accounts-two-factor-codes-left = You have { $count ->
    [one] { $count } unused recovery code
   *[other] { $count } unused recovery codes
}. Each works once, if your phone is lost.
accounts-two-factor-new-codes = Make new recovery codes
accounts-two-factor-turn-off = Turn two-factor sign-in off
accounts-two-factor-must-keep = Admins and organisers must keep it on.
accounts-two-factor-must-turn-on = Admins and organisers must sign in with two factors. Turn it on to continue.
accounts-two-factor-how = It takes a minute: scan a QR code with the app, type the code it shows, and keep the recovery codes we give you somewhere safe.
accounts-two-factor-turn-on = Turn on two-factor sign-in
accounts-enrol-heading = Scan this code with your app
accounts-enrol-step-scan = Open your authenticator app and add an account (often a “+” button), then scan the code.
accounts-enrol-cannot-scan = Cannot scan? Type this key into the app instead:
accounts-enrol-step-type = Type the six digits the app shows for ODOP Bazaar.
accounts-enrol-submit = Turn it on
accounts-recovery-title = Your recovery codes
accounts-recovery-eyebrow = Two-factor sign-in is on
accounts-recovery-heading = Keep these recovery codes safe
accounts-recovery-lead = If your phone is lost, each code lets you sign in once instead of a code from the app. This is the only time they are shown: print them or write them down, and keep them away from your phone.
accounts-recovery-kept = I have kept them

## The account page
accounts-settings = Account settings
accounts-status = Status
accounts-confirmed = Confirmed
accounts-not-confirmed = Not confirmed yet
accounts-type = Account type
# $role is the account's role as stored.
accounts-role = { $role ->
    [producer] Producer
    [buyer] Buyer
    [organiser] Organiser
   *[admin] Administrator
}
accounts-unconfirmed-callout = Your address is not confirmed yet. Follow the link we e-mailed you, or ask for a new one.
accounts-name-title = Your name
accounts-name = Name
    .hint = Shown to the people you deal with on ODOP Bazaar.
accounts-name-save = Save the name
accounts-language-title = Language
accounts-language = Language of the site and your e-mails
    .hint = Pages and e-mails are written in it wherever you sign in.
accounts-language-save = Save the language
accounts-password-lead = Changing it signs you out on every other device.
accounts-current-password = Current password
accounts-password-change = Change the password
accounts-email-lead = We send a link to the new address. Your address changes only when you follow it; until then you sign in with { $email }.
accounts-new-email = New e-mail address
accounts-your-password = Your password
    .hint = So we know it is you.
accounts-two-factor-about = A code from an app on your phone after your password, so that a stolen password is not enough.
accounts-two-factor-manage = On: manage it
accounts-two-factor-start = Turn it on
accounts-sessions-title = Where you are signed in
accounts-sessions-lead = Each browser you signed in with. If you do not recognise one, sign it out and change your password.
accounts-sessions-list = Your signed-in devices
accounts-session-this = This device
accounts-session-when = Signed in { $signed_in } · last seen { $last_seen }
accounts-session-network = network { $network }
accounts-session-sign-out = Sign out
accounts-sessions-end-others = Sign out everywhere else
accounts-api-title = API access
# A sentence around the API's address, which the page sets as code between the two.
accounts-api-lead = Your own programs (a stock sheet, your shop's software) can work with the site's JSON API under
accounts-api-lead-end = . Give each program its own token; a token acts as you until you revoke it.
accounts-api-new-token = Your new token “{ $name }”.
accounts-api-copy-now = Copy it now: it is shown only this once.
accounts-api-header = Programs send it with every request, in the header
accounts-api-tokens = Your API tokens
accounts-api-made = Made { $created }
accounts-api-last-used = last used { $last_used }
accounts-api-never-used = never used
accounts-api-revoked = Revoked { $revoked }
accounts-api-revoke = Revoke
accounts-api-token-name = Name of a new token
    .hint = What will use it, e.g. Stock sync.
accounts-api-create = Create a token

## Notices after a change (shown on the next page)
accounts-notice-link-resent = We sent a new confirmation link to { $email }.
accounts-notice-password-reset = Your password is changed. Sign in with the new one.
accounts-notice-name-saved = Your name is saved.
accounts-notice-language-saved = The site and your e-mails are now in English.
accounts-notice-password-changed = Your password is changed. Other devices have been signed out.
accounts-notice-email-link = We sent a link to { $email }. Your address changes when you follow it.
accounts-notice-token-revoked = The token “{ $name }” is revoked: programs that use it are refused from now on.
accounts-notice-device-out = That device is signed out.
accounts-notice-device-was-out = That device was already signed out.
accounts-notice-others-out = { $count ->
    [0] No other device was signed in.
    [one] One other device is signed out.
   *[other] { $count } other devices are signed out.
}
accounts-notice-too-slow = That took too long, so please sign in again.
accounts-notice-two-factor-off = Two-factor sign-in is off. Signing in asks only for your password now.
accounts-email-taken-meanwhile = Another account started using that address in the meantime, so your address was not changed.
accounts-language-choose = Choose one of the languages in the list.
