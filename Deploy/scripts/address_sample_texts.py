"""Names, streets and cities for Deploy/scripts/generate-address-sample.py: what a customer of each country might
type in the country's own script, where people there write one other than Latin. Written for Dropline from
public knowledge (real city and street names, common personal names); the zero-width joiner (U+200D) and
non-joiner (U+200C) appear inside words where the script uses them, never elsewhere.

A `Script` is one way of writing an address: people's names, street templates (`{n}` is a house number), cities,
and the digits its writers use in postal codes where they are not ASCII. `LOCAL_SCRIPTS` gives each country's own
scripts other than Latin (Deploy/scripts/address_sample_latin.py has the Latin ones).
"""

from dataclasses import dataclass

ZWJ, ZWNJ = "\u200d", "\u200c"


@dataclass(frozen=True)
class Script:
    name: str
    people: tuple
    streets: tuple
    cities: tuple = ()
    # The Unicode zero digit of the digits people of this script write in postal codes, or None for ASCII.
    digits: int | None = None


# MARK: - Local scripts

DEVANAGARI_IN = Script(
    "Devanagari",
    ("अनिरुद्ध कर्" + ZWJ + "हाडे", "लक्ष्" + ZWJ + "मी शर्मा", "प्रिया देशपांडे", "सुनील यादव", "राम प्रसाद गुप्ता"),
    ("{n}, महात्मा गांधी मार्ग", "{n}, नेहरू मार्ग", "शिवाजीनगर, {n}", "{n}, पुल्" + ZWNJ + "चोक रोड"),
    ("नई दिल्ली", "पुणे", "जयपुर", "लखनऊ", "वाराणसी", "भोपाल"),
    0x0966,
)
DEVANAGARI_NP = Script(
    "Devanagari",
    ("लक्ष्" + ZWJ + "मी श्रेष्" + ZWJ + "ठ", "राम बहादुर थापा", "सीता कुमारी राई", "हरि प्रसाद अधिकारी"),
    ("पुल्" + ZWNJ + "चोक, {n}", "न्यू रोड {n}", "{n} दरबार मार्ग", "लाजिम्पाट {n}"),
    ("काठमाडौं", "ललितपुर", "भक्तपुर", "पोखरा", "विराटनगर"),
    0x0966,
)
BENGALI = Script(
    "Bengali",
    ("মোহাম্মদ রহিম", "ফাতেমা খাতুন", "সুমাইয়া আক্তার", "অনুপম চক্রবর্তী"),
    ("{n} র" + ZWJ + "্যাংকিন স্ট্রিট", "{n} মিরপুর রোড", "বাড়ি {n}, সাত মসজিদ সড়ক", "{n} পার্ক স্ট্রিট"),
    ("ঢাকা", "চট্টগ্রাম", "খুলনা", "রাজশাহী", "সিলেট"),
    0x09E6,
)
BENGALI_IN = Script(
    "Bengali",
    BENGALI.people,
    ("{n} পার্ক স্ট্রিট", "{n} র" + ZWJ + "্যাশবিহারী অ্যাভিনিউ"),
    ("কলকাতা", "হাওড়া"),
    0x09E6,
)
# The older chillu spelling (consonant, virama, ZWJ), at the end of a word too, as many people still type it.
MALAYALAM = Script(
    "Malayalam",
    ("ജോസഫ് വര്" + ZWJ + "ഗീസ്", "അനില്" + ZWJ + " കുമാര്" + ZWJ, "ലക്ഷ്മി നായര്" + ZWJ, "മുഹമ്മദ് ബഷീർ"),
    ("സ്റ്റേഷന്" + ZWJ + " റോഡ് {n}", "ഗാന്ധി നഗര്" + ZWJ + ", {n}", "{n}, എം. ജി. റോഡ്"),
    ("കൊച്ചി", "തിരുവനന്തപുരം", "കോഴിക്കോട്"),
)
TAMIL_IN = Script(
    "Tamil",
    ("முருகன் செல்வம்", "லட்சுமி ராமன்"),
    ("{n}, அண்ணா சாலை", "{n}, காமராஜர் சாலை"),
    ("சென்னை", "மதுரை", "கோயம்புத்தூர்"),
)
KANNADA = Script("Kannada", ("ರಾಮಕೃಷ್ಣ ಹೆಗಡೆ", "ಅನಿತಾ ರಾವ್"), ("{n}, ಎಂ. ಜಿ. ರಸ್ತೆ",), ("ಬೆಂಗಳೂರು", "ಮೈಸೂರು"))
TELUGU = Script("Telugu", ("వెంకట రమణ", "సీత లక్ష్మి"), ("{n}, అబిడ్స్ రోడ్",), ("హైదరాబాద్", "విజయవాడ"))
GUJARATI = Script("Gujarati", ("હરેશ પટેલ", "મીના શાહ"), ("{n}, આશ્રમ રોડ",), ("અમદાવાદ", "સુરત"))
GURMUKHI = Script("Gurmukhi", ("ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ", "ਹਰਜੀਤ ਕੌਰ"), ("{n}, ਮਾਲ ਰੋਡ",), ("ਅੰਮ੍ਰਿਤਸਰ", "ਲੁਧਿਆਣਾ"))
ORIYA = Script("Oriya", ("ସୁଭାଷ ମହାପାତ୍ର",), ("{n}, ଜନପଥ",), ("ଭୁବନେଶ୍ୱର", "କଟକ"))
SINHALA = Script(
    "Sinhala",
    ("නිමල් පෙරේරා", "කුමාරි සිල්වා"),
    ("{n}, ගාලු පාර", "{n}, ශ්" + ZWJ + "රී ධර්මපාල මාවත"),
    ("කොළඹ", "ශ්" + ZWJ + "රී ජයවර්ධනපුර කෝට්ටේ", "මහනුවර"),
)
TAMIL_LK = Script("Tamil", ("செல்வராஜா குமார்",), ("{n}, கஸ்தூரியார் வீதி",), ("யாழ்ப்பாணம்", "மட்டக்களப்பு"))

