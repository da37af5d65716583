# طلبات الشراء: طلبات المشتري، والنموذج، ومقارنة عروض الأسعار، وما يتلقاه المنتجون.
rfqs-crumb = طلبات الشراء
rfqs-breadcrumb = مسار التنقل
rfqs-yours = طلب الشراء الخاص بك
rfqs-error-prefix = خطأ:
rfqs-status = { $status ->
    [pending] بانتظار الموافقة
    [open] مفتوح
    [rejected] لم تتم الموافقة
   *[closed] مغلق
}
rfqs-close-reason = { $reason ->
    [deadline] انتهى موعده النهائي
    [quotes] تلقى عروض أسعار كافية
   *[buyer] أغلقه المشتري
}
rfqs-answers-by = الردود حتى { $date }
rfqs-answer-by = الرد حتى { $date }
rfqs-answer-by-label = آخر موعد للرد
rfqs-posted = نُشر في { $when }

rfqs-list-title = طلبات الشراء الخاصة بك
rfqs-list-lead = صِف ما تحتاجه مرة واحدة؛ بعد مراجعة سريعة من فريقنا يصل الطلب إلى كل منتِج موثَّق يصنعه.
rfqs-list-lead-link = تصلك ردودهم في استفساراتك.
rfqs-list-empty = لم تنشر أي طلب شراء بعد.
rfqs-list-empty-link = انشر طلبًا عندما تبحث عن شيء لم تجده في الكتالوج، أو تريد عروضًا من عدة منتجين.

rfqs-new-title = نشر طلب شراء
rfqs-new-crumb = جديد
rfqs-new-lead = يراجع فريقنا كل طلب، عادةً خلال يوم عمل. ثم يتلقاه بالبريد الإلكتروني المنتجون الموثَّقون الذين يصنعون ما تصفه — حسب كلماته ورمز HS والقطاع — في الأماكن التي تختارها، ويمكنهم الرد بعرض سعر.
rfqs-new-part-what = ما الذي تبحث عنه
rfqs-new-part-terms = السعر والتسليم
rfqs-new-part-where = من أين
rfqs-new-where-hint = اترك الحقلين فارغين لتصلك ردود من منتجين في أي مكان في الهند.
rfqs-new-submit = إرسال للموافقة
rfqs-field-title = بكلمات قليلة
    .hint = مثلًا: سجاد صوف معقود يدويًا، 2 × 3 م
rfqs-field-details = التفاصيل
    .hint = المواد، المقاسات، الألوان، التغليف، الشهادات، وجهة الشحن. رابطان كحد أقصى.
rfqs-field-quantity = الكمية
rfqs-field-sector = القطاع
    .blank = اختر قطاعًا
rfqs-field-category = الفئة
    .hint = مثلًا: سجاد، توابل، أدوات نحاسية
rfqs-field-hs-code = رمز HS
    .hint = إن كنت تعرفه: من 6 إلى 8 أرقام، مثلًا 570110
rfqs-field-deadline = آخر موعد للردود
    .hint = يُغلق الطلب في نهاية هذا اليوم بتوقيتك، أو بعد 10 عروض أسعار.
rfqs-field-target-price = السعر المستهدف للوحدة
    .hint = ما تأمل أن تدفعه، مثلًا 12.50
rfqs-field-incoterm = شرط التسليم (Incoterm)
    .label = شرط التسليم (Incoterm): من ينقل البضاعة وإلى أين
    .blank = لم يُحدَّد بعد
rfqs-field-country = بلد الوجهة
    .blank = اختر بلدًا
rfqs-field-port = الميناء أو المدينة
    .hint = مثلًا: روتردام، جبل علي
rfqs-field-samples = أرغب في عينات قبل الطلب
rfqs-field-states = الولايات
rfqs-field-districts = المقاطعات
    .picker = مثلًا: Jaipur أو Moradabad أو मुरादाबाद
    .picker-hint = اكتب الأحرف الأولى من اسم المقاطعة أو ولايتها بالإنجليزية أو الهندية، ثم اخترها؛ اختر ما تحتاجه منها.
    .hint = مجمَّعة حسب الولاية. اضغط Ctrl (أو Cmd على Mac) باستمرار لاختيار أكثر من واحدة؛ على الهاتف، المس كل واحدة. اكتب الأحرف الأولى من الاسم للانتقال إليه.

rfqs-show-pending = يراجع فريقنا كل طلب قبل إرساله، عادةً خلال يوم عمل. نراسلك بالبريد الإلكتروني عند إرساله إلى المنتجين.
rfqs-show-rejected = لم تتم الموافقة.
rfqs-show-recipients = أُرسل إلى منتجين
rfqs-show-quotes = عروض الأسعار المستلمة
rfqs-show-compare = قارن عروض الأسعار جنبًا إلى جنب
rfqs-show-answers = الردود
rfqs-show-no-answers-yet = لا ردود بعد. يرد المنتجون عادةً خلال أيام قليلة؛ نراسلك بكل رد.
rfqs-show-no-answers = لا ردود.
rfqs-show-close = إغلاق هذا الطلب
    .hint = لن يتمكن المنتجون بعدها من الرد عليه؛ وتستمر المحادثات التي بدأت.
