# The administrators' pages: review queues, producers, users and roles, the audit log and the job queue.

## Shared
admin-title = Admin
admin-time-utc = Time (UTC)
admin-event = Event
admin-account = Account
admin-detail = Detail
admin-email = E-mail
admin-country = Country
admin-name = Name
admin-role-label = Role
admin-decision = Decision
admin-reject = Reject
admin-record-decision = Record the decision
# Hidden after "Record the decision", for screen readers.
admin-record-decision-on = on { $title }
admin-not-verified = Not verified
admin-verified-on = ✓ Verified { $date }
admin-verified = ✓ Verified
admin-suspended = Suspended
admin-active = Active
admin-suspend = Suspend
admin-reinstate = Reinstate
admin-reason-placeholder = Reason (for the audit log)
admin-reason-suspending = Reason for suspending { $name }
admin-reason-reinstating = Reason for reinstating { $name }
admin-by-an-admin = by an admin
admin-retry-now = Retry now
# $role is the role as stored; one account's role.
admin-role = { $role ->
    [producer] Producer
    [buyer] Buyer
    [organiser] Organiser
   *[admin] Administrator
}
# $role is the role as stored; the accounts that have it.
admin-roles = { $role ->
    [producer] Producers
    [buyer] Buyers
    [organiser] Organisers
   *[admin] Administrators
}
# $event is the audit event as stored; an event the page does not know is shown by its name.
admin-audit-event = { $event ->
    [signed_up] Signed up
    [sign_in_succeeded] Sign in succeeded
    [sign_in_failed] Sign in failed
    [signed_out] Signed out
    [email_verified] E-mail verified
    [password_changed] Password changed
    [password_reset] Password reset
    [email_changed] E-mail changed
    [role_changed] Role changed
    [user_created] User created
    [api_token_created] API token created
    [api_token_revoked] API token revoked
    [suspended] Suspended
    [reinstated] Reinstated
    [two_factor_enabled] Two-factor enabled
    [two_factor_disabled] Two-factor disabled
    [second_factor_accepted] Second factor accepted
    [second_factor_refused] Second factor refused
   *[other] { $event }
}
# An audit event's detail: the role an account was made with ($role as
# stored), a role change ($from and $to already worded), the masked address an
# account's address changed from or a failed sign-in gave, how the second
# factor was given ($recovery: yes or no).
admin-audit-detail-role = as { admin-role }
admin-audit-detail-role-change = { $from } → { $to }
admin-audit-detail-address-before = from { $address }
admin-audit-detail-address-tried = for { $address }
admin-audit-detail-second-factor = { $recovery ->
    [yes] with a recovery code
   *[no] with a code from the app
}

## Overview
admin-lead = Listings and buy requests to review, reported buyers, producers, accounts, the audit trail and the background queue.
admin-accounts = Accounts
admin-jobs-title = Background jobs
admin-jobs-waiting = Waiting to run
admin-jobs-failed = Failed
admin-jobs-see-failed = See the failed jobs and retry them
admin-pages = Admin pages
admin-waiting = waiting
admin-reported = reported
admin-not-verified-yet-count = not verified yet
admin-listings-title = Listings to review
admin-listings-text = Products producers have sent for review: approve, ask for changes or reject.
admin-rfqs-title = Buy requests to review
admin-rfqs-text = Buyers' requests waiting for approval before they go to matching producers.
admin-spam-title = Reported buyers
admin-spam-text = Buyers producers reported as spam: suspend the account or dismiss the reports.
admin-producers-title = Producers
admin-producers-text = Every producer profile with its registrations: find one, check their address, photos and registers, verify.
admin-users-title = Users and roles
admin-users-text = Everyone who has an account; change a role or add an organiser or administrator.
admin-audit-title = Audit log
admin-audit-text = Sign-ins, sign-ups, password, e-mail and role changes.
admin-jobs-text = Queued, running and failed jobs, such as e-mails.
admin-recent = Recent events
admin-whole-audit = The whole audit log
admin-nothing-yet = Nothing has happened yet.

## Audit log
admin-audit-lead = What happened to accounts, newest first. Times are in UTC.
admin-audit-lead-latest = What happened to accounts, newest first (the latest 500). Times are in UTC.
admin-audit-events = Audit events
admin-audit-ip = IP address
admin-audit-by-admin = By an admin
admin-audit-admin = Admin
admin-audit-no = No
admin-audit-empty = Nothing has been recorded yet.

## Jobs
admin-jobs-lead = Jobs that are waiting, running or have failed, oldest first. Finished jobs are not listed. Times are in UTC.
admin-jobs-job = Job
admin-jobs-status-col = Status
admin-jobs-attempts = Attempts
admin-jobs-runs-at = Runs at
admin-jobs-created = Created
admin-jobs-last-error = Last error
admin-jobs-action = Action
# $status is the job's status as stored.
admin-jobs-status = { $status ->
    [queued] Queued
    [running] Running
    [done] Done
   *[failed] Failed
}
admin-jobs-attempts-of = { $attempts } of { $max }
admin-jobs-empty = No jobs are waiting, running or failed. Everything queued so far has finished.

## Producers
admin-producers-lead = Verify a producer once you have checked their registrations (GSTIN, IEC or Udyam) against the official records: open a producer to see their address, every photo and links to the registers. Buyers see “Verified” on the producer and every product.
admin-producers-find = Find producers
admin-producers-q = Name, GSTIN or e-mail
admin-producers-state = State
admin-producers-all-states = All states
admin-producers-district = District
admin-producers-all-districts = All its districts
admin-producers-hint-other-state = Choose another state and press Show to pick among its districts.
admin-producers-hint-state = Choose a state and press Show to pick one of its districts.
admin-producers-unverified = Not verified yet
admin-show = Show
admin-producers-show-all = Show every producer
admin-producers-matching = Matching producers
admin-producers-all = All producers
admin-range = { $first }–{ $last } of { $total }, newest first.
admin-producers-business = Business
admin-producers-registrations = Registrations
admin-joined = Joined
admin-producers-verification = Verification
admin-producers-none-given = None given
admin-producers-withdraw = Withdraw verification
# Hidden after "Withdraw verification", for screen readers.
admin-producers-of = of { $name }
admin-producers-verify = Verify
admin-producers-pages = Pages of producers
admin-past-last = This page is past the last one.
admin-back-first = Back to the first page
admin-producers-none-match = No producer matches.
admin-producers-none-match-q = No producer matches “{ $q }”.
admin-producers-none-match-unverified = No producer matches among those not verified yet.
admin-producers-none-match-q-unverified = No producer matches “{ $q }” among those not verified yet.
admin-producers-none = No producer has set up a profile yet.

## One producer
admin-producer-lead = { $kind } in { $district }, { $state } · joined { $joined }
admin-producer-who = Who and where
admin-producer-phone = Phone
admin-producer-address = Address
admin-producer-founded = Founded
admin-producer-team = Team
admin-producer-team-size = { $count ->
    [one] { $count } person
   *[other] { $count } people
}
admin-producer-certifications = Certifications
admin-producer-public = The public page
admin-producer-check = Check each number in its official register; the registers take the number typed in, so copy it from here.
# $register names the official register: gst, udyam or iec.
admin-producer-look-up = Look up { $number } in { $register ->
    [gst] the GST portal's Search Taxpayer
    [udyam] the Udyam Registration portal's Verify Udyam
   *[iec] DGFT's View any IEC
}
admin-new-tab = (opens in a new tab)
admin-producer-no-registration = No GSTIN, Udyam or IEC given: ask the producer for one before verifying.
admin-producer-verify = Verify { $name }
admin-producer-photos = Photos
admin-producer-no-photo = No photo.
admin-producer-no-listing = No listing yet.

## Listings to review
admin-products-lead = Oldest first. Approving publishes the listing; asking for changes or rejecting sends your note to the producer by e-mail.
admin-products-note-field = Note to the producer
admin-products-photos = { $count ->
    [one] { $count } photo
   *[other] { $count } photos
}
admin-products-price = Price
admin-products-moq = MOQ
admin-products-sector = Sector
admin-products-hs = HS
admin-products-gi = GI
admin-products-odop = ODOP
admin-products-earlier-note = Earlier note:
admin-products-approve = Approve and publish
admin-products-request-changes = Request changes
admin-products-note-hint = Required when requesting changes or rejecting.
admin-products-empty = Nothing is waiting for review.

