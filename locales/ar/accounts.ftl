# إنشاء الحساب وتسجيل الدخول والتحقق بخطوتين وإعادة تعيين كلمة المرور وتأكيد البريد وصفحة الحساب.

## مشترك
accounts-email = عنوان البريد الإلكتروني
accounts-password = كلمة المرور
accounts-new-password = كلمة المرور الجديدة
accounts-password-hint = 10 أحرف على الأقل؛ بضع كلمات معًا تصنع كلمة مرور جيدة.
accounts-sign-in = تسجيل الدخول
accounts-go-sign-in = انتقل إلى تسجيل الدخول
accounts-go-dashboard = انتقل إلى لوحة التحكم
accounts-send-link = أرسل الرابط
accounts-send-link-again = أرسل الرابط مرة أخرى
accounts-check-inbox = تفقّد بريدك الوارد
accounts-code-from-app = الرمز من تطبيقك
accounts-two-factor = تسجيل الدخول بخطوتين

## إنشاء الحساب
# $producer اسم نشاط المنتِج، و$product عنوان المنتج المعروض.
accounts-signup-title = انضم إلى بازار ODOP
accounts-signup-description = أنشئ حسابًا مجانيًا في بازار ODOP: المنتجون يعرضون منتجات مقاطعاتهم، والمشترون يجدونهم ويتواصلون معهم.
accounts-signup-lead-enquiry = أنشئ حساب مشترٍ مجانيًا لترسل استفسارك إلى { $producer } بشأن “{ $product }”. بعد تأكيد عنوان بريدك الإلكتروني نعيدك إليه.
accounts-signup-lead = حساب واحد ومجاني. المنتجون يعرضون ما تصنعه مقاطعاتهم، والمشترون يجدونهم من المصدر مباشرة.
accounts-signup-role = منتِج أو مشترٍ
accounts-signup-joining-as = أنضم بصفتي
accounts-signup-producer = منتِج
accounts-signup-producer-text = أصنع المنتجات أو أبيعها — حِرفي، منظمة منتجين زراعيين (FPO)، مجموعة مساعدة ذاتية (SHG)، وحدة صغيرة، مصدِّر
accounts-signup-buyer = مشترٍ
accounts-signup-buyer-text = أشتري لنشاطي التجاري — مستورد، تاجر جملة، تاجر تجزئة
accounts-signup-name = اسمك
    .hint = كما تحب أن يراه المشترون والمنتجون.
accounts-signup-email-hint = نرسل رابطًا إلى هذا العنوان لنتأكد أنه لك.
accounts-signup-password = اختر كلمة مرور
accounts-signup-business = نشاطك التجاري
accounts-signup-buyers-only = للمشترين فقط
accounts-signup-producers-leave-empty = يمكن للمنتجين ترك هذه الحقول فارغة.
accounts-signup-company = اسم الشركة
accounts-signup-country = البلد
accounts-signup-choose-country = اختر بلدًا
accounts-signup-submit = أنشئ حسابي
accounts-signup-have-account = لديك حساب بالفعل؟

## البريد الوارد بعد إنشاء الحساب
accounts-inbox-eyebrow = أوشكت على الانتهاء
accounts-inbox-sent = أرسلنا رسالة إلى { $email }. افتح الرابط الذي فيها لتأكيد عنوانك. يعمل الرابط مدة 24 ساعة.
accounts-inbox-enquiry = يعيدك الرابط إلى استفسارك الموجّه إلى { $producer } بشأن “{ $product }”.
accounts-inbox-existing = إن كان لديك حساب بهذا العنوان من قبل، فالرسالة تشرح لك كيف تسجّل الدخول.
accounts-inbox-nothing = لم يصلك شيء بعد بضع دقائق؟ تفقّد مجلد الرسائل غير المرغوب فيها أو العروض الترويجية. وإن كان العنوان أعلاه خاطئًا،
accounts-inbox-start-again = فابدأ من جديد
accounts-back-home = العودة إلى الصفحة الرئيسية

