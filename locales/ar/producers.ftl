# صفحات المنتِج: صفحته العامة، وقوائمه، ونموذجا القائمة والملف، والاستيراد.
producers-breadcrumb = مسار التنقل
producers-home = الرئيسية
producers-error-prefix = خطأ:
producers-optional = اختياري
producers-cancel = إلغاء
producers-yes = نعم
producers-no = لا
producers-listings = القوائم
producers-public-page = صفحتك العامة
producers-edit-profile = تعديل ملفك
producers-updated = حُدّث في { $when }
producers-moderator-note = ملاحظة المشرف:
producers-moderator-note-last = آخر ملاحظة من المشرف:
producers-status = { $status ->
    [draft] مسودة
    [submitted] بانتظار المراجعة
    [published] منشور
    [changes_requested] مطلوب تعديلات
    [rejected] مرفوض
    [archived] مؤرشف
   *[withheld] محجوب أثناء تعليق الحساب
}
producers-decision = { $decision ->
    [approve] تمت الموافقة
    [request_changes] مطلوب تعديلات
   *[reject] مرفوض
}
producers-kind = { $kind ->
    [artisan] حِرَفي
    [micro-unit] وحدة صغيرة جدًا
    [fpo] منظمة منتجين زراعيين (FPO)
    [shg] مجموعة مساعدة ذاتية (SHG)
    [cooperative] جمعية تعاونية
   *[exporter] مصدّر صغير
}
producers-verified-on = موثَّق في { $date }
producers-iec = رمز المستورد والمصدّر
producers-gstin = رقم التعريف الضريبي للسلع والخدمات
producers-udyam = تسجيل Udyam
producers-ports = موانئ الشحن
producers-incoterms = شروط التسليم
producers-samples = العينات
producers-district = المقاطعة
producers-odop-product = منتج ODOP
producers-price = السعر
producers-monthly-capacity = الطاقة الشهرية
producers-days-typed = { $days } (بالأيام)

producers-show-description = { $name }: { $kind ->
    [artisan] حِرَفي
    [micro-unit] وحدة صغيرة جدًا
    [fpo] منظمة منتجين زراعيين (FPO)
    [shg] مجموعة مساعدة ذاتية (SHG)
    [cooperative] جمعية تعاونية
   *[exporter] مصدّر صغير
} في { $district }، { $state }، على ODOP Bazaar.
producers-show-replies = يرد عادةً { $time }
producers-show-about = عن { $name }
producers-show-no-story = لم يروِ { $name } قصته بعد.
producers-show-facts = معلومات للمشترين
producers-show-founded = سنة التأسيس
producers-show-team = الفريق
producers-show-people = { $count ->
    [zero] { $count } شخص
    [one] شخص واحد
    [two] شخصان
    [few] { $count } أشخاص
    [many] { $count } شخصًا
   *[other] { $count } شخص
}
producers-show-languages = اللغات
producers-show-certifications = الشهادات
producers-show-products = المنتجات
producers-show-catalogue = تنزيل الكتالوج (PDF)
producers-show-no-products = لا منتجات منشورة بعد.

producers-products-title = منتجاتك
producers-products-lead = تبدأ كل قائمة كمسودة. أضف الصور، وأرسلها للمراجعة، فينشرها مشرف، عادةً خلال يومي عمل.
producers-products-profile-first = أولًا، عرّف المشترين بنشاطك التجاري
    .hint = يرى المشترون اسم نشاطك ومقاطعتك وبيانات التصدير بجانب كل منتج. يستغرق ذلك نحو خمس دقائق.
producers-products-fill-profile = املأ ملفك
producers-products-add = إضافة منتج
producers-products-import = استيراد من جدول بيانات
producers-products-photo-needed = أضف صورة واحدة على الأقل قبل إرسالها للمراجعة.
producers-products-edit = تعديل
producers-products-view = عرض على الموقع
producers-products-preview = معاينة
producers-products-empty = لا منتجات بعد.
producers-products-empty-link = أضف منتجك الأول: اسم ووصف والحد الأدنى للطلب ونطاق السعر. الصور تأتي بعد ذلك.

producers-confirm-back = الإبقاء عليه والعودة
producers-delete-question = حذف «{ $title }»؟
producers-delete-consequence = تُحذف القائمة وصورها نهائيًا. لا يمكن التراجع عن ذلك.
producers-delete-button = حذف نهائي
producers-photo-remove-question = إزالة الصورة { $number } من «{ $title }»؟
producers-photo-remove-consequence = تُزال «{ $alt }» من القائمة. يمكنك رفعها مجددًا لاحقًا.
producers-photo-remove-button = إزالة الصورة

