# لماذا رُفض التغيير: ما تقوله أقسام الموقع لمن طلب تغييرًا لا تسمح به حالة
# القائمة أو المحادثة أو الفعالية أو الاجتماع.

refusal-changed = { $what ->
    [listing] تغيّرت هذه القائمة بينما كنت تطّلع عليها؛ أعِد تحميل الصفحة لترى حالتها الآن.
    [conversation] تغيّرت هذه المحادثة أو طلب الشراء بينما كنت تطّلع عليه؛ أعِد تحميل الصفحة لترى حالته الآن.
    [showcase] تغيّر هذا المعرض بينما كنت تطّلع عليه؛ أعِد تحميل الصفحة لترى حالته الآن.
   *[meeting] تغيّر هذا الاجتماع أو الفعالية بينما كنت تطّلع عليه؛ أعِد تحميل الصفحة لترى حالته الآن.
}

## القوائم والملفات المرفوعة
refusal-listing-not-editable = لا يمكن تعديل قائمة حالتها “{ $status ->
    [draft] مسودة
    [submitted] بانتظار المراجعة
    [published] منشورة
    [changes_requested] مطلوب تعديلات
    [rejected] مرفوضة
    [archived] مؤرشفة
   *[withheld] محجوبة أثناء تعليق الحساب
}”.
refusal-listing-not-submittable = لا يمكن إرسال قائمة حالتها “{ $status ->
    [draft] مسودة
    [submitted] بانتظار المراجعة
    [published] منشورة
    [changes_requested] مطلوب تعديلات
    [rejected] مرفوضة
    [archived] مؤرشفة
   *[withheld] محجوبة أثناء تعليق الحساب
}” للمراجعة.
refusal-listing-not-in-review = حالة هذه القائمة “{ $status ->
    [draft] مسودة
    [submitted] بانتظار المراجعة
    [published] منشورة
    [changes_requested] مطلوب تعديلات
    [rejected] مرفوضة
    [archived] مؤرشفة
   *[withheld] محجوبة أثناء تعليق الحساب
}”، وليست بانتظار المراجعة.
refusal-listing-confirm-email = أكّد عنوان بريدك الإلكتروني قبل إرسال القوائم للمراجعة.
refusal-listing-needs-photo = أضف صورة واحدة على الأقل قبل إرسال القائمة للمراجعة.
refusal-listing-restore-archived-only = لا يمكن استعادة إلا القوائم المؤرشفة.
refusal-listing-archive-not-delete = القائمة التي نُشرت تُؤرشف ولا تُحذف.
refusal-listing-photos-max = { $max ->
    [few] يمكن أن تضم القائمة { $max } صور على الأكثر.
   *[other] يمكن أن تضم القائمة { $max } صورة على الأكثر.
}
refusal-listing-last-photo = تحتاج القائمة المنشورة إلى صورة واحدة على الأقل: أضف صورة أخرى قبل إزالة هذه.
refusal-uploads-too-many = { $what ->
    [imports] { $max ->
        [few] أرسلت { $max } ملفات استيراد خلال الساعة الماضية، وهو أقصى ما نقبله؛
       *[other] أرسلت { $max } ملف استيراد خلال الساعة الماضية، وهو أقصى ما نقبله؛
    }
   *[images] { $max ->
        [few] أرسلت { $max } صور خلال الساعة الماضية، وهو أقصى ما نقبله؛
       *[other] أرسلت { $max } صورة خلال الساعة الماضية، وهو أقصى ما نقبله؛
    }
} { $unit ->
    [seconds] { $count ->
        [one] حاول مرة أخرى بعد ثانية واحدة.
        [two] حاول مرة أخرى بعد ثانيتين.
        [few] حاول مرة أخرى بعد { $count } ثوانٍ.
       *[other] حاول مرة أخرى بعد { $count } ثانية.
    }
   *[minutes] { $count ->
        [one] حاول مرة أخرى بعد دقيقة واحدة.
        [two] حاول مرة أخرى بعد دقيقتين.
        [few] حاول مرة أخرى بعد { $count } دقائق.
       *[other] حاول مرة أخرى بعد { $count } دقيقة.
    }
}
media-file-too-large = حجم الصورة أكبر من { $mb } ميغابايت.
media-not-a-photo = هذا الملف ليس صورة بصيغة JPEG أو PNG أو WebP.
media-unsupported-variant = لا يمكن قراءة هذا النوع من ملفات JPEG أو PNG أو WebP؛ احفظ الصورة مرة أخرى بصيغة JPEG عادية.
media-damaged = الصورة ناقصة أو تالفة؛ جرّب حفظها مرة أخرى.
media-too-many-pixels = الصورة كبيرة جدًا: { $megapixels } ميغابكسل على الأكثر.
media-too-much-memory = تحتاج الصورة إلى ذاكرة كبيرة جدًا لفتحها؛ احفظها بصيغة JPEG أو PNG عادية بعمق 8 بت.
media-too-small = الصورة صغيرة جدًا: { $side } × { $side } بكسل على الأقل.
media-bad-shape = الصورة طويلة وضيقة جدًا: يجب ألا يزيد ضلعها الطويل على { $ratio } أضعاف ضلعها القصير.

