# المحادثات بين المشترين والمنتجين: صندوق الوارد، والمحادثة، ونموذج الاستفسار، وملخص الطلب،
# وملف المشتري؛ وأجزاء تشترك فيها صفحات طلبات الشراء.
enquiries-breadcrumb = مسار التنقل
enquiries-home = الرئيسية
enquiries-error-prefix = خطأ:
enquiries-optional = اختياري
enquiries-cancel = إلغاء
enquiries-honeypot = اترك هذا الحقل فارغًا
enquiries-back-to-dashboard = العودة إلى لوحة التحكم
enquiries-you = أنت
enquiries-with = مع
enquiries-from = من
enquiries-unread-count = غير المقروءة: { $count }
enquiries-days = { $count ->
    [zero] { $count } يوم
    [one] يوم واحد
    [two] يومان
    [few] { $count } أيام
    [many] { $count } يومًا
   *[other] { $count } يوم
}
enquiries-minutes = { $count ->
    [zero] { $count } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $count } دقائق
    [many] { $count } دقيقة
   *[other] { $count } دقيقة
}
enquiries-lead-time = مدة التجهيز
enquiries-status = { $status ->
    [new] جديد
    [replied] تم الرد
    [quoted] أُرسل عرض سعر
    [accepted] قُبل عرض السعر
    [declined] رُفض عرض السعر
   *[closed] مغلق
}
enquiries-quote-status = { $status ->
    [offered] معروض
    [accepted] مقبول
    [declined] مرفوض
   *[superseded] استُبدل بعرض أحدث
}
enquiries-outcome = { $outcome ->
    [won] نجاح – تم الاتفاق على طلب
    [lost] لم يتم – لا طلب هذه المرة
   *[no_response] لا رد
}
enquiries-buyer-type = { $kind ->
    [importer] مستورد
    [wholesaler] تاجر جملة / موزّع
    [retailer] تاجر تجزئة
    [sourcing_agent] وكيل توريد
    [designer] مصمم / علامة تجارية
   *[corporate_gifting] هدايا الشركات
}
enquiries-meeting-status = { $status ->
    [requested] مطلوب
    [accepted] مقبول
    [declined] مرفوض
    [cancelled] ملغى
   *[expired] منتهي
}
enquiries-incoterm-meaning = { $code ->
    [EXW] التسليم في موقع البائع: تستلم البضاعة من مقر المنتِج
    [FCA] التسليم إلى الناقل: تُسلَّم إلى ناقلك مع التخليص للتصدير
    [FAS] التسليم بجانب السفينة: تُسلَّم بجانب السفينة في الميناء الهندي
    [FOB] التسليم على ظهر السفينة: تُحمَّل على السفينة في الميناء الهندي
    [CFR] التكلفة والشحن: الشحن البحري مدفوع حتى مينائك
    [CIF] التكلفة والتأمين والشحن: مثل CFR مع التأمين
    [CPT] أجرة النقل مدفوعة إلى: النقل مدفوع حتى مكان تحدده
    [CIP] أجرة النقل والتأمين مدفوعة إلى: مثل CPT مع التأمين
    [DAP] التسليم في المكان: حتى عنوانك، والرسوم الجمركية عليك
    [DPU] التسليم في المكان مع التفريغ: تُسلَّم وتُفرَّغ في مكانك
   *[DDP] التسليم مع دفع الرسوم: حتى عنوانك، والرسوم الجمركية مدفوعة
}
enquiries-incoterm-choice = { $code } – { enquiries-incoterm-meaning }

enquiries-field-unit = الوحدة
enquiries-field-unit-price = سعر الوحدة
    .hint = مثلًا 11.80
enquiries-field-currency = العملة
    .hint = USD، EUR، INR …
enquiries-field-moq = الحد الأدنى للطلب
enquiries-field-lead-time = مدة التجهيز بالأيام
    .hint = من تأكيد الطلب حتى الشحن.
enquiries-field-incoterm = شرط التسليم
    .label = شرط التسليم (Incoterm): من ينقل البضاعة وإلى أين
    .blank = اختر شرط التسليم
