# الصفحة التي تظهر أثناء إعداد كتالوج قابل للطباعة (PDF).
print-preparing-title = جارٍ إعداد الكتالوج “{ $title }”
print-preparing-description = يجري إعداد كتالوج PDF القابل للطباعة “{ $title }”.
print-preparing-eyebrow = كتالوج قابل للطباعة (PDF)
print-preparing-heading = يجري إعداد الكتالوج “{ $title }”
print-preparing-lead = { $products ->
    [zero] لا يضم أي منتج
    [one] يضم منتجًا واحدًا
    [two] يضم منتجين
    [few] يضم { $products } منتجات
   *[other] يضم { $products } منتجًا
}، ويستغرق إعداده من بضع ثوانٍ إلى دقيقة. تُعاد تحميل هذه الصفحة تلقائيًا ويُفتح ملف PDF عندما يجهز.
print-preparing-try-again = حاول مرة أخرى الآن
print-preparing-back = العودة إلى { $title }
