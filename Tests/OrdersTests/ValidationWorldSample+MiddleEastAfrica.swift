extension WorldSample {
    /// The Middle East and Africa. Arabic-script postal codes in Arabic-Indic digits are stored in ASCII digits;
    /// Persian keeps its zero-width non-joiner (`کتاب‌خانه`).
    static let middleEastAndAfrica: [WorldSampleAddress] = [
        .valid(
            "SA", "جامعة الملك عبدالعزيز", name: "محمد العتيبي", "شارع عبدالله سليمان", city: "جدة",
            postalCode: "٢١٥٨٩", stored: "21589"),
        .valid(
            "SA", "King Abdulaziz University", name: "Sara Alghamdi", "Abdullah Sulayman Street", city: "Jeddah",
            postalCode: "21589"),
        .valid(
            "AE", "بلدية دبي", name: "فاطمة المنصوري", "شارع بني ياس، ديرة", city: "دبي", region: "دبي"),
        .valid(
            "AE", "Dubai Municipality", name: "Fatima Al Mansoori", "Baniyas Road, Deira", city: "Dubai",
            region: "Dubai"),
        .valid(
            "AE", "جامع الشيخ زايد الكبير", name: "خالد الكعبي", "شارع الشيخ راشد بن سعيد", city: "أبو ظبي",
            region: "أبو ظبي"),
        .valid(
            "AE", "Sharjah City Municipality", name: "Noura Al Shamsi", "Al Mareija Street", city: "Sharjah",
            region: "SH"),
        .valid(
            "IL", "הכנסת", name: "נועה כהן", "קריית בן-גוריון", city: "ירושלים", postalCode: "9195015"),
        .valid(
            "IL", "Tel Aviv-Yafo City Hall", name: "David Levi", "69 Ibn Gabirol Street", city: "Tel Aviv-Yafo",
            postalCode: "6416201"),
        .valid(
            "EG", "مكتبة الإسكندرية", name: "أحمد حسن", "الشاطبي", city: "الإسكندرية", region: "الإسكندرية",
            postalCode: "21526"),
        .valid(
            "EG", "جامعة القاهرة", name: "منى إبراهيم", "شارع الجامعة", city: "الجيزة", region: "الجيزة",
            postalCode: "١٢٦١٣", stored: "12613"),
        .valid(
            "EG", "Bibliotheca Alexandrina", name: "Omar Khaled", "Al Shatby", city: "Alexandria",
            region: "Alexandria", postalCode: "21526"),
        .valid(
            "IQ", "جامعة بغداد", name: "علي حسين", "الجادرية", city: "بغداد", region: "بغداد", postalCode: "١٠٠٧١",
            stored: "10071"),
        .valid(
            "IR", "سازمان اسناد و کتاب\u{200C}خانه ملی ایران", name: "مریم احمدی", "بزرگراه شهید حقانی",
            city: "تهران", region: "استان تهران"),
        .valid(
            "IR", "National Library of Iran", name: "Reza Karimi", "Shahid Haghani Expressway", city: "Tehran",
            region: "Tehran"),
        .valid(
            "JO", "الجامعة الأردنية", name: "ليلى خليل", "شارع الملكة رانيا", city: "عمّان", postalCode: "11942"),
        .valid(
            "MA", "Bibliothèque nationale du Royaume du Maroc", name: "Youssef El Amrani", "Avenue Ibn Battouta",
            city: "Rabat", postalCode: "10000"),
        .valid(
            "MA", "Mosquée Hassan II", name: "Salma Benjelloun", "Boulevard de la Corniche", city: "Casablanca",
            postalCode: "20000"),
        .valid(
            "NG", "Lagos State Secretariat", name: "Chinedu Okafor", "Obafemi Awolowo Way, Alausa", city: "Ikeja",
            region: "Lagos"),
        .valid(
            "NG", "National Assembly Complex", name: "Aisha Bello", "Three Arms Zone", city: "Abuja",
            region: "Federal Capital Territory"),
        .valid(
            "KE", "Kenya National Archives", name: "Wanjiru Kamau", "Moi Avenue", city: "Nairobi",
            postalCode: "00100"),
        .valid("KE", "Mombasa Post Office", name: "Hassan Omar", "Digo Road", city: "Mombasa", postalCode: "80100"),
        .valid(
            "ZA", "Union Buildings", name: "Thabo Mokoena", "Government Avenue", city: "Pretoria", region: "Gauteng",
            postalCode: "0002"),
        .valid(
            "ZA", "Cape Town City Hall", name: "Lerato Ndlovu", "Darling Street", city: "Cape Town",
            postalCode: "8001"),
        .valid(
            "ZA", "Johannesburg Metro Centre", name: "Pieter van der Merwe", "158 Civic Boulevard, Braamfontein",
            city: "Johannesburg", postalCode: "2017"),
    ]

    /// Australia and New Zealand.
    static let oceania: [WorldSampleAddress] = [
        .valid(
            "AU", "Parliament House", name: "Charlotte Wilson", "Parliament Drive", city: "Canberra", region: "ACT",
            postalCode: "2600"),
        .valid(
            "AU", "Sydney Opera House", name: "Jack Nguyen", "Bennelong Point", city: "Sydney", region: "NSW",
            postalCode: "2000"),
        .valid(
            "AU", "Melbourne Town Hall", name: "Isla Brown", "90-130 Swanston Street", city: "Melbourne",
            region: "Victoria", postalCode: "3000"),
        .valid(
            "AU", "Brisbane City Hall", name: "Lachlan Taylor", "64 Adelaide Street", city: "Brisbane",
            region: "QLD", postalCode: "4000"),
        .valid(
            "AU", "Council House", name: "Mia Anderson", "27 St Georges Terrace", city: "Perth",
            region: "Western Australia", postalCode: "6000"),
        .valid(
            "AU", "Darwin Civic Centre", name: "William White", "Harry Chan Avenue", city: "Darwin", region: "NT",
            postalCode: "0800"),
        .valid(
            "AU", "Hobart Town Hall", name: "Chloe Martin", "50 Macquarie Street", city: "Hobart", region: "TAS",
            postalCode: "7000"),
        .valid(
            "NZ", "Parliament Buildings", name: "Aroha Ngata", "Molesworth Street", city: "Wellington",
            postalCode: "6160"),
        .valid(
            "NZ", "Auckland Town Hall", name: "James Wilson", "301 Queen Street", city: "Auckland",
            postalCode: "1010"),
    ]
}