enquiries-field-valid-until = صالح حتى
enquiries-field-notes = ملاحظات
    .hint = التغليف، شروط الدفع، العينات، وما يشمله السعر.
enquiries-field-target-price = السعر المستهدف للوحدة
    .hint = ما تأمل أن تدفعه، مثلًا 12.50
enquiries-field-country = بلد الوجهة
    .blank = اختر بلدًا
enquiries-field-port = الميناء أو المدينة
    .hint = مثلًا: روتردام، جبل علي
enquiries-field-required-by = مطلوب بحلول
enquiries-field-message = رسالة إلى المنتِج
    .hint = الألوان والمقاسات والتغليف والشهادات التي تحتاجها. حتى { $count } حرف ورابطين.

enquiries-fact-quantity = الكمية
enquiries-fact-sector = القطاع
enquiries-fact-from = من
enquiries-fact-anywhere = أي مكان في الهند
enquiries-fact-hs-code = رمز HS
enquiries-fact-target-price = السعر المستهدف
enquiries-fact-ship-to = الشحن إلى
enquiries-fact-samples = العينات
enquiries-fact-samples-wanted = مطلوبة قبل الطلب
enquiries-fact-samples-not-asked = غير مطلوبة
enquiries-fact-answers-by = آخر موعد للردود

enquiries-inbox-lead-buyer = محادثاتك مع المنتجين: ردودهم وعروض أسعارهم وقراراتك. نراسلك بالبريد الإلكتروني عند وصول أي جديد.
enquiries-inbox-lead-producer = استفسارات المشترين عن منتجاتك وردودك على طلبات الشراء. رُدّ خلال يومين: يرى المشترون مدى سرعتك المعتادة في الرد.
enquiries-inbox-browse = تصفح المنتجات
enquiries-inbox-list = المحادثات، الأحدث أولًا
enquiries-from-buy-request = طلب شراء
enquiries-inbox-empty-buyer = لا محادثات بعد. افتح منتجًا يعجبك واضغط «إرسال استفسار».
enquiries-inbox-empty-buyer-link = أو انشر طلب شراء لتصل إلى كل المنتجين المطابقين دفعة واحدة.
enquiries-inbox-empty-producer = لا استفسارات بعد. يكتب إليك المشترون من صفحات منتجاتك.
enquiries-inbox-empty-producer-link = تأكد من نشر منتجاتك بصور واضحة وأسعار وحد أدنى للطلب.
enquiries-inbox-empty-other = الاستفسارات محادثات بين المشترين والمنتجين، وهذا الحساب ليس أيًّا منهما.
enquiries-inbox-empty-other-link = المنتجون الذين لم يكملوا ملف نشاطهم التجاري بعد يرون استفساراتهم هنا بعد إكماله.

enquiries-new-title = استفسار عن { $product }
enquiries-new-crumb = إرسال استفسار
enquiries-new-heading = اسأل { $producer } عن { $product }
enquiries-new-lead = اذكر الكمية التي تحتاجها ووجهتها. يُرسل بريد إلكتروني إلى المنتِج فورًا ويرد هنا؛ وتصلك نسخة من استفسارك بالبريد الإلكتروني.
enquiries-new-by = المنتِج:
enquiries-new-price-range = نطاق السعر
enquiries-new-samples-available = متوفرة
enquiries-new-samples-ask = اسأل المنتِج
enquiries-new-part-what = ما تحتاجه
enquiries-new-part-delivery = التسليم
enquiries-new-part-message = رسالتك
enquiries-new-moq-hint = الحد الأدنى للطلب { $quantity }.
enquiries-new-sample = أرغب في عينة أولًا
enquiries-new-submit = إرسال الاستفسار
enquiries-new-privacy = يرى المنتِج اسمك وشركتك وبلدك. لا يظهر بريدك الإلكتروني ورقم هاتفك إلا بعد أن يرد.

