# صفحات مرجع الـ API (/api). ملخصات العمليات وأوصافها وأسماء الأنواع تأتي من وثيقة OpenAPI
# وتبقى بالإنجليزية كما يوثّقها الـ API نفسه.
api-reference = مرجع API
api-description = واجهة JSON API لبازار ODOP، الإصدار { $version }: كل عملية مع معاملاتها وحقول الطلب والاستجابات، من وثيقة OpenAPI الخاصة بالموقع.
api-version = الإصدار { $version }
api-same-as = الوصف نفسه متاح في صورة
api-openapi-link = وثيقة OpenAPI 3.1
api-operation-count = ({ $count } عملية)، لمولّدات العملاء وأدوات API.
api-make-token = أنشئ رمز وصول من قسم “الوصول عبر API” في
api-account-link = صفحة حسابك
api-make-token-end = .
api-operations = العمليات
api-types = الأنواع
api-types-made-of = التي تتكوّن منها أجسام الطلبات والاستجابات.
api-group-description = عمليات { $tag } في واجهة JSON API لبازار ODOP، الإصدار { $version }: المعاملات وحقول الطلب والاستجابات.
api-groups = مجموعات العمليات
api-token-required = يلزم رمز وصول API.
api-token-optional = رمز وصول API اختياري:
api-token-optional-more = من يملك رمزًا قد يرى أكثر.
api-token-none = متاحة للجميع، دون حاجة إلى رمز.
api-parameters = المعاملات
api-name = الاسم
api-in = الموضع
api-type = النوع
api-description-col = الوصف
api-required = مطلوب
api-request-body = جسم الطلب:
api-as = بصيغة
api-optional = ، اختياري
api-field = الحقل
api-responses = الاستجابات
api-status = الحالة
api-meaning = المعنى
api-body = الجسم
api-none = لا شيء
api-type-description = النوع { $name } في واجهة JSON API لبازار ODOP، الإصدار { $version }، حقلًا حقلًا.
api-one-of = واحد من:
api-fields-of = حقول { $name }. الحقل غير الموسوم بأنه مطلوب يجوز حذفه أو أن تكون قيمته
api-fields-of-end = .
api-types-description = الأنواع التي ترسلها واجهة JSON API لبازار ODOP، الإصدار { $version }، وتستقبلها.
api-types-lead = مكوّنات أجسام العمليات، كل منها في صفحته، حقلًا حقلًا.
api-values = { $count ->
    [zero] لا قيم.
    [one] قيمة واحدة.
    [two] واحدة من قيمتين.
    [few] واحدة من { $count } قيم.
   *[other] واحدة من { $count } قيمة.
}
api-fields = { $count ->
    [zero] لا حقول.
    [one] حقل واحد.
    [two] حقلان.
    [few] { $count } حقول.
   *[other] { $count } حقلًا.
}
