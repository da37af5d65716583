# الرسائل البريدية: القالب والأجزاء المشتركة بين كل الرسائل.
email-hello = مرحبًا { $name }،
email-footer-sent-by = أُرسلت هذه الرسالة من
email-footer-reason = ، دليل التجارة لمنتجات مبادرة «منطقة واحدة منتج واحد» الهندية، لأن هذا العنوان استُخدم في الموقع.
email-footer-automatic = هذه رسالة آلية، ولا تُقرأ الردود عليها.
email-button-fallback = إذا لم يعمل الزر، فانسخ هذا العنوان في متصفحك:

# verify_email
email-verify-email-subject = أكِّد عنوان بريدك الإلكتروني في بازار ODOP
email-verify-email-title = أكِّد عنوان بريدك الإلكتروني
email-verify-email-preheader = نقرة واحدة لتأكيد عنوانك في بازار ODOP. الرابط صالح لمدة 24 ساعة.
email-verify-email-lead = يُرجى تأكيد عنوان بريدك الإلكتروني في بازار ODOP.
email-verify-email-lead-text = يُرجى تأكيد عنوان بريدك الإلكتروني في بازار ODOP بفتح هذا الرابط:
email-verify-email-button = أكِّد عنوان بريدي الإلكتروني
email-verify-email-validity = الرابط صالح لمدة 24 ساعة. إذا لم تُنشئ حسابًا في بازار ODOP، فتجاهل هذه الرسالة: لن يحدث شيء دون التأكيد.

# password_reset
email-password-reset-subject = أعِد تعيين كلمة مرورك في بازار ODOP
email-password-reset-title = أعِد تعيين كلمة مرورك
email-password-reset-preheader = اختر كلمة مرور جديدة لبازار ODOP. الرابط صالح لمدة ساعة واحدة.
email-password-reset-lead = طلب أحدهم إعادة تعيين كلمة مرور حسابك في بازار ODOP. لاختيار كلمة مرور جديدة، استخدم الزر أدناه.
email-password-reset-lead-text = طلب أحدهم إعادة تعيين كلمة مرور حسابك في بازار ODOP. لاختيار كلمة مرور جديدة، افتح هذا الرابط:
email-password-reset-button = اختر كلمة مرور جديدة
email-password-reset-validity = الرابط صالح لمدة ساعة واحدة. إذا لم تطلب ذلك، فتجاهل هذه الرسالة: تبقى كلمة مرورك كما هي.

# email_change
email-email-change-subject = أكِّد عنوان بريدك الإلكتروني الجديد في بازار ODOP
email-email-change-title = أكِّد عنوان بريدك الإلكتروني الجديد
email-email-change-preheader = أكِّد { $new_email } عنوانًا لحسابك في بازار ODOP.
email-email-change-lead-before = طلبت استخدام
email-email-change-lead-after = عنوانًا للبريد الإلكتروني لحسابك في بازار ODOP. يُرجى تأكيد هذا العنوان الجديد.
email-email-change-lead-text = طلبت استخدام { $new_email } عنوانًا للبريد الإلكتروني لحسابك في بازار ODOP. لتأكيد هذا العنوان الجديد، افتح هذا الرابط:
email-email-change-button = أكِّد عنواني الجديد
email-email-change-until = إلى أن تؤكد، يحتفظ حسابك بعنوانه الحالي. إذا لم تطلب هذا التغيير، فتجاهل هذه الرسالة: لن يتغير شيء دون التأكيد.

# account_exists
email-account-exists-subject = لديك حساب في بازار ODOP بالفعل
email-account-exists-title = لديك حساب بالفعل
email-account-exists-preheader = حاول أحدهم التسجيل بهذا العنوان؛ حسابك موجود بالفعل.
email-account-exists-lead = حاول أحدهم التسجيل في بازار ODOP بعنوان البريد الإلكتروني هذا. لديك حساب به بالفعل، لذلك لم يُنشأ حساب جديد.
email-account-exists-button = تسجيل الدخول
email-account-exists-sign-in-text = لتسجيل الدخول:
email-account-exists-forgot = إذا نسيت كلمة مرورك،
email-account-exists-forgot-link = فاختر كلمة مرور جديدة
email-account-exists-forgot-text = إذا نسيت كلمة مرورك، فاختر كلمة جديدة من هنا:
email-account-exists-not-you = إذا لم تكن أنت، فتجاهل هذه الرسالة: حسابك لم يتغير.

# account_invite
email-account-invite-subject = أُضفت إلى بازار ODOP بصفتك { $role ->
    [producer] منتِجًا
    [buyer] مشتريًا
    [organiser] منظِّمًا
   *[admin] مسؤولًا
}
email-account-invite-title = مرحبًا بك في بازار ODOP
email-account-invite-preheader = أضافك { $invited_by } بصفتك { $role ->
    [producer] منتِجًا
    [buyer] مشتريًا
    [organiser] منظِّمًا
   *[admin] مسؤولًا
}. اختر كلمة مرورك لتسجيل الدخول.
email-account-invite-heading = أُضفت بصفتك { $role ->
    [producer] منتِجًا
    [buyer] مشتريًا
    [organiser] منظِّمًا
   *[admin] مسؤولًا
}
email-account-invite-lead = أضافك { $invited_by } إلى بازار ODOP بصفتك { $role ->
    [producer] منتِجًا
    [buyer] مشتريًا
    [organiser] منظِّمًا
   *[admin] مسؤولًا
}. اختر كلمة مرورك لتسجيل الدخول.
email-account-invite-lead-text = أضافك { $invited_by } إلى بازار ODOP بصفتك { $role ->
    [producer] منتِجًا
    [buyer] مشتريًا
    [organiser] منظِّمًا
   *[admin] مسؤولًا
}. لاختيار كلمة مرورك وتسجيل الدخول، افتح هذا الرابط:
email-account-invite-button = اختر كلمة مرورك
email-account-invite-validity = الرابط صالح لمدة 72 ساعة. بعد ذلك، استخدم «نسيت كلمة المرور؟» في صفحة تسجيل الدخول بهذا العنوان.
email-account-invite-validity-text = الرابط صالح لمدة 72 ساعة. بعد ذلك، استخدم "نسيت كلمة المرور؟" في صفحة تسجيل الدخول بهذا العنوان.