enquiries-thread-rfq = { $side ->
    [buyer] رد على طلب الشراء الخاص بك
   *[producer] رد على طلب شراء
}
enquiries-thread-enquiry = استفسار
enquiries-thread-since = منذ { $when }
enquiries-thread-about = بخصوص
enquiries-thread-your-rfq = طلب الشراء الخاص بك وكل الردود عليه
enquiries-thread-the-rfq = طلب الشراء
enquiries-thread-timeline = الرسائل وعروض الأسعار والاجتماعات
enquiries-meeting-mine = اقترحتَ اجتماعًا بالفيديو
enquiries-meeting-theirs = يقترح { $name } اجتماعًا بالفيديو
enquiries-meeting-own = مستقل، خارج أي فعالية
enquiries-meeting-at = في { $event }
enquiries-meeting-answer = الرد على الطلب
enquiries-meeting-open = فتح الاجتماع
enquiries-quote-from = عرض سعر من { $name }
enquiries-quote-expired = منتهي الصلاحية
enquiries-quote-total = الإجمالي
enquiries-order-link = ملخص الطلب والخطوات التالية
    .hint = هذه الشروط، وبيانات الاتصال لكليكما، والعينة والفاتورة المبدئية والدفع التي يجب الاتفاق عليها. اطبعه أو احفظه بصيغة PDF.
enquiries-accepting = القبول
enquiries-accept-means = يُعلم { $producer } أنك تريد الطلب بهذه الشروط، ويعرض لكما ملخص طلب للعمل عليه. ليس دفعًا ولا عقدًا موقَّعًا: بعدها تتفق مباشرة معهم على العينة والفاتورة المبدئية وطريقة الدفع.
enquiries-accept-means-total = يُعلم { $producer } أنك تريد الطلب بهذه الشروط ({ $total })، ويعرض لكما ملخص طلب للعمل عليه. ليس دفعًا ولا عقدًا موقَّعًا: بعدها تتفق مباشرة معهم على العينة والفاتورة المبدئية وطريقة الدفع.
enquiries-accept = قبول عرض السعر هذا
enquiries-decline = رفض
enquiries-closed = هذه المحادثة مغلقة. تبقى هنا لتقرأها.
enquiries-closed-outcome = هذه المحادثة مغلقة: { $outcome ->
    [won] نجاح – تم الاتفاق على طلب
    [lost] لم يتم – لا طلب هذه المرة
   *[no_response] لا رد
}. تبقى هنا لتقرأها.
enquiries-closed-ask-again = لتسأل مجددًا، أرسل استفسارًا جديدًا.
enquiries-propose-meeting = اقترح اجتماعًا بالفيديو
    .hint = اختر وقتًا ضمن ساعات عمل كليكما؛ ونراسل { $name } للقبول أو الرفض.
enquiries-reply-title = الرد على { $name }
enquiries-reply-message = رسالتك
    .hint = نرسل إلى { $name } رابطًا إليها بالبريد الإلكتروني.
enquiries-reply-submit = إرسال الرسالة
enquiries-quote-send = إرسال عرض سعر
    .hint = يمكن للمشتري قبوله أو رفضه هنا. العرض الجديد يحل محل أي عرض ما زال قائمًا.
enquiries-quote-submit = إرسال عرض السعر
enquiries-close = إغلاق المحادثة
enquiries-close-outcome = كيف انتهت؟
    .blank = اختر واحدًا
    .hint = نُعلم { $name } بالبريد الإلكتروني. لا يمكن لأحد الكتابة هنا بعد ذلك.
enquiries-report = الإبلاغ عن رسائل مزعجة
    .hint = استخدم هذا للرسائل التي ليست استفسارات حقيقية: الإعلانات أو الاحتيال أو من يطلب مالًا أو بيانات شخصية. تختفي المحادثة من قائمتك ويراجع فريقنا المرسِل.
enquiries-report-submit = الإبلاغ وإخفاء هذه المحادثة
enquiries-terms-buyer = ما طلبه المشتري
enquiries-terms-destination = الوجهة
enquiries-terms-sample = العينة
enquiries-terms-sample-wanted = مطلوبة أولًا
enquiries-buyer = المشتري
enquiries-buyer-name = الاسم
enquiries-buyer-business = النشاط
enquiries-contacts = البريد الإلكتروني والهاتف
    .hidden = يظهران بعد ردك
enquiries-email = البريد الإلكتروني
enquiries-producer = المنتِج
enquiries-whatsapp = راسل عبر WhatsApp
enquiries-contacts-shared = يمكن لـ { $name } أيضًا رؤية بريدك الإلكتروني ورقم هاتفك.
enquiries-contacts-later = بعد أن يردوا، يرى كل منكما البريد الإلكتروني ورقم الهاتف للآخر.

enquiries-order-title = ملخص الطلب { $reference }
enquiries-order-crumb = ملخص الطلب
enquiries-order-eyebrow = ملخص الطلب
enquiries-order-reference = المرجع
enquiries-order-accepted-at = قُبل عرض السعر في { $when }
enquiries-order-print = اطبع أو احفظ بصيغة PDF
enquiries-order-back = العودة إلى المحادثة
enquiries-order-status = قبل { $buyer } عرض سعر { $producer }. هذا ملخص لما اتفقتما عليه، للعمل على الطلب انطلاقًا منه: ليس فاتورة ولا عقدًا، ولم يُدفع أي مبلغ عبر ODOP Bazaar.
enquiries-order-agreed = ما تم الاتفاق عليه
enquiries-order-product = المنتج
enquiries-order-quantity-minimum = (الحد الأدنى للطلب في العرض)
enquiries-order-unit-price = سعر الوحدة
enquiries-order-total-for = مقابل { $quantity }
enquiries-order-total-too-large = أكبر من أن يُحسب هنا: اتفقا عليه في الفاتورة المبدئية
enquiries-order-lead-time = مدة التجهيز بالأيام من تأكيد الطلب حتى الشحن: { $count }
enquiries-order-valid-until = عرض السعر صالح حتى
enquiries-order-sample-wanted = مطلوبة قبل الطلب
enquiries-order-sample-offered = غير مطلوبة؛ القائمة توفر عينات
enquiries-order-notes = ملاحظات المنتِج
enquiries-order-buyer = المشتري
enquiries-order-business = النشاط التجاري
enquiries-order-place = المكان
enquiries-order-address = العنوان
enquiries-order-next = الخطوات التالية
enquiries-step-sample = العينة.
enquiries-step-sample-producer-wanted = طلب المشتري عينة أولًا: اتفق معه على تكلفتها ومن يدفع أجرة الشحن السريع وموعد إرسالها، وانتظر موافقته قبل تنفيذ الطلب.
enquiries-step-sample-producer = اعرض عينة إن أراد المشتري التحقق من الجودة أو اللون قبل الطلب الكبير؛ واتفقا على من يدفع ثمنها وأجرة الشحن.
enquiries-step-sample-buyer-wanted = طلبت عينة أولًا: اتفق مع { $producer } على تكلفتها ومن يدفع أجرة الشحن السريع وموعد إرسالها، ووافق عليها قبل تنفيذ الطلب الكبير.
enquiries-step-sample-buyer = إن أردت التحقق من الجودة أو اللون قبل الطلب الكبير، فاطلب من { $producer } عينة الآن واتفقا على من يدفع ثمنها وأجرة الشحن.
enquiries-step-invoice = الفاتورة المبدئية.
enquiries-step-invoice-producer = أرسل إلى { $buyer } فاتورة مبدئية بهذه الشروط تمامًا: { $product }، { $quantity } بسعر { $price }، { $incoterm } { $destination }، مدة التجهيز بالأيام: { $days }، المرجع { $reference }، مع رقم GSTIN ورمز IEC وبياناتك المصرفية.
enquiries-step-invoice-buyer = يرسل إليك { $producer } فاتورة مبدئية. تحقق من مطابقتها لهذا الملخص — { $product }، { $quantity } بسعر { $price }، { $incoterm } { $destination }، مدة التجهيز بالأيام: { $days } — وأنها تذكر المرجع { $reference }.
enquiries-step-payment = شروط الدفع.
enquiries-step-payment-producer = اتفقا كتابةً على طريقة الدفع وموعده، مثل دفعة مقدمة قبل الإنتاج والباقي مقابل مستندات الشحن، أو خطاب اعتماد. ابدأ الإنتاج بعد وصول الدفعة المقدمة المتفق عليها إلى حسابك.
enquiries-step-payment-buyer = اتفقا كتابةً على طريقة الدفع وموعده، مثل دفعة مقدمة والباقي مقابل مستندات الشحن، أو خطاب اعتماد عبر بنكك. تأكد من البيانات المصرفية هاتفيًا مع { $producer } قبل دفعتك الأولى.
enquiries-step-dispatch = الشحن.
enquiries-step-dispatch-producer = تُحسب مدة التجهيز ({ $days } بالأيام) من تأكيد الطلب. أبقِ المشتري على علم بالمواعيد وأرسل مستندات الشحن عند خروج البضاعة.
enquiries-step-dispatch-buyer = تُحسب مدة التجهيز ({ $days } بالأيام) من تأكيد الطلب.
enquiries-step-dispatch-buyer-collects = تُحسب مدة التجهيز ({ $days } بالأيام) من تأكيد الطلب؛ وأنت من يرتب النقل من الهند وفق { $incoterm }.
enquiries-order-questions = الأسئلة عن أي من ذلك مكانها المحادثة، حيث يحتفظ كلاكما بالسجل.
enquiries-order-footer = من ODOP Bazaar، حيث لا يفتح هذا الملخص إلا المشتري والمنتِج ومسؤولو الموقع.