rfqs-show-facts = ما طلبته

rfqs-compare-title = مقارنة عروض الأسعار: { $title }
rfqs-compare-heading = مقارنة عروض الأسعار
rfqs-compare-target = سعرك المستهدف { $price }
rfqs-compare-destination = إلى { $place }
rfqs-compare-column = { $column ->
    [price] سعر الوحدة
    [moq] الحد الأدنى للطلب
    [lead_time] مدة التجهيز
    [incoterm] شرط التسليم
    [valid_until] صالح حتى
    [verified] موثَّق
   *[reply_time] مدة الرد المعتادة
}
rfqs-compare-sorted = مرتبة حسب { $column ->
    [price] سعر الوحدة
    [moq] الحد الأدنى للطلب
    [lead_time] مدة التجهيز
    [incoterm] شرط التسليم
    [valid_until] الصلاحية
    [verified] التوثيق
   *[reply_time] مدة الرد المعتادة
}، { $order ->
    [a-z] من A إلى Z
    [z-a] من Z إلى A
    [soonest] الأقرب انتهاءً أولًا
    [latest] الأبعد انتهاءً أولًا
    [verified] الموثَّقون أولًا
    [unverified] غير الموثَّقين أولًا
    [highest] الأعلى أولًا
   *[lowest] الأدنى أولًا
}.
rfqs-compare-sort-hint = اختر عنوان عمود للترتيب حسبه؛ واختره مرة أخرى لعكس الترتيب.
rfqs-compare-currencies = الأسعار بعملات مختلفة مجمَّعة حسب العملة: ليس لكل عملة منها سعر مرجعي نقارنها به.
rfqs-compare-currencies-at-rates = تُقارَن الأسعار بالعملات المختلفة بأسعار البنك المركزي الأوروبي المرجعية.
rfqs-compare-caption = عروض الأسعار لـ { $title }، صف لكل منتِج
rfqs-compare-producer = المنتِج
rfqs-compare-lapsed = منتهي
rfqs-compare-not-verified = ليس بعد
rfqs-compare-reply-unknown = غير معروف بعد
rfqs-compare-empty = لا عروض أسعار بعد. يظهر هنا جنبًا إلى جنب المنتجون الذين يردون بسعر؛ ونراسلك بكل عرض.
rfqs-compare-without-quote = ردوا دون سعر بعد
rfqs-compare-back = العودة إلى الطلب

rfqs-received-title = طلبات شراء لك
rfqs-received-lead = مشترون يبحثون عما تصنعه، في قطاعك ومكانك. رُدّ برسالة وعرض سعر قبل الموعد النهائي: يُغلق الطلب بعد 10 عروض أسعار.
rfqs-received-buyer-in = مشترٍ في { $country }
rfqs-received-answered = تم الرد
rfqs-received-empty = لا طلبات شراء بعد. عندما يطلب مشترٍ منتجات في قطاعك ومكانك، يظهر الطلب هنا ونراسلك. يتلقاها المنتجون الموثَّقون الذين لديهم منتجات منشورة.
rfqs-received-from = طلب شراء من مشترٍ في { $country }
rfqs-received-needs = ما يحتاجه المشتري
rfqs-received-done = لقد رددت على هذا الطلب.
rfqs-received-continue = تابع المحادثة.
rfqs-received-closed = هذا الطلب مغلق ولا يقبل مزيدًا من الردود.
rfqs-received-facts = الطلب
rfqs-respond-title = الرد على المشتري
rfqs-respond-message = رسالتك
    .hint = ما يمكنك صنعه، ومن أي مادة، وكيف. يرى المشتري اسم نشاطك التجاري وصفحتك العامة.
rfqs-respond-include-quote = إرفاق عرض سعر
    .hint = سعر يمكن للمشتري قبوله هنا. ويمكنك أيضًا إرساله لاحقًا في المحادثة.
rfqs-respond-quote = عرض السعر الخاص بك
    .optional = إن حدّدت الخيار أعلاه
rfqs-respond-submit = إرسال الرد

rfqs-notice-saved = حُفظ طلب الشراء الخاص بك. يراجعه فريقنا، عادةً خلال يوم عمل؛ ثم يُرسل إلى المنتجين المطابقين ونراسلك بالبريد الإلكتروني.
rfqs-notice-closed = أُغلق طلب الشراء؛ لم يعد بإمكان المنتجين الرد عليه.
rfqs-notice-answered = أُرسل ردك إلى المشتري بالبريد الإلكتروني. تستمر المحادثة هنا.
