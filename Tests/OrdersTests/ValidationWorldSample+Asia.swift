extension WorldSample {
    /// East, South and South-East Asia. Postal codes in the country's own digits are stored in ASCII digits.
    static let asia: [WorldSampleAddress] = [
        // Japan: the format has no city; the ward or city is part of the address lines.
        .valid(
            "JP", "国立国会図書館", name: "山田太郎", "千代田区永田町1-10-1", region: "東京都", postalCode: "100-8924"),
        .valid(
            "JP", "皇居", name: "佐藤美咲", "千代田区千代田1-1", region: "東京都", postalCode: "１００－８１１１",
            stored: "100-8111"),
        .valid(
            "JP", "大阪市役所", name: "鈴木陽翔", "大阪市北区中之島1-3-20", region: "大阪府", postalCode: "530-8201"),
        .valid(
            "JP", "京都市役所", name: "高橋結衣", "京都市中京区寺町通御池上る上本能寺前町488", region: "京都府",
            postalCode: "604-8571"),
        .valid(
            "JP", "札幌市役所", name: "Ren Tanaka", "Kita 1-jo Nishi 2-chome, Chuo-ku", city: "Sapporo",
            region: "Hokkaido", postalCode: "060-8611"),
        .valid(
            "JP", "福岡市役所", name: "伊藤葵", "福岡市中央区天神1-8-1", city: "福岡市", region: "福岡県",
            postalCode: "8108620"),
        .valid(
            "CN", "国家图书馆", name: "王伟", "中关村南大街33号", city: "海淀区", region: "北京市", postalCode: "100081"),
        .valid(
            "CN", "上海图书馆", name: "李娜", "淮海中路1555号", city: "徐汇区", region: "上海", postalCode: "２０００３１",
            stored: "200031"),
        .valid(
            "CN", "广州市人民政府", name: "陈静", "府前路1号", city: "广州市越秀区", region: "广东省",
            postalCode: "510030"),
        .valid(
            "CN", "Zhejiang Provincial Library", name: "Zhang Lei", "38 Shuguang Road", city: "Hangzhou",
            region: "Zhejiang", postalCode: "310007"),
        .valid(
            "TW", "國家圖書館", name: "陳怡君", "中山南路20號", city: "中正區", region: "臺北市", postalCode: "10001"),
        .valid(
            "TW", "高雄市政府", name: "林志明", "四維三路2號", city: "苓雅區", region: "高雄市", postalCode: "802"),
        .valid(
            "KR", "서울특별시청", name: "김민준", "세종대로 110", city: "중구", region: "서울특별시", postalCode: "04524"),
        .valid(
            "KR", "부산광역시청", name: "이서연", "중앙대로 1001", city: "연제구", region: "부산", postalCode: "47545"),
        .valid(
            "KR", "국립중앙도서관", name: "Park Doyun", "201 Banpo-daero", city: "Seocho-gu", region: "Seoul",
            postalCode: "06579"),
        .valid(
            "HK", "香港中央圖書館", name: "陳大文", "銅鑼灣高士威道66號", city: "灣仔區", region: "香港島"),
        .valid(
            "HK", "Hong Kong Central Library", name: "Chan Tai Man", "66 Causeway Road, Causeway Bay",
            region: "Hong Kong Island"),
        .valid(
            "HK", "Hong Kong Cultural Centre", name: "Wong Ka Yan", "10 Salisbury Road, Tsim Sha Tsui",
            city: "Yau Tsim Mong", region: "Kowloon"),
        // India: Devanagari with the joiners, Devanagari digits, names and ISO codes of states.
        .valid(
            "IN", "Rashtrapati Bhavan", name: "Priya Sharma", "Rashtrapati Bhavan", city: "New Delhi",
            region: "Delhi", postalCode: "110004"),
        .valid(
            "IN", "राष्ट्रपति भवन", name: "अनिरुद्ध कर्\u{200D}हाडे", "राष्ट्रपति भवन", city: "नई दिल्ली", region: "दिल्ली",
            postalCode: "११०००४", stored: "110004"),
        .valid(
            "IN", "पुणे महानगरपालिका", name: "लक्ष्\u{200D}मी देशपांडे", "शिवाजीनगर, पुणे महानगरपालिका भवन", city: "पुणे",
            region: "महाराष्ट्र", postalCode: "411005"),
        .valid(
            "IN", "Mumbai GPO", name: "Rohan Mehta", "Walchand Hirachand Marg, Fort", city: "Mumbai", region: "MH",
            postalCode: "400 001"),
        .valid(
            "IN", "National Library of India", name: "Ananya Das", "Belvedere Road, Alipore", city: "Kolkata",
            region: "West Bengal", postalCode: "700027"),
        .valid(
            "IN", "Vidhana Soudha", name: "Aditya Reddy", "Ambedkar Veedhi", city: "Bengaluru", region: "Karnataka",
            postalCode: "560001"),
        .valid(
            "IN", "Ripon Building", name: "Saanvi Iyer", "Periyamet", city: "Chennai", region: "IN-TN",
            postalCode: "600003"),
        // Nepal: Devanagari with the joiners, Devanagari digits.
        .valid(
            "NP", "नेपाल राष्ट्र बैंक", name: "लक्ष्\u{200D}मी श्रेष्\u{200D}ठ", "बालुवाटार", city: "काठमाडौं", postalCode: "44600"),
        .valid(
            "NP", "राष्ट्रिय पुस्तकालय", name: "राम बहादुर थापा", "हरिहर भवन, पुल्\u{200C}चोक", city: "ललितपुर",
            postalCode: "४४७००", stored: "44700"),
        .valid(
            "NP", "पोखरा महानगरपालिका", name: "सीता गुरुङ", "न्\u{200D}यूरोड", city: "पोखरा", postalCode: "३३७००",
            stored: "33700"),
        .valid(
            "NP", "Kathmandu Metropolitan City", name: "Bikash Shrestha", "Bagdurbar, Sundhara", city: "Kathmandu",
            postalCode: "44600"),
        // Bangladesh: Bengali with the joiner, Bengali digits.
        .valid(
            "BD", "বাংলাদেশ জাতীয় গ্রন্থাগার", name: "শাহরিয়ার হোসেন", "আগারগাঁও, শেরে বাংলা নগর", city: "ঢাকা",
            postalCode: "১২০৭", stored: "1207"),
        .valid(
            "BD", "জেনারেল পোস্ট অফিস", name: "ফারজানা আক্তার", "আব্দুল গণি রোড", city: "ঢাকা", postalCode: "১০০০",
            stored: "1000"),
        .valid(
            "BD", "র\u{200D}্যাংগস ভবন", name: "তানভীর আহমেদ", "র\u{200D}্যাংগস ভবন, তেজগাঁও", city: "ঢাকা", postalCode: "১২০৮",
            stored: "1208"),
        .valid(
            "BD", "চট্টগ্রাম সিটি কর্পোরেশন", name: "নুসরাত জাহান", "আন্দরকিল্লা", city: "চট্টগ্রাম",
            postalCode: "৪০০০", stored: "4000"),
        .valid(
            "BD", "Sylhet City Corporation", name: "Rahim Uddin", "Court Point", city: "Sylhet", postalCode: "3100"),
        // Sri Lanka: Sinhala with the joiner (ශ්රී).
        .valid(
            "LK", "ශ්\u{200D}රී ලංකා පාර්ලිමේන්තුව", name: "නිමල් පෙරේරා", "පාර්ලිමේන්තු පාර",
            city: "ශ්\u{200D}රී ජයවර්ධනපුර කෝට්ටේ", postalCode: "10100"),
        .valid(
            "LK", "Colombo General Post Office", name: "Kasun Fernando", "D. R. Wijewardena Mawatha",
            city: "Colombo 01", postalCode: "00100"),
        // Pakistan: Urdu, Extended Arabic-Indic digits.
        .valid(
            "PK", "جنرل پوسٹ آفس", name: "محمد علی", "جی پی او چوک", city: "اسلام آباد", postalCode: "۴۴۰۰۰",
            stored: "44000"),
        .valid(
            "PK", "Lahore General Post Office", name: "Ayesha Khan", "The Mall", city: "Lahore", postalCode: "54000"),
        .valid(
            "TH", "พระบรมมหาราชวัง", name: "สมชาย ใจดี", "ถนนหน้าพระลาน แขวงพระบรมมหาราชวัง", city: "เขตพระนคร",
            region: "กรุงเทพมหานคร", postalCode: "10200"),
        .valid(
            "TH", "ศาลากลางจังหวัดเชียงใหม่", name: "สมหญิง ศรีสุข", "ถนนโชตนา", city: "อำเภอเมืองเชียงใหม่",
            region: "จังหวัดเชียงใหม่", postalCode: "๕๐๓๐๐", stored: "50300"),
        .valid(
            "TH", "Bangkok City Hall", name: "Niran Wongsa", "173 Dinso Road", city: "Phra Nakhon",
            region: "Bangkok", postalCode: "10200"),
        .valid(
            "VN", "Bưu điện Hà Nội", name: "Nguyễn Văn An", "75 Đinh Tiên Hoàng, Hoàn Kiếm", city: "Hà Nội",
            region: "Hà Nội", postalCode: "100000"),
        .valid(
            "VN", "Bưu điện Trung tâm Sài Gòn", name: "Trần Thị Mai", "2 Công xã Paris, Bến Nghé, Quận 1",
            city: "Hồ Chí Minh", region: "Thành phố Hồ Chí Minh", postalCode: "700000"),
        .valid(
            "MY", "Menara Kuala Lumpur", name: "Nur Aisyah binti Ahmad", "Jalan Puncak", city: "Kuala Lumpur",
            region: "Wilayah Persekutuan Kuala Lumpur", postalCode: "50250"),
        .valid(
            "MY", "Dewan Bandaraya Pulau Pinang", name: "Tan Wei Ming", "Jalan Padang Kota Lama",
            city: "George Town", region: "Pulau Pinang", postalCode: "10200"),
        .valid(
            "SG", "National Library", name: "Tan Wei Ling", "100 Victoria Street", city: "Singapore",
            postalCode: "188064"),
        .valid("SG", "Singapore Post Centre", name: "Siti Nurhaliza", "10 Eunos Road 8", postalCode: "408600"),
        .valid(
            "ID", "Istana Merdeka", name: "Budi Santoso", "Jl. Medan Merdeka Utara", line2: "Gambir",
            city: "Jakarta Pusat", region: "DKI Jakarta", postalCode: "10110"),
        .valid(
            "ID", "Gedung Sate", name: "Siti Rahayu", "Jl. Diponegoro No. 22", city: "Bandung",
            region: "Jawa Barat", postalCode: "40115"),
        .valid(
            "PH", "Manila City Hall", name: "Maria Santos", "Padre Burgos Avenue, Ermita", city: "Manila",
            region: "Metro Manila", postalCode: "1000"),
        .valid(
            "PH", "Cebu City Hall", name: "Jose Reyes", "M. C. Briones Street", city: "Cebu City", region: "Cebu",
            postalCode: "6000"),
    ]
}
