# صفحات المسؤولين: قوائم المراجعة، والمنتِجون، والمستخدمون والأدوار، وسجل التدقيق، والمهام في الخلفية.

## مشترك
admin-title = الإدارة
admin-time-utc = الوقت (UTC)
admin-event = الحدث
admin-account = الحساب
admin-detail = التفاصيل
admin-email = البريد الإلكتروني
admin-country = البلد
admin-name = الاسم
admin-role-label = الدور
admin-decision = القرار
admin-reject = ارفض
admin-record-decision = سجّل القرار
# مخفي بعد «سجّل القرار»، لقارئات الشاشة.
admin-record-decision-on = بشأن “{ $title }”
admin-not-verified = غير موثّق
admin-verified-on = ✓ موثّق { $date }
admin-verified = ✓ موثّق
admin-suspended = معلّق
admin-active = نشط
admin-suspend = علّق
admin-reinstate = أعِد التفعيل
admin-reason-placeholder = السبب (لسجل التدقيق)
admin-reason-suspending = سبب تعليق { $name }
admin-reason-reinstating = سبب إعادة تفعيل { $name }
admin-by-an-admin = من مسؤول
admin-retry-now = أعِد المحاولة الآن
admin-role = { $role ->
    [producer] منتِج
    [buyer] مشترٍ
    [organiser] منظِّم
   *[admin] مسؤول
}
admin-roles = { $role ->
    [producer] المنتِجون
    [buyer] المشترون
    [organiser] المنظِّمون
   *[admin] المسؤولون
}
admin-audit-event = { $event ->
    [signed_up] أنشأ حسابًا
    [sign_in_succeeded] نجح تسجيل الدخول
    [sign_in_failed] فشل تسجيل الدخول
    [signed_out] سجّل الخروج
    [email_verified] أُكّد البريد الإلكتروني
    [password_changed] غُيّرت كلمة المرور
    [password_reset] أُعيد تعيين كلمة المرور
    [email_changed] غُيّر البريد الإلكتروني
    [role_changed] غُيّر الدور
    [user_created] أُنشئ مستخدم
    [api_token_created] أُنشئ رمز وصول API
    [api_token_revoked] أُلغي رمز وصول API
    [suspended] عُلّق
    [reinstated] أُعيد تفعيله
    [two_factor_enabled] فُعّل التحقق بخطوتين
    [two_factor_disabled] أُوقف التحقق بخطوتين
    [second_factor_accepted] قُبلت الخطوة الثانية
    [second_factor_refused] رُفضت الخطوة الثانية
   *[other] { $event }
}
admin-audit-detail-role = بصفة { admin-role }
admin-audit-detail-role-change = من { $from } إلى { $to }
admin-audit-detail-address-before = من { $address }
admin-audit-detail-address-tried = بالعنوان { $address }
admin-audit-detail-second-factor = { $recovery ->
    [yes] برمز استرداد
   *[no] برمز من التطبيق
}

## نظرة عامة
admin-lead = عروض وطلبات شراء للمراجعة، ومشترون مُبلَّغ عنهم، ومنتِجون، وحسابات، وسجل التدقيق، وقائمة المهام في الخلفية.
admin-accounts = الحسابات
admin-jobs-title = المهام في الخلفية
admin-jobs-waiting = بانتظار التنفيذ
admin-jobs-failed = فشلت
admin-jobs-see-failed = اطّلع على المهام الفاشلة وأعِد تشغيلها
admin-pages = صفحات الإدارة
admin-waiting = بالانتظار
admin-reported = مُبلَّغ عنهم
admin-not-verified-yet-count = غير موثّقين بعد
admin-listings-title = عروض للمراجعة
admin-listings-text = منتجات أرسلها المنتِجون للمراجعة: اقبلها أو اطلب تعديلات أو ارفضها.
admin-rfqs-title = طلبات شراء للمراجعة
admin-rfqs-text = طلبات مشترين بانتظار الموافقة قبل أن تصل إلى المنتِجين المطابقين.
admin-spam-title = مشترون مُبلَّغ عنهم
admin-spam-text = مشترون أبلغ عنهم المنتِجون كرسائل مزعجة: علّق الحساب أو ارفض البلاغات.
admin-producers-title = المنتِجون
admin-producers-text = كل ملفات المنتِجين مع تسجيلاتها: ابحث عن أحدهم، وتحقق من عنوانه وصوره وسجلاته، ثم وثّقه.
admin-users-title = المستخدمون والأدوار
admin-users-text = كل من لديه حساب؛ غيّر دورًا أو أضف منظِّمًا أو مسؤولًا.
admin-audit-title = سجل التدقيق
admin-audit-text = عمليات الدخول وإنشاء الحسابات وتغيير كلمات المرور والبريد والأدوار.
admin-jobs-text = المهام المنتظرة والجارية والفاشلة، مثل رسائل البريد.
admin-recent = أحدث الأحداث
admin-whole-audit = سجل التدقيق كاملًا
admin-nothing-yet = لم يحدث شيء بعد.

