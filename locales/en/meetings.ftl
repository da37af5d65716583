# Virtual buyer-seller meets: events, booking, agendas, outcomes, the organisers' pages.

## Shared words
meetings-breadcrumb = Breadcrumb
meetings-error-prefix = Error:
meetings-optional = optional
meetings-crumb-events = Events
meetings-crumb-meetings = Meetings
meetings-badge-verified = Verified
meetings-badge-hosted = Hosted buyer
meetings-when = When
meetings-reason = Reason
meetings-cancelled-by-organisers = Cancelled by the organisers of { $event }.
meetings-cancelled-with-event = The event was cancelled.
meetings-now = Now
meetings-proposed = Proposed
meetings-proposed-instead = Proposed instead
meetings-length = Length
meetings-about = About
meetings-minutes = { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}
meetings-minutes-short = { $minutes } min
meetings-quoted = “{ $text }”
meetings-back-to-meeting = Back to the meeting
meetings-none-in-common = No free time lies inside both your hours and theirs. These are the nearest, with how far outside each of your hours they fall.
meetings-phase = { $phase ->
    [draft] Draft
    [upcoming] Booking opens soon
    [booking_open] Booking open
    [running] Running
    [finished] Finished
   *[cancelled] Cancelled
}
meetings-status = { $status ->
    [requested] Requested
    [accepted] Accepted
    [declined] Declined
    [cancelled] Cancelled
   *[expired] Expired
}

## Choosing a time
meetings-slot-day-count = { $count ->
    [one] { $count } time
   *[other] { $count } times
}

## What a participant can do to a meeting
meetings-action-accept = Accept
meetings-action-decline = Decline
meetings-action-answer-move = Answer the proposed time
meetings-action-withdraw-proposal = Withdraw your proposal
meetings-action-propose = Propose another time
meetings-action-cancel = { $status ->
    [requested] Withdraw
   *[other] Cancel
}
meetings-action-outcome = How did it go?
meetings-action-you-said = You said: { $outcome }
meetings-action-change = Change
meetings-action-follow-up = 90 days on: what happened since?

## The list of meets and an event's page
meetings-events-title = Buyer-seller meets
meetings-events-heading = Virtual buyer-seller meets
meetings-events-lead = Short one-to-one video meetings between overseas buyers and Indian producers, run by export promotion councils and Indian missions. Every time is shown in the event's zone and yours.
meetings-events-none = No meets are announced yet.
meetings-my-events-title = Your events
meetings-my-events-none = You organise no events yet.
meetings-event-create = Create an event
meetings-event-slot-minutes = { $minutes }-minute meetings
meetings-event-with = With
meetings-event-sectors = Sectors
meetings-event-producers-from = Producers from
meetings-event-buyers-from = Buyers from
meetings-event-producers = Producers
meetings-event-buyers = Buyers
meetings-event-programme = Programme
meetings-event-programme-hours = Meeting hours { $hours }; each line also in { $zone }.
meetings-event-programme-slots = { $count ->
    [one] { $count } meeting slot
   *[other] { $count } meeting slots
}
meetings-event-taking-part = Taking part
meetings-event-sign-in-or = or
meetings-event-join = join
meetings-event-sign-in-rest = as a producer or buyer to take part.
meetings-event-products = The listings you bring
meetings-event-pitch = Your pitch
    .hint = What buyers should know about you, in a few sentences.
meetings-event-hs-codes = HS codes you source
    .hint = Separated by commas, e.g. 6214, 500710.
meetings-event-volumes = Volumes you buy
    .hint = In your words, e.g. 2,000 stoles a season.
meetings-event-looking-for = What you are looking for
    .hint = Products, qualities and prices: what producers should prepare.
meetings-event-no-listings = You have no published listings yet;
meetings-event-add-listing = add one first.
meetings-event-apply = Apply to take part
meetings-event-register = Register to take part
meetings-event-waiting = Your application is waiting for the organisers' decision; you will hear by e-mail.
meetings-event-declined = The organisers could not take you in this event.
meetings-event-book = Choose whom to meet
meetings-event-suggestions = Suggested matches
meetings-event-agenda = Your agenda
meetings-event-manage = Manage this event
meetings-event-closed = This event takes no more participants.
meetings-event-who = Who takes part
meetings-event-who-counts = { $producers ->
    [one] { $producers } producer
   *[other] { $producers } producers
} and { $buyers ->
    [one] { $buyers } buyer
   *[other] { $buyers } buyers
}.
meetings-event-who-range = Producers { $first }–{ $last } of { $count }, in the order they joined.
meetings-event-producer-pages = Pages of producers

## A participant's agenda and one meeting
meetings-agenda-title = Your meetings
meetings-agenda-lead = Every time is shown on your clock and the other side's.
meetings-agenda-print = Print your agenda
meetings-agenda-next = Your next meeting, with { $name }, starts
meetings-agenda-upcoming = Confirmed meetings
meetings-agenda-upcoming-none = None yet. Find a meet under
meetings-agenda-find-meet = buyer-seller meets.
meetings-agenda-received = Requests waiting for your answer
meetings-agenda-received-none = None.
meetings-agenda-sent = Requests you sent
meetings-agenda-sent-none = None waiting.
meetings-agenda-past = Past, declined and cancelled
meetings-join = Join the meeting
meetings-video-room = Video room
meetings-feed-title = Your meetings in your calendar app
meetings-feed-new = Your calendar address.
meetings-feed-new-once = Copy it now: for your privacy it is shown only this once.
meetings-feed-how = Subscribe to your private calendar address and your confirmed meetings appear in your calendar, each on your own clock; moved meetings move and cancelled ones show as cancelled. In Google Calendar choose “Other calendars”, “+”, “From URL”; in Apple Calendar “File”, “New Calendar Subscription”; in Outlook “Add calendar”, “Subscribe from web”. Anyone who has the address can read your meetings, so keep it to yourself.
meetings-feed-made = Your present address was made { $made }. If you lost it or shared it by mistake, reset the link: you get a new address, and the old one stops working.
meetings-feed-reset = Reset the link
meetings-feed-make = Make my calendar address
# The calendar's name in the apps that subscribe to the private feed.
meetings-feed-name = { site-name } meetings
meetings-meeting-with = Meeting with { $name }
meetings-meeting-on-its-own = A meeting on its own, proposed in your conversation
meetings-meeting-in-conversation = Proposed in your conversation
meetings-waiting-for-you = waiting for your answer
meetings-waiting-for-them = waiting for theirs
meetings-their-message = Their message
meetings-your-message = Your message
meetings-ended = This meeting has ended.
meetings-join-later = The Join button appears here 10 minutes before the start. The room:

## Answering, moving and cancelling
meetings-confirm-question = { $action ->
    [accept] Accept this meeting?
    [decline] Decline this request?
    [cancel] Cancel this meeting?
    [accept-move] Move this meeting?
   *[keep-time] Keep the present time?
}
meetings-confirm-button = { $action ->
    [accept] Accept the meeting
    [decline] Decline the request
    [cancel] Cancel the meeting
    [accept-move] Move it to the new time
   *[keep-time] Keep the present time
}
meetings-confirm-reason-hint = They will read it in the e-mail we send.
meetings-confirm-keep-instead = Keep the present time instead
meetings-propose-effect = { $status ->
    [accepted] The meeting keeps its time until they accept the new one.
   *[other] The request moves to the new time and waits for their answer.
}
meetings-propose-submit = Propose this time
meetings-propose-none-left = You and they have no other free time left in this event.
meetings-starts-in-minutes = in { $minutes } min
meetings-starts-in-hours = in { $hours } h
meetings-starts-in-hours-minutes = in { $hours } h { $minutes } min
meetings-starts-in-days = { $days ->
    [one] in { $days } day
   *[other] in { $days } days
}
meetings-starts-in-days-hours = { $days ->
    [one] in { $days } day { $hours } h
   *[other] in { $days } days { $hours } h
}
meetings-outcome-summary = { $took_place ->
    [no_show] The other side did not come
    [technical] A technical problem stopped it
   *[yes] { $result ->
        [no_interest] Yes, it took place · No interest
        [information] Yes, it took place · Information exchanged
        [samples_requested] Yes, it took place · Samples requested
        [quotation] Yes, it took place · Quotation to follow
        [order_expected] Yes, it took place · Order expected
       *[none] Yes, it took place
    }
}

## Booking a meeting
meetings-time-zone = Time zone
meetings-book-title = Book a meeting
meetings-book-crumb = Book
meetings-book-lead = Choose whom to meet; their free times are shown on your clock and theirs.
meetings-book-directory = Who you can meet
meetings-book-sector = Sector
meetings-book-state = State
meetings-book-district = District
meetings-book-country = Country
meetings-book-any = Any
meetings-book-gi = GI-tagged listings
meetings-book-verified = Verified producers
meetings-book-filter = Filter
meetings-book-shown = { $shown } of { $count } shown.
meetings-book-show-all = Show everyone
meetings-book-nobody = No one on the other side has been approved yet.
meetings-book-meet = Meet { $name }
meetings-book-listings = Listings to talk about
meetings-book-message-hint = Who you are and what you would like to talk about.
meetings-book-submit = Ask for this meeting
meetings-book-none-left = You and they have no free time left in this event.

## A participant's hours
meetings-hours-title = Your hours
meetings-hours-lead = Others are offered only times inside your hours, on your own clock. Block single times you cannot meet.
meetings-hours-zone = Your time zone
    .hint = An IANA name such as Europe/Berlin, Asia/Kolkata or America/New_York.
meetings-hours-day = Day
meetings-hours-from = From
meetings-hours-until = Until
meetings-hours-every-day = Every day
meetings-hours-save = Save your hours
meetings-hours-save-day = Save this day
meetings-hours-own = Set for this day
meetings-hours-free = Free
meetings-hours-booked = Booked
meetings-hours-block = Block
meetings-hours-outside = outside your hours

## Suggested matches
meetings-suggestions-title = { $side ->
    [buyer] Suggested producers
   *[other] Suggested buyers
}
meetings-suggestions-crumb = Suggestions
meetings-suggestions-lead = { $side ->
    [buyer] Producers ranked by how well what they bring answers what you source, with the reasons.
   *[other] Buyers ranked by how well what you bring answers what they source, with the reasons.
} Mark those you must meet: the organisers place them first when they plan the hosted buyers' meetings.
meetings-suggestions-mark = Mark “must meet”
meetings-suggestions-unmark = Take back “must meet”
meetings-suggestions-say-what = Say what you source — sectors in your buyer profile, HS codes when you register — and suggestions will follow.
meetings-suggestions-profile = Your buyer profile
meetings-suggestions-no-buyer-says = No buyer has said what they source yet.
meetings-suggestions-best = Best matches first
meetings-suggestions-must-meet = Must meet
meetings-suggestions-request = Request a meeting
meetings-suggestions-none = No one on the other side matches yet.
meetings-suggestions-also-marked = Also marked “must meet”

## A meeting proposed from a conversation
meetings-thread-title = Propose a video meeting
meetings-thread-heading = Propose a video meeting with { $name }
meetings-thread-about = About
meetings-thread-lead = They accept or decline; once accepted you both get the invitation and the video room by e-mail.
meetings-thread-where = Where
meetings-thread-where-lead = You both take part in an event whose booking is open: meet there, or on your own.
meetings-thread-at = At { $event }
meetings-thread-next-days = In the next { $days } days
meetings-thread-your-hours = Your hours: { $hours }
meetings-thread-change-hours = change them
meetings-thread-their-hours = Theirs: { $hours }.
meetings-thread-each-time = Each time below is on your clock, then theirs; choose a day to see its times.
meetings-thread-message-hint = What you would like to talk about; we send it with the request.
meetings-thread-submit = Propose this meeting
meetings-thread-back = Back to the conversation
meetings-thread-none-left = You and they have no free time left here.
meetings-slot-outside-yours = { $hours ->
    [0] { $minutes } min outside your hours
   *[other] { $minutes ->
        [0] { $hours } h outside your hours
       *[other] { $hours } h { $minutes } min outside your hours
    }
}
meetings-slot-outside-theirs = { $hours ->
    [0] { $minutes } min outside theirs
   *[other] { $minutes ->
        [0] { $hours } h outside theirs
       *[other] { $hours } h { $minutes } min outside theirs
    }
}

## How a meeting went, and 90 days on
meetings-save = Save
meetings-note = Note
meetings-optional-brackets = (optional)
meetings-currency = Currency
    .hint = ISO code: USD, EUR, INR …
meetings-currency-with-value = (with a value)
meetings-your-meeting-with = Your meeting with
meetings-outcome-private = Only you and the event's organisers see what you say here; { $name } gives their own account.
meetings-outcome-saved = You told us already; change anything that is not right.
meetings-outcome-took-place = Did the meeting take place?
meetings-outcome-result-hint = Only if it took place.
meetings-outcome-value = Expected value
    .hint = Of the business you expect from it, such as 25000.
meetings-outcome-thread = Where the deal goes on
meetings-outcome-no-thread = No conversation
meetings-took-place = { $value ->
    [no_show] The other side did not come
    [technical] A technical problem stopped it
   *[yes] Yes, it took place
}
meetings-how-it-went = { $value ->
    [no_interest] No interest
    [information] Information exchanged
    [samples_requested] Samples requested
    [quotation] Quotation to follow
   *[order_expected] Order expected
}
meetings-since-then = { $value ->
    [negotiation] Negotiation under way
    [samples_sent] Samples sent
    [order_placed] Order placed
    [letter_of_intent] Letter of intent signed
   *[nothing] Nothing came of it
}
meetings-follow-up-crumb = 90 days on
meetings-follow-up-since = Since the meeting
meetings-follow-up-order-value = Order value
    .optional = (for an order placed)
meetings-follow-up-answered-on = Answered
meetings-follow-up-what = What happened
    .legend = What has happened since the meeting?
    .hint = Choose the furthest it got.
meetings-follow-up-once = You answer once. Only you and the event's organisers see it.

## The event form
meetings-fields-audience = Whom it is for
meetings-fields-hosts = Who stands behind it
meetings-field-title = Title
meetings-field-description = Description
meetings-field-time-zone = The event's time zone
    .hint = An IANA name, e.g. Asia/Kolkata or Europe/London. The programme is laid out in it.
meetings-field-first-day = First day
meetings-field-days = Days
    .hint = 1 to 14
meetings-field-window-start = Meetings from
meetings-field-window-end = Meetings until
meetings-field-breaks = Breaks
    .hint = e.g. 13:00-14:00, 16:00-16:15
meetings-field-slot-minutes = Meeting length in minutes
    .hint = 10 to 60
meetings-field-gap-minutes = Gap between meetings in minutes
    .hint = 0 to 30
meetings-field-booking-opens = Booking opens
    .hint = In the event's time zone.
meetings-field-booking-closes = Booking closes
    .hint = In the event's time zone.
meetings-field-request-mode = Meeting requests
meetings-field-request-expiry-minutes = A request waits for an answer (minutes)
    .hint = 15 minutes to 10 days (14400); it frees the time when it lapses.
meetings-field-daily-cap = Meetings per participant per day
meetings-field-approval = Participants
meetings-field-sectors = Sectors
    .hint = Leave all unticked for every sector.
meetings-field-buyer-countries = Buyers' countries it looks for
    .hint = Optional. Hold Ctrl (⌘ on a Mac) to choose several.
meetings-field-focus-states = States it features
    .hint = Optional; leave empty for all of India.
meetings-field-focus-districts = Districts it features
    .hint = Optional.
meetings-field-producer-capacity = Producers it takes at most
    .hint = Leave empty for no limit.
meetings-field-buyer-capacity = Buyers it takes at most
    .hint = Leave empty for no limit.
meetings-field-co-hosts = Co-hosts
    .hint = The missions and councils behind the event, one per line: the name, then its web address, e.g. “Embassy of India, Berlin https://indianembassyberlin.gov.in”.
meetings-field-video-base = Video rooms at
    .hint = Optional: your own video service, e.g. https://meet.example.org/{"{"}room{"}"}. Each meeting gets a room with an unguessable name. Empty: the site's rooms.
meetings-request-mode = { $value ->
    [accept] The other side accepts or declines each request
   *[instant] Requests are confirmed at once
}
meetings-approval = { $value ->
    [organiser] An organiser approves each participant
   *[automatic] Everyone who applies takes part
}

## The organisers' pages of an event
meetings-cancel = Cancel
meetings-event-new-crumb = New
meetings-event-save-draft = Save as a draft
meetings-side = { $side ->
    [producer] Producer
   *[buyer] Buyer
}
meetings-participant-status = { $status ->
    [pending] Waiting for approval
    [approved] Approved
   *[declined] Declined
}
meetings-hs = HS { $codes }
meetings-pair = { $first } and { $second }
meetings-manage-public-page = Public page
meetings-schedule-crumb = Schedule
meetings-draft-crumb = Draft schedule
meetings-manage-publish = Publish
meetings-manage-cancel-event = Cancel the event
meetings-banner-unchanged = The banner was not changed
meetings-banner-title = Banner photo
meetings-banner-remove = Remove the banner
meetings-banner-lead = A wide photo across the top of the event's page and its card in the list of meets: the craft, the place or the last edition.
meetings-banner-new = A new banner
meetings-banner = Banner
meetings-banner-hint = JPEG, PNG or WebP, up to 20 MB. Landscape (about 3 : 1) works best; it is cropped to a strip on phones.
meetings-banner-upload = Upload the banner
meetings-manage-participants = Participants
meetings-manage-note = Note for them
meetings-manage-hosted = Hosted buyer (the organisers pay their way)
meetings-manage-approve = Approve
meetings-manage-nobody = No one has applied yet.
meetings-manage-settings = Settings
meetings-of-event = Meetings of { $event }
meetings-event-meetings-lead = Requested and confirmed meetings, a day at a time, on the event's clock ({ $zone }) with each side's own time. Give a confirmed meeting its own video link and both sides get the updated invitation.
meetings-video-unchanged = The video link was not changed
meetings-event-days = Event days
meetings-video-give = Give it its own video link
meetings-video-own = Its own video link
meetings-video-own-hint = An https:// address (Zoom, Teams, Webex, your own Jitsi). Leave it empty for a new room from the site.
meetings-video-save = Save the link
meetings-day-none = No meetings on this day yet.
meetings-audit-title = Audit log
meetings-audit-heading = What the organisers did
meetings-audit-lead = Every meeting of { $event } an organiser booked, moved, cancelled or gave a video link, newest first.
meetings-back-to-schedule = Back to the schedule
meetings-audit-caption = Organisers' actions, newest first
meetings-audit-who = Who
meetings-audit-what = What
meetings-audit-meeting = Meeting
meetings-audit-none = No organiser has booked, moved or cancelled a meeting yet.
meetings-audit-action = { $action ->
    [booked] Booked
    [moved] Moved
    [cancelled] Cancelled
   *[video_link] Video link
}
# An entry of an event's audit log: the meeting's two sides as named then, its
# time on the event's clock ($when; before a move, $from), and the reason or
# video link the organiser gave ($note).
meetings-audit-detail = { $requester } with { $recipient }, { $when }
meetings-audit-detail-moved = { $requester } with { $recipient }, { $from } → { $when }
meetings-audit-detail-note = { $requester } with { $recipient }, { $when }: { $note }
meetings-cell = { $state ->
    [free] Free
    [outside_hours] Off hours
    [pending] Pending
    [booked] Booked
    [blocked] Blocked
    [draft] Draft
   *[draft_unfit] Draft, no longer fits
}
meetings-sides = { $side ->
    [producer] Producers
   *[buyer] Buyers
}
meetings-new-time = New time
meetings-message = Message
meetings-choose-time = Choose a time
meetings-side-asked = { $side }, asked
meetings-outside-hours = Book it outside their hours
    .hint = Only when both sides agreed to meet outside the hours they gave.
meetings-scheduled-proposed = Another time proposed
meetings-scheduled-proposed-dropped = moving the meeting drops it
meetings-scheduled-move = Move it
meetings-scheduled-move-accepted = Both sides get the updated invitation: the same calendar entry at the new time.
meetings-scheduled-move-requested = The request moves and goes to { $name } again.
meetings-scheduled-move-submit = Move the meeting
meetings-scheduled-cancel = Cancel it
meetings-scheduled-cancel-reason = Reason, for both sides
meetings-scheduled-closed = This meeting has begun or is no longer on: it can no longer be moved or cancelled.

## The scheduler's grid
meetings-time = Time
meetings-schedule-of = Schedule of { $event }
meetings-schedule-lead = Every approved participant against the day's slots, on the event's clock ({ $zone }) with UTC beneath. Choose a free cell of a hosted buyer or a producer to book a meeting; choose a meeting to move or cancel it.
meetings-schedule-message = Message to the producer
meetings-schedule-side = Side
meetings-schedule-both = Both
meetings-legend = What the cells say
meetings-legend-key = { $state ->
    [free] Free
    [outside_hours] Outside their hours
    [pending] Pending (a request or a proposed move)
    [booked] Booked
    [blocked] Blocked by them
    [draft] Draft: not yet published, nobody told
   *[draft_unfit] Draft that no longer fits
}
meetings-schedule-draft-note = The draft schedule is not published yet; this day has { $count } of its meetings{ $unfit ->
    [0] {""}
   *[other] , { $unfit } no longer fitting (a booking made since, new hours or the daily limit)
}. Choose a draft meeting to move or remove it; the draft page has its fairness figures and publishes it.
meetings-schedule-draft-link = The draft page
meetings-schedule-matching = { $matching } of { $count } participants match.
meetings-schedule-showing = Showing { $first }–{ $last }.
meetings-schedule-showing-of = Showing { $first }–{ $last } of { $count }.
meetings-schedule-caption = { $day }: participants and slots
meetings-schedule-participant = Participant
meetings-schedule-hosted = , hosted
meetings-schedule-pages = Pages of participants
meetings-schedule-no-match = No approved participant matches these filters.
meetings-schedule-nobody = No participant has been approved yet.
meetings-schedule-book = Book a meeting for a hosted buyer
meetings-schedule-no-hosted = No hosted buyer yet: mark a buyer as hosted when you approve them.
meetings-schedule-instant = This event confirms requests at once: the meeting is booked and both sides get the invitation.
meetings-schedule-asks = The buyer asks and the producer accepts or declines, as with any request; both get the invitation once it is accepted.
meetings-schedule-fill = Choose a name or a hosted buyer's free cell in the grid to fill this in; filter the grid to find other producers.
meetings-schedule-choose-buyer = Choose a buyer
meetings-schedule-producer-field = Producer (on this page of the grid)
meetings-schedule-choose-producer = Choose a producer
meetings-schedule-time-field = Time ({ $day })
meetings-schedule-book-submit = Book the meeting
meetings-schedule-audit = Latest changes by organisers
meetings-schedule-audit-by = by { $actor }, { $when }
meetings-schedule-audit-none = Nothing yet.
meetings-schedule-audit-all = The whole log

## The draft schedule for hosted buyers
meetings-back-to-draft = Back to the draft
meetings-draft-basis = { $basis ->
    [must_meet] Must meet
   *[suggested] Suggested
}
meetings-draft-unplaced = { $why ->
    [no_match] No hosted buyer's interests match
    [no_common_hours] No hours overlap with any hosted buyer whose interests match
    [buyers_full] The hosted buyers whose interests match have all their meetings
   *[no_free_slot] No free slot is left in common with a matching buyer
}
meetings-breach-passed = Its time has passed.
meetings-breach-off-programme = Its time is no longer on the event's programme.
meetings-breach-not-approved = { $name } no longer takes part in the event.
meetings-breach-outside-hours = The time is outside { $name }'s hours now.
meetings-breach-held = { $name } has another meeting, a request or a blocked slot at this time.
meetings-breach-daily-cap = { $name } already has as many meetings that day as the event allows ({ $cap }).
meetings-draft-heading = Draft schedule for hosted buyers
meetings-draft-counts = { $hosted ->
    [one] { $hosted } hosted buyer
   *[other] { $hosted } hosted buyers
} and { $producers ->
    [one] { $producers } approved producer.
   *[other] { $producers } approved producers.
}
meetings-draft-lead = "Must meet" pairs come first, then the best suggestions; every meeting lies inside both parties' hours on a free slot, within the daily limit. Nothing is sent until you publish.
meetings-draft-published = Published on { $day }: its { $count } meetings are booked and both sides were sent the invitations.
meetings-draft-generate-again = Generate again
meetings-draft-generate-a = Generate a draft
meetings-draft-generate = Generate the draft
meetings-draft-per-buyer = Meetings per hosted buyer
meetings-draft-min = Minimum per producer
    .hint = Each approved producer gets at least this many where a matching buyer and a common free slot allow.
meetings-draft-share = Largest share
    .label = Largest share of one producer (%)
    .hint = No producer takes more than this share of hosted buyers × meetings per buyer.