# security_notice
email-security-notice-subject = { $headline } في بازار ODOP
email-security-notice-preheader = { $headline } في { $when }. إذا لم تكن أنت، فاختر كلمة مرور جديدة الآن.
email-security-notice-when = { $headline } في { $when }.
email-security-notice-was-you = إذا كنت أنت، فلا شيء آخر عليك فعله.
email-security-notice-not-you = إذا لم تكن أنت، فقد يعرف شخص آخر كلمة مرورك. اختر كلمة جديدة الآن: سيؤدي ذلك إلى تسجيل الخروج من كل المتصفحات وإلغاء كل رموز API.
email-security-notice-not-you-text = إذا لم تكن أنت، فقد يعرف شخص آخر كلمة مرورك: اختر كلمة جديدة الآن (سيؤدي ذلك إلى تسجيل الخروج من كل المتصفحات وإلغاء كل رموز API):
email-security-notice-button = اختر كلمة مرور جديدة
email-security-notice-sessions-before = يمكنك أن ترى أين سجّلت الدخول في
email-security-notice-sessions-link = صفحة حسابك
email-security-notice-sessions-after = .
email-security-notice-sessions-text = يمكنك أن ترى أين سجّلت الدخول في صفحة حسابك:
email-security-password-changed = تغيّرت كلمة مرورك
email-security-password-reset = أُعيد تعيين كلمة مرورك
email-security-email-changed = تغيّر عنوان تسجيل دخولك
email-security-api-token-created = أُنشئ رمز API جديد باسم «{ $name }»
email-security-new-device = سجّل أحدهم الدخول إلى حسابك من { $device }
email-security-two-factor-enabled = فُعِّل تسجيل الدخول بخطوتين
email-security-two-factor-disabled = أُوقف تسجيل الدخول بخطوتين
email-security-recovery-code-used = استُخدم رمز استرداد لتسجيل الدخول (المتبقي: { $left })
email-security-password-changed-detail = سُجِّل الخروج من كل المتصفحات الأخرى، وأُلغيت رموز API الخاصة بك، ولم تعد تعمل أي روابط أرسلناها إليك من قبل.
email-security-email-changed-detail = أصبح الآن { $address }. لم تعد تعمل الروابط التي أرسلناها إليك من قبل.
email-security-api-token-created-detail = يمكن للبرامج التي تستخدمه أن تتصرف باسمك عبر API إلى أن يُلغى.
email-security-new-device-detail = لم يسبق لذلك المتصفح تسجيل الدخول إلى حسابك.
email-security-two-factor-enabled-detail = يطلب تسجيل الدخول الآن أيضًا رمزًا من تطبيق المصادقة.
email-security-two-factor-disabled-detail = يطلب تسجيل الدخول الآن كلمة مرورك فقط.
email-security-recovery-code-used-detail = يعمل كل رمز استرداد مرة واحدة. إذا فقدت هاتفك، فأنشئ رموزًا جديدة في صفحة حسابك.

# أسماء البيانات التي تعرضها الرسائل.
email-label-subject = الموضوع
email-label-quantity = الكمية
email-label-incoterm = Incoterm
email-label-destination = الوجهة
email-label-needed-by = مطلوب بحلول
email-label-target-price = السعر المستهدف
email-label-sample-wanted = عيّنة مطلوبة
email-label-price = السعر
email-label-total = الإجمالي
email-label-minimum-order = الحد الأدنى للطلب
email-label-lead-time = مدة التجهيز
email-label-valid-until = صالح حتى
email-label-outcome = النتيجة
email-yes = نعم
email-no = لا
email-days = { $count ->
    [zero] { $count } يوم
    [one] يوم واحد
    [two] يومان
    [few] { $count } أيام
    [many] { $count } يومًا
   *[other] { $count } يوم
}

# enquiry_closed
email-enquiry-closed-subject = أُغلقت المحادثة: { $subject }
email-enquiry-closed-title = أُغلقت المحادثة
email-enquiry-closed-preheader = أغلق { $closed_by } المحادثة بشأن «{ $subject }»: { $outcome_label }.
email-enquiry-closed-heading = أُغلقت محادثة
email-enquiry-closed-lead = أغلق { $closed_by } المحادثة بشأن «{ $subject }».
email-enquiry-outcome = { $outcome ->
    [won] نجحت – اتُّفق على طلب
    [lost] لم تنجح – لا طلب هذه المرة
   *[no_response] لا رد
}
email-enquiry-closed-button = عرض المحادثة
email-enquiry-closed-still-read = لا يزال بإمكانك قراءة المحادثة، لكن لا يمكن إرسال رسائل أخرى فيها.
email-enquiry-closed-still-read-text = لا يزال بإمكانك قراءة المحادثة، لكن لا يمكن إرسال رسائل أخرى فيها:

# enquiry_copy
email-enquiry-copy-subject = استفسارك إلى { $producer_name }: { $subject }
email-enquiry-copy-title = استفسارك
email-enquiry-copy-preheader = نسخة من استفسارك إلى { $producer_name }. سنراسلك عندما يردّون.
email-enquiry-copy-heading = أُرسل استفسارك
email-enquiry-copy-lead = هذه نسخة من الاستفسار الذي أرسلته إلى { $producer_name } في بازار ODOP. سنراسلك عندما يردّون.
email-enquiry-copy-your-message = رسالتك:
email-enquiry-copy-button = افتح المحادثة
email-enquiry-copy-add = يمكنك الإضافة إلى المحادثة في الصفحة نفسها في أي وقت.
email-enquiry-copy-add-text = تابع المحادثة أو أضف إليها من هنا:

# enquiry_message
email-enquiry-message-subject = رسالة جديدة بشأن { $subject }
email-enquiry-message-title = رسالة جديدة
email-enquiry-message-preheader = أرسل إليك { $from_name } رسالة جديدة بشأن «{ $subject }».
email-enquiry-message-heading = رسالة جديدة من { $from_name }
email-enquiry-message-lead = أرسل إليك { $from_name } رسالة جديدة بشأن «{ $subject }»:
email-enquiry-message-button = ردّ في المحادثة
email-enquiry-message-reply-there = يُرجى الرد في صفحة المحادثة: الردود على هذه الرسالة لا تُقرأ.
email-enquiry-message-reply-there-text = ردّ في صفحة المحادثة (الردود على هذه الرسالة لا تُقرأ):

# enquiry_quote
email-enquiry-quote-subject = عرض سعر من { $producer_name }: { $subject }
email-enquiry-quote-title = عرض سعر جديد
email-enquiry-quote-preheader = يعرض { $producer_name } سعر { $price } لـ«{ $subject }»، صالحًا حتى { $valid_until }.
email-enquiry-quote-heading = وصلك عرض سعر من { $producer_name }
email-enquiry-quote-lead = أرسل إليك { $producer_name } عرض سعر لـ«{ $subject }».
email-enquiry-quote-notes = ملاحظات من { $producer_name }:
email-enquiry-quote-button = اقبل عرض السعر أو ارفضه
email-enquiry-quote-ask = يمكنك أيضًا طرح أسئلة في المحادثة قبل أن تقرر.
email-enquiry-quote-ask-text = يمكنك قبول عرض السعر أو رفضه في صفحة المحادثة، أو طرح أسئلة هناك أولًا:

# enquiry_quote_decision
email-enquiry-quote-decision-subject = { $accepted ->
    [true] قبل { $buyer_name } عرض سعرك لـ { $subject }
   *[false] رفض { $buyer_name } عرض سعرك لـ { $subject }
}
email-enquiry-quote-decision-title = { $accepted ->
    [true] قُبل عرض السعر
   *[false] رُفض عرض السعر
}
email-enquiry-quote-decision-preheader = { $accepted ->
    [true] قبل { $buyer_name } عرض سعرك البالغ { $price } لـ«{ $subject }».
   *[false] رفض { $buyer_name } عرض سعرك البالغ { $price } لـ«{ $subject }».
}
email-enquiry-quote-decision-heading = { $accepted ->
    [true] قُبل عرض سعرك
   *[false] رُفض عرض سعرك
}
email-enquiry-quote-decision-accepted = خبر سار: قبل { $buyer_name } عرض سعرك البالغ { $price } لـ«{ $subject }».
email-enquiry-quote-decision-order-button = افتح ملخص الطلب
email-enquiry-quote-decision-next = يبيّن ما اتفقتما عليه، وبيانات الاتصال بالمشتري، والخطوات التالية: عيّنة إن أرادها، وفاتورتك المبدئية، وشروط الدفع التي يجب الاتفاق عليها قبل بدء الإنتاج. اطبعه أو احفظه بصيغة PDF؛ والأسئلة تُطرح في
email-enquiry-quote-decision-conversation-word = المحادثة
email-enquiry-quote-decision-next-after = .
email-enquiry-quote-decision-conversation-link = افتح المحادثة
email-enquiry-quote-decision-next-text = يبيّن ملخص الطلب ما اتفقتما عليه، وبيانات الاتصال بالمشتري، والخطوات التالية: عيّنة إن أرادها، وفاتورتك المبدئية، وشروط الدفع التي يجب الاتفاق عليها قبل بدء الإنتاج. اطبعه أو احفظه بصيغة PDF:
email-enquiry-quote-decision-declined = رفض { $buyer_name } عرض سعرك البالغ { $price } لـ«{ $subject }».
email-enquiry-quote-decision-still-open = تبقى المحادثة مفتوحة: يمكنك أن تسأل عمّا لم يناسبه، أو أن ترسل عرض سعر معدّلًا.
email-enquiry-quote-decision-open-text = افتح المحادثة:

# enquiry_received
email-enquiry-received-subject = استفسار جديد: { $subject }
email-enquiry-received-title = استفسار جديد
email-enquiry-received-preheader = يسأل { $buyer_name } ({ $buyer_country }) عن { $quantity }: { $subject }
email-enquiry-received-heading = وصلك استفسار جديد
email-who-of-company = { $name } من { $company }
email-enquiry-received-lead = أرسل إليك { $who } ({ $buyer_country }) استفسارًا.
email-enquiry-received-lead-product = أرسل إليك { $who } ({ $buyer_country }) استفسارًا عن منتجك «{ $product_title }».
email-enquiry-received-their-message = رسالته:
email-next-steps = ما الخطوة التالية
email-enquiry-received-step-open = افتح الاستفسار بالزر أدناه (سجّل الدخول بعنوان البريد الإلكتروني هذا).
email-enquiry-received-step-open-text = افتح الاستفسار (سجّل الدخول بعنوان البريد الإلكتروني هذا):
email-enquiry-received-step-write = اكتب ردك إلى { $buyer_name } في تلك الصفحة. أجب عن أسئلته، أو أخبره متى يمكنك إرسال السعر. بمجرد أن تكتب، يرى كل منكما عنوان البريد الإلكتروني ورقم هاتف الآخر.
email-enquiry-received-step-quote = عندما تعرف سعرك، اضغط «أرسل عرض سعر» في الصفحة نفسها: سعر الوحدة الواحدة، والحد الأدنى للطلب، والأيام التي تحتاجها، وتاريخ انتهاء صلاحية السعر. يمكن لـ { $buyer_name } قبوله هناك.
email-enquiry-received-button = افتح الاستفسار
email-enquiry-received-two-days = يُرجى الرد خلال يومين، ولو لمجرد إخباره متى يمكنك إرسال السعر. يرى المشترون مدى سرعة رد كل منتِج عادةً، ونذكّرك بعد يومين.
email-enquiry-received-cannot = لا يمكنك التوريد؟ اكتب ذلك في ردك، ثم أغلق المحادثة في الصفحة نفسها، حتى يبحث المشتري في مكان آخر.

# enquiry_reminder
email-enquiry-reminder-subject = بانتظار ردك: { $subject }
email-enquiry-reminder-title = استفسار بانتظار ردك
email-enquiry-reminder-preheader = ينتظر { $buyer_name } ({ $buyer_country }) ردك بشأن «{ $subject }».
email-enquiry-reminder-lead = أرسل إليك { $buyer_name } ({ $buyer_country }) استفسارًا بشأن «{ $subject }» في { $received_on }، ولم يُرد عليه بعد.
email-enquiry-reminder-short = يكفي رد قصير الآن، ولو لمجرد إخباره متى يمكنك إرسال عرض سعر. وإن لم تستطع توفير ما يحتاجه، فأخبره بذلك: الرد السريع يفيد المشتري أيضًا.
email-enquiry-reminder-button = ردّ على الاستفسار
email-enquiry-reminder-counts = سرعة ردك تُحتسب في رقم «يرد عادةً خلال» الذي يراه المشترون في ملفك.
email-enquiry-reminder-reply-text = ردّ في صفحة الاستفسار:

# producer_verified
email-producer-verified-subject = { $business_name } موثَّق في بازار ODOP
email-producer-verified-title = { $business_name } موثَّق
email-producer-verified-preheader = يرى المشترون الآن «موثَّق» على صفحتك وعلى كل عرض.
email-producer-verified-heading = تم توثيقك
email-producer-verified-lead = راجعنا تسجيلاتك مقارنةً بالسجلات الرسمية، وأصبح { $business_name } موثَّقًا في بازار ODOP. يرى المشترون «موثَّق» على صفحتك بصفتك منتِجًا وعلى كل عرض من عروضك.
email-producer-verified-button = شاهد صفحتك كما يراها المشترون
email-producer-verified-page-text = صفحتك كما يراها المشترون:
email-producer-verified-update = إذا تغيّر رقم GSTIN أو Udyam أو IEC، فحدِّث
email-producer-verified-update-link = ملفك
email-producer-verified-update-text = إذا تغيّر رقم GSTIN أو Udyam أو IEC، فحدِّث ملفك من هنا:

# product_approved
email-product-approved-subject = «{ $title }» منشور الآن في بازار ODOP
email-product-approved-title = عرضك منشور الآن
email-product-approved-preheader = اعتُمد «{ $title }» ويمكن للمشترين الآن العثور عليه.
email-product-approved-lead = خبر سار: اعتُمد عرضك «{ $title }» وأصبح ظاهرًا للمشترين.
email-product-approved-button = شاهده كما يراه المشترون
email-product-approved-keep = حافظ على تحديث الأسعار ومدة التجهيز والصور من
email-product-approved-keep-link = لوحة التحكم
email-product-approved-keep-text = حافظ على تحديثه (الأسعار، مدة التجهيز، الصور) من هنا:

# product_changes_requested
email-product-changes-requested-subject = تعديلات مطلوبة قبل نشر «{ $title }»
email-product-changes-requested-title = تعديلات مطلوبة
email-product-changes-requested-preheader = يطلب أحد المشرفين تعديلات على «{ $title }».
email-product-changes-requested-heading = تعديلات مطلوبة قبل نشر عرضك
email-product-changes-requested-lead = راجع أحد المشرفين عرضك «{ $title }» ويطلب هذه التعديلات قبل نشره:
email-product-changes-requested-button = عدِّل العرض
email-product-changes-requested-again = بعد إجراء التعديلات، أرسله للمراجعة مجددًا من الصفحة نفسها.
email-product-changes-requested-again-text = عدِّل العرض وأرسله للمراجعة مجددًا:

# product_rejected
email-product-rejected-subject = لم يُقبل «{ $title }» في بازار ODOP
email-product-rejected-title = لم يُقبل العرض
email-product-rejected-preheader = لم يُقبل «{ $title }».
email-product-rejected-heading = لم يُقبل عرضك
email-product-rejected-lead = لم يتمكن أحد المشرفين من قبول عرضك «{ $title }». السبب المذكور:
email-product-rejected-others = لا تتأثر عروضك الأخرى. يمكنك
email-product-rejected-new-link = إضافة عرض جديد
email-product-rejected-rules = يستوفي القواعد.
email-product-rejected-others-text = لا تتأثر عروضك الأخرى. يمكنك إضافة عرض جديد يستوفي القواعد من لوحة التحكم:

# rfq_approved
email-see-buy-request = اطّلع على طلب الشراء
email-rfq-approved-subject = اعتُمد طلب الشراء: { $title }
email-rfq-approved-title = اعتُمد طلب الشراء
email-rfq-approved-preheader = { $recipients ->
    [0] اعتُمد «{ $title }»، لكن لا يطابقه أي منتِج موثَّق بعد.
    [one] أُرسل «{ $title }» إلى منتِج موثَّق واحد.
    [two] أُرسل «{ $title }» إلى منتِجَين موثَّقَين.
    [few] أُرسل «{ $title }» إلى { $recipients } منتِجين موثَّقين.
   *[other] أُرسل «{ $title }» إلى { $recipients } منتِجًا موثَّقًا.
}
email-rfq-approved-heading = اعتُمد طلب الشراء الخاص بك
email-rfq-approved-sent = { $recipients ->
    [one] اعتمد أحد المشرفين طلب الشراء «{ $title }»، وأُرسل إلى المنتِج الموثَّق الوحيد الذي يطابقه.
    [two] اعتمد أحد المشرفين طلب الشراء «{ $title }»، وأُرسل إلى المنتِجَين الموثَّقَين اللذين يطابقانه.
    [few] اعتمد أحد المشرفين طلب الشراء «{ $title }»، وأُرسل إلى { $recipients } منتِجين موثَّقين يطابقونه.
   *[other] اعتمد أحد المشرفين طلب الشراء «{ $title }»، وأُرسل إلى { $recipients } منتِجًا موثَّقًا يطابقونه.
}
email-rfq-approved-until = يمكنهم الرد برسالة أو بعرض سعر حتى { $closes_on }، حين يُغلق الطلب. سنراسلك كلما وصلت ردود.
email-rfq-approved-nobody = اعتمد أحد المشرفين طلب الشراء «{ $title }»، لكن لا يطابقه أي منتِج موثَّق حاليًا، لذلك لم يُرسل إلى أحد.
email-rfq-approved-widen = للوصول إلى المنتِجين، انشر الطلب مجددًا مع أماكن أكثر (أو بلا أماكن، لأي مكان في الهند) أو ضمن قطاع آخر.
email-see-buy-request-text = اطّلع على طلب الشراء:

# rfq_closed
email-rfq-closed-subject = أُغلق طلب الشراء: { $title }
email-rfq-closed-title = أُغلق طلب الشراء
email-rfq-closed-preheader = { $quotes ->
    [0] أُغلق «{ $title }» دون أي عرض سعر.
    [one] أُغلق «{ $title }» بعرض سعر واحد.
    [two] أُغلق «{ $title }» بعرضَي سعر.
    [few] أُغلق «{ $title }» بـ { $quotes } عروض أسعار.
   *[other] أُغلق «{ $title }» بـ { $quotes } عرض سعر.
}
email-rfq-closed-heading = أُغلق طلب الشراء الخاص بك
email-rfq-closed-lead = { $reason ->
    [deadline] أُغلق طلب الشراء «{ $title }» لانقضاء موعده النهائي. لم يعد بإمكان المنتِجين الرد عليه.
    [quotes] { $quotes ->
        [one] أُغلق طلب الشراء «{ $title }» لأنه تلقى عرض سعر واحدًا. لم يعد بإمكان المنتِجين الرد عليه.
        [two] أُغلق طلب الشراء «{ $title }» لأنه تلقى عرضَي سعر. لم يعد بإمكان المنتِجين الرد عليه.
        [few] أُغلق طلب الشراء «{ $title }» لأنه تلقى { $quotes } عروض أسعار. لم يعد بإمكان المنتِجين الرد عليه.
       *[other] أُغلق طلب الشراء «{ $title }» لأنه تلقى { $quotes } عرض سعر. لم يعد بإمكان المنتِجين الرد عليه.
    }
    [buyer] أُغلق طلب الشراء «{ $title }» لأنك أغلقته. لم يعد بإمكان المنتِجين الرد عليه.
   *[other] أُغلق طلب الشراء «{ $title }». لم يعد بإمكان المنتِجين الرد عليه.
}
email-rfq-closed-received = { $quotes ->
    [0] لم يتلقَّ أي عرض سعر.
    [one] تلقى عرض سعر واحدًا.
    [two] تلقى عرضَي سعر.
    [few] تلقى { $quotes } عروض أسعار.
   *[other] تلقى { $quotes } عرض سعر.
}
email-rfq-closed-post-again = إذا كنت لا تزال بحاجة إليه، يمكنك نشر طلب شراء جديد.
email-rfq-closed-conversations = لا تتأثر محادثاتك الجارية مع المنتِجين بشأنه: يمكنك متابعتها كالمعتاد.

