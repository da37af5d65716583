# A product's public page.
products-preview = Preview:
products-title = { $title } from { $district }, { $state }
products-preview-banner = Preview: this listing is { $status ->
    [draft] a draft
    [submitted] waiting for review
    [published] published
    [changes_requested] waiting for changes
    [rejected] rejected
    [archived] archived
   *[withheld] withheld while the account is suspended
} and not visible to buyers.
products-preview-owner = Only you and the moderators can open this page.
products-moderator-note = Moderator's note:
products-open-large = (open the large photo)
products-all-photos = All photos, larger
products-photo-n = (photo { $n } of { $count }, large)
products-made-in = Made in
products-made-by = by
products-price-range = Price range
products-moq = Minimum order
products-lead-time = Lead time
products-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
products-send-enquiry = Send an enquiry
products-edit = Edit this listing
products-ask = Ask the producer about prices for your quantity, samples and shipping. Free, and no obligation.
# $time: macros-reply-within, "within 2 days".
products-usually-replies = { $name } usually replies { $time }.
products-curate-title = Add to a showcase
products-curate-showcase = Showcase
products-curate-note = Your note for buyers
products-optional = optional
products-curate-add = Add to the showcase
products-curate-none = You have no showcase open for products yet.
products-curate-create = Create a showcase
products-about = About this product
products-spec = Specification
products-category = Category
products-materials = Materials
products-capacity = Monthly capacity
products-samples = Samples
products-samples-available = Available
products-samples-none = Not offered
products-export-yes = Yes: packed and documented for export
products-export-no = Not yet
products-hs-code = HS code
products-gi = Geographical Indication
products-certifications = Certifications
products-listed-since = Listed since
products-odop-story = The district and its ODOP story
products-odop-eyebrow = One District One Product · { $district }
products-odop-gi = A registered Geographical Indication: the name is protected for goods from its place of origin.
products-odop-named = { $district } is the district the Government of India's One District One Product list names for { $product }.
products-more-about = More about { $district }, { $state }
products-the-producer = The producer
products-producer-kind = { $kind ->
    [artisan] Artisan
    [micro-unit] Micro-unit
    [fpo] Farmer producer organisation (FPO)
    [shg] Self-help group (SHG)
    [cooperative] Cooperative
   *[exporter] Small exporter
}
products-verified-on = ✓ Verified on { $date }
products-replies = Replies
products-replies-usually = Usually { $time }
products-languages = Languages
products-incoterms = Incoterms
products-ports = Ports of loading
products-producer-page = The producer's page and other products

## A listing's text in another language than its own (`i18n::Versions`)
products-language-name = { $language ->
    [hi] Hindi
    [ar] Arabic
   *[en] English
}
products-shown-translation = { $language ->
    [hi] Shown in Hindi, the producer’s translation.
    [ar] Shown in Arabic, the producer’s translation.
   *[en] Shown in English, the producer’s translation.
}
products-see-original = { $language ->
    [hi] Read the original in Hindi
    [ar] Read the original in Arabic
   *[en] Read the original in English
}
products-written-in = { $language ->
    [hi] Written in Hindi
    [ar] Written in Arabic
   *[en] Written in English
}
products-original = { $language ->
    [hi] The original, in Hindi
    [ar] The original, in Arabic
   *[en] The original, in English
}
