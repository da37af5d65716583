# A producer's pages: their public page, their listings, the listing and profile forms, the import.
producers-breadcrumb = Breadcrumb
producers-home = Home
producers-error-prefix = Error:
producers-optional = optional
producers-cancel = Cancel
producers-yes = Yes
producers-no = No
producers-listings = Listings
producers-public-page = Your public page
producers-edit-profile = Edit your profile
producers-updated = Updated { $when }
producers-moderator-note = The moderator's note:
producers-moderator-note-last = Last moderator's note:
producers-status = { $status ->
    [draft] Draft
    [submitted] Waiting for review
    [published] Published
    [changes_requested] Changes requested
    [rejected] Rejected
    [archived] Archived
   *[withheld] Withheld while the account is suspended
}
producers-decision = { $decision ->
    [approve] Approved
    [request_changes] Changes requested
   *[reject] Rejected
}
producers-kind = { $kind ->
    [artisan] Artisan
    [micro-unit] Micro-unit
    [fpo] Farmer producer organisation (FPO)
    [shg] Self-help group (SHG)
    [cooperative] Cooperative
   *[exporter] Small exporter
}
producers-verified-on = Verified on { $date }
producers-iec = Importer-Exporter Code
producers-gstin = Goods and Services Tax identification number
producers-udyam = Udyam registration
producers-ports = Ports of loading
producers-incoterms = Incoterms
producers-samples = Samples
producers-district = District
producers-odop-product = ODOP product
producers-price = Price
producers-monthly-capacity = Monthly capacity
producers-days-typed = { $days } days

producers-show-description = { $name }: { $kind ->
    [artisan] artisan
    [micro-unit] micro-unit
    [fpo] farmer producer organisation (FPO)
    [shg] self-help group (SHG)
    [cooperative] cooperative
   *[exporter] small exporter
} in { $district }, { $state }, on ODOP Bazaar.
producers-show-replies = Usually replies { $time }
producers-show-about = About { $name }
producers-show-no-story = { $name } has not told its story yet.
producers-show-facts = Facts for buyers
producers-show-founded = Founded
producers-show-team = Team
producers-show-people = { $count ->
    [one] { $count } person
   *[other] { $count } people
}
producers-show-languages = Languages
producers-show-certifications = Certifications
producers-show-products = Products
producers-show-catalogue = Download catalogue (PDF)
producers-show-no-products = No published products yet.

producers-products-title = Your products
producers-products-lead = Each listing starts as a draft. Add photos, send it for review, and a moderator publishes it, usually within two working days.
producers-products-profile-first = First, tell buyers about your business
    .hint = Buyers see your business name, district and export details next to every product. It takes about five minutes.
producers-products-fill-profile = Fill in your profile
producers-products-add = Add a product
producers-products-import = Import from a spreadsheet
producers-products-photo-needed = Add at least one photo before you send it for review.
producers-products-edit = Edit
producers-products-view = View on the site
producers-products-preview = Preview
producers-products-empty = No products yet.
producers-products-empty-link = Add your first product: a title, a description, your minimum order and price range. Photos come next.

producers-confirm-back = Keep it and go back
producers-delete-question = Delete “{ $title }”?
producers-delete-consequence = The listing and its photos are removed for good. This cannot be undone.
producers-delete-button = Delete for good
producers-photo-remove-question = Remove photo { $number } of “{ $title }”?
producers-photo-remove-consequence = “{ $alt }” leaves the listing. You can upload it again later.
producers-photo-remove-button = Remove the photo

