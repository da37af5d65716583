# Suggestions under the header search box (static/js/suggest.js). The counts
# are read aloud as suggestions arrive; { $count } is filled in by the script,
# by the plural category of the number (Intl.PluralRules).
suggest-label = اقتراحات
suggest-count-zero = لا توجد اقتراحات
suggest-count-one = اقتراح واحد
suggest-count-two = اقتراحان
suggest-count-few = { $count } اقتراحات
suggest-count-many = { $count } اقتراحًا
suggest-count-other = { $count } اقتراح
suggest-kind-district = مقاطعة
suggest-kind-state = ولاية
suggest-kind-odop-product = منتج ODOP
suggest-kind-gi-product = منتج ذو مؤشر جغرافي
suggest-kind-product = منتج
