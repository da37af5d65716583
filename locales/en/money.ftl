# Prices and quantities. $unit is a listing's order unit as stored, spaces
# written as hyphens ("square-metres"); $name is the unit as typed, for units
# the site does not know.
money-per-unit = { $price } per { $unit ->
    [pieces] piece
    [pairs] pair
    [sets] set
    [dozens] dozen
    [tonnes] tonne
    [litres] litre
    [metres] metre
    [square-metres] square metre
    [bags] bag
    [boxes] box
    [cartons] carton
   *[other] { $name }
}
money-quantity = { $count } { $unit ->
   *[other] { $name }
}
