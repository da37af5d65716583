# Suggestions under the header search box (static/js/suggest.js). The counts
# are read aloud as suggestions arrive; { $count } is filled in by the script.
suggest-label = सुझाव
suggest-count-zero = कोई सुझाव नहीं
suggest-count-one = { $count } सुझाव
suggest-count-two = { $count } सुझाव
suggest-count-few = { $count } सुझाव
suggest-count-many = { $count } सुझाव
suggest-count-other = { $count } सुझाव
suggest-kind-district = ज़िला
suggest-kind-state = राज्य
suggest-kind-odop-product = ओडीओपी उत्पाद
suggest-kind-gi-product = जीआई उत्पाद
suggest-kind-product = उत्पाद