## تأكيد العنوان
accounts-confirm-title = أكّد عنوان بريدك الإلكتروني
accounts-confirm-eyebrow = بقيت خطوة واحدة
accounts-confirm-lead = أرسلنا رابطًا إلى { $email }. افتحه لتؤكد أن العنوان لك؛ بعدها يصبح الموقع كله متاحًا لك.
accounts-confirm-note = حتى ذلك الحين نُبقي حسابك مغلقًا، لأن أي شخص يستطيع كتابة عنوان ليس له. لم يصلك شيء بعد بضع دقائق؟ تفقّد مجلد الرسائل غير المرغوب فيها أو العروض الترويجية، أو اطلب رابطًا جديدًا.
accounts-confirm-wrong = العنوان خاطئ؟ سجّل الخروج ثم
accounts-confirm-again = أنشئ الحساب من جديد
accounts-confirm-wrong-end = { " " }بالعنوان الصحيح.

## تم تأكيد العنوان
accounts-confirmed-title = تم تأكيد العنوان
accounts-confirmed-eyebrow = تم
accounts-confirmed-heading = تم تأكيد عنوانك
accounts-confirmed-lead = شكرًا لك. أصبح { $email } مؤكَّدًا لحسابك في بازار ODOP.
accounts-confirmed-next = الخطوة التالية: استفسارك الموجّه إلى { $producer } بشأن “{ $product }”.
accounts-confirmed-write = اكتب استفسارك
accounts-confirmed-continue = متابعة
accounts-confirmed-sign-in-write = سجّل الدخول لتكتب استفسارك

## نسيان كلمة المرور
accounts-forgot-title = أعد تعيين كلمة المرور
accounts-forgot-lead = أدخل العنوان الذي سجّلت به. سنرسل إليك رابطًا لاختيار كلمة مرور جديدة.
accounts-forgot-hint = يعمل الرابط مدة ساعة واحدة.
accounts-forgot-remembered = تذكّرتها؟
accounts-reset-sent = إن كان هناك حساب بالعنوان { $email }، فقد أرسلنا رابطًا صالحًا مدة ساعة واحدة. افتحه لتختار كلمة مرور جديدة.
accounts-reset-sent-nothing = لم يصلك شيء بعد بضع دقائق؟ تفقّد مجلد الرسائل غير المرغوب فيها، أو
accounts-reset-sent-other = جرّب عنوانًا آخر

## رابط منتهي الصلاحية
accounts-expired-title = انتهت صلاحية هذا الرابط
accounts-expired-kind = { $kind ->
    [reset] رابط كلمة المرور
   *[verify] رابط التأكيد
}
accounts-expired-lead = انتهت مهلة الرابط أو سبق استخدامه. كل رابط يعمل مرة واحدة فقط، ولمدة محدودة.
accounts-expired-reset = اطلب رابطًا جديدًا واستخدم أحدث رسالة نرسلها إليك.
accounts-expired-ask = اطلب رابطًا جديدًا
accounts-expired-verify-signed-in = إن كنت قد أكّدت عنوانك من قبل، فلا شيء آخر عليك فعله. وإلا فاطلب رابطًا جديدًا من لوحة التحكم.
accounts-expired-verify = إن كنت قد أكّدت عنوانك من قبل، فلا شيء آخر عليك فعله. وإلا فسجّل الدخول واطلب رابطًا جديدًا من لوحة التحكم.

## تسجيل الدخول
accounts-login-lead-enquiry = سجّل الدخول، أو أنشئ حساب مشترٍ مجانيًا، لترسل استفسارك إلى { $producer } بشأن “{ $product }”. نعيدك إليه مباشرة.
accounts-login-forgotten = نسيت كلمة المرور؟
accounts-login-new = جديد في بازار ODOP؟
accounts-login-create-buyer = أنشئ حساب مشترٍ مجانيًا
accounts-login-create = أنشئ حسابًا
accounts-code-title = رمز تسجيل الدخول
accounts-code-eyebrow = تسجيل الدخول، الخطوة 2 من 2
accounts-code-label = الرمز من تطبيق المصادقة
    .hint = ستة أرقام؛ رمز جديد كل 30 ثانية. فقدت هاتفك؟ اكتب أحد رموز الاسترداد بدلًا منه.
accounts-code-not-you = لست أنت، أو ليس معك رمز؟
accounts-code-start-again = ابدأ من جديد

## اختيار كلمة مرور جديدة
accounts-reset-title = اختر كلمة مرور
accounts-reset-lead = ستستخدمها مع عنوان بريدك الإلكتروني لتسجيل الدخول. سيُسجَّل خروج أي أجهزة أخرى مسجّلة الدخول إلى حسابك.
accounts-reset-save = احفظ كلمة المرور