## سجل التدقيق
admin-audit-lead = ما جرى على الحسابات، الأحدث أولًا. الأوقات بتوقيت UTC.
admin-audit-lead-latest = ما جرى على الحسابات، الأحدث أولًا (آخر 500). الأوقات بتوقيت UTC.
admin-audit-events = أحداث التدقيق
admin-audit-ip = عنوان IP
admin-audit-by-admin = من مسؤول
admin-audit-admin = مسؤول
admin-audit-no = لا
admin-audit-empty = لم يُسجَّل شيء بعد.

## المهام
admin-jobs-lead = المهام المنتظرة أو الجارية أو الفاشلة، الأقدم أولًا. المهام المنتهية لا تظهر. الأوقات بتوقيت UTC.
admin-jobs-job = المهمة
admin-jobs-status-col = الحالة
admin-jobs-attempts = المحاولات
admin-jobs-runs-at = موعد التنفيذ
admin-jobs-created = أُنشئت
admin-jobs-last-error = آخر خطأ
admin-jobs-action = إجراء
admin-jobs-status = { $status ->
    [queued] في الانتظار
    [running] قيد التنفيذ
    [done] انتهت
   *[failed] فشلت
}
admin-jobs-attempts-of = { $attempts } من { $max }
admin-jobs-empty = لا توجد مهام منتظرة أو جارية أو فاشلة. كل ما أُدرج حتى الآن انتهى.

## المنتِجون
admin-producers-lead = وثّق المنتِج بعد أن تتحقق من تسجيلاته (GSTIN أو IEC أو Udyam) في السجلات الرسمية: افتح صفحة المنتِج لترى عنوانه وكل صورة وروابط السجلات. يرى المشترون «موثّق» على المنتِج وعلى كل منتجاته.
admin-producers-find = ابحث عن منتِجين
admin-producers-q = الاسم أو GSTIN أو البريد الإلكتروني
admin-producers-state = الولاية
admin-producers-all-states = كل الولايات
admin-producers-district = المقاطعة
admin-producers-all-districts = كل مقاطعاتها
admin-producers-hint-other-state = اختر ولاية أخرى واضغط «اعرض» لتختار من مقاطعاتها.
admin-producers-hint-state = اختر ولاية واضغط «اعرض» لتختار إحدى مقاطعاتها.
admin-producers-unverified = غير موثّقين بعد
admin-show = اعرض
admin-producers-show-all = اعرض كل المنتِجين
admin-producers-matching = المنتِجون المطابقون
admin-producers-all = كل المنتِجين
admin-range = { $first }–{ $last } من { $total }، الأحدث أولًا.
admin-producers-business = النشاط التجاري
admin-producers-registrations = التسجيلات
admin-joined = تاريخ الانضمام
admin-producers-verification = التوثيق
admin-producers-none-given = لم يُقدَّم شيء
admin-producers-withdraw = اسحب التوثيق
admin-producers-of = من { $name }
admin-producers-verify = وثّق
admin-producers-pages = صفحات المنتِجين
admin-past-last = هذه الصفحة بعد الصفحة الأخيرة.
admin-back-first = العودة إلى الصفحة الأولى
admin-producers-none-match = لا يوجد منتِج مطابق.
admin-producers-none-match-q = لا يوجد منتِج يطابق “{ $q }”.
admin-producers-none-match-unverified = لا يوجد منتِج مطابق بين غير الموثّقين بعد.
admin-producers-none-match-q-unverified = لا يوجد منتِج يطابق “{ $q }” بين غير الموثّقين بعد.
admin-producers-none = لم ينشئ أي منتِج ملفًا بعد.

