# لقاءات المشترين والبائعين الافتراضية: الفعاليات والحجز وجداول المواعيد والنتائج وصفحات المنظمين.

## كلمات مشتركة
meetings-breadcrumb = مسار التنقل
meetings-error-prefix = خطأ:
meetings-optional = اختياري
meetings-crumb-events = الفعاليات
meetings-crumb-meetings = الاجتماعات
meetings-badge-verified = موثَّق
meetings-badge-hosted = مشترٍ مستضاف
meetings-when = الموعد
meetings-reason = السبب
meetings-cancelled-by-organisers = ألغاه منظمو { $event }.
meetings-cancelled-with-event = أُلغيت الفعالية.
meetings-now = الآن
meetings-proposed = المقترح
meetings-proposed-instead = موعد مقترح بدلًا منه
meetings-length = المدة
meetings-about = الموضوع
meetings-minutes = { $minutes ->
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $minutes } دقائق
   *[other] { $minutes } دقيقة
}
meetings-minutes-short = { $minutes } د
meetings-quoted = «{ $text }»
meetings-back-to-meeting = العودة إلى الاجتماع
meetings-none-in-common = لا يوجد وقت متاح يقع ضمن ساعاتك وساعاتهم معًا. هذه أقرب الأوقات، مع مقدار خروج كل منها عن ساعات كل طرف.
meetings-phase = { $phase ->
    [draft] مسودة
    [upcoming] يُفتح الحجز قريبًا
    [booking_open] الحجز مفتوح
    [running] جارية
    [finished] انتهت
   *[cancelled] أُلغيت
}
meetings-status = { $status ->
    [requested] مطلوب
    [accepted] مقبول
    [declined] مرفوض
    [cancelled] ملغى
   *[expired] منتهي الصلاحية
}

## اختيار الموعد
meetings-slot-day-count = { $count ->
    [zero] لا مواعيد
    [one] موعد واحد
    [two] موعدان
    [few] { $count } مواعيد
   *[other] { $count } موعدًا
}

## ما يمكن للمشارك فعله في الاجتماع
meetings-action-accept = قبول
meetings-action-decline = رفض
meetings-action-answer-move = الرد على الموعد المقترح
meetings-action-withdraw-proposal = سحب اقتراحك
meetings-action-propose = اقتراح موعد آخر
meetings-action-cancel = { $status ->
    [requested] سحب الطلب
   *[other] إلغاء
}
meetings-action-outcome = كيف جرى الاجتماع؟
meetings-action-you-said = قلتَ: { $outcome }
meetings-action-change = تعديل
meetings-action-follow-up = بعد 90 يومًا: ماذا حدث منذ ذلك الحين؟

## قائمة اللقاءات وصفحة الفعالية
meetings-events-title = لقاءات المشترين والبائعين
meetings-events-heading = لقاءات المشترين والبائعين الافتراضية
meetings-events-lead = اجتماعات فيديو قصيرة ثنائية بين المشترين من الخارج والمنتجين الهنود، تنظمها مجالس تنمية الصادرات والبعثات الهندية. يظهر كل موعد بتوقيت الفعالية وبتوقيتك.
meetings-events-none = لم يُعلَن عن أي لقاء بعد.
meetings-my-events-title = فعالياتك
meetings-my-events-none = لا تنظم أي فعالية بعد.
meetings-event-create = إنشاء فعالية
meetings-event-slot-minutes = اجتماعات مدة كل منها { $minutes } دقيقة
meetings-event-with = بالتعاون مع
meetings-event-sectors = القطاعات
meetings-event-producers-from = المنتجون من
meetings-event-buyers-from = المشترون من
meetings-event-producers = المنتجون
meetings-event-buyers = المشترون
meetings-event-programme = البرنامج
meetings-event-programme-hours = ساعات الاجتماعات { $hours }؛ وكل سطر أيضًا بتوقيت { $zone }.
meetings-event-programme-slots = { $count ->
    [zero] لا مواعيد اجتماعات
    [one] موعد اجتماع واحد
    [two] موعدا اجتماع
    [few] { $count } مواعيد اجتماعات
   *[other] { $count } موعد اجتماع
}
meetings-event-taking-part = المشاركة
meetings-event-sign-in-or = أو
meetings-event-join = أنشئ حسابًا
meetings-event-sign-in-rest = بصفتك منتجًا أو مشتريًا للمشاركة.
meetings-event-products = المنتجات المعروضة التي تحضرها
meetings-event-pitch = تعريفك بنفسك
    .hint = ما ينبغي أن يعرفه المشترون عنك، في بضع جمل.
meetings-event-hs-codes = رموز HS التي تستورد ضمنها
    .hint = مفصولة بفواصل، مثل 6214، 500710.
meetings-event-volumes = الكميات التي تشتريها
    .hint = بكلماتك، مثل 2,000 وشاح في الموسم.
meetings-event-looking-for = ما الذي تبحث عنه
    .hint = المنتجات والجودة والأسعار: ما ينبغي أن يحضّره المنتجون.
meetings-event-no-listings = ليس لديك أي منتج منشور بعد؛
meetings-event-add-listing = أضف منتجًا أولًا.
meetings-event-apply = قدّم طلب المشاركة
meetings-event-register = سجّل للمشاركة
meetings-event-waiting = طلبك بانتظار قرار المنظمين؛ وسيصلك الرد بالبريد الإلكتروني.
meetings-event-declined = لم يتمكن المنظمون من قبولك في هذه الفعالية.
meetings-event-book = اختر من تريد لقاءه
meetings-event-suggestions = المطابقات المقترحة
meetings-event-agenda = جدول مواعيدك
meetings-event-manage = إدارة هذه الفعالية
meetings-event-closed = لا تقبل هذه الفعالية مشاركين آخرين.
meetings-event-who = المشاركون
meetings-event-who-counts = المنتجون: { $producers }، والمشترون: { $buyers }.
meetings-event-who-range = المنتجون من { $first } إلى { $last } من أصل { $count }، بترتيب انضمامهم.
meetings-event-producer-pages = صفحات المنتجين

