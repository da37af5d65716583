# أجزاء مشتركة بين كل النماذج.
forms-problems = { $count ->
    [zero] لا توجد مشكلات
    [one] توجد مشكلة
    [two] توجد مشكلتان
    [few] توجد { $count } مشكلات
   *[other] توجد { $count } مشكلة
}
forms-error = خطأ:
