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