producers-form-edit-title = تعديل «{ $title }»
producers-form-edit-eyebrow = تعديل قائمة
producers-form-new-lead = منتج واحد، كما ينبغي أن يراه المشترون. يُحفظ كمسودة: لا يراه أحد حتى تضيف صورًا ويوافق عليه مشرف.
producers-form-status = الحالة:
producers-form-status-help = { $status ->
    [draft] لا يراها أحد غيرك. أضف صورة واحدة على الأقل، ثم أرسلها للمراجعة؛ يراجعها مشرف عادةً خلال يومي عمل.
    [submitted] يراجعها مشرف الآن. لا يمكنك تعديل التفاصيل حتى يقرر؛ ونراسلك عندما يفعل.
    [published] يمكن للمشترين العثور عليها وإرسال استفسارات. تظهر تعديلات الحد الأدنى للطلب والطاقة ومدة التجهيز والعينات والجاهزية للتصدير على الموقع فورًا؛ أما تعديلات الاسم والوصف والفئة والرموز والمواد والشهادات والأسعار أو صورة جديدة فتذهب إلى مشرف أولًا، وتبقى القائمة خارج الموقع حتى يوافق عليها.
    [withheld] هي خارج الموقع أثناء تعليق حسابك؛ وتعود إن أُعيد تفعيل الحساب.
    [changes_requested] طلب المشرف تعديلات. عدّل القائمة أدناه، ثم أرسلها للمراجعة مجددًا.
    [rejected] رفض مشرف هذه القائمة، لذا لا يمكن تعديلها. يمكنك إضافة قائمة جديدة تلتزم بالقواعد.
   *[archived] هي خارج الموقع. استعدها كمسودة لتعديلها وإرسالها للمراجعة مجددًا.
}
producers-form-see-on-site = عرضها على الموقع
producers-form-preview = معاينتها كما سيراها المشترون
producers-form-submit-review = إرسال للمراجعة
producers-form-restore = استعادة كمسودة
producers-form-archive = أرشفة
producers-form-delete-draft = حذف المسودة
producers-form-delete-listing = حذف القائمة
producers-form-photo-needed = تحتاج القائمة إلى صورة واحدة على الأقل قبل إرسالها للمراجعة.
producers-import-add-photos = إضافة صور
producers-photos = الصور
producers-photos-count = { $count } من { $most }
producers-photos-hint = الصورة الأولى هي الغلاف الذي يراه المشترون في القوائم. ضوء النهار وخلفية سادة والمنتج كاملًا تعطي أفضل نتيجة.
producers-photo-number = الصورة { $number }
producers-photo-cover = الغلاف
producers-photo-alt-of = وصف الصورة { $number }
producers-photo-alt-save = حفظ الوصف
producers-photo-up = نقل لأعلى
producers-photo-down = نقل لأسفل
producers-photo-remove = إزالة
producers-photos-none = لا صور بعد. نادرًا ما يفتح المشترون قائمة بلا صورة.
producers-photo-add = إضافة صورة
producers-photo-field = الصورة
    .hint = JPEG أو PNG أو WebP، حتى 20 MB.
producers-photo-not-added = لم تُضف الصورة
producers-photo-alt = صِف الصورة
    .hint = لمن لا يستطيع رؤيتها؛ ابدأ باسم المنتج. قل ما تُظهره الصورة، مثلًا «ساري بنارسي أحمر بحافة زري ذهبية، مطوي». يمكنك تغييره لاحقًا.
producers-photo-upload = رفع الصورة
producers-photos-full = يمكن أن تضم القائمة { $most } صورة. أزل واحدة لإضافة أخرى.
producers-upload-title = إضافة صور
producers-upload-field = الصور (بحد أقصى { $most })
producers-upload-button = رفع الصور
producers-upload-too-many = لا يتسع المكان إلا لعدد { $most } من الصور الإضافية؛ أُرسلت الصور الأولى بهذا العدد فقط.
producers-upload-waiting = في الانتظار
producers-upload-shrinking = جارٍ تصغيرها
producers-upload-sending = جارٍ الإرسال
producers-upload-sending-file = جارٍ إرسال { $file }
producers-upload-added = أُضيفت
producers-upload-dropped = انقطع الاتصال.
producers-upload-refused = لم يقبلها الموقع ({ $status }).
producers-upload-retry = إعادة المحاولة
producers-upload-retry-file = إعادة إرسال { $file }
producers-upload-alt = { $alt }، الصورة { $number }
producers-form-details = التفاصيل
producers-form-part-what = ما هو
producers-form-part-ordering = الطلب
producers-form-part-trade = تفاصيل تجارية
producers-field-title = اسم المنتج
    .hint = ما قد يبحث عنه المشتري، مثلًا ساري حرير بنارسي، نسج كاتان.
producers-field-description = الوصف
    .hint = المقاس والوزن والألوان وطريقة الصنع وما يميزه. 20 حرفًا على الأقل.
producers-field-sector = القطاع
    .blank = اختر قطاعًا
producers-field-category = الفئة
    .hint = مثلًا: سواري حرير، تماثيل نحاسية، أرز بسمتي
producers-field-odop = منتج ODOP في مقاطعتك
    .none = لا شيء
    .hint = الربط يجعل القائمة من منتجات ODOP: تظهر قصة مقاطعتك بجانب المنتج.
    .empty = لا تذكر قائمة ODOP منتجًا لمقاطعتك بعد، فاترك هذا على «لا شيء».
producers-field-materials = المواد
    .hint = مثلًا: حرير كاتان، زري أصلي
producers-field-moq = الحد الأدنى للطلب
producers-field-moq-unit = وحدة العدّ
producers-field-price-min = أدنى سعر
    .hint = للوحدة
producers-field-price-max = أعلى سعر
    .hint = اتركه فارغًا إن كان السعر واحدًا
producers-field-currency = العملة
    .hint = مثلًا INR، USD
producers-field-capacity = كم يمكنك أن تصنع في الشهر
    .hint = بوحدة الحد الأدنى للطلب نفسها.
producers-field-lead-time = أيام صنع الطلب وتغليفه
    .hint = للحد الأدنى للطلب. من 1 إلى 365.
producers-field-samples = يمكنني إرسال عينات
producers-field-hs-code = رمز HS
    .hint = رمز HS من 6 أرقام أو HSN الهندي من 8 أرقام، مثلًا 50072010
producers-field-gi = المؤشر الجغرافي (GI)
    .none = غير حاصل على مؤشر GI
    .hint = فقط إن كان المنتج مؤشرًا جغرافيًا مسجلًا. تضم القائمة المؤشرات الجغرافية المسجَّلة لولايتك.
    .empty = لا يوجد بعد مؤشر جغرافي (GI) مسجَّل لولايتك، فلا يمكن لمنتج مدرج منها أن يحمل مؤشرًا جغرافيًا.
producers-field-export-ready = جاهز للتصدير
    .label = جاهز للتصدير: يمكنني تغليفه وتجهيز مستنداته للتصدير
producers-field-certifications = الشهادات
    .hint = مثلًا Silk Mark أو Handloom Mark أو FSSAI أو عضوي
producers-form-save = حفظ التعديلات
producers-form-save-draft = حفظ كمسودة
producers-form-locked = هذه مقفلة أثناء مراجعة المشرف للقائمة.
producers-form-rejected = لا يمكن تعديل قائمة مرفوضة.
producers-history = سجل الإشراف
producers-history-when = متى (UTC)
producers-history-decision = القرار
producers-history-note = ملاحظة
producers-history-by = بواسطة

producers-profile-new-title = عرّف المشترين بنشاطك التجاري
producers-profile-title = ملف نشاطك التجاري
producers-profile-crumb = ملف النشاط التجاري
producers-profile-new-lead = يرى المشترون هذا بجانب كل منتج تعرضه. ثلاثة أجزاء قصيرة؛ الأول والثاني فقط مطلوبان.
producers-profile-lead = يرى المشترون هذا على صفحتك وبجانب كل منتج تعرضه.
producers-logo-not-changed = لم يتغير الشعار
producers-logo = الشعار
    .hint = JPEG أو PNG أو WebP، بحجم 200 × 200 بكسل على الأقل، حتى 20 MB. الشعار المربع على خلفية سادة يبدو أفضل؛ والأجزاء الشفافة تصبح بيضاء.
