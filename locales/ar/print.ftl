# الصفحة التي تظهر أثناء إعداد كتالوج قابل للطباعة (PDF).
print-preparing-title = جارٍ إعداد الكتالوج “{ $title }”
print-preparing-description = يجري إعداد كتالوج PDF القابل للطباعة “{ $title }”.
print-preparing-eyebrow = كتالوج قابل للطباعة (PDF)
print-preparing-heading = يجري إعداد الكتالوج “{ $title }”
print-preparing-lead = { $products ->
    [zero] لا يضم أي منتج
    [one] يضم منتجًا واحدًا
    [two] يضم منتجين
    [few] يضم { $products } منتجات
   *[other] يضم { $products } منتجًا
}، ويستغرق إعداده من بضع ثوانٍ إلى دقيقة. تُعاد تحميل هذه الصفحة تلقائيًا ويُفتح ملف PDF عندما يجهز.
print-preparing-try-again = حاول مرة أخرى الآن
print-preparing-back = العودة إلى { $title }

## The printed catalogue (PDF) itself: its cover, contents and product pages.
print-kind = { $kind ->
    [showcase] كتالوج المعرض
    [district] كتالوج المقاطعة
   *[producer] كتالوج المنتِج
}
print-page = الصفحة { $page } من { $pages }
print-footer = { $title } · أُعدّ في { $day } · { site-name }
print-made-on = أُعدّ في { $day }
print-products = { $count ->
    [zero] لا منتجات
    [one] منتج واحد
    [two] منتجان
    [few] { $count } منتجات
    [many] { $count } منتجًا
   *[other] { $count } منتج
}
print-products-first = أول { $printed } من { $available } منتج
print-see-online = شاهده على الإنترنت بكل صوره وأرسل استفسارًا:
print-contents = المحتويات
print-more-online = يطبع هذا الكتالوج أول { $printed } من { $available } منتج؛ شاهدها كلها على { $url }
print-the-end = نهاية هذا الكتالوج: يطبع { $printed } من { $available } منتج (بحد أقصى { $most }).
print-scan = امسح الرمز لمشاهدة هذا المنتج وإرسال استفسار
print-reach-title = كيف تتواصل مع { $producer }
print-reach = أرسل استفسارًا عبر { site-name } على { $url }. يُطلعك المنتِج على هاتفه وبريده الإلكتروني بمجرد أن يردّ.
print-curators-note = ملاحظة المنسّق
print-odop-heading = منتج مقاطعة { $district } في «مقاطعة واحدة، منتج واحد»: { $product }
print-curated-by = من تنسيق { $curator }
print-district-title = منتجات { $district }
print-district-byline = مقاطعة { $district }، { $state }
print-district-odop = «مقاطعة واحدة، منتج واحد»: { $products }.