## تسجيل الدخول بخطوتين
accounts-two-factor-lead = بعد كلمة المرور، يطلب تسجيل الدخول أيضًا رمزًا من ستة أرقام من تطبيق على هاتفك (Google Authenticator أو Microsoft Authenticator أو Aegis أو 2FAS وغيرها). ومن يعرف كلمة مرورك لا يستطيع الدخول مع ذلك.
accounts-two-factor-old-session = سجّل هذا المتصفح الدخول قبل أن يصبح التحقق بخطوتين مطلوبًا.
accounts-two-factor-sign-in-again = سجّل الدخول مرة أخرى
accounts-two-factor-old-session-end = برمزك لتتابع.
accounts-two-factor-on = مفعّل
accounts-two-factor-off = غير مفعّل
accounts-two-factor-codes-left = { $count ->
    [zero] لم يبقَ لديك أي رمز استرداد غير مستخدم
    [one] لديك رمز استرداد واحد غير مستخدم
    [two] لديك رمزا استرداد غير مستخدمين
    [few] لديك { $count } رموز استرداد غير مستخدمة
   *[other] لديك { $count } رمز استرداد غير مستخدم
}. كل رمز يعمل مرة واحدة إن فقدت هاتفك.
accounts-two-factor-new-codes = أنشئ رموز استرداد جديدة
accounts-two-factor-turn-off = أوقف تسجيل الدخول بخطوتين
accounts-two-factor-must-keep = يجب على المسؤولين والمنظِّمين إبقاؤه مفعّلًا.
accounts-two-factor-must-turn-on = يجب على المسؤولين والمنظِّمين تسجيل الدخول بخطوتين. فعّله لتتابع.
accounts-two-factor-how = يستغرق دقيقة: امسح رمز QR بالتطبيق، واكتب الرمز الذي يعرضه، واحفظ رموز الاسترداد التي نعطيك إياها في مكان آمن.
accounts-two-factor-turn-on = فعّل تسجيل الدخول بخطوتين
accounts-enrol-heading = امسح هذا الرمز بتطبيقك
accounts-enrol-step-scan = افتح تطبيق المصادقة وأضف حسابًا (غالبًا بزر “+”)، ثم امسح الرمز.
accounts-enrol-cannot-scan = لا يمكنك المسح؟ اكتب هذا المفتاح في التطبيق بدلًا من ذلك:
accounts-enrol-step-type = اكتب الأرقام الستة التي يعرضها التطبيق لبازار ODOP.
accounts-enrol-submit = فعّله
accounts-recovery-title = رموز الاسترداد
accounts-recovery-eyebrow = تسجيل الدخول بخطوتين مفعّل
accounts-recovery-heading = احفظ رموز الاسترداد هذه في مكان آمن
accounts-recovery-lead = إن فقدت هاتفك، فكل رمز يتيح لك تسجيل الدخول مرة واحدة بدلًا من رمز التطبيق. هذه هي المرة الوحيدة التي تُعرض فيها: اطبعها أو دوّنها، واحفظها بعيدًا عن هاتفك.
accounts-recovery-kept = حفظتها

## صفحة الحساب
accounts-settings = إعدادات الحساب
accounts-status = الحالة
accounts-confirmed = مؤكَّد
accounts-not-confirmed = لم يُؤكَّد بعد
accounts-type = نوع الحساب
# $role دور الحساب كما هو محفوظ.
accounts-role = { $role ->
    [producer] منتِج
    [buyer] مشترٍ
    [organiser] منظِّم
   *[admin] مسؤول
}
accounts-unconfirmed-callout = لم يُؤكَّد عنوانك بعد. افتح الرابط الذي أرسلناه إليك بالبريد، أو اطلب رابطًا جديدًا.
accounts-name-title = اسمك
accounts-name = الاسم
    .hint = يظهر لمن تتعامل معهم في بازار ODOP.
accounts-name-save = احفظ الاسم
accounts-language-title = اللغة
accounts-language = لغة الموقع ورسائلك
    .hint = تُكتب بها الصفحات والرسائل أينما سجّلت الدخول.
accounts-language-save = احفظ اللغة
accounts-password-lead = تغييرها يسجّل خروجك من كل الأجهزة الأخرى.
accounts-current-password = كلمة المرور الحالية
accounts-password-change = غيّر كلمة المرور
accounts-email-lead = نرسل رابطًا إلى العنوان الجديد. لا يتغير عنوانك إلا عندما تفتحه؛ وحتى ذلك الحين تسجّل الدخول بالعنوان { $email }.
accounts-new-email = عنوان البريد الإلكتروني الجديد
accounts-your-password = كلمة مرورك
    .hint = لنتأكد أنك أنت.