# rfq_match
email-rfq-match-subject = طلب شراء جديد: { $title }
email-rfq-match-title = طلب شراء جديد
email-rfq-match-preheader = مشترٍ ({ $buyer_country }) يبحث عن { $quantity }: { $title }. مفتوح حتى { $closes_on }.
email-rfq-match-heading = مشترٍ يبحث عمّا تصنعه
email-rfq-match-lead = نشر مشترٍ طلب شراء يطابق ما تصنعه: «{ $title }».
email-rfq-match-lead-places = نشر مشترٍ طلب شراء يطابق ما تصنعه، في منطقتك: «{ $title }».
email-label-sector = القطاع
email-label-sourcing-from = مصدر التوريد
email-label-hs-code = رمز HS
email-label-ship-to = الشحن إلى
email-label-samples = العيّنات
email-rfq-match-samples-wanted = مطلوبة قبل الطلب
email-label-buyer-country = بلد المشتري
email-label-answer-by = آخر موعد للرد
email-rfq-match-details = تفاصيل المشتري:
email-rfq-match-step-open = افتح طلب الشراء بالزر أدناه (سجّل الدخول بعنوان البريد الإلكتروني هذا).
email-rfq-match-step-open-text = افتح طلب الشراء (سجّل الدخول بعنوان البريد الإلكتروني هذا):
email-rfq-match-step-answer = إذا كان بإمكانك صنعه، فردّ هناك قبل نهاية { $closes_on }: اكتب ما يمكنك صنعه، ومن أي مواد وكيف. اختر «أرفق عرض سعر» لإضافة سعر الوحدة الواحدة والحد الأدنى للطلب والأيام التي تحتاجها.
email-rfq-match-step-reply = يقرأ المشتري الردود ويكتب إلى المنتِجين الذين يختارهم. سنراسلك حين يفعل.
email-rfq-match-button = افتح طلب الشراء
email-rfq-match-soon = ردّ سريعًا: يُغلق الطلب أيضًا حين يرسل عشرة منتِجين عروض أسعارهم. يمكنك الرد مرة واحدة.
email-rfq-match-cannot = لا يمكنك التوريد؟ لا تفعل شيئًا: يُغلق الطلب من تلقاء نفسه.

# rfq_rejected
email-rfq-rejected-subject = لم يُعتمد طلب الشراء: { $title }
email-rfq-rejected-title = لم يُعتمد طلب الشراء
email-rfq-rejected-preheader = لم يُعتمد «{ $title }» ولم يُرسل إلى المنتِجين.
email-rfq-rejected-heading = لم يُعتمد طلب الشراء الخاص بك
email-rfq-rejected-lead = لم يتمكن أحد المشرفين من اعتماد طلب الشراء «{ $title }»، لذلك لم يُرسل إلى المنتِجين. السبب المذكور:
email-rfq-rejected-again = إذا كان بإمكانك معالجة ذلك، فيسعدنا أن تنشر الطلب مجددًا مع التعديلات.

# rfq_review
email-rfq-review-subject = طلب شراء للمراجعة: { $title }
email-rfq-review-title = طلب شراء للمراجعة
email-rfq-review-preheader = نشر { $buyer_name } ({ $buyer_country }) «{ $title }»؛ وهو بانتظار الاعتماد.
email-rfq-review-heading = طلب شراء بانتظار الاعتماد
email-rfq-review-lead = نشر { $who } ({ $buyer_country }) طلب شراء. وهو بانتظار الاعتماد قبل إرساله إلى المنتِجين.
email-label-title = العنوان
email-rfq-review-button = راجع الطلب
email-rfq-review-button-text = اعتمده أو ارفضه من هنا:

# showcase_product_left
email-showcase-product-left-subject = { $count ->
    [one] خرج «{ $product }» من معرضك «{ $showcase }»
    [two] خرج منتَجان من معارضك
    [few] خرجت { $count } منتجات من معارضك
   *[other] خرج { $count } منتَجًا من معارضك
}
email-showcase-product-left-title = { $count ->
    [one] خرج منتَج من معرضك
   *[other] خرجت منتجات من معارضك
}
email-showcase-product-left-preheader = { $count ->
    [one] لم يعد «{ $product }» منشورًا، لذا لم يعد «{ $showcase }» يعرضه.
    [two] لم يعد منتَجان منشورَين، لذا لم تعد معارضك تعرضهما.
    [few] لم تعد { $count } منتجات منشورة، لذا لم تعد معارضك تعرضها.
   *[other] لم يعد { $count } منتَجًا منشورًا، لذا لم تعد معارضك تعرضها.
}
email-showcase-product-left-lead = { $count ->
    [one] لم يعد منتَج في أحد معارضك منشورًا، لذا لم يعد المشترون يرونه هناك:
    [two] لم يعد منتَجان في معارضك منشورَين، لذا لم يعد المشترون يرونهما هناك:
    [few] لم تعد { $count } منتجات في معارضك منشورة، لذا لم يعد المشترون يرونها هناك:
   *[other] لم يعد { $count } منتَجًا في معارضك منشورًا، لذا لم يعد المشترون يرونها هناك:
}
email-showcase-product-left-in = «{ $product }» في «{ $showcase }»
email-product-status = { $status ->
    [draft] مسودة
    [submitted] بانتظار المراجعة
    [changes_requested] طُلبت تعديلات
    [rejected] مرفوض
    [archived] مؤرشف
    [withheld] محجوب ما دام الحساب موقوفًا
   *[published] منشور
}
email-showcase-product-left-now = الحالة الآن: { $state }.
email-showcase-product-left-now-text = الحالة الآن: { $state }.
email-showcase-product-left-edit = عدِّل المعرض
email-showcase-product-left-back = { $count ->
    [one] يعود من تلقاء نفسه إذا نشره منتِجه مجددًا.
   *[other] يعود كل منها من تلقاء نفسه إذا نشره منتِجه مجددًا.
} لسدّ الفراغ الآن، أضف منتَجًا آخر من محرر المعرض.