## جدول مواعيد المشارك واجتماع واحد
meetings-agenda-title = اجتماعاتك
meetings-agenda-lead = يظهر كل موعد بتوقيتك وبتوقيت الطرف الآخر.
meetings-agenda-print = اطبع جدول مواعيدك
meetings-agenda-next = اجتماعك التالي، مع { $name }، يبدأ
meetings-agenda-upcoming = الاجتماعات المؤكدة
meetings-agenda-upcoming-none = لا شيء بعد. ابحث عن لقاء في
meetings-agenda-find-meet = لقاءات المشترين والبائعين.
meetings-agenda-received = طلبات بانتظار ردك
meetings-agenda-received-none = لا شيء.
meetings-agenda-sent = طلبات أرسلتها
meetings-agenda-sent-none = لا شيء بالانتظار.
meetings-agenda-past = السابقة والمرفوضة والملغاة
meetings-join = انضم إلى الاجتماع
meetings-video-room = غرفة الفيديو
meetings-feed-title = اجتماعاتك في تطبيق التقويم
meetings-feed-new = عنوان تقويمك.
meetings-feed-new-once = انسخه الآن: حفاظًا على خصوصيتك لا يُعرض إلا هذه المرة.
meetings-feed-how = اشترك في عنوان تقويمك الخاص فتظهر اجتماعاتك المؤكدة في تقويمك، كل منها بتوقيتك؛ وتنتقل الاجتماعات المعدّلة ويظهر الملغى منها ملغى. في Google Calendar اختر “Other calendars” ثم “+” ثم “From URL”؛ وفي Apple Calendar “File” ثم “New Calendar Subscription”؛ وفي Outlook “Add calendar” ثم “Subscribe from web”. كل من يملك العنوان يمكنه قراءة اجتماعاتك، فاحتفظ به لنفسك.
meetings-feed-made = أُنشئ عنوانك الحالي في { $made }. إن فقدته أو شاركته خطأً فأعد تعيين الرابط: تحصل على عنوان جديد ويتوقف القديم عن العمل.
meetings-feed-reset = إعادة تعيين الرابط
meetings-feed-make = أنشئ عنوان تقويمي
meetings-feed-name = اجتماعات { site-name }
meetings-meeting-with = اجتماع مع { $name }
meetings-meeting-on-its-own = اجتماع مستقل، اقتُرح في محادثتك
meetings-meeting-in-conversation = اقتُرح في محادثتك
meetings-waiting-for-you = بانتظار ردك
meetings-waiting-for-them = بانتظار ردهم
meetings-their-message = رسالتهم
meetings-your-message = رسالتك
meetings-ended = انتهى هذا الاجتماع.
meetings-join-later = يظهر زر الانضمام هنا قبل البداية بعشر دقائق. الغرفة:

## الرد والتأجيل والإلغاء
meetings-confirm-question = { $action ->
    [accept] هل تقبل هذا الاجتماع؟
    [decline] هل ترفض هذا الطلب؟
    [cancel] هل تلغي هذا الاجتماع؟
    [accept-move] هل تنقل هذا الاجتماع؟
   *[keep-time] هل تُبقي الموعد الحالي؟
}
meetings-confirm-button = { $action ->
    [accept] قبول الاجتماع
    [decline] رفض الطلب
    [cancel] إلغاء الاجتماع
    [accept-move] النقل إلى الموعد الجديد
   *[keep-time] الإبقاء على الموعد الحالي
}
meetings-confirm-reason-hint = سيقرؤونه في رسالة البريد الإلكتروني التي نرسلها.
meetings-confirm-keep-instead = أبقِ الموعد الحالي بدلًا من ذلك
meetings-propose-effect = { $status ->
    [accepted] يبقى الاجتماع في موعده إلى أن يقبلوا الموعد الجديد.
   *[other] ينتقل الطلب إلى الموعد الجديد وينتظر ردهم.
}
meetings-propose-submit = اقترح هذا الموعد
meetings-propose-none-left = لم يعد لديك ولديهم أي وقت متاح آخر في هذه الفعالية.
meetings-starts-in-minutes = بعد { $minutes } د
meetings-starts-in-hours = بعد { $hours } س
meetings-starts-in-hours-minutes = بعد { $hours } س { $minutes } د
meetings-starts-in-days = { $days ->
    [one] بعد يوم واحد
    [two] بعد يومين
    [few] بعد { $days } أيام
   *[other] بعد { $days } يومًا
}
meetings-starts-in-days-hours = { $days ->
    [one] بعد يوم واحد و{ $hours } س
    [two] بعد يومين و{ $hours } س
    [few] بعد { $days } أيام و{ $hours } س
   *[other] بعد { $days } يومًا و{ $hours } س
}
meetings-outcome-summary = { $took_place ->
    [no_show] لم يحضر الطرف الآخر
    [technical] حالت مشكلة تقنية دون انعقاده
   *[yes] { $result ->
        [no_interest] نعم، انعقد · لا اهتمام
        [information] نعم، انعقد · تبادل للمعلومات
        [samples_requested] نعم، انعقد · طُلبت عينات
        [quotation] نعم، انعقد · سيُرسل عرض سعر
        [order_expected] نعم، انعقد · طلب شراء متوقع
       *[none] نعم، انعقد
    }
}

## حجز اجتماع
meetings-time-zone = المنطقة الزمنية
meetings-book-title = احجز اجتماعًا
meetings-book-crumb = الحجز
meetings-book-lead = اختر من تريد لقاءه؛ تظهر أوقاتهم المتاحة بتوقيتك وبتوقيتهم.
meetings-book-directory = من يمكنك لقاؤه
meetings-book-sector = القطاع
meetings-book-state = الولاية
meetings-book-district = المقاطعة
meetings-book-country = البلد
meetings-book-any = الكل
meetings-book-gi = منتجات تحمل مؤشرًا جغرافيًا (GI)
meetings-book-verified = منتجون موثَّقون
meetings-book-filter = تصفية
meetings-book-shown = يُعرض { $shown } من أصل { $count }.
meetings-book-show-all = اعرض الجميع
meetings-book-nobody = لم يُقبل أحد من الطرف الآخر بعد.
meetings-book-meet = لقاء { $name }
meetings-book-listings = منتجات للحديث عنها
meetings-book-message-hint = من أنت وما الذي تود الحديث عنه.
meetings-book-submit = اطلب هذا الاجتماع
meetings-book-none-left = لم يعد لديك ولديهم أي وقت متاح في هذه الفعالية.

