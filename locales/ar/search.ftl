# صفحة البحث: النتائج والمرشحات والمساعدة حين لا يطابق شيء.
search-description = ابحث في منتجات «مقاطعة واحدة، منتج واحد» الهندية حسب المنتج أو الحرفة أو المقاطعة أو الولاية، بالإنجليزية أو الهندية أو بأسمائها التجارية.
search-results-for = نتائج «{ $q }»
search-all-products = كل المنتجات
search-found = { $count ->
    [one] وُجد منتج واحد
    [two] وُجد منتجان
    [few] وُجدت { $count } منتجات
   *[other] وُجد { $count } منتجًا
}
search-none-found = لم يُعثر على منتجات
search-showing = عرض { $first }–{ $last } من { $count }
search-origin-reading = «{ $words }»: نعرض أولًا المنتجات من { $places }، ثم المنتجات الأخرى التي تحوي هذه الكلمات.
search-origin-literal = ابحث عن «{ $q }» كما كُتب
search-literal-reading = نعرض المنتجات التي تحوي هذه الكلمات كما كُتبت.
search-literal-places = اعرض أيضًا المنتجات من الأماكن التي تسميها هذه الكلمات
search-filters-in-use = المرشحات المستخدمة
search-remove-filter = إزالة المرشح:
search-clear-filters = مسح كل المرشحات
search-filters = المرشحات
search-show-only = اعرض فقط
search-order-and-price = حجم الطلب والسعر
search-moq-max = الحد الأدنى للطلب لا يتجاوز
search-currency = العملة
search-any-currency = أي عملة
search-price-per-unit = سعر الوحدة
search-price-min = أدنى سعر
    .placeholder = من
search-price-max = أعلى سعر
    .placeholder = إلى
search-currency-hint = الأسعار بعملة كل عرض: اختر عملة واحدة لتقارن المتشابه بالمتشابه.
search-apply = تطبيق
search-show-products = { $count ->
    [one] اعرض منتجًا واحدًا
    [two] اعرض منتجين
    [few] اعرض { $count } منتجات
   *[other] اعرض { $count } منتجًا
}
search-no-match-remove-filter = لا توجد منتجات مطابقة: أزل أحد المرشحات
search-results = النتائج
search-sort = ترتيب النتائج
search-sort-by = الترتيب حسب
search-pages = صفحات النتائج
search-nothing-matches = لا شيء مطابق
search-nothing-matches-q = لا شيء يطابق «{ $q }»
search-nothing-matches-filters = لا شيء مطابق بهذه المرشحات
search-nothing-matches-q-filters = لا شيء يطابق «{ $q }» بهذه المرشحات
search-suggestions = عمليات البحث هذه تجد منتجات:
search-help-districts = مقاطعات تشتهر به
search-help-known-for = تشتهر بـ { $product }
search-help-district = مقاطعة
search-help-sectors = قطاعات للتصفح
search-help-spelling = تحقق من الإملاء أو استخدم كلمات أقل. الأسماء الهندية والمحلية والتجارية تعمل أيضًا:
search-help-browse = أو تصفح المقاطعات حسب الولاية.
search-sort-order = { $sort ->
    [relevance] الأكثر تطابقًا
    [newest] الأحدث
    [price_asc] السعر: من الأدنى إلى الأعلى
   *[price_desc] السعر: من الأعلى إلى الأدنى
}
search-facet-title = { $facet ->
    [state] الولاية
    [district] المقاطعة
    [sector] القطاع
    [category] الفئة
   *[hs_chapter] فصل HS
}
search-category = { $category ->
    [primary] المنتج المميز للمقاطعة
    [secondary] التخصص الثاني للمقاطعة
    [tertiary] التخصص الثالث للمقاطعة
    [others] تخصص آخر للمقاطعة
   *[other] { $label }
}
search-verified-producer = منتِج موثَّق
search-filter-moq = الحد الأدنى للطلب حتى { $count }
search-filter-currency = الأسعار بـ { $currency }
search-filter-from = من { $price }
search-filter-up-to = حتى { $price }
search-suggest = «{ $q }»
search-suggest-without-filters = «{ $q }»، بدون مرشحات
search-suggest-everywhere = «{ $q }» في كل الولايات والقطاعات، بدون مرشحات
search-places = { $count ->
    [one] { $last }
   *[other] { $rest } و{ $last }
}

# مُعامِل بحث لا يمكن استخدامه. ‏$parameter هو اسم المُعامِل كما أُرسل.
search-bad-slug = يجب أن يكون “{ $parameter }” اسمًا من الدليل، مثل uttar-pradesh أو varanasi.
search-bad-flag = يجب أن تكون قيمة “{ $parameter }” ‏true أو false.
search-bad-whole-number = يجب أن يكون “{ $parameter }” عددًا صحيحًا يساوي 0 أو أكثر، لا “{ $value }”.
search-bad-amount = يجب أن يكون “{ $parameter }” مبلغًا مثل 250 أو 99.50، لا “{ $value }”.
search-bad-words-too-long = كلمات البحث طويلة جدًا: { $max } حرفًا على الأكثر من فضلك.
search-bad-sector = لا يوجد قطاع باسم “{ $sector }”.
search-bad-category = الفئة طويلة جدًا.
search-bad-currency = يجب أن تكون “currency” رمز ISO من ثلاثة أحرف مثل INR أو USD.
search-bad-hs-chapter = يجب أن يكون “hs_chapter” فصلًا من فصول النظام المنسق من رقمين مثل 09 أو 52.
search-bad-price-order = أدنى سعر أعلى من أعلى سعر؛ بدّل بينهما وحاول مرة أخرى.
search-bad-sort = يجب أن تكون “sort” واحدة من: relevance أو newest أو price_asc أو price_desc.
search-bad-page = يجب أن تكون “page” رقمًا من 1 إلى { $max }.
search-bad-per-page = يجب أن تكون “per_page” رقمًا من 1 إلى { $max }.
