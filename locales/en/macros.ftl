# Shared pieces of pages: badges, product and showcase cards, place cards, numbered pages.
macros-gi-tagged = GI-tagged
macros-verified = ✓ Verified
macros-export-ready = Export-ready
# A state's card: its districts, ODOP products and registered GIs.
macros-state-card = { $districts ->
    [one] { $districts } district
   *[other] { $districts } districts
} · { $products ->
    [one] { $products } product
   *[other] { $products } products
} · { $gis ->
    [one] { $gis } GI
   *[other] { $gis } GIs
}
# A GI's goods category as the register names it ($category: spaces written as hyphens).
macros-gi-category = { $category ->
    [Handicraft] Handicraft
    [Agricultural] Agricultural
    [Manufactured] Manufactured
    [Food-Stuff] Food Stuff
    [Natural-Goods] Natural Goods
   *[other] { $name }
}
macros-card-moq = MOQ { $quantity }
macros-card-by = by
# $time: macros-reply-within.
macros-card-reply = , usually replies { $time }
macros-reply-within = { $unit ->
    [hour] within an hour
    [hours] within { $count } hours
   *[days] { $count ->
        [one] within { $count } day
       *[other] within { $count } days
    }
}
macros-curator-note = Curator's note:
macros-curate = Add to showcase
macros-curate-label = Showcase for { $title }
macros-curate-add = Add
macros-curate-create = Create a showcase first
macros-saved = Saved
macros-remove = Remove
macros-remove-hidden = { $title } from your shortlist
macros-save = Save
macros-save-hidden = { $title } to your shortlist
macros-showcase-products = { $count ->
    [one] { $count } product
   *[other] { $count } products
}
macros-previous = ‹ Previous
macros-next = Next ›
macros-page = Page
