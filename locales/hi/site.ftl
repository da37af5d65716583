# सभी पृष्ठों का साझा ढाँचा: शीर्ष, मेनू और पाद।
site-name = ODOP बाज़ार
site-description = एक व्यापार निर्देशिका, जहाँ भारत के ज़िले अपने ख़ास ‘एक ज़िला एक उत्पाद’ सामान दुनिया भर के ख़रीदारों के सामने रखते हैं।
site-skip = सामग्री पर जाएँ
site-search-label = उत्पाद खोजें
    .placeholder = उत्पाद, शिल्प, ज़िले खोजें
site-search-button = खोजें
site-menu = मेनू
site-menu-close = मेनू बंद करें
site-unread-messages = { $count ->
    [one] अपठित संदेश
   *[other] अपठित संदेश
}
site-unread = अपठित
site-nav-main = मुख्य
site-nav-states = राज्य
site-nav-showcases = प्रदर्शनियाँ
site-nav-gi = GI रजिस्टर
site-nav-about = आँकड़ों के बारे में
site-nav-account = आपका खाता
site-nav-dashboard = डैशबोर्ड
site-nav-enquiries = पूछताछ
site-nav-admin = प्रशासन
site-account-settings = खाता सेटिंग
site-sign-out = साइन आउट
site-sign-in = साइन इन
site-join = जुड़ें
site-language = भाषा
site-footer-about = ODOP बाज़ार एक व्यापार निर्देशिका है, जहाँ भारत के ज़िले अपने ‘एक ज़िला एक उत्पाद’ सामान दुनिया भर के ख़रीदारों को दिखाते हैं: उत्पादक सूची बनाते हैं, ख़रीदार पूछताछ करते हैं।
site-footer-data = आँकड़े: DPIIT की ODOP सूची, LGD, GI रजिस्ट्री, WCO HS।
site-footer-data-link = आँकड़े और उनके लाइसेंस
site-footer-api = डेवलपरों के लिए API