producers-form-edit-title = Edit “{ $title }”
producers-form-edit-eyebrow = Edit a listing
producers-form-new-lead = One product, as buyers should see it. It is saved as a draft: nobody sees it until you add photos and a moderator approves it.
producers-form-status = Status:
producers-form-status-help = { $status ->
    [draft] Only you can see it. Add at least one photo, then send it for review; a moderator checks it, usually within two working days.
    [submitted] A moderator is checking it. You cannot change the details until they decide; we e-mail you when they have.
    [published] Buyers can find it and send enquiries. Changes to the MOQ, capacity, lead time, samples or export readiness appear on the site straight away; changes to the title, description, category, codes, materials, certifications, prices or a new photo go to a moderator first, and the listing is off the site until they approve them.
    [withheld] It is off the site while your account is suspended; it comes back if the account is reinstated.
    [changes_requested] The moderator asked for changes. Edit the listing below, then send it for review again.
    [rejected] A moderator refused this listing, so it cannot be edited. You can add a new listing that meets the rules.
   *[archived] It is off the site. Restore it as a draft to edit it and send it for review again.
}
producers-form-see-on-site = See it on the site
producers-form-preview = Preview it as buyers will see it
producers-form-submit-review = Send for review
producers-form-restore = Restore as draft
producers-form-archive = Archive
producers-form-delete-draft = Delete draft
producers-form-delete-listing = Delete listing
producers-form-photo-needed = A listing needs at least one photo before it can be sent for review.
producers-import-add-photos = Add photos
producers-photos = Photos
producers-photos-count = { $count } of { $most }
producers-photos-hint = The first photo is the cover buyers see in lists. Daylight, a plain background and the whole product work best.
producers-photo-number = Photo { $number }
producers-photo-cover = Cover
producers-photo-alt-of = Description of photo { $number }
producers-photo-alt-save = Save the description
producers-photo-up = Move up
producers-photo-down = Move down
producers-photo-remove = Remove
producers-photos-none = No photos yet. Buyers rarely open a listing without one.
producers-photo-add = Add a photo
producers-photo-field = Photo
    .hint = JPEG, PNG or WebP, up to 20 MB.
producers-photo-not-added = The photo was not added
producers-photo-alt = Describe the photo
    .hint = For people who cannot see it; the product's name to start with. Say what the photo shows, e.g. 'Red Banarasi saree with gold zari border, folded'. You can change it later.
producers-photo-upload = Upload the photo
producers-photos-full = A listing can have { $most } photos. Remove one to add another.
# Several photos at once (static/js/photo-upload.js): { $file } is a file name,
# { $status } an HTTP status code.
producers-upload-title = Add photos
producers-upload-field = Photos (up to { $most })
producers-upload-button = Upload the photos
producers-upload-too-many = Only { $most } more photos fit; the first { $most } are sent.
producers-upload-waiting = Waiting
producers-upload-shrinking = Making it smaller
producers-upload-sending = Sending
producers-upload-sending-file = Sending { $file }
producers-upload-added = Added
producers-upload-dropped = The connection dropped.
producers-upload-refused = The site did not take it ({ $status }).
producers-upload-retry = Retry
producers-upload-retry-file = Retry { $file }
producers-upload-alt = { $alt }, photo { $number }
producers-form-details = The details
producers-form-part-what = What it is
producers-form-part-ordering = Ordering
producers-form-part-trade = Trade details
producers-field-title = Product name
    .hint = What a buyer would search for, e.g. Banarasi silk saree, katan weave.
producers-field-description = Description
    .hint = Size, weight, colours, how it is made and what makes it special. At least 20 characters.
producers-field-sector = Sector
    .blank = Choose a sector
producers-field-category = Category
    .hint = e.g. Silk sarees, Brass idols, Basmati rice
producers-field-odop = Your district's ODOP product
    .none = None
    .hint = Linking makes the listing ODOP-designated: it shows your district's story next to the product.
    .empty = The ODOP list names no product for your district yet, so leave this as None.
producers-field-materials = Materials
    .hint = e.g. Katan silk, real zari
producers-field-moq = Minimum order
producers-field-moq-unit = Counted in
producers-field-price-min = Lowest price
    .hint = Per unit
producers-field-price-max = Highest price
    .hint = Empty for one price
producers-field-currency = Currency
    .hint = e.g. INR, USD
producers-field-capacity = How many you can make in a month
    .hint = In the same unit as the minimum order.