## ساعات المشارك
meetings-hours-title = ساعاتك
meetings-hours-lead = لا تُعرض على الآخرين إلا أوقات ضمن ساعاتك، بتوقيتك. احجب الأوقات المفردة التي لا تستطيع الاجتماع فيها.
meetings-hours-zone = منطقتك الزمنية
    .hint = اسم IANA مثل Europe/Berlin أو Asia/Kolkata أو America/New_York.
meetings-hours-day = اليوم
meetings-hours-from = من
meetings-hours-until = إلى
meetings-hours-every-day = كل يوم
meetings-hours-save = احفظ ساعاتك
meetings-hours-save-day = احفظ هذا اليوم
meetings-hours-own = محددة لهذا اليوم
meetings-hours-free = إتاحة
meetings-hours-booked = محجوز
meetings-hours-block = حجب
meetings-hours-outside = خارج ساعاتك

## المطابقات المقترحة
meetings-suggestions-title = { $side ->
    [buyer] منتجون مقترحون
   *[other] مشترون مقترحون
}
meetings-suggestions-crumb = الاقتراحات
meetings-suggestions-lead = { $side ->
    [buyer] المنتجون مرتبون بحسب مدى تلبية ما يقدمونه لما تستورده، مع الأسباب.
   *[other] المشترون مرتبون بحسب مدى تلبية ما تقدمه لما يستوردونه، مع الأسباب.
} حدّد من يجب أن تلتقيهم: يضعهم المنظمون أولًا عند تخطيط اجتماعات المشترين المستضافين.
meetings-suggestions-mark = حدّد «يجب لقاؤه»
meetings-suggestions-unmark = أزل «يجب لقاؤه»
meetings-suggestions-say-what = أخبرنا بما تستورده — القطاعات في ملفك كمشترٍ، ورموز HS عند التسجيل — وستتبعها الاقتراحات.
meetings-suggestions-profile = ملفك كمشترٍ
meetings-suggestions-no-buyer-says = لم يذكر أي مشترٍ بعد ما يستورده.
meetings-suggestions-best = أفضل المطابقات أولًا
meetings-suggestions-must-meet = يجب لقاؤه
meetings-suggestions-request = اطلب اجتماعًا
meetings-suggestions-none = لا أحد من الطرف الآخر يطابقك بعد.
meetings-suggestions-also-marked = محددون أيضًا «يجب لقاؤهم»

## اجتماع مقترح من محادثة
meetings-thread-title = اقتراح اجتماع فيديو
meetings-thread-heading = اقتراح اجتماع فيديو مع { $name }
meetings-thread-about = بخصوص
meetings-thread-lead = يقبلون أو يرفضون؛ وعند القبول تصلكما الدعوة وغرفة الفيديو بالبريد الإلكتروني.
meetings-thread-where = المكان
meetings-thread-where-lead = تشاركان كلاكما في فعالية حجزها مفتوح: التقيا هناك، أو بشكل مستقل.
meetings-thread-at = في { $event }
meetings-thread-next-days = { $days ->
    [one] خلال اليوم القادم
    [two] خلال اليومين القادمين
    [few] خلال الأيام الـ{ $days } القادمة
   *[other] خلال الـ{ $days } يومًا القادمة
}
meetings-thread-your-hours = ساعاتك: { $hours }
meetings-thread-change-hours = غيّرها
meetings-thread-their-hours = ساعاتهم: { $hours }.
meetings-thread-each-time = كل موعد أدناه بتوقيتك ثم بتوقيتهم؛ اختر يومًا لترى أوقاته.
meetings-thread-message-hint = ما الذي تود الحديث عنه؛ نرسله مع الطلب.
meetings-thread-submit = اقترح هذا الاجتماع
meetings-thread-back = العودة إلى المحادثة
meetings-thread-none-left = لم يعد لديك ولديهم أي وقت متاح هنا.
meetings-slot-outside-yours = { $hours ->
    [0] { $minutes } د خارج ساعاتك
   *[other] { $minutes ->
        [0] { $hours } س خارج ساعاتك
       *[other] { $hours } س { $minutes } د خارج ساعاتك
    }
}
meetings-slot-outside-theirs = { $hours ->
    [0] { $minutes } د خارج ساعاتهم
   *[other] { $minutes ->
        [0] { $hours } س خارج ساعاتهم
       *[other] { $hours } س { $minutes } د خارج ساعاتهم
    }
}

## كيف جرى الاجتماع، وبعد 90 يومًا
meetings-save = حفظ
meetings-note = ملاحظة
meetings-optional-brackets = (اختياري)
meetings-currency = العملة
    .hint = رمز ISO: USD، EUR، INR …
meetings-currency-with-value = (مع قيمة)
meetings-your-meeting-with = اجتماعك مع
meetings-outcome-private = لا يرى ما تقوله هنا سواك ومنظمو الفعالية؛ ويقدّم { $name } روايته الخاصة.
meetings-outcome-saved = أخبرتنا من قبل؛ عدّل ما ليس صحيحًا.
meetings-outcome-took-place = هل انعقد الاجتماع؟
meetings-outcome-result-hint = فقط إن انعقد.
meetings-outcome-value = القيمة المتوقعة
    .hint = للأعمال التي تتوقعها منه، مثل 25000.