accounts-two-factor-about = رمز من تطبيق على هاتفك بعد كلمة المرور، حتى لا تكفي كلمة مرور مسروقة وحدها.
accounts-two-factor-manage = مفعّل: أدِره
accounts-two-factor-start = فعّله
accounts-sessions-title = أين سجّلت الدخول
accounts-sessions-lead = كل متصفح سجّلت الدخول منه. إن لم تتعرّف على أحدها، فسجّل خروجه وغيّر كلمة مرورك.
accounts-sessions-list = أجهزتك المسجّلة الدخول
accounts-session-this = هذا الجهاز
accounts-session-when = سجّل الدخول { $signed_in } · آخر نشاط { $last_seen }
accounts-session-network = الشبكة { $network }
accounts-session-sign-out = تسجيل الخروج
accounts-sessions-end-others = سجّل الخروج من كل مكان آخر
accounts-api-title = الوصول عبر API
# جملة حول عنوان الـ API الذي تضعه الصفحة رمزًا برمجيًا بين الجزأين.
accounts-api-lead = يمكن لبرامجك الخاصة (جدول مخزون، أو برنامج متجرك) أن تعمل مع واجهة JSON API للموقع على العنوان
accounts-api-lead-end = . أعطِ كل برنامج رمز وصول خاصًا به؛ فالرمز يتصرف باسمك حتى تلغيه.
accounts-api-new-token = رمز الوصول الجديد “{ $name }”.
accounts-api-copy-now = انسخه الآن: لن يُعرض إلا هذه المرة.
accounts-api-header = ترسله البرامج مع كل طلب، في الترويسة:
accounts-api-tokens = رموز الوصول إلى API
accounts-api-made = أُنشئ { $created }
accounts-api-last-used = آخر استخدام { $last_used }
accounts-api-never-used = لم يُستخدم قط
accounts-api-revoked = أُلغي { $revoked }
accounts-api-revoke = ألغِ
accounts-api-token-name = اسم رمز وصول جديد
    .hint = ما الذي سيستخدمه، مثل مزامنة المخزون.
accounts-api-create = أنشئ رمز وصول

## إشعارات بعد التغيير (تظهر في الصفحة التالية)
accounts-notice-link-resent = أرسلنا رابط تأكيد جديدًا إلى { $email }.
accounts-notice-password-reset = تغيّرت كلمة مرورك. سجّل الدخول بالكلمة الجديدة.
accounts-notice-name-saved = حُفظ اسمك.
accounts-notice-language-saved = أصبح الموقع ورسائلك بالعربية.
accounts-notice-password-changed = تغيّرت كلمة مرورك. سُجّل الخروج من الأجهزة الأخرى.
accounts-notice-email-link = أرسلنا رابطًا إلى { $email }. يتغير عنوانك عندما تفتحه.
accounts-notice-token-revoked = أُلغي رمز الوصول “{ $name }”: ستُرفض البرامج التي تستخدمه من الآن فصاعدًا.
accounts-notice-device-out = سُجّل خروج ذلك الجهاز.
accounts-notice-device-was-out = كان ذلك الجهاز قد سجّل الخروج من قبل.
accounts-notice-others-out = { $count ->
    [0] لم يكن أي جهاز آخر مسجّل الدخول.
    [zero] لم يكن أي جهاز آخر مسجّل الدخول.
    [one] سُجّل خروج جهاز آخر واحد.
    [two] سُجّل خروج جهازين آخرين.
    [few] سُجّل خروج { $count } أجهزة أخرى.
   *[other] سُجّل خروج { $count } جهازًا آخر.
}
accounts-notice-too-slow = استغرق ذلك وقتًا طويلًا، فسجّل الدخول مرة أخرى من فضلك.
accounts-notice-two-factor-off = أُوقف تسجيل الدخول بخطوتين. أصبح تسجيل الدخول يطلب كلمة مرورك فقط.
accounts-email-taken-meanwhile = بدأ حساب آخر باستخدام ذلك العنوان في هذه الأثناء، لذلك لم يتغير عنوانك.
accounts-language-choose = اختر إحدى اللغات في القائمة.