producers-field-lead-time = Days to make and pack an order
    .hint = For the minimum order. 1 to 365.
producers-field-samples = I can send samples
producers-field-hs-code = HS code
    .hint = 6-digit HS or 8-digit Indian HSN, e.g. 50072010
producers-field-gi = Geographical Indication
    .none = Not GI-tagged
    .hint = Only if the product is a registered GI. The list holds the GIs registered for your state.
    .empty = No GI is registered for your state yet, so a listing from there cannot claim one.
producers-field-export-ready = Export-ready
    .label = Export-ready: I can pack and document it for export
producers-field-certifications = Certifications
    .hint = e.g. Silk Mark, Handloom Mark, FSSAI, organic
producers-form-save = Save the changes
producers-form-save-draft = Save as a draft
producers-form-locked = These are locked while a moderator reviews the listing.
producers-form-rejected = A rejected listing cannot be changed.
producers-history = Moderation history
producers-history-when = When (UTC)
producers-history-decision = Decision
producers-history-note = Note
producers-history-by = By

producers-profile-new-title = Tell buyers about your business
producers-profile-title = Your business profile
producers-profile-crumb = Business profile
producers-profile-new-lead = Buyers see this next to every product you list. Three short parts; only the first two are needed.
producers-profile-lead = Buyers see this on your page and next to every product you list.
producers-logo-not-changed = The logo was not changed
producers-logo = Logo
    .hint = JPEG, PNG or WebP, at least 200 × 200 pixels, up to 20 MB. A square logo on a plain background looks best; transparent parts become white.
producers-logo-title = Your logo
producers-logo-shown = Buyers see this logo on your page and next to your products.
producers-logo-initials = Until you add a logo, buyers see your initials.
producers-logo-remove = Remove the logo
producers-logo-new = A new logo
producers-logo-upload = Upload the logo
producers-profile-part-business = Your business
producers-profile-part-where = Where you are
producers-profile-part-export = Export details
    .hint = Buyers trust registered exporters more. Fill in what you have; you can add the rest later.
producers-field-business-name = Business name
    .hint = As buyers should see it, e.g. Kashi Weaves.
producers-field-kind = Kind of business
    .question = What kind of business are you?
producers-field-story = Your story
    .hint = Who you are, what you make and how. A few sentences is enough; buyers like to know the hands behind the product.
producers-field-year = Year founded
producers-field-team = People working with you
producers-field-languages = Languages you can deal in
    .hint = e.g. Hindi, English
producers-field-district = District
    .picker = e.g. Varanasi or वाराणसी
    .picker-hint = Type the first letters of your district or state, in English or Hindi, and choose it; or pick it from the list, where districts are grouped by state. Your products appear on your district's page.
    .blank = Choose your district
    .hint = Districts are grouped by state. Your products appear on your district's page.
producers-field-address = Address
    .hint = Workshop or office address. Buyers see the district; the full address helps moderators verify you.
producers-field-phone = Phone for buyers
    .hint = e.g. 98765 43210 or +91 542 250 1234. A buyer sees it, with your e-mail address, once you have answered their enquiry.
producers-field-whatsapp = Buyers may message this number on WhatsApp
producers-field-iec = Importer-Exporter Code (IEC)
    .hint = 10 characters, your firm's PAN
producers-field-gstin = GSTIN
    .hint = 15 characters, e.g. 27AAPFU0939F1ZV
producers-field-udyam = Udyam registration number
    .hint = e.g. UDYAM-UP-01-0012345
producers-field-ports = Ports you ship from
    .hint = e.g. Nhava Sheva, ICD Varanasi
producers-field-incoterms = Incoterms you can offer
    .hint = Not sure? EXW (buyer collects from you) and FOB (you deliver on board at the port) are the most common.
producers-field-samples-policy = Samples
    .hint = e.g. Paid samples, cost refunded on the first order; ready in 7 days.
producers-profile-save-continue = Save and continue
producers-profile-save = Save the profile
producers-profile-back = Back to your products