meetings-outcome-thread = أين تستمر الصفقة
meetings-outcome-no-thread = لا محادثة
meetings-took-place = { $value ->
    [no_show] لم يحضر الطرف الآخر
    [technical] حالت مشكلة تقنية دون انعقاده
   *[yes] نعم، انعقد
}
meetings-how-it-went = { $value ->
    [no_interest] لا اهتمام
    [information] تبادل للمعلومات
    [samples_requested] طُلبت عينات
    [quotation] سيُرسل عرض سعر
   *[order_expected] طلب شراء متوقع
}
meetings-since-then = { $value ->
    [negotiation] المفاوضات جارية
    [samples_sent] أُرسلت عينات
    [order_placed] تم تقديم طلب شراء
    [letter_of_intent] وُقّع خطاب نوايا
   *[nothing] لم ينتج عنه شيء
}
meetings-follow-up-crumb = بعد 90 يومًا
meetings-follow-up-since = منذ الاجتماع
meetings-follow-up-order-value = قيمة الطلب
    .optional = (لطلب شراء قُدّم)
meetings-follow-up-answered-on = تاريخ الرد
meetings-follow-up-what = ما الذي حدث
    .legend = ما الذي حدث منذ الاجتماع؟
    .hint = اختر أبعد مرحلة وصل إليها.
meetings-follow-up-once = تجيب مرة واحدة. لا يراه سواك ومنظمو الفعالية.

## نموذج الفعالية
meetings-fields-audience = لمن هي
meetings-fields-hosts = من يقف وراءها
meetings-field-title = العنوان
meetings-field-description = الوصف
meetings-field-time-zone = المنطقة الزمنية للفعالية
    .hint = اسم IANA، مثل Asia/Kolkata أو Europe/London. يُعدّ البرنامج وفقها.
meetings-field-first-day = اليوم الأول
meetings-field-days = عدد الأيام
    .hint = من 1 إلى 14
meetings-field-window-start = الاجتماعات من
meetings-field-window-end = الاجتماعات حتى
meetings-field-breaks = الاستراحات
    .hint = مثل 13:00-14:00، 16:00-16:15
meetings-field-slot-minutes = مدة الاجتماع بالدقائق
    .hint = من 10 إلى 60
meetings-field-gap-minutes = الفاصل بين الاجتماعات بالدقائق
    .hint = من 0 إلى 30
meetings-field-booking-opens = يُفتح الحجز
    .hint = بتوقيت الفعالية.
meetings-field-booking-closes = يُغلق الحجز
    .hint = بتوقيت الفعالية.
meetings-field-request-mode = طلبات الاجتماع
meetings-field-request-expiry-minutes = مدة انتظار الطلب للرد (بالدقائق)
    .hint = من 15 دقيقة إلى 10 أيام (14400)؛ ويُحرَّر الموعد عند انقضائها.
meetings-field-daily-cap = الاجتماعات لكل مشارك في اليوم
meetings-field-approval = المشاركون
meetings-field-sectors = القطاعات
    .hint = اترك الكل دون تحديد لتشمل جميع القطاعات.
meetings-field-buyer-countries = بلدان المشترين المستهدفة
    .hint = اختياري. اضغط Ctrl (أو ⌘ على Mac) لاختيار أكثر من بلد.
meetings-field-focus-states = الولايات التي تبرزها
    .hint = اختياري؛ اتركه فارغًا لتشمل الهند كلها.
meetings-field-focus-districts = المقاطعات التي تبرزها
    .hint = اختياري.
meetings-field-producer-capacity = الحد الأقصى للمنتجين
    .hint = اتركه فارغًا دون حد.
meetings-field-buyer-capacity = الحد الأقصى للمشترين
    .hint = اتركه فارغًا دون حد.
meetings-field-co-hosts = الجهات المشاركة في الاستضافة
    .hint = البعثات والمجالس التي تقف وراء الفعالية، واحدة في كل سطر: الاسم ثم عنوانها على الويب، مثل “Embassy of India, Berlin https://indianembassyberlin.gov.in”.
meetings-field-video-base = غرف الفيديو على
    .hint = اختياري: خدمة الفيديو الخاصة بك، مثل https://meet.example.org/{"{"}room{"}"}. يحصل كل اجتماع على غرفة باسم يتعذر تخمينه. فارغ: غرف الموقع.
meetings-request-mode = { $value ->
    [accept] يقبل الطرف الآخر كل طلب أو يرفضه
   *[instant] تُؤكَّد الطلبات فورًا
}
meetings-approval = { $value ->
    [organiser] يوافق أحد المنظمين على كل مشارك
   *[automatic] يشارك كل من يتقدم بطلب
}

