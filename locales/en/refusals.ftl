# Why a change was refused: what the domain areas tell the person who asked
# when the state of a listing, conversation, event or meeting forbids it.

# $what is what was changed first by someone else.
refusal-changed = { $what ->
    [listing] This listing changed while you were looking at it; reload the page to see where it stands now.
    [conversation] This conversation or buy request changed while you were looking at it; reload the page to see where it stands now.
    [showcase] This showcase changed while you were looking at it; reload the page to see where it stands now.
   *[meeting] This meeting or event changed while you were looking at it; reload the page to see where it stands now.
}

## Listings and uploads
# $status is the listing's status as stored.
refusal-listing-not-editable = A listing that is “{ $status ->
    [draft] draft
    [submitted] waiting for review
    [published] published
    [changes_requested] changes requested
    [rejected] rejected
    [archived] archived
   *[withheld] withheld while the account is suspended
}” cannot be edited.
# $status is the listing's status as stored.
refusal-listing-not-submittable = A listing that is “{ $status ->
    [draft] draft
    [submitted] waiting for review
    [published] published
    [changes_requested] changes requested
    [rejected] rejected
    [archived] archived
   *[withheld] withheld while the account is suspended
}” cannot be sent for review.
# $status is the listing's status as stored.
refusal-listing-not-in-review = This listing is “{ $status ->
    [draft] draft
    [submitted] waiting for review
    [published] published
    [changes_requested] changes requested
    [rejected] rejected
    [archived] archived
   *[withheld] withheld while the account is suspended
}”, not waiting for review.
refusal-listing-confirm-email = Confirm your e-mail address before sending listings for review.
refusal-listing-needs-photo = Add at least one photo before sending the listing for review.
refusal-listing-restore-archived-only = Only archived listings can be restored.
refusal-listing-archive-not-delete = A listing that has been published is archived, not deleted.
refusal-listing-photos-max = A listing can have at most { $max } photos.
refusal-listing-last-photo = A published listing needs at least one photo: add another before removing this one.
# $what is "images" or "imports"; $max is how many an hour may bring; $unit
# ("seconds" or "minutes") and $count say how long to wait.
refusal-uploads-too-many = { $what ->
    [imports] You have sent { $max } import files in the last hour, the most we take;
   *[images] You have sent { $max } images in the last hour, the most we take;
} try again in { $unit ->
    [seconds] { $count ->
        [one] { $count } second.
       *[other] { $count } seconds.
    }
   *[minutes] { $count ->
        [one] { $count } minute.
       *[other] { $count } minutes.
    }
}
media-file-too-large = The photo is larger than { $mb } MB.
media-not-a-photo = This file is not a JPEG, PNG or WebP photo.
media-unsupported-variant = This kind of JPEG, PNG or WebP cannot be read; save the photo again as an ordinary JPEG.
media-damaged = The photo is incomplete or damaged; try saving it again.
media-too-many-pixels = The photo is too large: at most { $megapixels } megapixels.
media-too-much-memory = The photo needs too much memory to open; save it as an ordinary 8-bit JPEG or PNG.
media-too-small = The photo is too small: at least { $side } × { $side } pixels.
media-bad-shape = The photo is too long and narrow: its long side may be at most { $ratio } times its short side.

## Printed catalogues
refusal-print-empty-district = No producer in { $district } has a published listing yet, so there is no catalogue to print.
refusal-print-empty-producer = { $producer } has no published listing yet, so there is no catalogue to print.
refusal-print-empty-showcase = “{ $title }” shows no published product now, so there is no catalogue to print.

## Showcases
refusal-showcase-organisers-only = Only organisers curate showcases.

## Conversations and buy requests
refusal-enquiry-buyers-only = Only buyer accounts can send enquiries. Sign up as a buyer to contact producers.
refusal-enquiry-blocked = This producer is not taking enquiries from your account.
refusal-enquiry-closed-by-producer = The producer has closed this conversation.
refusal-enquiry-closed = This conversation is closed; start a new enquiry to continue.
refusal-enquiry-quote-producer-only = Only the producer can send a quote.
refusal-enquiry-answer-buyer-only = Only the buyer can accept or decline a quote.
refusal-enquiry-quote-expired = This quote has expired; ask the producer for a new one.
refusal-enquiry-quote-gone = This quote is no longer on offer: it was already answered or replaced by a newer one.
refusal-enquiry-report-producer-only = Only the producer can report a conversation as spam.
refusal-rfq-reviewed-already = This request has already been reviewed.
refusal-rfq-close-open-only = Only an open request can be closed.
refusal-rfq-closed = This buy request is closed.
refusal-rfq-closed-to-quotes = This buy request is closed and takes no more quotes.
# $id is the conversation's id, part of its address.
refusal-rfq-answered-already = You have already answered this request; continue in the conversation /dashboard/enquiries/{ $id }.