producers-import-title = Import products from a spreadsheet
producers-import-crumb = Import
producers-import-lead = Many products? Fill in one row per product in Excel, Google Sheets or LibreOffice, save it as CSV and upload it here. Every good row becomes a draft; rows with a problem are listed so you can fix them and upload those again.
producers-import-result = Result
producers-import-summary = { $created } created, { $refused } refused
producers-import-drafts = The new listings are drafts: add photos to each and send it for review.
producers-import-drafts-link = Your products
producers-import-row = Row
producers-import-product = Product
producers-import-outcome = Outcome
producers-import-line = Line { $line }
producers-import-no-title = (no title)
producers-import-created = Created as a draft
producers-import-upload-another = Upload another file
producers-import-upload = Upload your file
producers-import-step-download = Download the template
    .hint = (CSV, with one example row).
producers-import-step-fill = Replace the example with your products, one row each. Keep the first row as it is.
producers-import-step-save = Save as “CSV UTF-8” and upload it below.
producers-import-file = CSV file
    .hint = Up to 2 MB. Each row goes through the same checks as the product form.
producers-import-submit = Import
producers-import-choose-file = Choose a CSV file to import.
producers-import-columns = The columns
    .hint = The first row names the columns; their order does not matter. These must be filled in on every row:
producers-import-column = Column
producers-import-what = What to write
producers-import-column-help = { $column ->
    [title] The product's name, 3 to 120 characters.
    [description] What it is, how it is made, sizes and colours; at least 20 characters.
    [sector] A sector by name, e.g. Handloom, Handicraft, Food Processing, Agriculture.
    [category] Your own category, e.g. Silk sarees. Optional.
    [odop_product] Your district's ODOP product by name, e.g. Silk Products, or empty.
    [hs_code] 6-digit HS or 8-digit Indian HSN code, e.g. 50072010. Optional.
    [gi] The registered GI's name, e.g. Banaras Brocades and Sarees, or empty.
    [materials] e.g. Katan silk, zari. Optional.
    [moq] Minimum order, a whole number.
    [moq_unit] pieces, pairs, sets, dozens, kg, tonnes, litres, metres, square metres, bags, boxes or cartons.
    [price_min] Lowest price per unit, e.g. 8500 or 8500.50.
    [price_max] Highest price per unit; empty for one price.
    [currency] Three-letter code, e.g. INR, USD, EUR.
    [monthly_capacity] How many you can make in a month. Optional.
    [lead_time_days] Days to make and pack the minimum order, 1 to 365.
    [samples_available] yes or no.
    [export_ready] yes or no.
   *[certifications] e.g. Silk Mark, FSSAI. Optional.
}

producers-notice-profile-first = Tell buyers about your business first; then add your products.
producers-notice-draft-saved = The listing is saved as a draft. Add photos, then send it for review.
producers-notice-saved-for-review = Your changes are saved and sent to a moderator. The listing is off the site until they approve it.
producers-notice-saved = Your changes are saved.
producers-notice-archived-not-deleted = This listing was published, so it is archived rather than deleted.
producers-notice-submitted = Sent for review. We e-mail you when a moderator has looked at it.
producers-notice-archived = Archived: the listing is off the site.
producers-notice-restored = Restored as a draft.
producers-notice-deleted = The draft is deleted.
producers-notice-photo-added-for-review = The photo is added, and the listing sent to a moderator with it: it is off the site until they approve it.
producers-notice-photo-added = The photo is added.
producers-notice-profile-saved = Your profile is saved.
producers-notice-logo-saved = Your logo is saved.
producers-notice-logo-removed = Your logo is removed; your initials show in its place.

## Listings in other languages (`catalogue::translations`)
producers-field-language = Written in
producers-field-story-language = Your story is written in
producers-translations = Other languages
producers-translation-language = Language
producers-translation-save = Save this language
producers-translation-edit = Change
producers-translation-remove = Remove
producers-notice-translation-removed = The translation is removed.