## صفحات المنظمين للفعالية
meetings-cancel = إلغاء
meetings-event-new-crumb = جديدة
meetings-event-save-draft = احفظ كمسودة
meetings-side = { $side ->
    [producer] منتج
   *[buyer] مشترٍ
}
meetings-participant-status = { $status ->
    [pending] بانتظار الموافقة
    [approved] مقبول
   *[declined] مرفوض
}
meetings-hs = HS { $codes }
meetings-pair = { $first } و{ $second }
meetings-manage-public-page = الصفحة العامة
meetings-schedule-crumb = الجدول
meetings-draft-crumb = مسودة الجدول
meetings-manage-publish = نشر
meetings-manage-cancel-event = إلغاء الفعالية
meetings-banner-unchanged = لم تتغير صورة الغلاف
meetings-banner-title = صورة الغلاف
meetings-banner-remove = إزالة صورة الغلاف
meetings-banner-lead = صورة عريضة أعلى صفحة الفعالية وعلى بطاقتها في قائمة اللقاءات: الحرفة أو المكان أو الدورة السابقة.
meetings-banner-new = صورة غلاف جديدة
meetings-banner = صورة الغلاف
meetings-banner-hint = JPEG أو PNG أو WebP، حتى 20 MB. الصورة الأفقية (نحو 3 : 1) أفضل؛ وتُقص إلى شريط على الهواتف.
meetings-banner-upload = رفع صورة الغلاف
meetings-manage-participants = المشاركون
meetings-manage-note = ملاحظة لهم
meetings-manage-hosted = مشترٍ مستضاف (يتحمل المنظمون نفقاته)
meetings-manage-approve = موافقة
meetings-manage-nobody = لم يتقدم أحد بطلب بعد.
meetings-manage-settings = الإعدادات
meetings-of-event = اجتماعات { $event }
meetings-event-meetings-lead = الاجتماعات المطلوبة والمؤكدة، يومًا بيوم، بتوقيت الفعالية ({ $zone }) مع توقيت كل طرف. امنح اجتماعًا مؤكدًا رابط فيديو خاصًا به فيتلقى الطرفان الدعوة المحدَّثة.
meetings-video-unchanged = لم يتغير رابط الفيديو
meetings-event-days = أيام الفعالية
meetings-video-give = امنحه رابط فيديو خاصًا
meetings-video-own = رابط الفيديو الخاص به
meetings-video-own-hint = عنوان يبدأ بـ https:// (Zoom أو Teams أو Webex أو Jitsi خاص بك). اتركه فارغًا لغرفة جديدة من الموقع.
meetings-video-save = احفظ الرابط
meetings-day-none = لا اجتماعات في هذا اليوم بعد.
meetings-audit-title = سجل التغييرات
meetings-audit-heading = ما فعله المنظمون
meetings-audit-lead = كل اجتماع في { $event } حجزه أحد المنظمين أو نقله أو ألغاه أو منحه رابط فيديو، الأحدث أولًا.
meetings-back-to-schedule = العودة إلى الجدول
meetings-audit-caption = إجراءات المنظمين، الأحدث أولًا
meetings-audit-who = من
meetings-audit-what = ماذا
meetings-audit-meeting = الاجتماع
meetings-audit-none = لم يحجز أي منظم اجتماعًا أو ينقله أو يلغه بعد.
meetings-audit-action = { $action ->
    [booked] حجز
    [moved] نقل
    [cancelled] إلغاء
   *[video_link] رابط فيديو
}
meetings-audit-detail = اجتماع { $requester } مع { $recipient }، { $when }
meetings-audit-detail-moved = اجتماع { $requester } مع { $recipient }، من { $from } إلى { $when }
meetings-audit-detail-note = اجتماع { $requester } مع { $recipient }، { $when }: { $note }
meetings-cell = { $state ->
    [free] متاح
    [outside_hours] خارج الساعات
    [pending] معلّق
    [booked] محجوز
    [blocked] محجوب
    [draft] مسودة
   *[draft_unfit] مسودة لم تعد مناسبة
}
meetings-sides = { $side ->
    [producer] المنتجون
   *[buyer] المشترون
}
meetings-new-time = الموعد الجديد
meetings-message = الرسالة
meetings-choose-time = اختر موعدًا
meetings-side-asked = { $side }، صاحب الطلب
meetings-outside-hours = احجزه خارج ساعاتهم
    .hint = فقط إذا اتفق الطرفان على الاجتماع خارج الساعات التي حدداها.
meetings-scheduled-proposed = موعد آخر مقترح
meetings-scheduled-proposed-dropped = يسقط عند نقل الاجتماع
meetings-scheduled-move = نقل الاجتماع
meetings-scheduled-move-accepted = يتلقى الطرفان الدعوة المحدَّثة: الموعد نفسه في التقويم بالوقت الجديد.
meetings-scheduled-move-requested = ينتقل الطلب ويُرسل إلى { $name } مرة أخرى.
meetings-scheduled-move-submit = انقل الاجتماع
meetings-scheduled-cancel = إلغاء الاجتماع
meetings-scheduled-cancel-reason = السبب، للطرفين
meetings-scheduled-closed = بدأ هذا الاجتماع أو لم يعد قائمًا: لم يعد ممكنًا نقله أو إلغاؤه.

## شبكة الجدول
meetings-time = الوقت
meetings-schedule-of = جدول { $event }
meetings-schedule-lead = كل مشارك مقبول مقابل مواعيد اليوم، بتوقيت الفعالية ({ $zone }) وتحته UTC. اختر خانة متاحة لمشترٍ مستضاف أو لمنتج لحجز اجتماع؛ واختر اجتماعًا لنقله أو إلغائه.
meetings-schedule-message = رسالة إلى المنتج
meetings-schedule-side = الطرف
meetings-schedule-both = الطرفان
meetings-legend = معنى الخانات
meetings-legend-key = { $state ->
    [free] متاح
    [outside_hours] خارج ساعاتهم
    [pending] معلّق (طلب أو نقل مقترح)
    [booked] محجوز
    [blocked] حجبوه
    [draft] مسودة: لم تُنشر بعد ولم يُبلَّغ أحد
   *[draft_unfit] مسودة لم تعد مناسبة
}
meetings-schedule-draft-note = لم تُنشر مسودة الجدول بعد؛ في هذا اليوم { $count } من اجتماعاتها{ $unfit ->
    [0] {""}
   *[other] ، منها { $unfit } لم تعد مناسبة (حجز جرى بعدها أو ساعات جديدة أو الحد اليومي)
}. اختر اجتماعًا من المسودة لنقله أو إزالته؛ وفي صفحة المسودة أرقام الإنصاف وزر النشر.
meetings-schedule-draft-link = صفحة المسودة
meetings-schedule-matching = يطابق { $matching } من أصل { $count } مشاركًا.
meetings-schedule-showing = المعروض { $first }–{ $last }.
meetings-schedule-showing-of = المعروض { $first }–{ $last } من أصل { $count }.
meetings-schedule-caption = { $day }: المشاركون والمواعيد
meetings-schedule-participant = المشارك
meetings-schedule-hosted = ، مستضاف
meetings-schedule-pages = صفحات المشاركين
meetings-schedule-no-match = لا يطابق أي مشارك مقبول عوامل التصفية هذه.
meetings-schedule-nobody = لم يُقبل أي مشارك بعد.
meetings-schedule-book = احجز اجتماعًا لمشترٍ مستضاف
meetings-schedule-no-hosted = لا يوجد مشترٍ مستضاف بعد: حدّد المشتري مستضافًا عند قبوله.
meetings-schedule-instant = تؤكد هذه الفعالية الطلبات فورًا: يُحجز الاجتماع ويتلقى الطرفان الدعوة.
meetings-schedule-asks = يطلب المشتري ويقبل المنتج أو يرفض، كأي طلب؛ ويتلقى الطرفان الدعوة عند القبول.
meetings-schedule-fill = اختر اسمًا أو خانة متاحة لمشترٍ مستضاف في الشبكة لتعبئة هذا؛ وصفِّ الشبكة لتجد منتجين آخرين.
meetings-schedule-choose-buyer = اختر مشتريًا
meetings-schedule-producer-field = المنتج (في هذه الصفحة من الشبكة)
meetings-schedule-choose-producer = اختر منتجًا
meetings-schedule-time-field = الوقت ({ $day })
meetings-schedule-book-submit = احجز الاجتماع
meetings-schedule-audit = أحدث تغييرات المنظمين
meetings-schedule-audit-by = بواسطة { $actor }، { $when }
meetings-schedule-audit-none = لا شيء بعد.
meetings-schedule-audit-all = السجل كاملًا

