# Showcases: the public list and pages, the feed, and the organiser's editor.
showcases-title = Showcases: curated collections of district products
showcases-description = Collections of India's One District One Product goods, curated by export councils and Indian missions: handlooms of a state, GI-tagged spices, gift catalogues for trade delegations.
showcases-eyebrow = Curated by export councils and missions
showcases-lead = Collections of district products chosen around a theme: a craft, a state, a trade fair or a buyers' meet. Each product links to its producer, whom you can ask directly.
showcases-follow = Follow new showcases (Atom feed)
showcases-none = No showcase is on at the moment. Meanwhile:
showcases-showcase = Showcase
showcases-preview-who = Buyers do not see this page yet; only its curator and the site's admins can open it.
showcases-hidden = { $count ->
    [one] { $count } product in it is not published at the moment and not shown.
   *[other] { $count } products in it are not published at the moment and not shown.
}
showcases-hidden-of = { $count ->
    [one] { $count } of its products is not published at the moment and not shown
   *[other] { $count } of its products are not published at the moment and not shown
}
showcases-back-to-editor = Back to the editor
showcases-edit = Edit this showcase
showcases-curated-by = Curated by { $name }
showcases-meet = Meet the producers
showcases-meet-book = { $dates }: book a video meeting with the producers of this showcase.
showcases-pavilions = Pavilions
showcases-products = Products
showcases-none-published = None of this showcase's products is published at the moment.
showcases-feed-subtitle = Collections of India's district products, curated by export councils and missions.
showcases-on = { $day }
showcases-between = { $first } – { $last }
showcases-from = From { $day }
showcases-not-scheduled = Not scheduled
showcases-preview-draft = This showcase is a draft.
showcases-preview-scheduled = This showcase goes live on { $day }.
showcases-preview-ended = This showcase ended on { $day }.
showcases-phase = { $phase ->
    [draft] Draft
    [scheduled] Scheduled
    [live] Live
   *[ended] Ended
}
showcases-pavilions-kind = { $kind ->
    [none] One list, no pavilions
    [state] A pavilion per state
    [district] A pavilion per district
    [gi] A pavilion per Geographical Indication
   *[named] Pavilions named by hand
}
showcases-error = Error:
showcases-choose = Choose a showcase
showcases-back = Back
showcases-yours = Your showcases
showcases-all-note = Every organiser's showcases: as an administrator you can edit any of them.
showcases-public-list = The public list
showcases-none-made = No one has made a showcase yet.
showcases-none-yours = You curate no showcases yet: create one, then add products from its page, a product's page or the search.
showcases-new = New
showcases-new-lead = A showcase is a collection of published products around a theme. Save it as a draft, add products, then publish it for the days it should show.
showcases-save-draft = Save as a draft
showcases-cancel = Cancel
showcases-field-title = Title
    .hint = What buyers read first, e.g. “Handlooms of Uttar Pradesh” or “GI-tagged spices”.
showcases-field-slug = Web address
    .hint = The end of its address, /showcases/…: lowercase letters, digits and hyphens. Leave it empty to make one from the title. Changing it breaks links people already have.
showcases-field-theme = Theme
    .hint = What the collection is about and who it is for; shown above the products.
showcases-field-banner = Banner photo
    .hint = JPEG, PNG or WebP, up to 20 MB; a wide photo, at least 1600 pixels across, looks best.
showcases-field-new-banner = A new banner photo
showcases-field-banner-keep = Leave this empty to keep the banner shown above.
showcases-field-banner-again = A file chosen before this page came back was not kept: choose it again.
showcases-field-banner-alt = What the banner shows
    .hint = For people who cannot see it, e.g. “A weaver at a pit loom in Varanasi”. Empty: the title.
showcases-field-when = When it shows
showcases-field-first-day = First day
    .needed = needed to publish
    .hint = It goes live at the start of this day, India time.
showcases-field-last-day = Last day
    .hint = It comes off the site at the end of this day, India time. Empty: until you take it off.
showcases-field-featured = Feature it on the home page while it is live
showcases-field-grouped = How its products are grouped
showcases-field-sections = Pavilions named by hand
    .hint = One name a line, in the order shown, when products are grouped into pavilions named by hand; choose each product's pavilion in the list of products. A product keeps its pavilion while the name stays.
showcases-field-event = Linked event
    .none = No event
showcases-public-page = Its public page
showcases-preview-link = Preview
showcases-unpublish = Take it off the site
showcases-publish = Publish
showcases-unpublish-hint = Taken off, it becomes a draft again; its products and notes stay.
showcases-publish-hint = Published, it shows on its days; until then only you and admins see it.
showcases-items-title = Products, in the order shown
showcases-add-products = Add products
showcases-item-hidden = Not shown: the listing is { $status ->
    [draft] a draft
    [submitted] waiting for review
    [changes_requested] waiting for changes
    [rejected] rejected
    [archived] archived
   *[other] withheld while the account is suspended
}. It comes back once it is published again.
showcases-pavilion = Pavilion
showcases-pavilion-none = None
showcases-move-up = Move up
showcases-move-down = Move down
showcases-move-top = To the top
showcases-items-none = No products yet: find some below, or use “Add to showcase” on a product's page or in the search.
showcases-search = Search the published products
    .placeholder = e.g. banarasi silk, Moradabad brass, haldi
showcases-found = { $count ->
    [one] { $count } product found.
   *[other] { $count } products found.
}
showcases-found-best = { $count } products found, the best { $shown } shown.
showcases-in-it = In the showcase
showcases-details = Details
showcases-remove-banner = Remove the banner
showcases-save-details = Save the details
showcases-notice-created = The showcase is saved as a draft. Add products, then publish it.
showcases-notice-saved = Saved.
showcases-notice-banner-removed = The banner is removed.
showcases-notice-live = Published: the showcase is live.
showcases-notice-published = Published: the showcase goes live on its first day.
showcases-notice-unpublished = Taken off the site: the showcase is a draft again.
showcases-notice-added-end = “{ $title }” is added at the end of the list.
showcases-notice-note-saved = The note is saved.
showcases-notice-removed = The product is taken out of the showcase.
showcases-notice-added-to = “{ $title }” is added to “{ $showcase }”.