# الاجتماعات في الفعاليات. ‏$when هو الوقت بتوقيت القارئ ثم بتوقيت الطرف الآخر.
email-meeting-open-agenda = افتح جدولك
email-meeting-open = افتح الاجتماع
email-meeting-minutes = { $minutes ->
    [zero] { $minutes } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
}
email-meeting-video-room = غرفة الفيديو:
# The calendar invitation's description, after both sides' times and the video room.
email-meeting-invite-page = صفحة الاجتماع:
email-meeting-their-reason = السبب الذي ذكره:
email-meeting-reason = السبب:
email-meeting-accept-or-decline = اقبل أو ارفض

# event_participation
email-event-participation-subject = { $approved ->
    [true] أنت مشارك في { $event_title }
   *[false] طلب مشاركتك في { $event_title }
}
email-event-participation-approved = أنت مشارك في { $event_title }. يمكنك الآن رؤية المشاركين الآخرين وحجز الاجتماعات.
email-event-participation-approved-text = أنت مشارك في { $event_title }. يمكنك الآن رؤية المشاركين الآخرين وحجز الاجتماعات:
email-event-participation-refused = لم يتمكن منظِّمو { $event_title } من قبول مشاركتك هذه المرة.
email-event-participation-note = ملاحظتهم:
email-event-participation-button = افتح الفعالية

# meeting_accepted
email-meeting-accepted-subject = تأكّد الاجتماع: { $other_name }، { $when }
email-meeting-accepted-title = تأكّد الاجتماع
email-meeting-accepted-heading = تأكّد اجتماعك مع { $other_name }
email-meeting-accepted-lead = تأكّد اجتماعك مع { $other_name } في { $event_title }:
email-meeting-accepted-calendar = الدعوة المرفقة تضيفه إلى تقويمك.
email-meeting-accepted-calendar-text = الدعوة المرفقة تضيفه إلى تقويمك. جدولك:

# meeting_cancelled
email-meeting-cancelled-subject = أُلغي الاجتماع: { $other_name }، { $when }
email-meeting-cancelled-title = أُلغي الاجتماع
email-meeting-cancelled-lead = أُلغي الاجتماع مع { $other_name } في { $event_title } يوم { $when }.
email-meeting-cancelled-agenda-text = جدولك:

# meeting_declined
email-meeting-declined-subject = رفض { $other_name } طلب الاجتماع
email-meeting-declined-title = رُفض طلب الاجتماع
email-meeting-declined-heading = رفض { $other_name } طلبك
email-meeting-declined-lead = رفض { $other_name } طلبك للاجتماع في { $event_title } يوم { $when }.
email-meeting-declined-button = احجز اجتماعًا آخر
email-meeting-declined-free-text = أصبح الوقت متاحًا من جديد؛ يمكنك أن تطلب شخصًا آخر أو وقتًا آخر:

# meeting_digest
email-meeting-digest-subject = { $count ->
    [one] طلب اجتماع بانتظار ردك: { $event_title }
    [two] طلبا اجتماع بانتظار ردك: { $event_title }
    [few] { $count } طلبات اجتماع بانتظار ردك: { $event_title }
   *[other] { $count } طلب اجتماع بانتظار ردك: { $event_title }
}
email-meeting-digest-title = طلبات اجتماع بانتظار الرد
email-meeting-digest-heading = { $count ->
    [one] طلب اجتماع بانتظار ردك
    [two] طلبا اجتماع بانتظار ردك
    [few] { $count } طلبات اجتماع بانتظار ردك
   *[other] { $count } طلب اجتماع بانتظار ردك
}
email-meeting-digest-lead = { $count ->
    [one] في { $event_title }، هذا الطلب بانتظار ردك. يظهر كل وقت بتوقيتك ثم بتوقيتهم.
   *[other] في { $event_title }، هذه الطلبات بانتظار ردك. يظهر كل وقت بتوقيتك ثم بتوقيتهم.
}
email-meeting-digest-lead-text = { $count ->
    [one] طلب اجتماع بانتظار ردك في { $event_title }:
    [two] طلبا اجتماع بانتظار ردك في { $event_title }:
    [few] { $count } طلبات اجتماع بانتظار ردك في { $event_title }:
   *[other] { $count } طلب اجتماع بانتظار ردك في { $event_title }:
}
email-meeting-digest-answer-by = ردّ بحلول { $answer_by }، وإلا سقط الطلب.
email-meeting-digest-clocks-text = يظهر كل وقت بتوقيتك ثم بتوقيتهم. جدولك:

# meeting_follow_up
email-meeting-follow-up-subject = بعد 90 يومًا: ماذا نتج عن اجتماعك مع { $other_name }؟
email-meeting-follow-up-title = ماذا نتج عن اجتماعك؟
email-meeting-follow-up-preheader = اجتماعك مع { $other_name }، بعد 90 يومًا
email-meeting-follow-up-lead = قبل تسعين يومًا التقيت { $other_name } في { $event_title }:
email-meeting-follow-up-ask = ماذا حدث منذ ذلك الحين: مفاوضات، أم عيّنات أُرسلت، أم طلب أُبرم، أم خطاب نوايا؟ أخبرنا مرة واحدة، في صفحة الاجتماع.
email-meeting-follow-up-ask-text = ماذا حدث منذ ذلك الحين: مفاوضات، أم عيّنات أُرسلت، أم طلب أُبرم، أم خطاب نوايا؟ أخبرنا مرة واحدة، في صفحة الاجتماع:
email-meeting-follow-up-button = أخبرنا بما حدث
email-meeting-follow-up-private = إجابتك لك وحدك: لا يراها { $other_name }. يحصي المنظِّمون إجابات الجميع ليبيّنوا ما حققه البرنامج.