## مسودة الجدول للمشترين المستضافين
meetings-back-to-draft = العودة إلى المسودة
meetings-draft-basis = { $basis ->
    [must_meet] يجب لقاؤه
   *[suggested] مقترح
}
meetings-draft-unplaced = { $why ->
    [no_match] لا تتطابق اهتمامات أي مشترٍ مستضاف
    [no_common_hours] لا تتقاطع الساعات مع أي مشترٍ مستضاف تتطابق اهتماماته
    [buyers_full] اكتملت اجتماعات المشترين المستضافين الذين تتطابق اهتماماتهم
   *[no_free_slot] لم يبقَ موعد متاح مشترك مع مشترٍ مطابق
}
meetings-breach-passed = فات موعده.
meetings-breach-off-programme = لم يعد موعده ضمن برنامج الفعالية.
meetings-breach-not-approved = لم يعد { $name } مشاركًا في الفعالية.
meetings-breach-outside-hours = أصبح الموعد خارج ساعات { $name }.
meetings-breach-held = لدى { $name } اجتماع آخر أو طلب أو موعد محجوب في هذا الوقت.
meetings-breach-daily-cap = لدى { $name } في ذلك اليوم العدد الأقصى من الاجتماعات الذي تسمح به الفعالية ({ $cap }).
meetings-draft-heading = مسودة جدول المشترين المستضافين
meetings-draft-counts = المشترون المستضافون: { $hosted }، والمنتجون المقبولون: { $producers }.
meetings-draft-lead = تأتي أزواج «يجب لقاؤه» أولًا، ثم أفضل الاقتراحات؛ وكل اجتماع يقع ضمن ساعات الطرفين في موعد متاح وفي حدود الحد اليومي. لا يُرسل شيء قبل أن تنشر.
meetings-draft-published = نُشرت في { $day }: حُجزت اجتماعاتها ({ $count }) وأُرسلت الدعوات إلى الطرفين.
meetings-draft-generate-again = أنشئ من جديد
meetings-draft-generate-a = أنشئ مسودة
meetings-draft-generate = أنشئ المسودة
meetings-draft-per-buyer = الاجتماعات لكل مشترٍ مستضاف
meetings-draft-min = الحد الأدنى لكل منتج
    .hint = يحصل كل منتج مقبول على هذا العدد على الأقل حيثما سمح وجود مشترٍ مطابق وموعد متاح مشترك.
meetings-draft-share = أكبر حصة
    .label = أكبر حصة لمنتج واحد (%)
    .hint = لا يأخذ أي منتج أكثر من هذه الحصة من حاصل ضرب المشترين المستضافين × الاجتماعات لكل مشترٍ.
meetings-draft-fairness = الإنصاف
meetings-draft-generated = أُنشئت في { $day }: عدد الاجتماعات { $count }.
meetings-draft-per-producer = الاجتماعات لكل منتج مقبول
meetings-draft-figure = المؤشر
meetings-draft-value = القيمة
meetings-draft-fewest = الأقل
meetings-draft-median = الوسيط
meetings-draft-most = الأكثر
meetings-draft-none-producers = منتجون بلا اجتماعات
meetings-draft-at-cap = منتجون بلغوا الحد ({ $cap })
meetings-draft-unplaced-caption = منتجون بلا اجتماع، ولماذا
meetings-draft-why = السبب
meetings-draft-publish-lead = النشر يحجز كل اجتماع أدناه بوصفه مقبولًا ويرسل الدعوة إلى الطرفين بالبريد الإلكتروني. يتم مرة واحدة. ويُفحص كل اجتماع من جديد أولًا.
meetings-draft-review-grid = راجع المسودة على شبكة الجدول، يومًا بيوم بجانب ما حُجز من قبل.
meetings-draft-refused = لم يُنشر شيء:
meetings-draft-unfit-count = { $count ->
    [one] اجتماع واحد لم يعد مناسبًا.
    [two] اجتماعان لم يعودا مناسبين.
    [few] { $count } اجتماعات لم تعد مناسبة.
   *[other] { $count } اجتماعًا لم تعد مناسبة.
}
meetings-draft-unfit-caption = اجتماعات لم تعد مناسبة، ولماذا ({ $count })
meetings-draft-when-zone = الموعد ({ $zone })
meetings-draft-time-zone = الوقت ({ $zone })
meetings-draft-change = تعديل
meetings-draft-pair = { $buyer } مع { $producer }
meetings-draft-move-or-remove = انقل أو أزل
meetings-draft-leave-out-lead = انقل كلًّا منها أو أزله، أو استبعدها كلها وانشر الباقي ({ $count }).
meetings-draft-leave-out = استبعد { $unfit } وانشر { $count ->
    [one] اجتماعًا واحدًا
    [two] اجتماعين
    [few] { $count } اجتماعات
   *[other] { $count } اجتماعًا
}
meetings-draft-publish = انشر { $count ->
    [one] اجتماعًا واحدًا
    [two] اجتماعين
    [few] { $count } اجتماعات
   *[other] { $count } اجتماعًا
}
meetings-draft-party = اعرض اجتماعات
meetings-draft-everyone = الجميع
meetings-draft-show = اعرض
meetings-draft-move = نقل
meetings-draft-remove = إزالة
meetings-draft-none = لا اجتماعات.
meetings-draft-none-party = لا اجتماعات لهذا المشارك.
meetings-draft-marks = علامات «يجب لقاؤه»
meetings-draft-marks-caption = العلامات ({ $count })، بحسب من وضعها
meetings-draft-marked-by = وضعها
meetings-draft-no-marks = لم يضع أي مشارك علامة على أحد بعد.
meetings-draft-meeting = اجتماع في المسودة
meetings-draft-move-lead = في { $when } ({ $basis }). جزء من مسودة الجدول: لم يُبلَّغ به أحد، ولا يُحجز إلا عند نشر المسودة.
meetings-draft-unfit-one = لم يعد هذا الاجتماع مناسبًا:
meetings-draft-unfit-refused = يرفضه النشر إلى أن يُنقل أو يُزال.
meetings-draft-move-times = هذه الأوقات ضمن ساعات الطرفين ومتاحة لكليهما، داخل المسودة وخارجها؛ بتوقيت الفعالية ({ $zone }).
meetings-draft-no-time = لا يوجد وقت آخر متاح للطرفين.
meetings-draft-remove-it = إزالة الاجتماع
meetings-draft-remove-lead = يُستبعد الزوج من المسودة؛ ولا يُرسل شيء لأي منهما.
meetings-draft-remove-submit = أزله من المسودة
meetings-places-taken = شُغل { $taken } من أصل { $count } مقعدًا
meetings-thread-on-its-own = بشكل مستقل، خارج أي فعالية