meetings-draft-fairness = Fairness
meetings-draft-generated = Generated on { $day }: { $count ->
    [one] { $count } meeting.
   *[other] { $count } meetings.
}
meetings-draft-per-producer = Meetings per approved producer
meetings-draft-figure = Figure
meetings-draft-value = Value
meetings-draft-fewest = Fewest
meetings-draft-median = Median
meetings-draft-most = Most
meetings-draft-none-producers = Producers with none
meetings-draft-at-cap = Producers at the cap ({ $cap })
meetings-draft-unplaced-caption = Producers without a meeting, and why
meetings-draft-why = Why
meetings-draft-publish-lead = Publishing books every meeting below as accepted and e-mails both sides their invitation. It is done once. Every meeting is checked again first.
meetings-draft-review-grid = Review the draft on the schedule's grid, day by day beside what is booked already.
meetings-draft-refused = Nothing was published:
meetings-draft-unfit-count = { $count ->
    [one] { $count } meeting no longer fits.
   *[other] { $count } meetings no longer fit.
}
meetings-draft-unfit-caption = Meetings that no longer fit, and why ({ $count })
meetings-draft-when-zone = When ({ $zone })
meetings-draft-time-zone = Time ({ $zone })
meetings-draft-change = Change
meetings-draft-pair = { $buyer } with { $producer }
meetings-draft-move-or-remove = Move or remove
meetings-draft-leave-out-lead = Move or remove each of them, or leave them all out and publish the other { $count }.
meetings-draft-leave-out = Leave out { $unfit } and publish { $count ->
    [one] { $count } meeting
   *[other] { $count } meetings
}
meetings-draft-publish = Publish { $count ->
    [one] { $count } meeting
   *[other] { $count } meetings
}
meetings-draft-party = Show the meetings of
meetings-draft-everyone = Everyone
meetings-draft-show = Show
meetings-draft-move = Move
meetings-draft-remove = Remove
meetings-draft-none = No meetings.
meetings-draft-none-party = No meetings for this participant.
meetings-draft-marks = “Must meet” marks
meetings-draft-marks-caption = Marks ({ $count }), by who marked
meetings-draft-marked-by = Marked by
meetings-draft-no-marks = No participant has marked anyone yet.
meetings-draft-meeting = Draft meeting
meetings-draft-move-lead = At { $when } ({ $basis }). Part of the draft schedule: nobody has been told of it, and it is booked only when the draft is published.
meetings-draft-unfit-one = This meeting no longer fits:
meetings-draft-unfit-refused = Publication refuses it until it is moved or removed.
meetings-draft-move-times = These times lie inside both parties' hours and are free for both, in the draft and outside it; on the event's clock ({ $zone }).
meetings-draft-no-time = No other time is free for both.
meetings-draft-remove-it = Remove it
meetings-draft-remove-lead = The pair is left out of the draft; nothing is sent to either.
meetings-draft-remove-submit = Remove it from the draft
meetings-places-taken = { $taken } of { $count } places taken
meetings-thread-on-its-own = On its own, outside any event

## Why a match is suggested
meetings-reason-hs-code = { $side ->
    [buyer] HS { $listed } matches your { $sought }
   *[producer] they source HS { $sought }, your { $listed }
}
meetings-reason-hs-chapter = { $side ->
    [buyer] HS chapter { $chapter }, which you source
   *[producer] they source HS chapter { $chapter }
}
meetings-reason-sector = { $side ->
    [buyer] { $sector }, a sector you buy in
   *[producer] they buy { $sector }
}
meetings-reason-gi = { $side ->
    [buyer] GI-tagged { $name }
   *[producer] your GI-tagged { $name }
}
meetings-reason-odop = { $side ->
    [buyer] { $name }, their district's ODOP product
   *[producer] { $name }, your district's ODOP product
}
meetings-reason-capacity = { $side ->
    [buyer] capacity { $capacity } { $unit }/month covers your { $volume }
   *[producer] your capacity { $capacity } { $unit }/month covers their { $volume }
}
meetings-reason-certified = { $side ->
    [buyer] certified: { $certifications }
   *[producer] your certifications: { $certifications }
}
meetings-reason-export-ready = { $side ->
    [buyer] export-ready
   *[producer] your listing is export-ready
}
meetings-reason-verified = { $side ->
    [buyer] verified producer
   *[producer] you are a verified producer
}

