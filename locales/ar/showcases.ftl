# المعارض: القائمة والصفحات العامة، والخلاصة، ومحرر المنظِّم.
showcases-title = المعارض: مجموعات منسقة من منتجات المقاطعات
showcases-description = مجموعات من منتجات «مقاطعة واحدة، منتج واحد» الهندية تنسقها مجالس التصدير والبعثات الهندية: منسوجات يدوية من ولاية، وتوابل تحمل مؤشرًا جغرافيًا، وكتالوجات هدايا للوفود التجارية.
showcases-eyebrow = تنسيق مجالس التصدير والبعثات
showcases-lead = مجموعات من منتجات المقاطعات مختارة حول موضوع: حرفة أو ولاية أو معرض تجاري أو لقاء مشترين. كل منتج مرتبط بمنتِجه الذي يمكنك سؤاله مباشرة.
showcases-follow = تابع المعارض الجديدة (خلاصة Atom)
showcases-none = لا يوجد معرض قائم حاليًا. وفي الأثناء:
showcases-showcase = معرض
showcases-preview-who = لا يرى المشترون هذه الصفحة بعد؛ لا يفتحها إلا منسقها ومديرو الموقع.
showcases-hidden = { $count ->
    [one] منتج واحد فيه غير منشور حاليًا ولا يظهر.
    [two] منتجان فيه غير منشورين حاليًا ولا يظهران.
    [few] { $count } منتجات فيه غير منشورة حاليًا ولا تظهر.
   *[other] { $count } منتجًا فيه غير منشورة حاليًا ولا تظهر.
}
showcases-hidden-of = { $count ->
    [one] منتج واحد من منتجاته غير منشور حاليًا ولا يظهر
    [two] منتجان من منتجاته غير منشورين حاليًا ولا يظهران
   *[other] { $count } من منتجاته غير منشورة حاليًا ولا تظهر
}
showcases-back-to-editor = العودة إلى المحرر
showcases-edit = عدّل هذا المعرض
showcases-curated-by = تنسيق { $name }
showcases-meet = قابل المنتِجين
showcases-meet-book = { $dates }: احجز اجتماعًا بالفيديو مع منتِجي هذا المعرض.
showcases-pavilions = الأجنحة
showcases-products = المنتجات
showcases-none-published = لا يوجد منتج منشور من منتجات هذا المعرض حاليًا.
showcases-feed-subtitle = مجموعات من منتجات مقاطعات الهند، تنسقها مجالس التصدير والبعثات.
showcases-on = { $day }
showcases-between = { $first } – { $last }
showcases-from = من { $day }
showcases-not-scheduled = غير مجدول
showcases-preview-draft = هذا المعرض مسودة.
showcases-preview-scheduled = يبدأ هذا المعرض في { $day }.
showcases-preview-ended = انتهى هذا المعرض في { $day }.
showcases-phase = { $phase ->
    [draft] مسودة
    [scheduled] مجدول
    [live] قائم
   *[ended] منتهٍ
}
showcases-pavilions-kind = { $kind ->
    [none] قائمة واحدة، بلا أجنحة
    [state] جناح لكل ولاية
    [district] جناح لكل مقاطعة
    [gi] جناح لكل مؤشر جغرافي
   *[named] أجنحة بأسماء تختارها
}
showcases-error = خطأ:
showcases-choose = اختر معرضًا
showcases-back = رجوع
showcases-yours = معارضك
showcases-all-note = معارض كل المنظِّمين: بصفتك مديرًا يمكنك تعديل أي منها.
showcases-public-list = القائمة العامة
showcases-none-made = لم ينشئ أحد معرضًا بعد.
showcases-none-yours = لا تنسّق أي معرض بعد: أنشئ واحدًا، ثم أضف منتجات من صفحته أو من صفحة منتج أو من البحث.
showcases-new = جديد
showcases-new-lead = المعرض مجموعة من المنتجات المنشورة حول موضوع. احفظه كمسودة، وأضف المنتجات، ثم انشره للأيام التي يجب أن يظهر فيها.
showcases-save-draft = احفظ كمسودة
showcases-cancel = إلغاء
showcases-field-title = العنوان
    .hint = أول ما يقرؤه المشترون، مثل «المنسوجات اليدوية من أوتار براديش» أو «توابل تحمل مؤشرًا جغرافيًا».
showcases-field-slug = عنوان الصفحة
    .hint = نهاية عنوانه، ‎/showcases/…: أحرف لاتينية صغيرة وأرقام وشرطات. اتركه فارغًا ليُنشأ من العنوان. تغييره يُبطل الروابط التي لدى الناس.
showcases-field-theme = الموضوع
    .hint = عمّ تتحدث المجموعة ولمن هي؛ يظهر فوق المنتجات.
showcases-field-banner = صورة اللافتة
    .hint = JPEG أو PNG أو WebP، حتى 20 ميغابايت؛ تبدو الصورة العريضة بعرض 1600 بكسل على الأقل أفضل.
showcases-field-new-banner = صورة لافتة جديدة
showcases-field-banner-keep = اتركه فارغًا للإبقاء على اللافتة الظاهرة أعلاه.
showcases-field-banner-again = لم يُحتفظ بالملف الذي اخترته قبل عودة هذه الصفحة: اختره مرة أخرى.
showcases-field-banner-alt = ما تُظهره اللافتة
    .hint = لمن لا يستطيع رؤيتها، مثل «نسّاج على نول حفرة في فاراناسي». فارغ: العنوان.
showcases-field-when = متى يظهر
showcases-field-first-day = اليوم الأول
    .needed = مطلوب للنشر
    .hint = يبدأ في بداية هذا اليوم بتوقيت الهند.
showcases-field-last-day = اليوم الأخير
    .hint = يُزال من الموقع في نهاية هذا اليوم بتوقيت الهند. فارغ: حتى تزيله أنت.
showcases-field-featured = اعرضه في الصفحة الرئيسية ما دام قائمًا
showcases-field-grouped = كيف تُجمَّع منتجاته
showcases-field-sections = أجنحة بأسماء تختارها
    .hint = اسم في كل سطر، بترتيب الظهور، حين تُجمَّع المنتجات في أجنحة تسميها بنفسك؛ اختر جناح كل منتج في قائمة المنتجات. يبقى المنتج في جناحه ما بقي الاسم.
showcases-field-event = الفعالية المرتبطة
    .none = لا فعالية
showcases-public-page = صفحته العامة
showcases-preview-link = معاينة
showcases-unpublish = أزله من الموقع
showcases-publish = انشر
showcases-unpublish-hint = إذا أُزيل يعود مسودة؛ وتبقى منتجاته وملاحظاته.
showcases-publish-hint = إذا نُشر يظهر في أيامه؛ وحتى ذلك الحين لا يراه إلا أنت والمديرون.
showcases-items-title = المنتجات بترتيب ظهورها
showcases-add-products = أضف منتجات
showcases-item-hidden = لا يظهر: هذا العرض { $status ->
    [draft] مسودة
    [submitted] بانتظار المراجعة
    [changes_requested] بانتظار تعديلات
    [rejected] مرفوض
    [archived] مؤرشف
   *[other] محجوب لأن الحساب موقوف
}. وسيعود حين يُنشر من جديد.
showcases-pavilion = الجناح
showcases-pavilion-none = لا شيء
showcases-move-up = انقل لأعلى
showcases-move-down = انقل لأسفل
showcases-move-top = إلى الأعلى
showcases-items-none = لا منتجات بعد: ابحث عنها أدناه، أو استخدم «أضف إلى معرض» في صفحة منتج أو في البحث.
showcases-search = ابحث في المنتجات المنشورة
    .placeholder = مثلًا: حرير بنارسي، نحاس مراد آباد، كركم
showcases-found = { $count ->
    [one] وُجد منتج واحد.
    [two] وُجد منتجان.
    [few] وُجدت { $count } منتجات.
   *[other] وُجد { $count } منتجًا.
}
showcases-found-best = وُجد { $count } منتجًا، ويظهر أفضل { $shown } منها.
showcases-in-it = في المعرض
showcases-details = التفاصيل
showcases-remove-banner = أزل اللافتة
showcases-save-details = احفظ التفاصيل
showcases-notice-created = حُفظ المعرض كمسودة. أضف منتجات ثم انشره.
showcases-notice-saved = حُفظ.
showcases-notice-banner-removed = أُزيلت اللافتة.
showcases-notice-live = نُشر: المعرض قائم الآن.
showcases-notice-published = نُشر: يبدأ المعرض في يومه الأول.
showcases-notice-unpublished = أُزيل من الموقع: المعرض مسودة من جديد.
showcases-notice-added-end = أُضيف «{ $title }» في آخر القائمة.
showcases-notice-note-saved = حُفظت الملاحظة.
showcases-notice-removed = أُخرج المنتج من المعرض.
showcases-notice-added-to = أُضيف «{ $title }» إلى «{ $showcase }».
