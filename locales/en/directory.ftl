# The directory: home, states, districts, sectors, the GI register and "About the data".
directory-breadcrumb = Breadcrumb
directory-home = Home
directory-sectors = Sectors
directory-sector = Sector
directory-sector-name = { $sector ->
    [agriculture] Agriculture
    [food-processing] Food processing
    [handicraft] Handicraft
    [handloom] Handloom
    [textile] Textile
    [manufacturing] Manufacturing
    [marine] Marine
    [dairy] Dairy
   *[others] Other products
}
    .summary = { $sector ->
        [agriculture] Spices, fruit, grains, tea, coffee and other produce grown for their district's soil and climate.
        [food-processing] Pickles, sweets, snacks, oils and preserved foods made from local harvests.
        [handicraft] Metalwork, pottery, woodcraft, toys, stone and lacquer work by artisan clusters.
        [handloom] Saris, shawls and fabrics woven by hand on traditional looms.
        [textile] Printed, dyed and embroidered textiles, garments and made-ups.
        [manufacturing] Leather, sports goods, locks, brassware, tools and light engineering.
        [marine] Fish, shrimp, seaweed and other marine products from coastal districts.
        [dairy] Milk products, ghee, paneer and traditional dairy sweets.
       *[others] Services, minerals and products that fit no single sector.
    }
# The ODOP list's rank of a product in its district, as the list names it.
directory-odop-rank = { $category ->
    [Primary] Primary
    [Secondary] Secondary
    [Tertiary] Tertiary
    [Others] Others
   *[other] { $category }
}
directory-state-kind = { $kind ->
    [state] State
   *[union-territory] Union territory
}
directory-union-territories = Union territories
directory-india = India
directory-stat-states-uts = States & union territories
directory-stat-districts = Districts
directory-stat-odop-products = ODOP products
directory-stat-gis = Registered GIs
directory-products-word = { $count ->
    [one] product
   *[other] products
}
directory-products-from = Products from { $place }
directory-browse-by-state = Browse by state
directory-browse-by-sector = Browse by sector
directory-jump-to = Jump to
directory-jump-to-state = Jump to a state
directory-no-gi = No Geographical Indication is registered for { $state } yet.
directory-catalogue-pdf = Download catalogue (PDF)

directory-home-title = ODOP Bazaar: India's district products for buyers worldwide
directory-home-feed = New showcases on ODOP Bazaar
directory-home-eyebrow = One District One Product · trade directory
directory-home-heading = Every district of India has a product it is known for. Find it at its source.
directory-home-lead = ODOP Bazaar is a trade directory where India's districts show their signature products to buyers worldwide. Producers list what they make; importers, sourcing managers and gift buyers find them by place, sector or Geographical Indication, and enquire directly.
directory-home-see-gi = See the GI register
directory-home-numbers = The directory in numbers
directory-home-gi-note = { $tagged } of the { $count } ODOP products are themselves GI-tagged. Figures come live from the official lists.
directory-home-figures-link = About the data
directory-home-all-showcases = All showcases
directory-home-newest = Newest products

directory-states-title = States and union territories
directory-states-description = All { $count } states and union territories of India with their districts, One District One Product goods and registered Geographical Indications.
directory-states-lead = India's { $states } states and { $uts } union territories, with { $districts } districts between them. The One District One Product list names { $products } products across those districts. Pick a state to see each district's products.
directory-states-glance = All { $count }, at a glance
directory-states-state-or-ut = State or UT
directory-states-gi-note = GIs: registered Geographical Indications. A GI shared by several states counts once for each of them, so that column does not add up to the register's total.
directory-states-chart = ODOP products per state
directory-states-chart-caption = Number of products the ODOP list names for each state or union territory, most first.

