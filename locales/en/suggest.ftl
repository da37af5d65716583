# Suggestions under the header search box (static/js/suggest.js). The counts
# are read aloud as suggestions arrive; { $count } is filled in by the script.
suggest-label = Suggestions
suggest-count-zero = No suggestions
suggest-count-one = { $count } suggestion
suggest-count-two = { $count } suggestions
suggest-count-few = { $count } suggestions
suggest-count-many = { $count } suggestions
suggest-count-other = { $count } suggestions
suggest-kind-district = District
suggest-kind-state = State
suggest-kind-odop-product = ODOP product
suggest-kind-gi-product = GI product
suggest-kind-product = Product