enquiries-profile-title = ملف المشتري الخاص بك
enquiries-profile-crumb = ملف المشتري
enquiries-profile-lead = يرى المنتجون هذا عندما تكتب إليهم: يساعدهم على الرد بالأسعار والشروط المناسبة.
enquiries-profile-part-business = نشاطك التجاري
enquiries-profile-part-sourcing = ما تشتريه
enquiries-profile-company = الشركة
enquiries-profile-country = البلد
    .blank = اختر بلدك
enquiries-profile-type = نوع المشتري
    .question = ما نوع نشاطك كمشترٍ؟
enquiries-profile-website = الموقع الإلكتروني
    .hint = العنوان الكامل، مثلًا https://example.com
enquiries-profile-phone = الهاتف
    .hint = مع رمز البلد، مثلًا ‎+31 20 123 4567. لا يراه المنتجون إلا بعد أن يردوا عليك.
enquiries-profile-sectors = القطاعات التي تشتري منها
    .hint = اختر ما تشاء منها.
enquiries-profile-time-zone = منطقتك الزمنية
    .hint = تنتهي المواعيد النهائية لطلبات الشراء الخاصة بك عند منتصف الليل في هذه المنطقة.
enquiries-profile-submit = حفظ الملف

enquiries-notice-sent = أُرسل استفسارك إلى { $producer }؛ وأرسلنا إليك نسخة بالبريد الإلكتروني.
enquiries-notice-replied = أُرسلت رسالتك؛ وأرسلنا إلى الطرف الآخر رابطًا إليها بالبريد الإلكتروني.
enquiries-notice-quoted = أُرسل عرض السعر؛ يمكن للمشتري قبوله أو رفضه هنا.
enquiries-notice-accepted = قبلتَ عرض السعر وأبلغنا المنتِج بالبريد الإلكتروني. ملخص الطلب، المرتبط بالعرض، يوضح ما اتفقتما عليه وما يلي.
enquiries-notice-declined = رفضتَ عرض السعر. أبلغنا المنتِج بالبريد الإلكتروني؛ وقد يرسل عرضًا جديدًا.
enquiries-notice-closed = أُغلقت المحادثة. تبقى هنا لتقرأها.
enquiries-notice-reported = شكرًا لك. أُخفيت المحادثة من قائمتك، وسيراجع فريقنا المرسِل.
enquiries-notice-profile-saved = حُفظ ملف المشتري الخاص بك. يراه المنتجون عندما تكتب إليهم.

# مجموع عرض السعر: ‏$total المبلغ بعملته، والكمية ("500 pieces") يكتبها money-quantity من ‏$count و‏$unit.
enquiries-quote-total-for = { $total } مقابل { money-quantity }
enquiries-quote-total-for-minimum = { $total } مقابل الحد الأدنى للطلب وهو { money-quantity }
