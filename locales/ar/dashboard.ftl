# لوحة التحكم: ما يمكنك فعله بعد ذلك، حسب الدور.
dashboard-title = لوحة التحكم
dashboard-role = { $role ->
    [producer] منتِج
    [buyer] مشترٍ
    [organiser] منظِّم
   *[admin] مدير
}
dashboard-welcome = مرحبًا
dashboard-welcome-name = مرحبًا، { $name }
dashboard-confirm-title = أكّد عنوان بريدك الإلكتروني
dashboard-confirm-sent-to = أرسلنا رابطًا إلى
dashboard-confirm-sent = أرسلنا رابطًا إلى عنوانك.
dashboard-confirm-follow = افتحه لتأكيد أن العنوان لك.
dashboard-confirm-why = { $role ->
    [producer] يحتاج المنتِجون إلى عنوان مؤكد قبل نشر منتجاتهم.
    [buyer] يحتاج المشترون إلى عنوان مؤكد قبل إرسال استفسارات إلى المنتِجين.
   *[other] نستخدمه للتواصل معك بشأن حسابك.
}
dashboard-confirm-resend = أرسل الرابط مرة أخرى
dashboard-confirm-spam = لم يصل؟ تحقق أولًا من مجلد الرسائل المزعجة. يعمل الرابط لمدة 24 ساعة.
dashboard-next = ما يمكنك فعله بعد ذلك
dashboard-admin-listings-to-review = عروض للمراجعة
    .text = منتجات بانتظار مشرف: اقبلها أو اطلب تعديلات أو ارفضها.
dashboard-admin-buy-requests-to-review = طلبات شراء للمراجعة
    .text = طلبات مشترين بانتظار الموافقة قبل أن تصل إلى المنتِجين.
dashboard-admin-reported-buyers = مشترون مُبلَّغ عنهم
    .text = مشترون أبلغ عنهم المنتِجون كرسائل مزعجة: أوقفهم أو ارفض البلاغات.
dashboard-admin-producers = المنتِجون
    .text = راجع تسجيلات المنتِجين ووثّقهم.
dashboard-admin-users-and-roles = المستخدمون والأدوار
    .text = اطّلع على من انضم، وغيّر الأدوار، أو أضف منظِّمًا أو مديرًا.
dashboard-admin-audit-log = سجل التدقيق
    .text = عمليات الدخول والتسجيل وتغيير كلمات المرور والأدوار، مع الوقت وعنوان IP.
dashboard-admin-background-jobs = المهام في الخلفية
    .text = رسائل بريد وأعمال صيانة بانتظار التنفيذ، وما فشل منها.
dashboard-admin-showcases = المعارض
    .text = المجموعات المنسقة لكل المنظِّمين: عدّلها أو انشرها أو أزلها من الموقع.
dashboard-account-settings = إعدادات الحساب
    .text = غيّر اسمك أو كلمة المرور أو عنوان بريدك الإلكتروني.
dashboard-producer-your-business-profile = ملف نشاطك التجاري
    .text = اسم نشاطك ومقاطعتك وقصتك وتفاصيل التصدير: ما يراه المشترون بجانب كل منتج.
dashboard-producer-enquiries = الاستفسارات
    .text = أسئلة المشترين وإجاباتك وعروض أسعارك. أجب خلال يومين.
dashboard-producer-your-products = منتجاتك
    .text = أضف منتجات بالصور، وأرسلها للمراجعة، واطّلع على ملاحظات المشرفين.
dashboard-producer-buy-requests = طلبات الشراء
    .text = مشترون يبحثون عمّا تصنعه: أجب بعرض سعر.
dashboard-organiser-your-showcases = معارضك
    .text = مجموعات من المنتجات المنشورة حول موضوع، مع ملاحظاتك: حدد مواعيدها واعرضها في الصفحة الرئيسية.
dashboard-organiser-your-events = فعالياتك
    .text = لقاءات المشترين والبائعين: البرنامج، ومن يشارك، والاجتماعات التي يحجزونها.
dashboard-organiser-find-products = ابحث عن منتجات
    .text = ابحث في كل المنتجات المنشورة، وأضف ما تريد إلى معرض من النتائج مباشرة.
dashboard-buyer-enquiries = الاستفسارات
    .text = محادثاتك مع المنتِجين: الإجابات وعروض الأسعار وقراراتك.
dashboard-buyer-buy-requests = طلبات الشراء
    .text = صف ما تحتاجه مرة واحدة، وتلقَّ الردود من كل منتِج يصنعه.
dashboard-buyer-shortlist = القائمة المختصرة
    .text = العروض والمنتِجون الذين حفظتهم، جنبًا إلى جنب، مع طريقة للاستفسار.
dashboard-buyer-buyer-profile = ملف المشتري
    .text = شركتك وبلدك وما تستورده ومنطقتك الزمنية: ما يراه المنتِجون.
dashboard-browse-by-state = تصفح حسب الولاية
    .text = المنتجات المميزة لكل مقاطعة، ولاية بعد ولاية.
dashboard-gi = المؤشرات الجغرافية
    .text = منتجات مسجلة كمؤشرات جغرافية، مرتبطة قانونًا بمكان منشئها.
dashboard-visitor-browse-sectors = تصفح القطاعات
    .text = المنتجات مصنفة حسب القطاع، من الزراعة إلى المنسوجات.
