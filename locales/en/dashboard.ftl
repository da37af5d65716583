# The dashboard: what to do next, by role.
dashboard-title = Your dashboard
dashboard-role = { $role ->
    [producer] Producer
    [buyer] Buyer
    [organiser] Organiser
   *[admin] Administrator
}
dashboard-welcome = Welcome
dashboard-welcome-name = Welcome, { $name }
dashboard-confirm-title = Confirm your e-mail address
dashboard-confirm-sent-to = We sent a link to
dashboard-confirm-sent = We sent a link to your address.
dashboard-confirm-follow = Follow it to confirm the address is yours.
dashboard-confirm-why = { $role ->
    [producer] Producers need a confirmed address before they can publish their products.
    [buyer] Buyers need a confirmed address before they can send enquiries to producers.
   *[other] We use it to reach you about your account.
}
dashboard-confirm-resend = Send the link again
dashboard-confirm-spam = Not arrived? Check your spam folder first. The link works for 24 hours.
dashboard-next = What you can do next
dashboard-admin-listings-to-review = Listings to review
    .text = Products waiting for a moderator: approve, ask for changes or reject.
dashboard-admin-buy-requests-to-review = Buy requests to review
    .text = Buyers' requests waiting for approval before they go to producers.
dashboard-admin-reported-buyers = Reported buyers
    .text = Buyers producers reported as spam: suspend them or dismiss the reports.
dashboard-admin-producers = Producers
    .text = Check producers' registrations and mark them verified.
dashboard-admin-users-and-roles = Users and roles
    .text = See who has joined, change a role, or add an organiser or administrator.
dashboard-admin-audit-log = Audit log
    .text = Sign-ins, sign-ups, password and role changes, with time and IP address.
dashboard-admin-background-jobs = Background jobs
    .text = E-mails and maintenance waiting to run, and any that failed.
dashboard-admin-showcases = Showcases
    .text = Every organiser's curated collections: edit, publish or take one off the site.
dashboard-account-settings = Account settings
    .text = Change your name, password or e-mail address.
dashboard-producer-your-business-profile = Your business profile
    .text = Your business name, district, story and export details: what buyers see next to every product.
dashboard-producer-enquiries = Enquiries
    .text = Buyers' questions and your answers and quotes. Answer within two days.
dashboard-producer-your-products = Your products
    .text = Add products with photos, send them for review, and see what moderators said.
dashboard-producer-buy-requests = Buy requests
    .text = Buyers looking for what you make: answer with a quote.
dashboard-organiser-your-showcases = Your showcases
    .text = Collections of published products around a theme, with your notes: schedule them, feature them on the home page.
dashboard-organiser-your-events = Your events
    .text = Buyer-seller meets: the programme, who takes part, and the meetings they book.
dashboard-organiser-find-products = Find products
    .text = Search every published product; add the ones you want to a showcase from the results.
dashboard-buyer-enquiries = Enquiries
    .text = Your conversations with producers: answers, quotes and your decisions.
dashboard-buyer-buy-requests = Buy requests
    .text = Describe what you need once and hear from every producer who makes it.
dashboard-buyer-shortlist = Shortlist
    .text = Listings and producers you saved, side by side, with a way to enquire.
dashboard-buyer-buyer-profile = Buyer profile
    .text = Your company, country, what you source and your time zone: what producers see.
dashboard-browse-by-state = Browse by state
    .text = Every district's signature products, state by state.
dashboard-gi = Geographical Indications
    .text = Products registered as GIs, tied by law to their place of origin.
dashboard-visitor-browse-sectors = Browse sectors
    .text = Products grouped by sector, from agriculture to textiles.
