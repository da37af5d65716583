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
# A listing's order unit in words, for $count of it: what money-quantity
# writes after the figure, and a unit named alone (a list of units) with a
# $count of 3, which takes the plural in every language the site speaks.
money-unit = { $count ->
    [one] { $unit ->
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
   *[other] { $name }
}
money-quantity = { $count } { money-unit }