producers-logo-title = شعارك
producers-logo-shown = يرى المشترون هذا الشعار على صفحتك وبجانب منتجاتك.
producers-logo-initials = حتى تضيف شعارًا، يرى المشترون الأحرف الأولى من اسمك.
producers-logo-remove = إزالة الشعار
producers-logo-new = شعار جديد
producers-logo-upload = رفع الشعار
producers-profile-part-business = نشاطك التجاري
producers-profile-part-where = أين أنت
producers-profile-part-export = تفاصيل التصدير
    .hint = يثق المشترون أكثر بالمصدّرين المسجلين. املأ ما لديك؛ ويمكنك إضافة الباقي لاحقًا.
producers-field-business-name = اسم النشاط التجاري
    .hint = كما ينبغي أن يراه المشترون، مثلًا Kashi Weaves.
producers-field-kind = نوع النشاط
    .question = ما نوع نشاطك التجاري؟
producers-field-story = قصتك
    .hint = من أنت، وماذا تصنع وكيف. بضع جمل تكفي؛ يحب المشترون معرفة الأيدي التي تقف وراء المنتج.
producers-field-year = سنة التأسيس
producers-field-team = عدد العاملين معك
producers-field-languages = اللغات التي تتعامل بها
    .hint = مثلًا: الهندية، الإنجليزية
producers-field-district = المقاطعة
    .picker = مثلًا Varanasi أو वाराणसी
    .picker-hint = اكتب الأحرف الأولى من اسم مقاطعتك أو ولايتك بالإنجليزية أو الهندية ثم اخترها؛ أو اخترها من القائمة، حيث المقاطعات مجمَّعة حسب الولاية. تظهر منتجاتك على صفحة مقاطعتك.
    .blank = اختر مقاطعتك
    .hint = المقاطعات مجمَّعة حسب الولاية. تظهر منتجاتك على صفحة مقاطعتك.
producers-field-address = العنوان
    .hint = عنوان الورشة أو المكتب. يرى المشترون المقاطعة؛ والعنوان الكامل يساعد المشرفين على التحقق منك.
producers-field-phone = هاتف للمشترين
    .hint = مثلًا ‎98765 43210 أو ‎+91 542 250 1234. يراه المشتري، مع بريدك الإلكتروني، بعد أن ترد على استفساره.
producers-field-whatsapp = يمكن للمشترين مراسلة هذا الرقم عبر WhatsApp
producers-field-iec = رمز المستورد والمصدّر (IEC)
    .hint = 10 أحرف، رقم PAN لمنشأتك
producers-field-gstin = GSTIN
    .hint = 15 حرفًا، مثلًا 27AAPFU0939F1ZV
producers-field-udyam = رقم تسجيل Udyam
    .hint = مثلًا UDYAM-UP-01-0012345
producers-field-ports = الموانئ التي تشحن منها
    .hint = مثلًا: نهافا شيفا، ICD فاراناسي
producers-field-incoterms = شروط التسليم التي تقدمها
    .hint = لست متأكدًا؟ EXW (يستلم المشتري منك) وFOB (تسلّم على ظهر السفينة في الميناء) هما الأكثر شيوعًا.
producers-field-samples-policy = العينات
    .hint = مثلًا: عينات مدفوعة، تُسترد تكلفتها مع الطلب الأول؛ جاهزة خلال 7 أيام.
producers-profile-save-continue = حفظ ومتابعة
producers-profile-save = حفظ الملف
producers-profile-back = العودة إلى منتجاتك

producers-import-title = استيراد المنتجات من جدول بيانات
producers-import-crumb = استيراد
producers-import-lead = لديك منتجات كثيرة؟ املأ صفًا لكل منتج في Excel أو Google Sheets أو LibreOffice، واحفظه بصيغة CSV وارفعه هنا. يصبح كل صف سليم مسودة؛ وتُعرض الصفوف التي فيها مشكلة لتصلحها وترفعها مجددًا.
producers-import-result = النتيجة
producers-import-summary = أُنشئ: { $created }، رُفض: { $refused }
producers-import-drafts = القوائم الجديدة مسودات: أضف صورًا لكل منها وأرسلها للمراجعة.
producers-import-drafts-link = منتجاتك
producers-import-row = الصف
producers-import-product = المنتج
producers-import-outcome = النتيجة
producers-import-line = السطر { $line }
producers-import-no-title = (بلا اسم)
producers-import-created = أُنشئ كمسودة
producers-import-upload-another = رفع ملف آخر
producers-import-upload = رفع ملفك
producers-import-step-download = نزّل القالب
    .hint = (CSV، مع صف مثال واحد).