## Buy requests to review
admin-rfqs-lead = Oldest first. Approving sends the request to the producers listed under it: verified producers in its places who make what it asks for (by HS chapter, ODOP product or listing), or, when none does, those listing in its sector. Rejecting e-mails your note to the buyer.
admin-rfqs-note-field = Note to the buyer
admin-rfqs-posted = Posted { $date }
admin-rfqs-recipients = { $count ->
    [one] { $count } producer will receive it
   *[other] { $count } producers will receive it
}
admin-rfqs-no-recipient = No verified producer in these places lists anything like it. Approving sends it to nobody; consider asking the buyer to widen the places or the sector.
admin-rfqs-approve = Approve and send to producers
admin-rfqs-note-hint = Required when rejecting: say what would make it acceptable.
admin-rfqs-empty = No buy requests are waiting for review.
# Why a producer receives a buy request.
admin-fit-hs-chapter = Lists goods of HS chapter { $chapter } ({ $heading })
admin-fit-odop = Makes { $name }, an ODOP product the request names
admin-fit-listing = Lists “{ $title }”
admin-fit-sector = Lists products in { $sector }

## Reported buyers
admin-spam-lead = Buyers whose messages producers reported as spam. Suspend an account to stop it signing in and writing to producers; dismiss the reports when they were a mistake.
admin-spam-list = Buyers with open reports
admin-spam-buyer = Buyer
admin-spam-reports = Reports
admin-spam-actions = Actions
admin-spam-dismiss = Dismiss the reports
# Hidden after "Dismiss the reports", for screen readers.
admin-spam-dismiss-on = on { $name }
admin-spam-empty = No open spam reports.

## Users and roles
admin-users-lead = Producers and buyers join by themselves. Organisers and administrators are added here.
admin-users-show = Show
admin-users-everyone = Everyone
admin-users-find-people = Find people
admin-users-q = Name or e-mail
admin-users-find = Find
admin-users-clear = Clear the search
admin-users-matching = matching “{ $q }”
admin-users-company = Company
admin-users-email-confirmed = E-mail confirmed
admin-users-you = (you)
admin-users-role-for = Role for { $name }
admin-users-change = Change
# Hidden after "Change", for screen readers.
admin-users-change-role-for = role for { $name }
admin-users-confirmed = Confirmed
admin-users-not-yet = Not yet
admin-users-showing = Showing { $first }–{ $last } of { $total }, newest first.
admin-users-pages = Pages of people
admin-users-none-match = No one matches “{ $q }”.
admin-users-none-match-role = No one with this role matches “{ $q }”.
admin-users-none = No one has this role yet.
admin-users-add = Add an organiser or administrator
admin-users-add-lead = We create the account and e-mail the person a link to set their own password. The link works for 3 days; their address counts as confirmed.
admin-users-role-hint = Only administrators can open these admin pages.
admin-users-add-submit = Add and send the link

## Notices after an action (shown on the next page)
admin-notice-invited = { $name } can now set a password with the link we e-mailed to { $email }.
admin-notice-role-changed = The role is changed.
admin-notice-suspended = The account is suspended: it can no longer sign in or write to anyone, and its listings are off the site.
admin-notice-reinstated = The account is reinstated; listings it had published are back on the site.
admin-notice-job-queued = The job is queued again.
admin-notice-rfq-approved = { $count ->
    [one] The buy request is approved and went to { $count } matching producer.
   *[other] The buy request is approved and went to { $count } matching producers.
}
admin-notice-rfq-rejected = The buy request is not approved; the buyer has your note by e-mail.
admin-notice-reports-dismissed = { $count ->
    [one] { $count } report dismissed; the buyer is off this list.
   *[other] { $count } reports dismissed; the buyer is off this list.
}
# $status is the listing's new status as stored.
admin-notice-decided = “{ $title }” is now { $status ->
    [published] published
    [changes_requested] changes requested
   *[rejected] rejected
}.
admin-notice-verified = { $name } is verified.
admin-notice-unverified = { $name } is no longer marked verified.
admin-no-such-role = There is no role called “{ $role }”.
admin-no-such-job = No failed or queued job has the id “{ $id }”.
admin-choose-rfq-decision = Choose to approve or reject the request.
admin-choose-product-decision = Choose approve, request changes or reject.