## Notices after an action (shown once, on the next page)
meetings-notice-proposal-sent = Your proposal is sent. You will hear by e-mail when they answer.
meetings-notice-draft-ready = The draft is ready. Review it below; nothing is sent until you publish it.
meetings-notice-draft-removed = The meeting is removed from the draft.
meetings-notice-draft-moved = The meeting is moved.
meetings-notice-hours-saved = Your hours are saved; the times offered to others follow them.
meetings-notice-slot-taken = That time is booked already.
meetings-notice-event-drafted = The event is saved as a draft. Publish it when the programme is right.
meetings-notice-event-saved = Saved.
meetings-notice-event-published = Published: producers and buyers can now apply.
meetings-notice-event-cancelled = Cancelled: every meeting is cancelled and both sides are told.
meetings-notice-banner-saved = The banner is saved.
meetings-notice-banner-removed = The banner is removed.
meetings-notice-follow-up-saved = Thank you: your follow-up is saved.
meetings-notice-request-sent = Your request is sent. You will hear by e-mail when they answer.
meetings-notice-draft-published = Published: { $booked } meetings are booked, and both sides of each are being sent the invitation.{ $left_out ->
    [0] {""}
    [one] {" "}One meeting that no longer fitted was left out of the draft.
   *[other] {" "}{ $left_out } that no longer fitted were left out of the draft.
}
meetings-notice-time-blocked = Blocked: no one is offered that time with you.
meetings-notice-time-freed = Freed: that time can be offered again.
meetings-notice-participant-approved = Approved; they are told by e-mail.
meetings-notice-participant-declined = Declined; they are told by e-mail.
meetings-notice-outcome-saved = Thank you: your account of the meeting is saved. Only you and the organisers see it.
meetings-notice-must-meet-marked = Marked “must meet”: the organisers will place this meeting first.
meetings-notice-must-meet-unmarked = The “must meet” mark is taken back.
meetings-notice-taking-part = You take part: choose whom to meet.
meetings-notice-applied = Thank you: the organisers will look at your application and e-mail you.
meetings-notice-move-proposed = Proposed: the meeting keeps its time until they accept the new one.
meetings-notice-new-time-proposed = Proposed: the request now waits for their answer at the new time.
meetings-notice-accepted = Accepted: you both have the invitation by e-mail.
meetings-notice-declined = Declined: they are told, and the time is free again.
meetings-notice-cancelled = Cancelled: they are told, and the time is free again.
meetings-notice-moved = Moved: you both have the updated invitation by e-mail.
meetings-notice-time-kept = The meeting keeps its time; they are told.
## The programme report
meetings-report-title = Programme report
meetings-report-page-title = Programme report: { $title }
meetings-report-every-event = Every event
meetings-report-none-yet = None yet.
meetings-report-downloads = Download as CSV
# $name is the export's name as stored.
meetings-report-download = { $name ->
    [participants] Participants
    [meetings] Meetings
   *[outcomes] Outcomes
} (CSV)
meetings-report-group = Group
meetings-report-count = Count
meetings-report-without-meeting = Producers with no meeting
meetings-report-all-have-meetings = Every approved producer has a meeting.
meetings-report-each-event = Each event's report
meetings-report-producers-registered = Producers registered
meetings-report-buyers-registered = Buyers registered
meetings-report-registered-value = { $count } ({ $approved } approved)
meetings-report-requests = Meeting requests
meetings-report-acceptance = Acceptance rate
meetings-report-none-decided = No request decided yet
meetings-report-acceptance-value = { $percent } ({ $accepted } of { $decided } decided requests)
meetings-report-held = Meetings held
meetings-report-no-shows = No-shows
meetings-report-no-shows-value = { $count } ({ $percent } of meetings held)
meetings-report-technical = Technical problems
# A share, already rounded to a whole number.
meetings-report-percent = { $percent }%
meetings-report-not-given = Not given
meetings-report-band = { $count ->
    [one] { $count } meeting
   *[other] { $count } meetings
}
meetings-report-band-range = { $low }–{ $high } meetings
meetings-report-band-more = { $low } or more
meetings-report-per-producer = Booked meetings per producer
    .description = How many approved producers have no booked meeting, one, 2–4, 5–9, 10–19, 20–49 and 50 or more.
meetings-report-by-country = Booked meetings by buyer country
    .description = Booked meetings counted by the country of the buyer.
meetings-report-by-sector = Booked meetings by sector
    .description = Booked meetings counted by the sectors of the producer's listings; a producer in two sectors counts in both.
meetings-report-by-state = Booked meetings by producer's state
    .description = Booked meetings counted by the state of the producer's district.
meetings-report-outcomes = How the meetings went
    .description = Outcomes reported by either side: how a meeting that took place went, or why it did not take place.
meetings-report-follow-ups = 90 days on
    .description = What the sides reported 90 days after their meetings.
meetings-report-registrations = Registrations
meetings-report-side-and-status = Side and status
meetings-report-participants = Participants
meetings-report-side-status = { $side }: { $status }
meetings-report-requests-by-status = Meeting requests by where they stand
meetings-report-status = Status
meetings-report-by-district = Booked meetings by producer's district
meetings-report-district = District
meetings-report-meetings = Meetings
meetings-report-each-producer = Booked meetings of each producer
meetings-report-producer = Producer
meetings-report-expected = Expected value reported, by currency
meetings-report-currency = Currency
meetings-report-total = Total
meetings-report-orders = Orders reported 90 days on, by currency
# Under a long table; $csv says which export has every row.
meetings-report-more = The { $shown } with the most of { $total }; all of them are in { $csv ->
    [districts] each event's participants CSV (as district codes)
   *[participants] each event's participants CSV
}.
meetings-notice-booked-for-both = The meeting is booked; both sides are e-mailed.
meetings-notice-moved-for-both = The meeting is moved; both sides are e-mailed.
meetings-notice-cancelled-for-both = The meeting is cancelled; both sides are e-mailed.
meetings-notice-video-saved = The video link is saved; both sides get the updated invitation.