directory-state-title = { $state }: districts and ODOP products
directory-state-description = The districts of { $state }, the One District One Product goods each is known for, and the state's registered Geographical Indications.
directory-state-lead-all = The One District One Product list names { $count ->
    [one] { $count } product
   *[other] { $count } products
} for { $districts ->
    [one] { $districts } district
   *[other] all { $districts } districts
} of { $state }.
directory-state-lead-some = The One District One Product list names { $count ->
    [one] { $count } product
   *[other] { $count } products
} for { $districts } of the { $all } districts of { $state }.
directory-state-lead-gi = { $count ->
    [one] { $count } of them is GI-tagged.
   *[other] { $count } of them are GI-tagged.
}
directory-state-districts = Districts and their products
directory-subdistrict-count = { $count ->
    [one] { $count } sub-district
   *[other] { $count } sub-districts
}
directory-village-count = { $count ->
    [one] { $count } village
   *[other] { $count } villages
}
directory-state-no-product = No ODOP product listed yet.
directory-state-gis = Registered GIs of { $state }
directory-state-gis-note = The Geographical Indications Registry records the state of each GI, not the district, so these are listed for { $state } as a whole.
directory-state-gis-link = The full register groups every GI by state.

directory-district-title = { $district }, { $state }: ODOP products
directory-district-description = { $district } district of { $state } is known for { $products }.
directory-district-description-empty = { $district } district of { $state } on ODOP Bazaar.
directory-district-of = District of { $state }
directory-district-known-for = Known for { $products }: { $count ->
    [one] the product
   *[other] the products
} the One District One Product list names for this district.
directory-district-no-product = The One District One Product list names no product for { $district } yet. Districts formed recently are often not in the list yet; the products of the neighbouring districts of { $state }, below, may include this district's crafts and crops.
directory-lgd-code = LGD code
directory-census-code = Census 2011 code
directory-subdistricts = Sub-districts
directory-villages = Villages
directory-district-odop = { $count ->
    [one] ODOP product of { $district }
   *[other] ODOP products of { $district }
}
directory-odop-category = ODOP category
directory-ministry = Ministry or department
directory-listed-as = Listed as “{ $name }” in the ODOP list.
directory-district-gis = GIs registered in { $state }
directory-district-gis-note = The Geographical Indications Registry names states, not districts, so these { $count } GIs belong to { $state } as a whole.
directory-district-gis-note-tagged = The Geographical Indications Registry names states, not districts, so these { $count } GIs belong to { $state } as a whole; the products above marked GI-tagged are the ones the ODOP list ties to { $district }.
directory-other-districts = Other districts of { $state }

directory-sector-title = { $sector }: ODOP products by district
directory-sector-description = { $count } One District One Product goods, grouped by state.
directory-sector-products = { $sector } products
directory-sector-empty = The ODOP list names no product in this sector yet.

directory-gi-title = Register of Geographical Indications
directory-gi-description = India's registered Geographical Indications, grouped by state, with their goods category.
directory-gi-lead = A Geographical Indication (GI) protects a product whose qualities come from its place of origin: Darjeeling tea, Banaras brocades and saris, Channapatna toys.
directory-gi-lead-all = The Geographical Indications Registry lists { $all }; here they are by the state that holds them.
directory-gi-lead-category = The Geographical Indications Registry lists { $all }; { $count } of them in the category “{ $category }”, shown here by state.
directory-gi-lead-shared = A GI shared by several states is listed under each.
directory-gi-goods-category = Goods category
directory-gi-all = All
directory-gi-abroad = Registered from abroad
directory-gi-abroad-note = Foreign GIs protected in India, with their country of origin.
directory-gi-none = No GI is registered in this category.

