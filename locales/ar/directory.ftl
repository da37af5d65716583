# الدليل: الصفحة الرئيسية والولايات والمقاطعات والقطاعات وسجل المؤشرات الجغرافية و"عن البيانات".
directory-breadcrumb = مسار التنقل
directory-home = الرئيسية
directory-sectors = القطاعات
directory-sector = القطاع
directory-sector-name = { $sector ->
    [agriculture] الزراعة
    [food-processing] تصنيع الأغذية
    [handicraft] الحِرف اليدوية
    [handloom] النسيج اليدوي
    [textile] المنسوجات
    [manufacturing] الصناعة
    [marine] المنتجات البحرية
    [dairy] الألبان
   *[others] منتجات أخرى
}
    .summary = { $sector ->
        [agriculture] توابل وفواكه وحبوب وشاي وقهوة ومحاصيل أخرى تشتهر بها تربة مقاطعتها ومناخها.
        [food-processing] مخللات وحلويات ووجبات خفيفة وزيوت وأغذية محفوظة مصنوعة من المحاصيل المحلية.
        [handicraft] أعمال معدنية وفخار وخشب وألعاب وحجر وورنيش من تجمعات الحرفيين.
        [handloom] ساري وشالات وأقمشة منسوجة يدويًا على أنوال تقليدية.
        [textile] منسوجات مطبوعة ومصبوغة ومطرزة، وملابس ومنتجات نسيجية جاهزة.
        [manufacturing] الجلود والأدوات الرياضية والأقفال والمصنوعات النحاسية والعدد والهندسة الخفيفة.
        [marine] أسماك وروبيان وأعشاب بحرية ومنتجات بحرية أخرى من المقاطعات الساحلية.
        [dairy] منتجات الحليب والسمن والبانير وحلويات الألبان التقليدية.
       *[others] خدمات ومعادن ومنتجات لا تنتمي إلى قطاع واحد.
    }
directory-odop-rank = { $category ->
    [Primary] أساسي
    [Secondary] ثانوي
    [Tertiary] ثالثي
    [Others] أخرى
   *[other] { $category }
}
directory-state-kind = { $kind ->
    [state] ولاية
   *[union-territory] إقليم اتحادي
}
directory-union-territories = الأقاليم الاتحادية
directory-india = الهند
directory-stat-states-uts = الولايات والأقاليم الاتحادية
directory-stat-districts = المقاطعات
directory-stat-odop-products = منتجات ODOP
directory-stat-gis = المؤشرات الجغرافية المسجلة
directory-products-word = { $count ->
    [one] منتج
    [two] منتجان
    [few] منتجات
   *[other] منتجًا
}
directory-products-from = منتجات من { $place }
directory-browse-by-state = تصفح حسب الولاية
directory-browse-by-sector = تصفح حسب القطاع
directory-jump-to = انتقل إلى
directory-jump-to-state = انتقل إلى ولاية
directory-no-gi = لا يوجد مؤشر جغرافي مسجل لولاية { $state } حتى الآن.
directory-catalogue-pdf = تنزيل الكتالوج (PDF)

directory-home-title = بازار ODOP: منتجات مقاطعات الهند للمشترين حول العالم
directory-home-feed = معارض جديدة على بازار ODOP
directory-home-eyebrow = مقاطعة واحدة، منتج واحد · دليل تجاري
directory-home-heading = لكل مقاطعة في الهند منتج تشتهر به. اعثر عليه في مصدره.
directory-home-lead = بازار ODOP دليل تجاري تعرض فيه مقاطعات الهند منتجاتها المميزة على المشترين حول العالم. يعرض المنتجون ما يصنعون، ويجدهم المستوردون ومديرو التوريد ومشترو الهدايا حسب المكان أو القطاع أو المؤشر الجغرافي، ويرسلون استفساراتهم مباشرة.
directory-home-see-gi = اطّلع على سجل المؤشرات الجغرافية
directory-home-numbers = الدليل بالأرقام
directory-home-gi-note = { $tagged } من أصل { $count } من منتجات ODOP تحمل بنفسها مؤشرًا جغرافيًا. الأرقام مأخوذة مباشرة من القوائم الرسمية.
directory-home-figures-link = عن البيانات
directory-home-all-showcases = كل المعارض
directory-home-newest = أحدث المنتجات

directory-states-title = الولايات والأقاليم الاتحادية
directory-states-description = كل ولايات الهند وأقاليمها الاتحادية ({ $count }) بمقاطعاتها ومنتجات «مقاطعة واحدة، منتج واحد» ومؤشراتها الجغرافية المسجلة.
directory-states-lead = ولايات الهند ({ $states }) وأقاليمها الاتحادية ({ $uts })، وتضم معًا { $districts } مقاطعة. تذكر قائمة «مقاطعة واحدة، منتج واحد» { $products } منتجًا في هذه المقاطعات. اختر ولاية لترى منتجات كل مقاطعة فيها.
directory-states-glance = الكل ({ $count }) في لمحة
directory-states-state-or-ut = الولاية أو الإقليم الاتحادي
directory-states-gi-note = المؤشرات الجغرافية: المؤشرات الجغرافية المسجلة. يُحسب المؤشر المشترك بين عدة ولايات مرة لكل ولاية، لذا لا يساوي مجموع هذا العمود إجمالي السجل.
directory-states-chart = منتجات ODOP لكل ولاية
directory-states-chart-caption = عدد المنتجات التي تذكرها قائمة ODOP لكل ولاية أو إقليم اتحادي، الأكثر أولًا.

directory-state-title = { $state }: المقاطعات ومنتجات ODOP
directory-state-description = مقاطعات { $state }، ومنتجات «مقاطعة واحدة، منتج واحد» التي تشتهر بها كل منها، والمؤشرات الجغرافية المسجلة للولاية.
directory-state-lead-all = تذكر قائمة «مقاطعة واحدة، منتج واحد» { $count ->
    [one] منتجًا واحدًا
    [two] منتجين
    [few] { $count } منتجات
   *[other] { $count } منتجًا
} { $districts ->
    [one] لمقاطعة { $state } الوحيدة
   *[other] لكل مقاطعات { $state } ({ $districts })
}.
directory-state-lead-some = تذكر قائمة «مقاطعة واحدة، منتج واحد» { $count ->
    [one] منتجًا واحدًا
    [two] منتجين
    [few] { $count } منتجات
   *[other] { $count } منتجًا
} لـ { $districts } من أصل { $all } مقاطعة في { $state }.
directory-state-lead-gi = { $count ->
    [one] واحد منها يحمل مؤشرًا جغرافيًا.
    [two] اثنان منها يحملان مؤشرًا جغرافيًا.
   *[other] { $count } منها تحمل مؤشرًا جغرافيًا.
}
directory-state-districts = المقاطعات ومنتجاتها
directory-subdistrict-count = { $count ->
    [one] قضاء واحد
    [two] قضاءان
    [few] { $count } أقضية
   *[other] { $count } قضاءً
}
directory-village-count = { $count ->
    [one] قرية واحدة
    [two] قريتان
    [few] { $count } قرى
   *[other] { $count } قرية
}
directory-state-no-product = لا يوجد منتج ODOP مدرج حتى الآن.
directory-state-gis = المؤشرات الجغرافية المسجلة في { $state }
directory-state-gis-note = يسجل سجل المؤشرات الجغرافية الولاية التي ينتمي إليها كل مؤشر، لا المقاطعة، لذا تُدرج هذه المؤشرات لولاية { $state } كلها.
directory-state-gis-link = السجل الكامل يصنّف كل المؤشرات الجغرافية حسب الولاية.

directory-district-title = { $district }، { $state }: منتجات ODOP
directory-district-description = تشتهر مقاطعة { $district } في { $state } بـ: { $products }.
directory-district-description-empty = مقاطعة { $district } في { $state } على بازار ODOP.
directory-district-of = مقاطعة في { $state }
directory-district-known-for = تشتهر بـ: { $products }، { $count ->
    [one] المنتج الذي تذكره
   *[other] المنتجات التي تذكرها
} قائمة «مقاطعة واحدة، منتج واحد» لهذه المقاطعة.
directory-district-no-product = لا تذكر قائمة «مقاطعة واحدة، منتج واحد» أي منتج لمقاطعة { $district } حتى الآن. كثيرًا ما لا تكون المقاطعات المستحدثة في القائمة بعد؛ وقد تشمل منتجات المقاطعات المجاورة في { $state }، أدناه، حِرف هذه المقاطعة ومحاصيلها.
directory-lgd-code = رمز LGD
directory-census-code = رمز تعداد 2011
directory-subdistricts = الأقضية
directory-villages = القرى
directory-district-odop = منتجات ODOP في { $district }
directory-odop-category = فئة ODOP
directory-ministry = الوزارة أو الإدارة
directory-listed-as = مدرج باسم «{ $name }» في قائمة ODOP.
directory-district-gis = المؤشرات الجغرافية المسجلة في { $state }
directory-district-gis-note = يذكر سجل المؤشرات الجغرافية الولايات لا المقاطعات، لذا تنتمي هذه المؤشرات ({ $count }) إلى { $state } كلها.
directory-district-gis-note-tagged = يذكر سجل المؤشرات الجغرافية الولايات لا المقاطعات، لذا تنتمي هذه المؤشرات ({ $count }) إلى { $state } كلها؛ والمنتجات المعلَّمة أعلاه بالمؤشر الجغرافي هي التي تربطها قائمة ODOP بمقاطعة { $district }.
directory-other-districts = مقاطعات أخرى في { $state }

directory-sector-title = { $sector }: منتجات ODOP حسب المقاطعة
directory-sector-description = { $count } من منتجات «مقاطعة واحدة، منتج واحد»، مصنفة حسب الولاية.
directory-sector-products = منتجات قطاع { $sector }
directory-sector-empty = لا تذكر قائمة ODOP أي منتج في هذا القطاع حتى الآن.

directory-gi-title = سجل المؤشرات الجغرافية
directory-gi-description = المؤشرات الجغرافية المسجلة في الهند، مصنفة حسب الولاية، مع فئة السلع.
directory-gi-lead = يحمي المؤشر الجغرافي (GI) منتجًا تأتي خصائصه من مكان منشئه: شاي دارجيلنغ، وديباج بنارس وساريها، وألعاب تشانابَتنا.
directory-gi-lead-all = يضم سجل المؤشرات الجغرافية { $all } مؤشرًا؛ وهي معروضة هنا حسب الولاية التي تملكها.
directory-gi-lead-category = يضم سجل المؤشرات الجغرافية { $all } مؤشرًا؛ منها { $count } في فئة «{ $category }»، معروضة هنا حسب الولاية.
directory-gi-lead-shared = المؤشر المشترك بين عدة ولايات مدرج تحت كل منها.
directory-gi-goods-category = فئة السلع
directory-gi-all = الكل
directory-gi-abroad = مسجلة من الخارج
directory-gi-abroad-note = مؤشرات جغرافية أجنبية محمية في الهند، مع بلد المنشأ.
directory-gi-none = لا يوجد مؤشر جغرافي مسجل في هذه الفئة.

directory-data-title = عن البيانات
directory-data-description = من أين تأتي بيانات دليل بازار ODOP: قائمة «مقاطعة واحدة، منتج واحد» من DPIIT، ودليل الحكم المحلي، وسجل المؤشرات الجغرافية، والنظام المنسق لمنظمة الجمارك العالمية، مع التراخيص والملاحظات المعروفة.
directory-data-lead = الدليل مبني على قوائم رسمية عامة. تذكر هذه الصفحة ماهية كل قائمة، ومن أين أتت نسختنا، وبأي ترخيص نستخدمها، وكم صفًا حمّل الموقع منها، والملاحظات التي تستحق المعرفة عند قراءة الصفحات.
directory-data-credits = شكر وتقدير
directory-data-credit-odop = مقاطعة واحدة، منتج واحد، DPIIT، حكومة الهند
directory-data-credit-lgd = دليل الحكم المحلي، وزارة البانشايات
directory-data-credit-gi = سجل المؤشرات الجغرافية، حكومة الهند
directory-data-credit-datasets = النظام المنسق 2022 لمنظمة الجمارك العالمية عبر UN Comtrade، ورموز الدول ISO 3166 ورموز العملات ISO 4217 من مجموعة
directory-data-credit-hsn = قائمة HSN لضريبة السلع والخدمات في الهند، بيانات عامة لحكومة الهند
directory-data-licence-godl = ترخيص البيانات الحكومية المفتوحة – الهند
directory-data-licence-odc = إهداء وترخيص الملكية العامة ODC
directory-data-licence-goi = بيانات عامة لحكومة الهند
directory-data-licence-gi = سجل عام لحكومة الهند
directory-data-sets = مجموعات البيانات
directory-data-rows = الصفوف المحمّلة
directory-data-source = المصدر
directory-data-licence = الترخيص
directory-data-attribution = الإسناد
directory-data-file = الملف
directory-data-codes = { $count ->
    [one] رمز واحد
    [two] رمزان
    [few] { $count } رموز
   *[other] { $count } رمزًا
}
directory-data-odop = قائمة «مقاطعة واحدة، منتج واحد»
directory-data-odop-about = القائمة المركزية للمنتجات التي تشتهر بها كل مقاطعة، الإصدار 31 بتاريخ 7 يوليو 2025: الولاية والمقاطعة والمنتج والفئة (أساسي أو ثانوي أو ثالثي أو أخرى) والقطاع وحالة المؤشر الجغرافي والوزارة أو الإدارة ووصف.
directory-data-odop-rows = { $count ->
    [one] منتج واحد
    [two] منتجان
    [few] { $count } منتجات
   *[other] { $count } منتجًا
}
directory-data-odop-source = جدول ODOP الرئيسي لحكومة الهند (DPIIT / Invest India)، كما أُعيد نشره في مستودع GitHub العام
directory-data-odop-checked = وقد فُحص كل صف مقابل قائمة مقاطعات LGD
directory-data-lgd = الولايات والأقاليم الاتحادية والمقاطعات
directory-data-lgd-about = كل مقاطعة برمز LGD وولايتها ورموز تعدادي 2001 و2011 وعدد أقضيتها وقراها؛ وكل ولاية وإقليم اتحادي برمزي LGD والتعداد ورمز ISO 3166-2:IN.
directory-data-lgd-rows = { $states } ولاية وإقليمًا اتحاديًا، و{ $districts } مقاطعة
directory-data-lgd-source = دليل الحكم المحلي (وزارة البانشايات): قائمة المقاطعات لشهر ديسمبر 2022
directory-data-lgd-source-merged = مدمجة مع المقاطعات المستخرجة من تصدير القرى لشهر مايو 2026
directory-data-lgd-source-iso = رموز ISO 3166-2:IN
directory-data-gi = سجل المؤشرات الجغرافية
directory-data-gi-about = كل مؤشر جغرافي مسجل باسمه وفئة سلعه (حِرف يدوية، منتجات زراعية، منتجات مصنَّعة، مواد غذائية، سلع طبيعية) والولايات التي ينتمي إليها وما إذا كان من الهند أو من الخارج. وُحِّدت الفئات وأسماء الولايات.
directory-data-gi-rows = { $count } GI
directory-data-gi-source = سجل IP India «تفاصيل المؤشرات الجغرافية المسجلة لطلبات المؤشرات الجغرافية في الهند»، كما استُخرج في
directory-data-hs = النظام المنسق 2022
directory-data-hs-about = تصنيف منظمة الجمارك العالمية للمنتجات على مستوى 2 و4 و6 أرقام مع روابطه الأصلية، وأقسامه الـ21 (I–XXI): الرموز التي تستخدمها الجمارك في كل العالم.
directory-data-hs-source = من UN Comtrade
directory-data-hsn = رموز HSN الهندية لضريبة السلع والخدمات
directory-data-hsn-about = قائمة HSN الهندية حتى 8 أرقام: الرموز التي يكتبها المصدّرون الهنود على فواتيرهم.
directory-data-hsn-source = قائمة HSN الرئيسية في بوابة ضريبة السلع والخدمات، كما أُعيد نشرها في
directory-data-countries = الدول
directory-data-countries-about = دول ISO 3166-1 برموزها الثنائية والثلاثية والرقمية وأسمائها ومنطقتها وعملتها ورمز الاتصال الدولي.
directory-data-countries-rows = { $count } دولة وإقليمًا
directory-data-currencies = العملات
directory-data-currencies-about = عملات ISO 4217 برمزها ورمزها الرقمي ووحدتها الفرعية. يذكر المصدر كل عملة مرة لكل دولة تستخدمها، والعملات الملغاة أيضًا؛ ويحتفظ الموقع بكل عملة متداولة مرة واحدة.
directory-data-currencies-rows = { $count ->
    [one] عملة واحدة
    [two] عملتان
    [few] { $count } عملات
   *[other] { $count } عملة
}
directory-data-quirks = ملاحظات معروفة
directory-quirk-names = الأسماء السابقة للمقاطعات.
    .text = تكتب قائمة ODOP أحيانًا اسم المقاطعة بالطريقة القديمة أو تستخدم اسمًا سابقًا (23 صفًا). تُدرج المنتجات تحت الاسم الحالي للمقاطعة في دليل الحكم المحلي، ويذكر المنتج «مدرج باسم … في قائمة ODOP» حيث تختلف الكتابة.
directory-quirk-codes = رموز مقاطعات مصححة.
    .text = تحمل 15 صفًا من قائمة ODOP (10 مقاطعات) رمز مقاطعة LGD خاطئًا في المصدر؛ ويستخدم الموقع الرمز الذي وُجد بفحص كل صف مقابل دليل الحكم المحلي، لا اسم المقاطعة وحده أبدًا.
directory-quirk-gi = المؤشرات الجغرافية تنتمي إلى الولايات لا المقاطعات.
    .text = يذكر سجل المؤشرات الجغرافية ولايات المؤشر دون المقاطعة. لذا تعرض صفحة المقاطعة مؤشرات ولايتها، ولا تصف منتجًا بأنه «يحمل مؤشرًا جغرافيًا» إلا حين تقول قائمة ODOP ذلك.
directory-quirk-empty = مقاطعات بلا منتج.
    .text = بعض المقاطعات المستحدثة ليست في قائمة ODOP بعد؛ وصفحاتها تذكر ذلك.
directory-quirk-products = ليس كل «منتج» منتجًا.
    .text = بعض مدخلات ODOP قطاعات أو خدمات («تصنيع الأغذية»، «السياحة»). وروابط الصور في القائمة تشير إلى خدمة لمشاركة الملفات، لذا لا يعرضها الموقع.
directory-quirk-hs99 = استبعاد الفصل 99 من HS.
    .text = الفصل 99 في UN Comtrade («سلع غير محددة حسب النوع») وصف المجموع الكلي ليسا جزءًا من النظام المنسق، لذا ليسا ضمن رموز HS.
directory-quirk-hsn = رموز HSN قديمة.
    .text = 1,769 رمزًا في قائمة HSN تأتي من إصدارات أقدم من HS. يفحص الموقع رمز HS مقابل HS 2022 على مستوى 6 أرقام ويقبل الامتداد الهندي ذا الأرقام الثمانية.
