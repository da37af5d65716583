# The page shown while a printable catalogue (PDF) is being made.
print-preparing-title = Preparing the catalogue “{ $title }”
print-preparing-description = The printable PDF catalogue “{ $title }” is being prepared.
print-preparing-eyebrow = Printable catalogue (PDF)
print-preparing-heading = The catalogue “{ $title }” is being prepared
print-preparing-lead = It has { $products ->
    [one] { $products } product
   *[other] { $products } products
} and takes a few seconds to a minute to make. This page reloads by itself and the PDF opens when it is ready.
print-preparing-try-again = Try again now
print-preparing-back = Back to { $title }

## The printed catalogue (PDF) itself: its cover, contents and product pages.
print-kind = { $kind ->
    [showcase] SHOWCASE CATALOGUE
    [district] DISTRICT CATALOGUE
   *[producer] PRODUCER CATALOGUE
}
print-page = Page { $page } of { $pages }
print-footer = { $title } · Made on { $day } · { site-name }
print-made-on = Made on { $day }
print-products = { $count ->
    [one] { $count } product
   *[other] { $count } products
}
print-products-first = The first { $printed } of { $available } products
print-see-online = See it online, with every photo, and send an enquiry:
print-contents = Contents
print-more-online = This catalogue prints the first { $printed } of the { $available } products; see them all at { $url }
print-the-end = The end of this catalogue: it prints { $printed } of the { $available } products (at most { $most }).
print-scan = Scan to see this product and send an enquiry
print-reach-title = How to reach { $producer }
print-reach = Send an enquiry through { site-name } at { $url }. The producer's phone and e-mail address are shared with you once they answer.
print-curators-note = Curator's note
print-odop-heading = { $district }'s One District One Product: { $product }
print-curated-by = Curated by { $curator }
print-district-title = Products of { $district }
print-district-byline = { $district } district, { $state }
print-district-odop = One District One Product: { $products }.