## منتِج واحد
admin-producer-lead = { $kind } في { $district }، { $state } · انضم في { $joined }
admin-producer-who = من وأين
admin-producer-phone = الهاتف
admin-producer-address = العنوان
admin-producer-founded = سنة التأسيس
admin-producer-team = الفريق
admin-producer-team-size = { $count ->
    [zero] لا أحد
    [one] شخص واحد
    [two] شخصان
    [few] { $count } أشخاص
   *[other] { $count } شخصًا
}
admin-producer-certifications = الشهادات
admin-producer-public = الصفحة العامة
admin-producer-check = تحقق من كل رقم في سجله الرسمي؛ السجلات تطلب كتابة الرقم، فانسخه من هنا.
admin-producer-look-up = ابحث عن { $number } في { $register ->
    [gst] خدمة “Search Taxpayer” في بوابة GST
    [udyam] خدمة “Verify Udyam” في بوابة تسجيل Udyam
   *[iec] خدمة “View any IEC” لدى DGFT
}
admin-new-tab = (يُفتح في علامة تبويب جديدة)
admin-producer-no-registration = لم يُقدَّم GSTIN ولا Udyam ولا IEC: اطلب من المنتِج أحدها قبل التوثيق.
admin-producer-verify = وثّق { $name }
admin-producer-photos = الصور
admin-producer-no-photo = لا صورة.
admin-producer-no-listing = لا عروض بعد.

## عروض للمراجعة
admin-products-lead = الأقدم أولًا. القبول ينشر العرض؛ وطلب التعديلات أو الرفض يرسل ملاحظتك إلى المنتِج بالبريد الإلكتروني.
admin-products-note-field = ملاحظة إلى المنتِج
admin-products-photos = { $count ->
    [zero] لا صور
    [one] صورة واحدة
    [two] صورتان
    [few] { $count } صور
   *[other] { $count } صورة
}
admin-products-price = السعر
admin-products-moq = الحد الأدنى للطلب
admin-products-sector = القطاع
admin-products-hs = HS
admin-products-gi = المؤشر الجغرافي
admin-products-odop = ODOP
admin-products-earlier-note = ملاحظة سابقة:
admin-products-approve = اقبل وانشر
admin-products-request-changes = اطلب تعديلات
admin-products-note-hint = مطلوبة عند طلب التعديلات أو الرفض.
admin-products-empty = لا شيء بانتظار المراجعة.

## طلبات شراء للمراجعة
admin-rfqs-lead = الأقدم أولًا. القبول يرسل الطلب إلى المنتِجين المذكورين تحته: المنتِجون الموثّقون في أماكنه الذين يصنعون ما يطلبه (بحسب فصل HS أو منتج ODOP أو العرض)، أو إن لم يوجد أحد، من يعرضون في قطاعه. الرفض يرسل ملاحظتك إلى المشتري بالبريد الإلكتروني.
admin-rfqs-note-field = ملاحظة إلى المشتري
admin-rfqs-posted = نُشر { $date }
admin-rfqs-recipients = { $count ->
    [zero] لن يصل إلى أي منتِج
    [one] سيصل إلى منتِج واحد
    [two] سيصل إلى منتِجَين
    [few] سيصل إلى { $count } منتِجين
   *[other] سيصل إلى { $count } منتِجًا
}
admin-rfqs-no-recipient = لا يعرض أي منتِج موثّق في هذه الأماكن شيئًا مشابهًا. القبول لن يرسله إلى أحد؛ فكّر في أن تطلب من المشتري توسيع الأماكن أو القطاع.
admin-rfqs-approve = اقبل وأرسل إلى المنتِجين
admin-rfqs-note-hint = مطلوبة عند الرفض: اذكر ما يجعل الطلب مقبولًا.
admin-rfqs-empty = لا توجد طلبات شراء بانتظار المراجعة.
admin-fit-hs-chapter = يعرض سلعًا من فصل HS رقم { $chapter } ({ $heading })
admin-fit-odop = يصنع { $name }، وهو منتج ODOP يذكره الطلب
admin-fit-listing = يعرض “{ $title }”
admin-fit-sector = يعرض منتجات في { $sector }

## مشترون مُبلَّغ عنهم
admin-spam-lead = مشترون أبلغ المنتِجون عن رسائلهم كرسائل مزعجة. علّق الحساب لتمنعه من تسجيل الدخول ومراسلة المنتِجين؛ وارفض البلاغات إن كانت خطأً.
admin-spam-list = مشترون لديهم بلاغات مفتوحة
admin-spam-buyer = المشتري
admin-spam-reports = البلاغات
admin-spam-actions = الإجراءات
admin-spam-dismiss = ارفض البلاغات
admin-spam-dismiss-on = عن { $name }
admin-spam-empty = لا توجد بلاغات رسائل مزعجة مفتوحة.

## المستخدمون والأدوار
admin-users-lead = ينضم المنتِجون والمشترون بأنفسهم. أما المنظِّمون والمسؤولون فيُضافون هنا.
admin-users-show = اعرض
admin-users-everyone = الجميع
admin-users-find-people = ابحث عن أشخاص
admin-users-q = الاسم أو البريد الإلكتروني
admin-users-find = ابحث
admin-users-clear = امسح البحث
admin-users-matching = المطابقون لـ “{ $q }”
admin-users-company = الشركة
admin-users-email-confirmed = تأكيد البريد
admin-users-you = (أنت)
admin-users-role-for = دور { $name }
admin-users-change = غيّر
admin-users-change-role-for = دور { $name }
admin-users-confirmed = مؤكَّد
admin-users-not-yet = ليس بعد
admin-users-showing = عرض { $first }–{ $last } من { $total }، الأحدث أولًا.
admin-users-pages = صفحات الأشخاص
admin-users-none-match = لا أحد يطابق “{ $q }”.
admin-users-none-match-role = لا أحد بهذا الدور يطابق “{ $q }”.
admin-users-none = لا أحد لديه هذا الدور بعد.
admin-users-add = أضف منظِّمًا أو مسؤولًا
admin-users-add-lead = ننشئ الحساب ونرسل إلى الشخص رابطًا ليختار كلمة مروره. يعمل الرابط 3 أيام، ويُعدّ عنوانه مؤكَّدًا.
admin-users-role-hint = المسؤولون وحدهم يستطيعون فتح صفحات الإدارة هذه.
admin-users-add-submit = أضف وأرسل الرابط

## إشعارات بعد الإجراء (تظهر في الصفحة التالية)
admin-notice-invited = يستطيع { $name } الآن اختيار كلمة مرور بالرابط الذي أرسلناه إلى { $email }.
admin-notice-role-changed = تغيّر الدور.
admin-notice-suspended = عُلّق الحساب: لم يعد يستطيع تسجيل الدخول أو مراسلة أحد، وأُزيلت عروضه من الموقع.
admin-notice-reinstated = أُعيد تفعيل الحساب؛ وعادت عروضه المنشورة إلى الموقع.
admin-notice-job-queued = أُعيدت المهمة إلى قائمة الانتظار.
admin-notice-rfq-approved = { $count ->
    [zero] قُبل طلب الشراء ولم يصل إلى أي منتِج مطابق.
    [one] قُبل طلب الشراء ووصل إلى منتِج مطابق واحد.
    [two] قُبل طلب الشراء ووصل إلى منتِجَين مطابقَين.
    [few] قُبل طلب الشراء ووصل إلى { $count } منتِجين مطابقين.
   *[other] قُبل طلب الشراء ووصل إلى { $count } منتِجًا مطابقًا.
}
admin-notice-rfq-rejected = لم يُقبل طلب الشراء؛ ووصلت ملاحظتك إلى المشتري بالبريد الإلكتروني.
admin-notice-reports-dismissed = { $count ->
    [zero] لم يُرفض أي بلاغ؛ ولم يعد المشتري في هذه القائمة.
    [one] رُفض بلاغ واحد؛ ولم يعد المشتري في هذه القائمة.
    [two] رُفض بلاغان؛ ولم يعد المشتري في هذه القائمة.
    [few] رُفضت { $count } بلاغات؛ ولم يعد المشتري في هذه القائمة.
   *[other] رُفض { $count } بلاغًا؛ ولم يعد المشتري في هذه القائمة.
}
admin-notice-decided = “{ $title }” الآن { $status ->
    [published] منشور
    [changes_requested] بانتظار التعديلات المطلوبة
   *[rejected] مرفوض
}.
admin-notice-verified = أصبح { $name } موثّقًا.
admin-notice-unverified = لم يعد { $name } موثّقًا.
admin-no-such-role = لا يوجد دور باسم “{ $role }”.
admin-no-such-job = لا توجد مهمة فاشلة أو منتظرة بالمعرّف “{ $id }”.
admin-choose-rfq-decision = اختر قبول الطلب أو رفضه.
admin-choose-product-decision = اختر القبول أو طلب التعديلات أو الرفض.