## أسباب اقتراح المطابقة
meetings-reason-hs-code = { $side ->
    [buyer] رمز HS { $listed } يطابق رمزك { $sought }
   *[producer] يستوردون ضمن HS { $sought }، ورمزك { $listed }
}
meetings-reason-hs-chapter = { $side ->
    [buyer] فصل HS { $chapter } الذي تستورد ضمنه
   *[producer] يستوردون ضمن فصل HS { $chapter }
}
meetings-reason-sector = { $side ->
    [buyer] { $sector }، قطاع تشتري فيه
   *[producer] يشترون في قطاع { $sector }
}
meetings-reason-gi = { $side ->
    [buyer] { $name } يحمل مؤشرًا جغرافيًا (GI)
   *[producer] منتجك { $name } الحامل لمؤشر جغرافي (GI)
}
meetings-reason-odop = { $side ->
    [buyer] { $name }، منتج ODOP لمقاطعتهم
   *[producer] { $name }، منتج ODOP لمقاطعتك
}
meetings-reason-capacity = { $side ->
    [buyer] طاقة { $capacity } { $unit } شهريًا تغطي كميتك { $volume }
   *[producer] طاقتك { $capacity } { $unit } شهريًا تغطي كميتهم { $volume }
}
meetings-reason-certified = { $side ->
    [buyer] حاصل على شهادات: { $certifications }
   *[producer] شهاداتك: { $certifications }
}
meetings-reason-export-ready = { $side ->
    [buyer] جاهز للتصدير
   *[producer] منتجك جاهز للتصدير
}
meetings-reason-verified = { $side ->
    [buyer] منتج موثَّق
   *[producer] أنت منتج موثَّق
}

