# الإطار المشترك لكل الصفحات: الرأس والقوائم والتذييل.
site-name = بازار ODOP
site-description = دليل تجاري تعرض فيه مقاطعات الهند منتجاتها المميزة ضمن برنامج «مقاطعة واحدة، منتج واحد» على المشترين حول العالم.
site-skip = انتقل إلى المحتوى
site-search-label = ابحث عن المنتجات
    .placeholder = ابحث عن منتجات وحِرف ومقاطعات
site-search-button = بحث
site-menu = القائمة
site-menu-close = أغلق القائمة
site-unread-messages = { $count ->
    [zero] رسائل غير مقروءة
    [one] رسالة غير مقروءة
    [two] رسالتان غير مقروءتين
    [few] رسائل غير مقروءة
   *[other] رسالة غير مقروءة
}
site-unread = غير مقروءة
site-nav-main = الرئيسية
site-nav-states = الولايات
site-nav-showcases = المعارض
site-nav-gi = المؤشرات الجغرافية
site-nav-about = عن البيانات
site-nav-account = حسابك
site-nav-dashboard = لوحة التحكم
site-nav-enquiries = الاستفسارات
site-nav-admin = الإدارة
site-account-settings = إعدادات الحساب
site-sign-out = تسجيل الخروج
site-sign-in = تسجيل الدخول
site-join = انضم
site-language = اللغة
site-footer-about = بازار ODOP دليل تجاري تعرض فيه مقاطعات الهند منتجات برنامج «مقاطعة واحدة، منتج واحد» على المشترين حول العالم: المنتجون يعرضون، والمشترون يستفسرون.
site-footer-data = البيانات: قائمة ODOP من DPIIT، وLGD، وسجل المؤشرات الجغرافية، ونظام HS لمنظمة الجمارك العالمية.
site-footer-data-link = عن البيانات وتراخيصها
site-footer-api = واجهة برمجة للمطورين