# meeting_move_proposed
email-meeting-move-proposed-subject = يقترح { $other_name } وقتًا آخر لاجتماعكما
email-meeting-move-proposed-title = اقتُرح وقت آخر
email-meeting-move-proposed-heading = يقترح { $other_name } وقتًا آخر
email-meeting-move-proposed-lead = يقترح { $other_name } نقل اجتماعكما في { $event_title }
email-meeting-move-proposed-from = من
email-meeting-move-proposed-to = إلى
email-meeting-move-proposed-until = إلى أن تردّ، يبقى الاجتماع في وقته الحالي.
email-meeting-move-proposed-button = انقله أو أبقِ الوقت
email-meeting-move-proposed-until-text = إلى أن تردّ، يبقى الاجتماع في وقته الحالي. انقله أو أبقِ الوقت من هذه الصفحة (فتحها لا يقرر شيئًا):

# meeting_outcome
email-meeting-outcome-subject = كيف كان اجتماعك مع { $other_name }؟
email-meeting-outcome-title = كيف جرى؟
email-meeting-outcome-preheader = اجتماعك مع { $other_name }، { $when }
email-meeting-outcome-lead = كان من المقرر أن يُعقد اجتماعك مع { $other_name } في { $event_title }:
email-meeting-outcome-ask = هل عُقد، وكيف جرى؟ يستغرق ذلك دقيقة في صفحة الاجتماع.
email-meeting-outcome-ask-text = هل عُقد، وكيف جرى؟ يستغرق ذلك دقيقة في صفحة الاجتماع:
email-meeting-outcome-button = أخبرنا كيف جرى
email-meeting-outcome-private = ما تخبرنا به يخصك: لا يراه { $other_name }. يحصي المنظِّمون إجابات كل المشاركين ليبيّنوا ما حققه البرنامج.

# meeting_requested
email-meeting-requested-subject = يطلب { $other_name } اجتماعًا في { $event_title }
email-meeting-requested-title = طلب اجتماع
email-meeting-requested-heading = يطلب { $other_name } اجتماعًا
email-meeting-requested-lead = يطلب { $other_name } الاجتماع بك في { $event_title }:
email-meeting-requested-their-message = رسالته:
email-meeting-requested-accept-text = اقبل أو ارفض من هذه الصفحة (فتحها لا يقرر شيئًا):

# meeting_time_kept
email-meeting-time-kept-subject = يبقى اجتماعك مع { $other_name } في وقته
email-meeting-time-kept-title = بقي وقت الاجتماع
email-meeting-time-kept-heading = يبقى اجتماعك في وقته
email-meeting-time-kept-lead = أبقى { $other_name } اجتماعكما في { $event_title } في وقته:
email-meeting-time-kept-free = أصبح الوقت الآخر المقترح متاحًا من جديد.
email-meeting-time-kept-free-text = أصبح الوقت الآخر المقترح متاحًا من جديد. الاجتماع:

# meeting_updated
email-meeting-updated-title = { $change ->
    [time] نُقل الاجتماع
   *[video] غرفة فيديو جديدة
}
email-meeting-updated-subject = { $change ->
    [time] نُقل الاجتماع: { $other_name }، { $when }
   *[video] غرفة فيديو جديدة: { $other_name }، { $when }
}
email-meeting-updated-heading = { $change ->
    [time] نُقل اجتماعك مع { $other_name }
   *[video] لاجتماعك مع { $other_name } غرفة فيديو جديدة
}
email-meeting-updated-lead = { $change ->
    [time] نُقل اجتماعك مع { $other_name } في { $event_title } إلى:
   *[video] لاجتماعك مع { $other_name } في { $event_title } غرفة فيديو جديدة:
}
email-meeting-updated-calendar = الدعوة المرفقة تحدّث الموعد في تقويمك.
email-meeting-updated-calendar-text = الدعوة المرفقة تحدّث الموعد في تقويمك. الاجتماع:

# meeting_reminder
email-meeting-reminder-starts-in = { $soon ->
    [true] 15 دقيقة
   *[false] 24 ساعة
}
email-meeting-reminder-subject = تذكير: يبدأ اجتماعك مع { $other_name } بعد { $starts_in }
email-meeting-reminder-title = تذكير بالاجتماع
email-meeting-reminder-heading = يبدأ اجتماعك مع { $other_name } بعد { $starts_in }
email-meeting-reminder-lead = يبدأ اجتماعك مع { $other_name } في { $event_title } بعد { $starts_in }:
email-meeting-reminder-join = انضم إلى الاجتماع
email-meeting-reminder-page = صفحة الاجتماع:
email-meeting-reminder-join-later = (تعرض صفحة الاجتماع زر «انضم» قبل البدء بعشر دقائق).
email-meeting-reminder-cannot = إذا لم تستطع الحضور، فاقترح وقتًا آخر أو ألغِ الاجتماع من صفحته، ليعلم { $other_name }.
email-meeting-reminder-join-now-text = انضم إلى غرفة الفيديو الآن:
email-meeting-reminder-video-later-text = غرفة الفيديو (تعرض صفحة الاجتماع زر «انضم» قبل البدء بعشر دقائق):
email-meeting-reminder-page-text = صفحة الاجتماع، حيث يمكنك أيضًا اقتراح وقت آخر أو الإلغاء إذا لم تستطع الحضور:
