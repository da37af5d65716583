# الأسعار والكميات.
money-per-unit = { $price } { $unit ->
    [pieces] للقطعة
    [pairs] للزوج
    [sets] للطقم
    [dozens] للدزينة
    [kg] للكيلوغرام
    [tonnes] للطن
    [litres] للتر
    [metres] للمتر
    [square-metres] للمتر المربع
    [bags] للكيس
    [boxes] للصندوق
    [cartons] للكرتونة
   *[other] لكل { $name }
}
# وحدة الطلب بالكلمات لـ $count منها: يكتبها money-quantity بعد العدد، وتُطلب
# وحدها (قائمة الوحدات) مع $count يساوي 3، أي بصيغة الجمع.
money-unit = { $unit ->
    [pieces] { $count ->
        [few] قطع
       *[other] قطعة
    }
    [pairs] { $count ->
        [few] أزواج
       *[other] زوج
    }
    [sets] { $count ->
        [few] أطقم
       *[other] طقم
    }
    [dozens] { $count ->
        [few] دزينات
       *[other] دزينة
    }
    [kg] كغ
    [tonnes] { $count ->
        [few] أطنان
       *[other] طن
    }
    [litres] { $count ->
        [few] لترات
       *[other] لتر
    }
    [metres] { $count ->
        [few] أمتار
       *[other] متر
    }
    [square-metres] { $count ->
        [few] أمتار مربعة
       *[other] متر مربع
    }
    [bags] { $count ->
        [few] أكياس
       *[other] كيس
    }
    [boxes] { $count ->
        [few] صناديق
       *[other] صندوق
    }
    [cartons] { $count ->
        [few] كراتين
       *[other] كرتونة
    }
   *[other] { $name }
}
# The right-to-left mark first: a quantity is often put inside another message
# ("الحد الأدنى للطلب …"), where its number and unit, both isolated, would
# otherwise leave nothing to say which way it reads, and the unit came first.
money-quantity = { "\u200F" }{ $count } { money-unit }