## Notices after an action (shown once, on the next page)
meetings-notice-proposal-sent = أُرسل اقتراحك. ستعلم بالبريد الإلكتروني عندما يردّون.
meetings-notice-draft-ready = المسودة جاهزة. راجعها أدناه؛ لا يُرسل شيء حتى تنشرها.
meetings-notice-draft-removed = أُزيل الاجتماع من المسودة.
meetings-notice-draft-moved = نُقل الاجتماع.
meetings-notice-hours-saved = حُفظت ساعاتك؛ والأوقات المعروضة على الآخرين تتبعها.
meetings-notice-slot-taken = هذا الوقت محجوز بالفعل.
meetings-notice-event-drafted = حُفظت الفعالية كمسودة. انشرها عندما يكون البرنامج مناسبًا.
meetings-notice-event-saved = حُفظ.
meetings-notice-event-published = نُشرت: يمكن للمنتجين والمشترين التقديم الآن.
meetings-notice-event-cancelled = أُلغيت: أُلغي كل اجتماع وأُبلغ الطرفان.
meetings-notice-banner-saved = حُفظت اللافتة.
meetings-notice-banner-removed = أُزيلت اللافتة.
meetings-notice-follow-up-saved = شكرًا لك: حُفظت متابعتك.
meetings-notice-request-sent = أُرسل طلبك. ستعلم بالبريد الإلكتروني عندما يردّون.
meetings-notice-draft-published = نُشرت: حُجز { $booked } من الاجتماعات، ويُرسل الآن إلى طرفي كل اجتماع دعوته.{ $left_out ->
    [0] {""}
    [one] {" "}تُرك اجتماع واحد لم يعد مناسبًا خارج المسودة.
   *[other] {" "}تُرك { $left_out } من الاجتماعات التي لم تعد مناسبة خارج المسودة.
}
meetings-notice-time-blocked = حُجب: لن يُعرض هذا الوقت معك على أحد.
meetings-notice-time-freed = أُتيح: يمكن عرض هذا الوقت من جديد.
meetings-notice-participant-approved = تمت الموافقة؛ أُبلغوا بالبريد الإلكتروني.
meetings-notice-participant-declined = رُفض؛ أُبلغوا بالبريد الإلكتروني.
meetings-notice-outcome-saved = شكرًا لك: حُفظ وصفك للاجتماع. لا يراه إلا أنت والمنظمون.
meetings-notice-must-meet-marked = وُضعت علامة «لقاء ضروري»: سيضع المنظمون هذا الاجتماع أولًا.
meetings-notice-must-meet-unmarked = أُزيلت علامة «لقاء ضروري».
meetings-notice-taking-part = أنت مشارك: اختر من تريد لقاءه.
meetings-notice-applied = شكرًا لك: سينظر المنظمون في طلبك ويراسلونك بالبريد الإلكتروني.
meetings-notice-move-proposed = اقتُرح: يبقى الاجتماع في موعده حتى يقبلوا الموعد الجديد.
meetings-notice-new-time-proposed = اقتُرح: ينتظر الطلب الآن ردّهم على الموعد الجديد.
meetings-notice-accepted = قُبل: وصلت الدعوة إلى كليكما بالبريد الإلكتروني.
meetings-notice-declined = رُفض: أُبلغوا، وأصبح الوقت متاحًا من جديد.
meetings-notice-cancelled = أُلغي: أُبلغوا، وأصبح الوقت متاحًا من جديد.
meetings-notice-moved = نُقل: وصلت الدعوة المحدّثة إلى كليكما بالبريد الإلكتروني.
meetings-notice-time-kept = يبقى الاجتماع في موعده؛ وقد أُبلغوا.
## تقرير البرنامج
meetings-report-title = تقرير البرنامج
meetings-report-page-title = تقرير البرنامج: { $title }
meetings-report-every-event = كل الفعاليات
meetings-report-none-yet = لا شيء بعد.
meetings-report-downloads = نزّل بصيغة CSV
meetings-report-download = { $name ->
    [participants] المشاركون
    [meetings] الاجتماعات
   *[outcomes] النتائج
} (CSV)
meetings-report-group = الفئة
meetings-report-count = العدد
meetings-report-without-meeting = منتِجون بلا أي اجتماع
meetings-report-all-have-meetings = لكل منتِج مقبول اجتماع واحد على الأقل.
meetings-report-each-event = تقرير كل فعالية
meetings-report-producers-registered = المنتِجون المسجّلون
meetings-report-buyers-registered = المشترون المسجّلون
meetings-report-registered-value = { $count } ({ $approved } مقبول)
meetings-report-requests = طلبات الاجتماعات
meetings-report-acceptance = نسبة القبول
meetings-report-none-decided = لم يُبتّ في أي طلب بعد
meetings-report-acceptance-value = { $percent } ({ $accepted } من { $decided } طلبًا بُتّ فيه)
meetings-report-held = الاجتماعات المنعقدة
meetings-report-no-shows = حالات الغياب
meetings-report-no-shows-value = { $count } ({ $percent } من الاجتماعات المنعقدة)
meetings-report-technical = مشكلات تقنية
meetings-report-percent = { $percent }٪
meetings-report-not-given = غير محدد
meetings-report-band = { $count ->
    [zero] لا اجتماعات
    [one] اجتماع واحد
    [two] اجتماعان
    [few] { $count } اجتماعات
   *[other] { $count } اجتماعًا
}
meetings-report-band-range = { $low }–{ $high } اجتماعات
meetings-report-band-more = { $low } أو أكثر
meetings-report-per-producer = الاجتماعات المحجوزة لكل منتِج
    .description = كم منتِجًا مقبولًا ليس له اجتماع محجوز، أو له اجتماع واحد، أو 2–4، أو 5–9، أو 10–19، أو 20–49، أو 50 فأكثر.
meetings-report-by-country = الاجتماعات المحجوزة بحسب بلد المشتري
    .description = الاجتماعات المحجوزة معدودةً بحسب بلد المشتري.
meetings-report-by-sector = الاجتماعات المحجوزة بحسب القطاع
    .description = الاجتماعات المحجوزة معدودةً بحسب قطاعات عروض المنتِج؛ المنتِج في قطاعين يُعدّ في كليهما.
meetings-report-by-state = الاجتماعات المحجوزة بحسب ولاية المنتِج
    .description = الاجتماعات المحجوزة معدودةً بحسب ولاية مقاطعة المنتِج.
meetings-report-outcomes = كيف سارت الاجتماعات
    .description = النتائج التي أبلغ عنها أيّ من الطرفين: كيف سار الاجتماع الذي انعقد، أو لماذا لم ينعقد.
meetings-report-follow-ups = بعد 90 يومًا
    .description = ما أبلغ عنه الطرفان بعد 90 يومًا من اجتماعاتهما.
meetings-report-registrations = التسجيلات
meetings-report-side-and-status = الطرف والحالة
meetings-report-participants = المشاركون
meetings-report-side-status = { $side }: { $status }
meetings-report-requests-by-status = طلبات الاجتماعات بحسب حالتها
meetings-report-status = الحالة
meetings-report-by-district = الاجتماعات المحجوزة بحسب مقاطعة المنتِج
meetings-report-district = المقاطعة
meetings-report-meetings = الاجتماعات
meetings-report-each-producer = الاجتماعات المحجوزة لكل منتِج على حدة
meetings-report-producer = المنتِج
meetings-report-expected = القيمة المتوقعة المُبلَّغ عنها، بحسب العملة
meetings-report-currency = العملة
meetings-report-total = الإجمالي
meetings-report-orders = الطلبيات المُبلَّغ عنها بعد 90 يومًا، بحسب العملة
meetings-report-more = أعلى { $shown } من أصل { $total }؛ وتجدها كلها في { $csv ->
    [districts] ملف CSV للمشاركين في كل فعالية (برموز المقاطعات)
   *[participants] ملف CSV للمشاركين في كل فعالية
}.
meetings-notice-booked-for-both = حُجز الاجتماع؛ وأُرسل بريد إلكتروني إلى الطرفين.
meetings-notice-moved-for-both = نُقل الاجتماع؛ وأُرسل بريد إلكتروني إلى الطرفين.
meetings-notice-cancelled-for-both = أُلغي الاجتماع؛ وأُرسل بريد إلكتروني إلى الطرفين.
meetings-notice-video-saved = حُفظ رابط الفيديو؛ وسيتلقى الطرفان الدعوة المحدّثة.
