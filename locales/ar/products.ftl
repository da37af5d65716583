# الصفحة العامة للمنتج.
products-preview = معاينة:
products-title = { $title } من { $district }، { $state }
products-preview-banner = معاينة: هذا العرض { $status ->
    [draft] مسودة
    [submitted] بانتظار المراجعة
    [published] منشور
    [changes_requested] بانتظار تعديلات
    [rejected] مرفوض
    [archived] مؤرشف
   *[withheld] محجوب لأن الحساب موقوف
} ولا يراه المشترون.
products-preview-owner = لا يفتح هذه الصفحة إلا أنت والمشرفون.
products-moderator-note = ملاحظة المشرف:
products-open-large = (افتح الصورة الكبيرة)
products-all-photos = كل الصور بحجم أكبر
products-photo-n = (الصورة { $n } من { $count }، كبيرة)
products-made-in = صُنع في
products-made-by = · من إنتاج
products-price-range = نطاق السعر
products-moq = الحد الأدنى للطلب
products-lead-time = مدة التجهيز
products-days = { $count ->
    [one] يوم واحد
    [two] يومان
    [few] { $count } أيام
   *[other] { $count } يومًا
}
products-send-enquiry = أرسل استفسارًا
products-edit = عدّل هذا العرض
products-ask = اسأل المنتِج عن الأسعار للكمية التي تريدها والعينات والشحن. مجانًا ودون أي التزام.
products-usually-replies = يرد { $name } عادةً { $time }.
products-curate-title = أضف إلى معرض
products-curate-showcase = المعرض
products-curate-note = ملاحظتك للمشترين
products-optional = اختياري
products-curate-add = أضف إلى المعرض
products-curate-none = ليس لديك معرض مفتوح للمنتجات بعد.
products-curate-create = أنشئ معرضًا
products-about = عن هذا المنتج
products-spec = المواصفات
products-category = الفئة
products-materials = المواد
products-capacity = الطاقة الشهرية
products-samples = العينات
products-samples-available = متاحة
products-samples-none = غير متاحة
products-export-yes = نعم: معبأ وموثق للتصدير
products-export-no = ليس بعد
products-hs-code = رمز HS
products-gi = المؤشر الجغرافي
products-certifications = الشهادات
products-listed-since = معروض منذ
products-odop-story = المقاطعة وقصة ODOP فيها
products-odop-eyebrow = مقاطعة واحدة، منتج واحد · { $district }
products-odop-gi = مؤشر جغرافي مسجل: الاسم محمي للسلع القادمة من مكان منشئها.
products-odop-named = { $district } هي المقاطعة التي تذكرها قائمة «مقاطعة واحدة، منتج واحد» لحكومة الهند لمنتج { $product }.
products-more-about = المزيد عن { $district }، { $state }
products-the-producer = المنتِج
products-producer-kind = { $kind ->
    [artisan] حرفي
    [micro-unit] وحدة صغرى
    [fpo] منظمة منتجين زراعيين (FPO)
    [shg] مجموعة مساعدة ذاتية (SHG)
    [cooperative] تعاونية
   *[exporter] مصدّر صغير
}
products-verified-on = ✓ موثَّق في { $date }
products-replies = الردود
products-replies-usually = عادةً { $time }
products-languages = اللغات
products-incoterms = شروط Incoterms
products-ports = موانئ الشحن
products-producer-page = صفحة المنتِج ومنتجاته الأخرى

## A listing's text in another language than its own (`i18n::Versions`)
products-language-name = { $language ->
    [hi] الهندية
    [ar] العربية
   *[en] الإنجليزية
}
products-shown-translation = { $language ->
    [hi] معروض بالهندية، بترجمة المنتِج.
    [ar] معروض بالعربية، بترجمة المنتِج.
   *[en] معروض بالإنجليزية، بترجمة المنتِج.
}
products-see-original = { $language ->
    [hi] اقرأ الأصل بالهندية
    [ar] اقرأ الأصل بالعربية
   *[en] اقرأ الأصل بالإنجليزية
}
products-written-in = { $language ->
    [hi] مكتوب بالهندية
    [ar] مكتوب بالعربية
   *[en] مكتوب بالإنجليزية
}
products-original = { $language ->
    [hi] الأصل، بالهندية
    [ar] الأصل، بالعربية
   *[en] الأصل، بالإنجليزية
}
