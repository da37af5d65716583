# The layout every page shares: header, menus and footer.
site-name = ODOP Bazaar
site-description = A trade directory where India's districts show their signature One District One Product goods to buyers worldwide.
site-skip = Skip to content
site-search-label = Search products
    .placeholder = Search products, crafts, districts
site-search-button = Search
site-menu = Menu
site-menu-close = Close the menu
site-unread-messages = { $count ->
    [one] unread message
   *[other] unread messages
}
site-unread = unread
site-nav-main = Main
site-nav-states = States
site-nav-showcases = Showcases
site-nav-gi = GI register
site-nav-about = About the data
site-nav-account = Your account
site-nav-dashboard = Dashboard
site-nav-enquiries = Enquiries
site-nav-admin = Admin
site-account-settings = Account settings
site-sign-out = Sign out
site-sign-in = Sign in
site-join = Join
site-language = Language
site-footer-about = ODOP Bazaar is a trade directory where India's districts show their One District One Product goods to buyers worldwide: producers list, buyers enquire.
site-footer-data = Data: DPIIT ODOP list, LGD, GI Registry, WCO HS.
site-footer-data-link = About the data and its licences
site-footer-api = API for developers