## Events
refusal-event-organisers-only = Only organisers create events.
refusal-event-cancelled = This event was cancelled.
refusal-event-over = This event has finished or was cancelled already.
refusal-event-settings-closed = This event has begun, finished or been cancelled; its settings can no longer change.
refusal-event-participants-closed = This event has begun or finished and takes no more participants.
# $side is the side that is full; $capacity how many of it the event takes.
refusal-event-full = { $side ->
    [producer] This event has all the producers it takes ({ $capacity }).
   *[buyer] This event has all the buyers it takes ({ $capacity }).
}
refusal-event-taking-part-already = You take part in this event already.
refusal-event-profile-first = Fill in your business profile before applying.
refusal-event-organisers-run = Producers and buyers take part; organisers run the event.
refusal-event-participation-pending = Your participation is waiting for the organisers' approval.
refusal-event-participation-declined = Your participation in this event was declined.
refusal-event-book-once-approved = You can book once the organisers have approved your participation.
refusal-event-booking-not-open = Booking has not opened yet.
refusal-event-booking-closed = Booking for this event has closed.
refusal-event-publish-before-booking = Publish the event before booking its meetings.
refusal-event-publish-before-planning = Publish the event before planning its meetings.
refusal-event-no-times-left = This event has no meeting times left.

## Meetings
refusal-meeting-slot-taken = This time is no longer free; choose another.
refusal-meeting-not-on = This meeting is no longer on.
refusal-meeting-begun = This meeting has begun.
refusal-meeting-other-side-answers = The other side answers this request.
refusal-meeting-other-side-answers-proposal = The other side answers your proposal.
refusal-meeting-request-expired = This request expired before it was answered.
refusal-meeting-decline-instead = Decline the request instead.
refusal-meeting-no-proposal = No other time is proposed for this meeting.
refusal-meeting-proposal-passed = The proposed time has passed.
refusal-meeting-invite-not-accepted = This request has not been accepted yet; its invitation comes with the acceptance.
refusal-meeting-invite-never-accepted = This request was never accepted, so it has no calendar entry.
refusal-meeting-video-link = Only an accepted meeting that has not started can get another video link.
refusal-meeting-thread-closed = This conversation is closed; start a new enquiry to propose a meeting.
refusal-meeting-you-suspended = Your account is suspended.
refusal-meeting-other-suspended = The other side's account is suspended; no meeting can be proposed to them.
# $who is "you", "they" or the name of the side that is busy.
refusal-meeting-accept-busy-elsewhere = { $who ->
    [you] You have
    [they] They have
   *[other] { $who } has
} another meeting at this time, at an event, booked since it was asked for; decline it, or propose another time.
# $who is "you", "they" or the name of the side that is busy.
refusal-meeting-move-busy-elsewhere = { $who ->
    [you] You have
    [they] They have
   *[other] { $who } has
} another meeting at this time, at an event, booked since it was asked for; keep the meeting's time, or propose another.

## Draft schedules
refusal-draft-generate-first = Generate a draft schedule first.
refusal-draft-published-already = This draft schedule was published already.
# $when is the day and time it was published.
refusal-draft-published-on = This draft schedule was published on { $when }; it is not changed or published again. Book further meetings on the schedule.
# $buyer and $producer are the two sides' names; $when the meeting's time.
refusal-draft-slot-taken = { $buyer } or { $producer } is no longer free at { $when }; move or remove that meeting, then publish.
# $count is how many of the draft's meetings no longer fit.
refusal-meeting-draft-conflicts = { $count ->
    [one] { $count } meeting of the draft no longer fits; move, remove or leave it out, then publish.
   *[other] { $count } meetings of the draft no longer fit; move, remove or leave them out, then publish.
}
