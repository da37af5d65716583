# أجزاء مشتركة بين الصفحات: الشارات، وبطاقات المنتجات والمعارض، وبطاقات الأماكن، وأرقام الصفحات.
macros-gi-tagged = مؤشر جغرافي (GI)
macros-verified = ✓ موثَّق
macros-export-ready = جاهز للتصدير
macros-state-card = { $districts ->
    [zero] لا مقاطعات
    [one] مقاطعة واحدة
    [two] مقاطعتان
    [few] { $districts } مقاطعات
   *[other] { $districts } مقاطعة
} · { $products ->
    [zero] لا منتجات
    [one] منتج واحد
    [two] منتجان
    [few] { $products } منتجات
   *[other] { $products } منتجًا
} · { $gis } GI
macros-gi-category = { $category ->
    [Handicraft] حرف يدوية
    [Agricultural] منتجات زراعية
    [Manufactured] منتجات مصنَّعة
    [Food-Stuff] مواد غذائية
    [Natural-Goods] سلع طبيعية
   *[other] { $name }
}
macros-card-moq = الحد الأدنى للطلب { $quantity }
macros-card-by = من
macros-card-reply = ، يرد عادةً { $time }
macros-reply-within = { $unit ->
    [hour] خلال ساعة
    [hours] { $count ->
        [two] خلال ساعتين
        [few] خلال { $count } ساعات
       *[other] خلال { $count } ساعة
    }
   *[days] { $count ->
        [one] خلال يوم
        [two] خلال يومين
        [few] خلال { $count } أيام
       *[other] خلال { $count } يومًا
    }
}
macros-curator-note = ملاحظة المنسِّق:
macros-curate = أضف إلى معرض
macros-curate-label = المعرض الذي يُضاف إليه { $title }
macros-curate-add = أضف
macros-curate-create = أنشئ معرضًا أولًا
macros-saved = محفوظ
macros-remove = إزالة
macros-remove-hidden = { $title } من قائمتك المختصرة
macros-save = حفظ
macros-save-hidden = { $title } في قائمتك المختصرة
macros-showcase-products = { $count ->
    [zero] لا منتجات
    [one] منتج واحد
    [two] منتجان
    [few] { $count } منتجات
   *[other] { $count } منتجًا
}
macros-previous = ‹ السابق
macros-next = التالي ›
macros-page = صفحة