directory-data-title = About the data
directory-data-description = Where ODOP Bazaar's directory data comes from: the DPIIT One District One Product list, the Local Government Directory, the GI Registry and the WCO Harmonized System, with licences and known quirks.
directory-data-lead = The directory is built from public, official lists. This page says what each one is, where our copy comes from, under which licence we use it, how many rows the site has loaded, and the quirks worth knowing when you read a page.
directory-data-credits = Credits
directory-data-credit-odop = One District One Product, DPIIT, Government of India
directory-data-credit-lgd = Local Government Directory, Ministry of Panchayati Raj
directory-data-credit-gi = Geographical Indications Registry, Government of India
directory-data-credit-datasets = WCO Harmonized System 2022 via UN Comtrade, ISO 3166 country codes and ISO 4217 currency codes from the collection
directory-data-credit-hsn = India's GST HSN list, Government of India public data
directory-data-licence-godl = Government Open Data License – India
directory-data-licence-odc = ODC Public Domain Dedication and License
directory-data-licence-goi = Government of India public data
directory-data-licence-gi = Government of India public register
directory-data-sets = The data sets
directory-data-rows = Rows loaded
directory-data-source = Source
directory-data-licence = Licence
directory-data-attribution = Attribution
directory-data-file = file
directory-data-codes = { $count ->
    [one] { $count } code
   *[other] { $count } codes
}
directory-data-odop = One District One Product list
directory-data-odop-about = The central list of the products each district is known for, version 31 dated 7 July 2025: state, district, product, category (Primary, Secondary, Tertiary or Others), sector, GI status, ministry or department and a description.
directory-data-odop-rows = { $count ->
    [one] { $count } product
   *[other] { $count } products
}
directory-data-odop-source = Government of India ODOP master sheet (DPIIT / Invest India), as redistributed in the public GitHub repository
directory-data-odop-checked = every row checked against the LGD district list
directory-data-lgd = States, union territories and districts
directory-data-lgd-about = Every district with its LGD code, state, Census 2001 and 2011 codes and its counts of sub-districts and villages; every state and union territory with its LGD and Census codes and its ISO 3166-2:IN code.
directory-data-lgd-rows = { $states } states and union territories, { $districts } districts
directory-data-lgd-source = Local Government Directory (Ministry of Panchayati Raj): the December 2022 district list
directory-data-lgd-source-merged = merged with the districts derived from the May 2026 village export
directory-data-lgd-source-iso = ISO 3166-2:IN codes
directory-data-gi = Register of Geographical Indications
directory-data-gi-about = Every registered GI with its name, goods category (Handicraft, Agricultural, Manufactured, Food Stuff, Natural Goods), the states it belongs to and whether it comes from India or abroad. Categories and state names are normalised.
directory-data-gi-rows = { $count ->
    [one] { $count } GI
   *[other] { $count } GIs
}
directory-data-gi-source = IP India register “Total Registered GI details of GI Application in India”, as extracted in
directory-data-hs = Harmonized System 2022
directory-data-hs-about = The World Customs Organization's product nomenclature at 2, 4 and 6 digits with its parent links, and its 21 sections (I–XXI): the codes customs use worldwide.
directory-data-hs-source = from UN Comtrade
directory-data-hsn = India's GST HSN codes
directory-data-hsn-about = India's HSN list down to 8 digits: the codes Indian exporters put on their invoices.
directory-data-hsn-source = GST portal HSN master, as redistributed in
directory-data-countries = Countries
directory-data-countries-about = ISO 3166-1 countries with their two- and three-letter and numeric codes, names, region, currency and dialling code.
directory-data-countries-rows = { $count } countries and territories
directory-data-currencies = Currencies
directory-data-currencies-about = ISO 4217 currencies with their code, numeric code and minor unit. The source lists each currency once per country that uses it, and withdrawn currencies too; the site keeps each current currency once.
directory-data-currencies-rows = { $count ->
    [one] { $count } currency
   *[other] { $count } currencies
}
directory-data-quirks = Known quirks
directory-quirk-names = Former district names.
    .text = The ODOP list sometimes spells a district the old way or uses a former name (23 rows). Products are filed under the district's current name in the Local Government Directory, and the product says “listed as … in the ODOP list” where the spelling differs.
directory-quirk-codes = Corrected district codes.
    .text = 15 rows of the ODOP list (10 districts) carry a wrong LGD district code upstream; the site uses the code found by checking each row against the Local Government Directory, never the district name alone.
directory-quirk-gi = GIs belong to states, not districts.
    .text = The GI register names the states of a GI but no district. A district page therefore lists its state's GIs, and marks a product “GI-tagged” only where the ODOP list itself says so.
directory-quirk-empty = Districts without a product.
    .text = Some recently formed districts are not in the ODOP list yet; their pages say so.
directory-quirk-products = Not every “product” is a product.
    .text = A few ODOP entries are sectors or services (“Food Processing”, “Sightseeing”). The list's photo links point to a file-sharing service, so the site does not show them.
directory-quirk-hs99 = HS chapter 99 left out.
    .text = UN Comtrade's chapter 99 (“commodities not specified according to kind”) and its grand-total row are not part of the Harmonized System, so they are not among the HS codes.
directory-quirk-hsn = Older HSN codes.
    .text = 1,769 codes in the GST HSN list come from older HS editions. The site checks an HS code against HS 2022 at 6 digits and accepts India's 8-digit extension.