## الكتالوجات المطبوعة
refusal-print-empty-district = لا توجد بعد قائمة منشورة لأي منتِج في { $district }، لذلك لا يوجد كتالوج للطباعة.
refusal-print-empty-producer = ليس لدى { $producer } بعد أي قائمة منشورة، لذلك لا يوجد كتالوج للطباعة.
refusal-print-empty-showcase = لا يعرض “{ $title }” الآن أي منتج منشور، لذلك لا يوجد كتالوج للطباعة.

## المعارض
refusal-showcase-organisers-only = المنظِّمون وحدهم ينسّقون المعارض.

## المحادثات وطلبات الشراء
refusal-enquiry-buyers-only = حسابات المشترين وحدها يمكنها إرسال الاستفسارات. سجّل كمشترٍ لتتواصل مع المنتجين.
refusal-enquiry-blocked = هذا المنتِج لا يقبل استفسارات من حسابك.
refusal-enquiry-closed-by-producer = أغلق المنتِج هذه المحادثة.
refusal-enquiry-closed = هذه المحادثة مغلقة؛ ابدأ استفسارًا جديدًا لتتابع.
refusal-enquiry-quote-producer-only = المنتِج وحده يمكنه إرسال عرض سعر.
refusal-enquiry-answer-buyer-only = المشتري وحده يمكنه قبول عرض السعر أو رفضه.
refusal-enquiry-quote-expired = انتهت صلاحية عرض السعر هذا؛ اطلب من المنتِج عرضًا جديدًا.
refusal-enquiry-quote-gone = لم يعد عرض السعر هذا متاحًا: رُدّ عليه من قبل أو حلّ محله عرض أحدث.
refusal-enquiry-report-producer-only = المنتِج وحده يمكنه الإبلاغ عن محادثة بوصفها رسائل مزعجة.
refusal-rfq-reviewed-already = رُوجع هذا الطلب من قبل.
refusal-rfq-close-open-only = لا يمكن إغلاق إلا الطلب المفتوح.
refusal-rfq-closed = طلب الشراء هذا مغلق.
refusal-rfq-closed-to-quotes = طلب الشراء هذا مغلق ولا يقبل مزيدًا من عروض الأسعار.
refusal-rfq-answered-already = سبق أن رددت على هذا الطلب؛ تابع في المحادثة ‎/dashboard/enquiries/{ $id }.

## الفعاليات
refusal-event-organisers-only = المنظِّمون وحدهم ينشئون الفعاليات.
refusal-event-cancelled = أُلغيت هذه الفعالية.
refusal-event-over = انتهت هذه الفعالية أو أُلغيت بالفعل.
refusal-event-settings-closed = بدأت هذه الفعالية أو انتهت أو أُلغيت؛ لم يعد بالإمكان تغيير إعداداتها.
refusal-event-participants-closed = بدأت هذه الفعالية أو انتهت ولم تعد تقبل مشاركين جددًا.
refusal-event-full = { $side ->
    [producer] اكتمل عدد المنتجين في هذه الفعالية ({ $capacity }).
   *[buyer] اكتمل عدد المشترين في هذه الفعالية ({ $capacity }).
}
refusal-event-taking-part-already = أنت مشارك في هذه الفعالية بالفعل.
refusal-event-profile-first = املأ ملف نشاطك التجاري قبل التقديم.
refusal-event-organisers-run = يشارك المنتجون والمشترون؛ أما المنظِّمون فيديرون الفعالية.
refusal-event-participation-pending = مشاركتك بانتظار موافقة المنظِّمين.
refusal-event-participation-declined = رُفضت مشاركتك في هذه الفعالية.
refusal-event-book-once-approved = يمكنك الحجز بعد أن يوافق المنظِّمون على مشاركتك.
refusal-event-booking-not-open = لم يبدأ الحجز بعد.
refusal-event-booking-closed = أُغلق الحجز لهذه الفعالية.
refusal-event-publish-before-booking = انشر الفعالية قبل حجز اجتماعاتها.
refusal-event-publish-before-planning = انشر الفعالية قبل التخطيط لاجتماعاتها.
refusal-event-no-times-left = لم يبقَ في هذه الفعالية وقت للاجتماعات.

## الاجتماعات
refusal-meeting-slot-taken = لم يعد هذا الوقت متاحًا؛ اختر وقتًا آخر.
refusal-meeting-not-on = لم يعد هذا الاجتماع قائمًا.
refusal-meeting-begun = بدأ هذا الاجتماع.
refusal-meeting-other-side-answers = الطرف الآخر هو من يردّ على هذا الطلب.
refusal-meeting-other-side-answers-proposal = الطرف الآخر هو من يردّ على اقتراحك.
refusal-meeting-request-expired = انتهت صلاحية هذا الطلب قبل أن يُردّ عليه.
refusal-meeting-decline-instead = ارفض الطلب بدلًا من ذلك.
refusal-meeting-no-proposal = لم يُقترح وقت آخر لهذا الاجتماع.
refusal-meeting-proposal-passed = مضى الوقت المقترح.
refusal-meeting-invite-not-accepted = لم يُقبل هذا الطلب بعد؛ تأتي دعوته مع القبول.
refusal-meeting-invite-never-accepted = لم يُقبل هذا الطلب قط، لذلك ليس له موعد في التقويم.
refusal-meeting-video-link = لا يحصل على رابط فيديو آخر إلا اجتماع مقبول لم يبدأ بعد.
refusal-meeting-thread-closed = هذه المحادثة مغلقة؛ ابدأ استفسارًا جديدًا لتقترح اجتماعًا.
refusal-meeting-you-suspended = حسابك معلّق.
refusal-meeting-other-suspended = حساب الطرف الآخر معلّق؛ لا يمكن اقتراح اجتماع عليه.
refusal-meeting-accept-busy-elsewhere = { $who ->
    [you] لديك
    [they] لدى الطرف الآخر
   *[other] لدى { $who }
} اجتماع آخر في هذا الوقت ضمن فعالية، حُجز بعد تقديم هذا الطلب؛ ارفضه، أو اقترح وقتًا آخر.
refusal-meeting-move-busy-elsewhere = { $who ->
    [you] لديك
    [they] لدى الطرف الآخر
   *[other] لدى { $who }
} اجتماع آخر في هذا الوقت ضمن فعالية، حُجز بعد تقديم هذا الاقتراح؛ أبقِ على موعد الاجتماع، أو اقترح وقتًا آخر.

## مسودات الجداول
refusal-draft-generate-first = أنشئ مسودة الجدول أولًا.
refusal-draft-published-already = نُشرت مسودة الجدول هذه من قبل.
refusal-draft-published-on = نُشرت مسودة الجدول هذه في { $when }؛ لا تُغيَّر ولا تُنشر مرة أخرى. احجز الاجتماعات الإضافية على الجدول.
refusal-draft-slot-taken = لم يعد { $buyer } أو { $producer } متاحًا في { $when }؛ انقل ذلك الاجتماع أو أزِله، ثم انشر.
refusal-meeting-draft-conflicts = { $count ->
    [one] لم يعد اجتماع واحد من المسودة مناسبًا؛ انقله أو أزِله أو اتركه خارجها، ثم انشر.
    [two] لم يعد اجتماعان من المسودة مناسبَين؛ انقلهما أو أزِلهما أو اتركهما خارجها، ثم انشر.
    [few] لم تعد { $count } اجتماعات من المسودة مناسبة؛ انقلها أو أزِلها أو اتركها خارجها، ثم انشر.
   *[other] لم يعد { $count } اجتماعًا من المسودة مناسبًا؛ انقلها أو أزِلها أو اتركها خارجها، ثم انشر.
}