producers-import-step-fill = استبدل المثال بمنتجاتك، صف لكل منتج. أبقِ الصف الأول كما هو.
producers-import-step-save = احفظه بصيغة «CSV UTF-8» وارفعه أدناه.
producers-import-file = ملف CSV
    .hint = حتى 2 MB. يخضع كل صف للفحوص نفسها التي يخضع لها نموذج المنتج.
producers-import-submit = استيراد
producers-import-choose-file = اختر ملف CSV لاستيراده.
producers-import-columns = الأعمدة
    .hint = يسمّي الصف الأول الأعمدة؛ ولا يهم ترتيبها. يجب ملء هذه في كل صف:
producers-import-column = العمود
producers-import-what = ما تكتبه
producers-import-column-help = { $column ->
    [title] اسم المنتج، من 3 إلى 120 حرفًا.
    [description] ما هو، وكيف يُصنع، والمقاسات والألوان؛ 20 حرفًا على الأقل.
    [sector] اسم القطاع بالإنجليزية، مثلًا Handloom أو Handicraft أو Food Processing أو Agriculture.
    [category] فئتك الخاصة، مثلًا سواري حرير. اختياري.
    [odop_product] اسم منتج ODOP في مقاطعتك، مثلًا Silk Products، أو فارغ.
    [hs_code] رمز HS من 6 أرقام أو HSN الهندي من 8 أرقام، مثلًا 50072010. اختياري.
    [gi] اسم المؤشر الجغرافي المسجل، مثلًا Banaras Brocades and Sarees، أو فارغ.
    [materials] مثلًا: حرير كاتان، زري. اختياري.
    [moq] الحد الأدنى للطلب، عدد صحيح.
    [moq_unit] pieces أو pairs أو sets أو dozens أو kg أو tonnes أو litres أو metres أو square metres أو bags أو boxes أو cartons.
    [price_min] أدنى سعر للوحدة، مثلًا 8500 أو 8500.50.
    [price_max] أعلى سعر للوحدة؛ فارغ إن كان السعر واحدًا.
    [currency] رمز من ثلاثة أحرف، مثلًا INR أو USD أو EUR.
    [monthly_capacity] كم يمكنك أن تصنع في الشهر. اختياري.
    [lead_time_days] أيام صنع الحد الأدنى للطلب وتغليفه، من 1 إلى 365.
    [samples_available] yes أو no.
    [export_ready] yes أو no.
   *[certifications] مثلًا Silk Mark أو FSSAI. اختياري.
}

producers-notice-profile-first = عرّف المشترين بنشاطك التجاري أولًا؛ ثم أضف منتجاتك.
producers-notice-draft-saved = حُفظت القائمة كمسودة. أضف الصور، ثم أرسلها للمراجعة.
producers-notice-saved-for-review = حُفظت تعديلاتك وأُرسلت إلى مشرف. تبقى القائمة خارج الموقع حتى يوافق عليها.
producers-notice-saved = حُفظت تعديلاتك.
producers-notice-archived-not-deleted = نُشرت هذه القائمة من قبل، لذا أُرشفت بدلًا من حذفها.
producers-notice-submitted = أُرسلت للمراجعة. نراسلك عندما يطّلع عليها مشرف.
producers-notice-archived = أُرشفت: القائمة خارج الموقع.
producers-notice-restored = استُعيدت كمسودة.
producers-notice-deleted = حُذفت المسودة.
producers-notice-photo-added-for-review = أُضيفت الصورة، وأُرسلت القائمة معها إلى مشرف: تبقى خارج الموقع حتى يوافق عليها.
producers-notice-photo-added = أُضيفت الصورة.
producers-notice-profile-saved = حُفظ ملفك.
producers-notice-logo-saved = حُفظ شعارك.
producers-notice-logo-removed = أُزيل شعارك؛ وتظهر الأحرف الأولى من اسمك مكانه.

## Listings in other languages (`catalogue::translations`)
producers-field-language = لغة الكتابة
producers-field-story-language = لغة كتابة قصتك
producers-translations = لغات أخرى
producers-translation-language = اللغة
producers-translation-save = احفظ هذه اللغة
producers-translation-edit = غيّر
producers-translation-remove = احذف
producers-notice-translation-removed = حُذفت الترجمة.