ARABIC_PEOPLE = ("محمد العلي", "فاطمة الزهراء", "أحمد حسن", "خالد عبد الله", "نور الهدى سالم")
ARABIC_STREETS = ("شارع الملك فهد {n}", "{n} شارع التحرير", "شارع الجامعة، مبنى {n}", "{n} طريق الكورنيش")
ARABIC_CITIES = {
    "AE": ("دبي", "أبو ظبي", "الشارقة"),
    "BH": ("المنامة", "المحرق"),
    "DZ": ("الجزائر", "وهران", "قسنطينة"),
    "EG": ("القاهرة", "الإسكندرية", "الجيزة", "أسوان"),
    "EH": ("العيون",),
    "IQ": ("بغداد", "البصرة", "أربيل"),
    "JO": ("عمّان", "إربد", "الزرقاء"),
    "KW": ("الكويت", "حولي", "الجهراء"),
    "LB": ("بيروت", "طرابلس", "صيدا"),
    "LY": ("طرابلس", "بنغازي"),
    "MA": ("الرباط", "الدار البيضاء", "فاس"),
    "MR": ("نواكشوط",),
    "OM": ("مسقط", "صلالة", "صحار"),
    "PS": ("رام الله", "غزة", "نابلس"),
    "QA": ("الدوحة", "الوكرة"),
    "SA": ("الرياض", "جدة", "مكة المكرمة", "الدمام"),
    "SD": ("الخرطوم", "أم درمان"),
    "SY": ("دمشق", "حلب", "حمص"),
    "TN": ("تونس", "صفاقس", "سوسة"),
    "YE": ("صنعاء", "عدن"),
}
# Arabic-Indic digits where the Mashriq writes them; the Maghreb writes ASCII digits.
ARABIC_INDIC = {"BH", "EG", "IQ", "JO", "KW", "LB", "OM", "PS", "QA", "SA", "SD", "SY", "YE"}
PERSIAN = Script(
    "Arabic (Persian)",
    ("علی رضایی", "زهرا محمدی", "مریم حسینی"),
    (
        "خیابان ولی" + ZWNJ + "عصر، پلاک {n}",
        "بلوار کشاورز، پلاک {n}",
        "خیابان انقلاب، نبش کتاب" + ZWNJ + "خانه، پلاک {n}",
    ),
    ("تهران", "اصفهان", "شیراز", "مشهد", "تبریز"),
    0x06F0,
)
DARI = Script(
    "Arabic (Dari)",
    ("احمد شاه", "مریم نوری"),
    ("ده" + ZWNJ + "مزنگ، خانه {n}", "سرک دارالامان، خانه {n}"),
    ("کابل", "هرات", "مزار شریف"),
    0x06F0,
)
URDU = Script(
    "Arabic (Urdu)",
    ("محمد علی", "عائشہ خان"),
    ("شاہراہ فیصل، مکان {n}", "{n} مال روڈ"),
    ("کراچی", "لاہور", "اسلام آباد"),
    0x06F0,
)
HEBREW = Script(
    "Hebrew",
    ("דוד כהן", "שרה לוי", "יוסי מזרחי"),
    ("רחוב הרצל {n}", "שדרות רוטשילד {n}", "רחוב יפו {n}"),
    ("ירושלים", "תל אביב-יפו", "חיפה"),
)
GREEK = Script(
    "Greek", ("Γιώργος Παπαδόπουλος", "Μαρία Νικολάου"), ("Οδός Ερμού {n}", "Λεωφόρος Βασιλίσσης Σοφίας {n}")
)
GREEK_CITIES = {"GR": ("Αθήνα", "Θεσσαλονίκη", "Πάτρα"), "CY": ("Λευκωσία", "Λεμεσός", "Λάρνακα")}
CYRILLIC = {
    "RU": Script(
        "Cyrillic",
        ("Иван Петров", "Анна Смирнова", "Сергей Кузнецов"),
        ("ул. Тверская, д. {n}", "Невский проспект, д. {n}", "ул. Ленина, д. {n}"),
        ("Москва", "Санкт-Петербург", "Новосибирск", "Казань"),
    ),
    "UA": Script(
        "Cyrillic",
        ("Олена Коваленко", "Андрій Шевченко"),
        ("вул. Хрещатик, {n}", "просп. Свободи, {n}"),
        ("Київ", "Львів", "Одеса", "Харків"),
    ),
    "BY": Script(
        "Cyrillic",
        ("Аляксандр Мароз", "Вольга Кавалёва"),
        ("вул. Няміга, {n}", "праспект Незалежнасці, {n}"),
        ("Мінск", "Гомель", "Брэст"),
    ),
    "BG": Script(
        "Cyrillic",
        ("Георги Иванов", "Мария Петрова"),
        ("бул. Витоша {n}", "ул. Граф Игнатиев {n}"),
        ("София", "Пловдив", "Варна"),
    ),
    "RS": Script(
        "Cyrillic",
        ("Марко Јовановић", "Јелена Петровић"),
        ("Кнеза Михаила {n}", "Булевар краља Александра {n}"),
        ("Београд", "Нови Сад", "Ниш"),
    ),
    "MK": Script("Cyrillic", ("Александар Стојанов",), ("ул. Македонија {n}",), ("Скопје", "Битола")),
    "KZ": Script(
        "Cyrillic",
        ("Айгерим Сапарова", "Ерлан Ахметов"),
        ("пр. Абая, {n}", "ул. Кабанбай батыра, {n}"),
        ("Алматы", "Астана", "Шымкент"),
    ),
    "KG": Script("Cyrillic", ("Бакыт Асанов",), ("пр. Чуй, {n}",), ("Бишкек", "Ош")),
    "TJ": Script("Cyrillic", ("Фирдавс Раҳимов",), ("хиёбони Рӯдакӣ {n}",), ("Душанбе", "Хуҷанд")),
    "MN": Script("Cyrillic", ("Бат-Эрдэнэ Болд",), ("Энхтайваны өргөн чөлөө {n}",), ("Улаанбаатар", "Эрдэнэт")),
}
GEORGIAN = Script(
    "Georgian", ("გიორგი ბერიძე", "ნინო კაპანაძე"), ("რუსთაველის გამზირი {n}",), ("თბილისი", "ბათუმი", "ქუთაისი")
)
ARMENIAN = Script("Armenian", ("Արամ Սարգսյան", "Անի Հակոբյան"), ("Մաշտոցի պողոտա {n}",), ("Երևան", "Գյումրի"))
ETHIOPIC = Script("Ethiopic", ("አበበ ቢቂላ", "ሰላም ታደሰ"), ("ቸርችል ጎዳና {n}",), ("አዲስ አበባ", "ባሕር ዳር"))
THAI = Script(
    "Thai",
    ("สมชาย ใจดี", "สุดารัตน์ ศรีสุข", "ประเสริฐ วงศ์ไทย"),
    ("{n} ถนนสุขุมวิท", "{n} ถนนราชดำเนิน", "{n} ถนนพหลโยธิน"),
    (),
    0x0E50,
)
LAO = Script("Lao", ("ສົມພອນ ພົມມະວົງ",), ("ຖະໜົນລ້ານຊ້າງ {n}",), ("ນະຄອນຫຼວງວຽງຈັນ", "ຫຼວງພະບາງ"), 0x0ED0)
KHMER = Script("Khmer", ("សុខ ចាន់",), ("ផ្ទះលេខ {n} មហាវិថីព្រះនរោត្តម",), ("ភ្នំពេញ", "សៀមរាប"), 0x17E0)
MYANMAR = Script("Myanmar", ("အောင်ကျော်", "ခင်မာဝင်း"), ("အမှတ် {n} ပြည်လမ်း",), ("ရန်ကုန်", "မန္တလေး"), 0x1040)
CHINESE = Script(
    "Han (simplified)",
    ("王伟", "李娜", "张磊", "刘洋"),
    ("中关村南大街{n}号", "人民路{n}号", "解放大道{n}号", "淮海中路{n}号"),
    (),
    0xFF10,
)
CHINESE_TW = Script(
    "Han (traditional)",
    ("陳怡君", "林志明", "黃淑芬"),
    ("中山南路{n}號", "忠孝東路一段{n}號", "四維三路{n}號"),
    (),
    0xFF10,
)
CHINESE_HK = Script("Han (traditional)", ("陳大文", "黃美玲"), ("高士威道{n}號", "彌敦道{n}號", "皇后大道中{n}號"))
CHINESE_MO = Script("Han (traditional)", ("何嘉欣",), ("新馬路{n}號", "南灣大馬路{n}號"))
JAPANESE = Script(
    "Japanese",
    ("山田太郎", "佐藤美咲", "鈴木陽翔", "高橋結衣"),
    ("中央町{n}-4-2", "本町{n}丁目3-8", "栄町{n}-12", "緑町二丁目{n}番5号"),
    (),
    0xFF10,
)
KOREAN = Script(
    "Hangul", ("김민준", "이서연", "박도윤"), ("세종대로 {n}", "중앙로 {n}", "시청로 {n}", "번영로 {n}길 7")
)
KOREAN_KP = Script("Hangul", ("김철수",), ("승리거리 {n}",), ("평양", "함흥"))

# Each country's own scripts other than Latin; India's by state (its ISO 3166-2 code), "*" for the other states.
LOCAL_SCRIPTS = {
    "IN": {
        "KL": MALAYALAM,
        "TN": TAMIL_IN,
        "PY": TAMIL_IN,
        "WB": BENGALI_IN,
        "KA": KANNADA,
        "TG": TELUGU,
        "AP": TELUGU,
        "GJ": GUJARATI,
        "PB": GURMUKHI,
        "OR": ORIYA,
        "*": DEVANAGARI_IN,
    },
    "NP": DEVANAGARI_NP,
    "BD": BENGALI,
    "LK": (SINHALA, TAMIL_LK),
    "IR": PERSIAN,
    "AF": DARI,
    "PK": URDU,
    "IL": HEBREW,
    "GE": GEORGIAN,
    "AM": ARMENIAN,
    "ET": ETHIOPIC,
    "TH": THAI,
    "LA": LAO,
    "KH": KHMER,
    "MM": MYANMAR,
    "CN": CHINESE,
    "TW": CHINESE_TW,
    "HK": CHINESE_HK,
    "MO": CHINESE_MO,
    "JP": JAPANESE,
    "KR": KOREAN,
    "KP": KOREAN_KP,
}
for _code, _cities in ARABIC_CITIES.items():
    LOCAL_SCRIPTS[_code] = Script(
        "Arabic", ARABIC_PEOPLE, ARABIC_STREETS, _cities, 0x0660 if _code in ARABIC_INDIC else None
    )
for _code, _cities in GREEK_CITIES.items():
    LOCAL_SCRIPTS[_code] = Script(GREEK.name, GREEK.people, GREEK.streets, _cities)
LOCAL_SCRIPTS.update(CYRILLIC)
