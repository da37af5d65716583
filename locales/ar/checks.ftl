# ما يعرضه النموذج بجوار حقل لا يستطيع قبول قيمته، وأخطاء 422 في واجهة البرمجة.

field-at-least = يجب ألا تقل القيمة عن { $min }.
field-at-most = يجب ألا تزيد القيمة على { $max }.
field-choose-option = اختر أحد الخيارات.
field-date-needed = اختر تاريخًا.
field-date-past = هذا التاريخ قد مضى؛ اختر اليوم أو يومًا لاحقًا.
field-date-too-far = اختر تاريخًا خلال السنتين القادمتين.
field-days-between = أدخل عددًا صحيحًا من الأيام من { $min } إلى { $max }.
field-honeypot = يبدو أن هذا النموذج مُلِئ بأداة آلية، لذلك لم يُرسَل.
field-needed = هذا الحقل مطلوب.
field-not-a-date = “{ $value }” ليس تاريخًا؛ استخدم الصيغة YYYY-MM-DD.
field-not-a-number = “{ $value }” ليس عددًا صحيحًا.
field-number-between = أدخل عددًا صحيحًا من { $min } إلى { $max }.
field-number-needed = أدخل عددًا صحيحًا.
field-problem = { $text }
field-too-long = يجب ألا يتجاوز عدد الأحرف { $max } (العدد الحالي { $count }).
field-too-short = يجب ألا يقل عدد الأحرف عن { $min }.
field-unreadable = تعذّرت قراءة بعض الحقول؛ راجع النموذج.
account-company-enter-company-s = أدخل اسم شركتك.
account-company-keep-company-name = يجب ألا يتجاوز اسم الشركة 150 حرفًا.
account-country-choose-country-company = اختر البلد الذي تقع فيه شركتك.
account-country-choose-country-list = اختر بلدًا من القائمة.
account-email-invalid = أدخل عنوان بريد إلكتروني مثل name@example.com.
account-email-needed = أدخل عنوان بريدك الإلكتروني.
account-email-too-long = عنوان البريد الإلكتروني هذا طويل جدًا.
account-form-cannot-suspend-own = لا يمكنك تعليق حسابك أنت.
account-invite-exists = يوجد حساب بهذا العنوان بالفعل؛ غيّر دوره أدناه.
account-invite-role = اختر دور المنظِّم أو المسؤول.
account-name-needed = أدخل اسمك.
account-name-too-long = يجب ألا يتجاوز الاسم 100 حرف.
account-new-email-already-address = هذا هو عنوانك الحالي بالفعل.
account-not-current-password = هذه ليست كلمة مرورك الحالية.
account-password-too-long = يجب ألا يتجاوز عدد الأحرف { $max }.
account-password-too-short = يجب ألا يقل عدد الأحرف عن { $min }؛ بضع كلمات معًا تصنع كلمة مرور جيدة.
account-password-weak = كلمة المرور هذه شائعة جدًا أو سهلة التخمين. جرّب عبارة أطول من كلمات لا رابط بينها.
account-role-cannot-remove-own = لا يمكنك إزالة دور المسؤول عن حسابك أنت.
account-role-choose-whether-sell = اختر ما إذا كنت تبيع (منتِج) أو تشتري (مشترٍ).
account-token-name-needed = سمِّ رمز الوصول باسم البرنامج الذي سيستخدمه، مثل “مزامنة المخزون”.
account-token-name-too-long = يجب ألا يتجاوز عدد أحرف الاسم { $max }.
account-token-too-many = بلغت الحد الأقصى لرموز الوصول قيد الاستخدام ({ $max }). ألغِ أولًا رمزًا لم تعد بحاجة إليه.
account-two-factor-wrong-code = هذا الرمز غير صحيح، أو سبق استخدامه. اكتب الأرقام الستة التي يعرضها تطبيقك الآن، أو أحد رموز الاسترداد.
account-wrong-credentials = عنوان البريد الإلكتروني أو كلمة المرور غير صحيحة.
enquiry-api-product-slug = حدّد المنتج بمعرّفه في الرابط (slug)، كما في /products/{"{"}slug{"}"}.
enquiry-buyer-type-choose-what-kind = اختر نوع المشتري الذي ينطبق عليك.
enquiry-choose-country-list = اختر بلدًا من القائمة.
enquiry-choose-incoterm-exw-fob = اختر قاعدة من قواعد Incoterms (EXW، FOB، CIF، DAP، DDP …).
enquiry-choose-places-list = اختر الأماكن من القائمة.
enquiry-currency-unknown = “{ $value }” ليست عملة نعرفها؛ استخدم رمزًا مثل USD أو EUR أو INR.
enquiry-enter-price-above-zero = أدخل سعرًا أكبر من صفر.
enquiry-enter-quantity = أدخل الكمية.
enquiry-enter-quantity-least-1 = أدخل كمية لا تقل عن 1.
enquiry-first-message-links = الحد الأقصى لعدد الروابط في الرسالة الأولى هو { $max }. صِف ما تحتاج إليه بالكلمات؛ ويمكن إرسال الروابط بعد بدء المحادثة.
enquiry-form-some-quote-could = تعذّرت قراءة جزء من عرض السعر.
enquiry-form-some-request-could = تعذّرت قراءة جزء من الطلب.
enquiry-incoterm-unknown = “{ $value }” ليست من قواعد Incoterms 2020؛ اختر إحدى القواعد التالية: { $rules }.
enquiry-note-keep-note-under = يجب ألا تتجاوز الملاحظة 2000 حرف.
enquiry-note-tell-buyer-why = أخبر المشتري بسبب عدم الموافقة على الطلب.
enquiry-outcome-choose-how-conversation = اختر كيف انتهت المحادثة.
enquiry-phone-use-digits-spaces = استخدم الأرقام والمسافات والرموز + - ( ) فقط، مثل +31 20 123 4567.
enquiry-quantity-too-large = هذا أكثر من { $max } — تحقّق من الكمية.
enquiry-sector-choose-sector = اختر قطاعًا.
enquiry-sector-unknown = “{ $value }” ليس من قطاعاتنا.
enquiry-time-zone-choose-time-zone = اختر منطقة زمنية من القائمة، مثل Europe/Amsterdam.
enquiry-title-say-few-words = اذكر في كلمات قليلة ما تبحث عنه.
enquiry-unit-choose = اختر وحدة من القائمة ({ $units }).
enquiry-website-enter-full-address = أدخل العنوان كاملًا، مثل https://example.com.
form-day-choose-one-event = اختر أحد أيام الفعالية.
form-day-write-date-yyyy = اكتب التاريخ بالصيغة YYYY-MM-DD.
form-event-s-clocks-show = يتكرر هذا الوقت مرتين في تلك الليلة حسب توقيت الفعالية (انتهاء التوقيت الصيفي)؛ اختر وقتًا خارج تلك الساعة.
form-give-whole-minute-without = أدخل دقيقة كاملة، بدون ثوانٍ.
form-showcase-choose-one-showcases = اختر أحد معارضك.
listing-alt-needed = صِف الصورة لمن لا يستطيع رؤيتها.
listing-currency-unknown = “{ $value }” ليس رمز عملة نعرفه (مثل INR أو USD أو EUR).
listing-district-choose-district-list = اختر مقاطعتك من القائمة.
listing-enter-6-digit-hs = أدخل رمز HS من 6 أرقام أو رمز HSN هنديًا من 8 أرقام، مثل 500720 أو 50072010.
listing-enter-price = أدخل السعر.
listing-gi-product-choose-gi-register = اختر مؤشرًا جغرافيًا (GI) من السجل، أو لا شيء.
listing-gi-product-other-state = هذا المؤشر الجغرافي (GI) غير مسجّل لولايتك: اختر أحد المؤشرات الجغرافية المسجّلة لولايتك، أو لا شيء.
listing-gstin-has-15-characters = يتكون رقم GSTIN من 15 خانة: رمز الولاية من رقمين، ورقم PAN الخاص بك، ورقم الكيان، والحرف Z، وخانة تحقق (مثل 27AAPFU0939F1ZV).
listing-gstin-s-last-character = الخانة الأخيرة في رقم GSTIN هذا لا تتطابق مع بقيته: تحقّق من وجود خطأ في الكتابة.
listing-hs-unknown = { $code } ليس بندًا فرعيًا في نظام HS 2022.
listing-iec-has-10-characters = يتكون رمز IEC من 10 خانات: رقم PAN لمنشأتك (مثل AAPFU0939F) أو رمز قديم من 10 أرقام.
listing-import-columns-missing = الملف يفتقد الأعمدة التالية: { $columns }؛ ابدأ من القالب.
listing-import-most-1000-rows = استورد 1000 صف كحد أقصى في كل مرة.
listing-import-not-csv = الملف ليس بصيغة CSV قابلة للقراءة: { $problem }
listing-incoterm-unknown = “{ $value }” ليست من قواعد Incoterms 2020.
listing-indian-number-has-10 = يتكون الرقم الهندي من 10 أرقام بعد +91 (أو بعد الصفر في رمز المنطقة للهاتف الأرضي).
listing-kind-choose-what-kind = اختر نوع نشاطك التجاري.
listing-moq-unit-choose-unit-minimum = اختر الوحدة التي يُحسب بها الحد الأدنى للطلب.
listing-note-needed = أخبر المنتِج بما يجب تغييره أو بسبب رفض إدراج المنتج.
listing-odop-product-choose-one-district = اختر أحد منتجات ODOP في مقاطعتك، أو لا شيء.
listing-phone-example = اكتب الرقم بأرقامه، مثل +91 98765 43210 أو 98765 43210.
listing-phone-write-number-takes = اكتب الرقم الذي يستقبل رسائل واتساب.
listing-price-decimals = الحد الأقصى لعدد المنازل العشرية في هذه العملة هو { $max }.
listing-price-invalid = “{ $value }” ليس سعرًا؛ اكتبه مثل 1250 أو 1250.50.
listing-price-max-highest-price-cannot = لا يمكن أن يكون أعلى سعر أقل من أدنى سعر.
listing-price-must-more-than = يجب أن يكون السعر أكبر من صفر.
listing-price-too-large = هذا السعر كبير جدًا.
listing-sector-choose-sector = اختر قطاعًا.
listing-udyam-number-looks-like = يكون رقم Udyam على هذا الشكل: UDYAM-UP-01-0012345.
meeting-api-hours-day = { $date } { $start }–{ $end }: { $problem }
meeting-api-hours-needed = حدّد ساعاتك في يوم واحد على الأقل من أيام الفعالية.
meeting-api-with-needed = حدّد المشارك الذي تريد مقابلته: ?with={"{"}معرّف المشارك{"}"}.
meeting-booking-closes-booking-must-close = يجب أن يكون موعد إغلاق الحجز بعد موعد فتحه.
meeting-booking-closes-booking-must-close-2 = يجب أن يُغلق الحجز في موعد لا يتجاوز نهاية آخر اجتماع.
meeting-booking-closes-time-has-passed = هذا الوقت قد مضى؛ يجب أن يكون موعد إغلاق الحجز في المستقبل.
meeting-breaks-format = اكتب كل استراحة بالصيغة HH:MM-HH:MM، وافصل بينها بفواصل.
meeting-busy-elsewhere = { $who ->
    [you] لديك
    [they] لدى الطرف الآخر
   *[other] لدى { $who }
} اجتماع آخر في هذا الوقت ضمن فعالية؛ اختر وقتًا آخر.
meeting-buyer-countries-choose-among-countries = اختر من بين البلدان المدرجة.
meeting-buyer-organisers-book-only = يحجز المنظِّمون للمشترين المستضافين فقط؛ أما المشترون الآخرون فيحجزون اجتماعاتهم بأنفسهم.
meeting-choose-among-places-listed = اختر من بين الأماكن المدرجة.
meeting-choose-approved-producer = اختر أحد المنتِجين المعتمدين في الفعالية.
meeting-choose-hosted-buyer = اختر أحد المشترين المستضافين في الفعالية.
meeting-choose-one-options = اختر أحد الخيارات.
meeting-clock-format = استخدم الصيغة HH:MM.
meeting-clocks-skip-time-night = تتخطى الساعة هذا الوقت في تلك الليلة (التوقيت الصيفي)؛ اختر وقتًا آخر.
meeting-co-hosts-too-many = الحد الأقصى لعدد الجهات المشاركة في التنظيم هو { $max }.
meeting-co-hosts-write-each-co = اكتب كل جهة مشاركة في التنظيم في سطر مستقل: الاسم، ثم عنوانها على الويب (https://…).
meeting-daily-cap-reached = { $who ->
    [you] لديك
    [they] لدى الطرف الآخر
   *[other] لدى { $who }
} في ذلك اليوم أقصى عدد من الاجتماعات تسمح به الفعالية؛ اختر يومًا آخر.
meeting-day-choose-one-event = اختر أحد أيام الفعالية.
meeting-draft-busy = لدى { $name } اجتماع أو فترة محجوبة في هذا الوقت.
meeting-draft-double = لدى { $name } اجتماع آخر في المسودة في هذا الوقت.
meeting-draft-not-on-programme = هذا الوقت ليس ضمن برنامج الفعالية؛ اختر أحد الأوقات المتاحة.
meeting-draft-outside-hours = هذا الوقت خارج ساعات { $name }.
meeting-draft-same-time = هذا هو موعد الاجتماع أصلًا؛ اختر وقتًا آخر.
meeting-draft-time-passed = هذا الوقت قد مضى؛ اختر وقتًا لاحقًا.
meeting-email-only-organiser-accounts = لا يمكن تنظيم فعالية إلا من حسابات المنظِّمين.
meeting-email-they-organise-event = صاحب هذا الحساب منظِّم لهذه الفعالية بالفعل.
meeting-enquiry-id-choose-one-conversations = اختر إحدى محادثاتك مع هذا الطرف، أو لا شيء.
meeting-event-choose-one-events = اختر إحدى الفعاليات التي تشاركان فيها كلاكما، أو اجتماعًا مستقلًا.
meeting-first-day-event-s-first = مضى اليوم الأول لهذه الفعالية؛ غيّره قبل النشر.
meeting-first-day-meetings-booked-programme = توجد اجتماعات محجوزة في هذا البرنامج: لم يعد ممكنًا تغيير أيامه وساعاته وفتراته.
meeting-follow-up-answered = أجبت عن استبيان المتابعة هذا في { $day }؛ وهو محفوظ كما قدّمته.
meeting-follow-up-no-meeting = استبيان المتابعة مخصص للاجتماعات التي عُقدت؛ واجتماعك لم يُعقد.
meeting-follow-up-opens = يُفتح استبيان المتابعة في { $day }، بعد 90 يومًا من الاجتماع.
meeting-follow-up-outcome-first = أخبرنا أولًا كيف سار الاجتماع.
meeting-form-answered-follow-up = أجبت عن استبيان المتابعة هذا من قبل؛ وهو محفوظ كما قدّمته.
meeting-hs-codes-write-hs-codes = اكتب رموز HS من 2 إلى 8 أرقام، مفصولة بفواصل، مثل 6214, 500710.
meeting-not-a-date-time = “{ $value }” ليس تاريخًا ووقتًا؛ استخدم الصيغة YYYY-MM-DD HH:MM.
meeting-not-a-time = “{ $value }” ليس وقتًا؛ استخدم الصيغة HH:MM.
meeting-order-value-give-value-only = أدخل القيمة فقط إذا صدر طلب شراء.
meeting-outcome-currency-needed = اختر عملة هذه القيمة، مثل USD أو EUR أو INR.
meeting-outcome-currency-unknown = “{ $value }” ليست عملة نعرفها؛ استخدم رمز ISO 4217 مثل USD أو EUR أو INR.
meeting-outcome-did-not-happen = لم يُعقد هذا الاجتماع: لم يُؤكَّد قط، أو أُلغي.
meeting-outcome-not-yet = لم يُعقد هذا الاجتماع بعد؛ أخبرنا كيف سار بعد انتهائه ({ $ends }).
meeting-outcome-value-invalid = “{ $value }” ليس مبلغًا؛ اكتبه مثل 25000 أو 1250.50.
meeting-outcome-value-needed = أدخل القيمة، أو امسح العملة.
meeting-outcome-value-zero = أدخل قيمة أكبر من صفر، أو اترك الحقل فارغًا.
meeting-outside-hours = هذا الوقت يقع خارج ساعات { $name } (بفارق { $minutes } دقيقة)؛ اختر وقتًا آخر، أو ضع علامة على “احجز خارج ساعاته”.
meeting-products-choose-among-listings = اختر من بين المنتجات المدرجة التي يعرضها المنتِج في هذه الفعالية.
meeting-products-choose-among-published = اختر من بين منتجاتك المدرجة المنشورة.
meeting-products-choose-least-one = اختر منتجًا واحدًا على الأقل من منتجاتك المنشورة لتعرضه.
meeting-result-choose-how-meeting = اختر كيف سار الاجتماع.
meeting-schedule-break-outside = يجب أن تقع الاستراحة ضمن ساعات الاجتماعات في ذلك اليوم.
meeting-schedule-days = تستمر الفعالية من يوم واحد إلى 14 يومًا.
meeting-schedule-ends-before-start = يجب أن تكون النهاية بعد البداية.
meeting-schedule-gap = الفاصل بين الاجتماعات 30 دقيقة كحد أقصى.
meeting-schedule-no-slots = ساعات الاجتماعات لا تتسع ولو لاجتماع واحد.
meeting-schedule-slot-length = تتراوح مدة الاجتماع بين 10 و60 دقيقة.
meeting-sectors-choose-among-sectors = اختر من بين القطاعات المدرجة.
meeting-since-choose-what-happened = اختر ما حدث منذ الاجتماع.
meeting-slot-blocked = حجب { $name } هذا الوقت؛ اختر وقتًا آخر.
meeting-slot-held = لدى { $name } اجتماع أو طلب آخر في هذا الوقت؛ اختر وقتًا آخر.
meeting-slot-taken = لم يعد هذا الوقت متاحًا؛ اختر وقتًا آخر.
meeting-starts-at-meeting-s-time = هذا هو موعد الاجتماع أصلًا؛ اختر وقتًا آخر.
meeting-starts-at-time-has-passed = هذا الوقت قد مضى؛ اختر وقتًا لاحقًا.
meeting-starts-at-time-not-event = هذا الوقت ليس ضمن برنامج الفعالية.
meeting-starts-at-time-not-event-2 = هذا الوقت ليس ضمن برنامج الفعالية؛ اختر أحد الأوقات المتاحة.
meeting-starts-at-time-taken-moment = حُجز هذا الوقت قبل لحظات؛ اختر وقتًا آخر.
meeting-time-choose-offered = اختر أحد الأوقات المتاحة.
meeting-time-zone-unknown = “{ $value }” ليست منطقة زمنية نعرفها؛ استخدم اسمًا مثل Europe/London أو Asia/Kolkata.
meeting-took-place-say-whether-meeting = حدّد ما إذا كان الاجتماع قد عُقد.
meeting-video-base-invalid = أدخل عنوانًا يبدأ بـ https://؛ يحدد {"{"}room{"}"} موضع اسم غرفة كل اجتماع، وإلا يُضاف الاسم في النهاية.
meeting-video-url-invalid = الصق عنوان الاجتماع الذي يبدأ بـ https:// (حتى 500 حرف).
showcase-event-choose-one-events = اختر إحدى الفعاليات في القائمة.
showcase-last-before-first = لا يمكن أن يسبق اليوم الأخير اليوم الأول ({ $first }).
showcase-live-from-choose-first-day = اختر يومًا أول خلال السنتين القادمتين.
showcase-live-from-choose-first-day-2 = اختر اليوم الأول أيضًا.
showcase-live-from-choose-first-day-3 = اختر أول يوم يُعرض فيه المعرض، ثم احفظ، ثم انشر.
showcase-live-from-published-showcase-needs = المعرض المنشور يحتاج إلى يومه الأول؛ أعِده إلى مسودة لمسح هذا اليوم.
showcase-live-until-day-has-passed = هذا اليوم قد مضى؛ اختر اليوم أو يومًا لاحقًا.
showcase-live-until-last-day-has = مضى يومه الأخير؛ اختر يومًا لاحقًا، ثم احفظ، ثم انشر.
showcase-product-add-least-one = أضف منتجًا منشورًا واحدًا على الأقل قبل النشر.
showcase-product-already = “{ $title }” موجود في هذا المعرض بالفعل.
showcase-product-there-no-such = لا يوجد منتج كهذا على الموقع؛ اختر منتجًا من نتائج البحث.
showcase-product-unpublished = “{ $title }” غير منشور ({ $status ->
    [draft] مسودة
    [submitted] بانتظار المراجعة
    [changes_requested] طُلبت تعديلات
    [rejected] مرفوض
    [archived] مؤرشف
   *[withheld] محجوب ما دام الحساب معلّقًا
}): لا يدخل المعرضَ إلا المنتجات التي يراها المشترون.
showcase-products-too-many = الحد الأقصى لعدد المنتجات في المعرض هو { $max }؛ أنشئ معرضًا آخر لبقية المنتجات.
showcase-section-choose-one-showcase = اختر أحد أجنحة هذا المعرض.
showcase-section-too-long = “{ $name }” طويل جدًا: يجب ألا يتجاوز كل اسم 80 حرفًا.
showcase-section-twice = “{ $name }” مذكور مرتين.
showcase-sections-name-least-one = سمِّ جناحًا واحدًا على الأقل، كل جناح في سطر.
showcase-sections-too-many = الحد الأقصى لعدد الأجنحة هو { $max }.
showcase-slug-shape = استخدم من 3 إلى 80 خانة من الحروف اللاتينية الصغيرة (a–z) والأرقام والشرطات المفردة، مثل “handlooms-of-uttar-pradesh”.
showcase-slug-taken = العنوان “{ $slug }” مستخدم لمعرض آخر؛ اختر عنوانًا غيره.

## Translations of a listing or a story (`catalogue::translations`)
translation-language-choose = اختر إحدى اللغات المعروضة.
translation-same-language = { $language ->
    [hi] العرض مكتوب بالهندية: اختر لغة أخرى.
    [ar] العرض مكتوب بالعربية: اختر لغة أخرى.
   *[en] العرض مكتوب بالإنجليزية: اختر لغة أخرى.
}
translation-own-language-taken = { $language ->
    [hi] للعرض ترجمة هندية: احذفها أولًا، أو أبقِ هذه اللغة.
    [ar] للعرض ترجمة عربية: احذفها أولًا، أو أبقِ هذه اللغة.
   *[en] للعرض ترجمة إنجليزية: احذفها أولًا، أو أبقِ هذه اللغة.
}
translation-story-language-taken = { $language ->
    [hi] لقصتك نسخة هندية في «لغات أخرى»: أفرِغها هناك أولًا، أو أبقِ اللغة كما كانت.
    [ar] لقصتك نسخة عربية في «لغات أخرى»: أفرِغها هناك أولًا، أو أبقِ اللغة كما كانت.
   *[en] لقصتك نسخة إنجليزية في «لغات أخرى»: أفرِغها هناك أولًا، أو أبقِ اللغة كما كانت.
}
