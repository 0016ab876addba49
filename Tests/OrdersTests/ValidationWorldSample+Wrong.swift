import Orders

extension WorldSample {
    /// Real places with one field wrong, each refused on that field: postal codes of another region, a required
    /// region left out, an unknown region, a wrong or mixed-script postal code, and joiners or other characters
    /// where they only disguise text.
    static let wrong: [WorldSampleAddress] = [
        .invalid(
            .shippingPostalCode, "US", "Beverly Hills City Hall, filed under New York", name: "Jordan Lee",
            "455 N Rexford Dr", city: "Beverly Hills", region: "NY", postalCode: "90210"),
        .invalid(
            .shippingPostalCode, "US", "Houston City Hall with a Manhattan ZIP code", name: "Maria Garcia",
            "901 Bagby St", city: "Houston", region: "TX", postalCode: "10001"),
        .invalid(
            .shippingPostalCode, "CA", "a Toronto postal code in British Columbia", name: "Liam Smith",
            "290 Bremner Blvd", city: "Vancouver", region: "BC", postalCode: "M5V 3L9"),
        .invalid(
            .shippingPostalCode, "AU", "Sydney Opera House filed under Victoria", name: "Jack Nguyen",
            "Bennelong Point", city: "Sydney", region: "VIC", postalCode: "2000"),
        .invalid(
            .shippingPostalCode, "BR", "Prefeitura de São Paulo filed under Rio de Janeiro", name: "Ana Souza",
            "Viaduto do Chá, 15", city: "São Paulo", region: "RJ", postalCode: "01002-900"),
        .invalid(
            .shippingPostalCode, "IT", "Palazzo Marino filed under Roma", name: "Marco Rossi",
            "Piazza della Scala, 2", city: "Milano", region: "RM", postalCode: "20121"),
        .invalid(
            .shippingPostalCode, "ES", "Ajuntament de Barcelona filed under Madrid", name: "Núria Puig",
            "Plaça de Sant Jaume, 1", city: "Barcelona", region: "Madrid", postalCode: "08002"),
        .invalid(
            .shippingPostalCode, "IN", "Mumbai GPO filed under Karnataka", name: "Rohan Mehta",
            "Walchand Hirachand Marg, Fort", city: "Mumbai", region: "Karnataka", postalCode: "400001"),
        .invalid(
            .shippingPostalCode, "JP", "皇居, filed under 大阪府", name: "佐藤美咲", "千代田区千代田1-1",
            region: "大阪府", postalCode: "100-8111"),
        .invalid(
            .shippingPostalCode, "MX", "Monterrey filed under Jalisco", name: "Regina Flores",
            "Zaragoza y Ocampo s/n", city: "Monterrey", region: "Jal.", postalCode: "64000"),
        .invalid(
            .shippingPostalCode, "KR", "서울특별시청, filed under 부산", name: "김민준", "세종대로 110", city: "중구",
            region: "부산광역시", postalCode: "04524"),
        .invalid(
            .shippingPostalCode, "RU", "Московский Кремль, filed under Новосибирская область", name: "Иван Петров",
            "Кремль", city: "Москва", region: "Новосибирская область", postalCode: "103132"),
        .invalid(
            .shippingPostalCode, "EG", "جامعة القاهرة, filed under الإسكندرية", name: "منى إبراهيم",
            "شارع الجامعة", city: "الجيزة", region: "الإسكندرية", postalCode: "12613"),
        .invalid(
            .shippingRegion, "US", "New York Public Library without its state", name: "Maria Garcia",
            "476 Fifth Avenue", city: "New York", postalCode: "10018"),
        .invalid(
            .shippingRegion, "JP", "国立国会図書館, without its prefecture", name: "山田太郎", "千代田区永田町1-10-1",
            postalCode: "100-8924"),
        .invalid(
            .shippingRegion, "US", "a state that does not exist", name: "Jordan Lee", "101 Independence Ave SE",
            city: "Washington", region: "Narnia", postalCode: "20540"),
        .invalid(
            .shippingRegion, "CA", "Québec's code before 1990", name: "Félix Gagnon", "275 rue Notre-Dame Est",
            city: "Montréal", region: "PQ", postalCode: "H2Y 1C6"),
        .invalid(
            .shippingRegion, "IQ", "جامعة بغداد without its governorate", name: "علي حسين", "الجادرية",
            city: "بغداد", postalCode: "10071"),
        .invalid(
            .shippingRegion, "AE", "Dubai Municipality without its emirate", name: "Fatima Al Mansoori",
            "Baniyas Road, Deira", city: "Dubai"),
        .invalid(
            .shippingPostalCode, "GB", "British Library without its postcode", name: "Amelia Clarke",
            "96 Euston Road", city: "London"),
        .invalid(
            .shippingPostalCode, "DE", "Deutscher Bundestag with a digit missing", name: "Jürgen Müller",
            "Platz der Republik 1", city: "Berlin", postalCode: "1101"),
        .invalid(
            .shippingPostalCode, "US", "Library of Congress with a digit missing", name: "Jordan Lee",
            "101 Independence Ave SE", city: "Washington", region: "DC", postalCode: "2054"),
        .invalid(
            .shippingPostalCode, "BD", "জেনারেল পোস্ট অফিস with a Bengali digit missing", name: "ফারজানা আক্তার",
            "আব্দুল গণি রোড", city: "ঢাকা", postalCode: "১০০"),
        .invalid(
            .shippingPostalCode, "BD", "বাংলাদেশ জাতীয় গ্রন্থাগার with ASCII and Bengali digits mixed",
            name: "শাহরিয়ার হোসেন", "আগারগাঁও", city: "ঢাকা", postalCode: "1২07"),
        .invalid(
            .shippingName, "GB", "a zero-width joiner between Latin letters", name: "Jo\u{200D}rdan Lee",
            "96 Euston Road", city: "London", postalCode: "NW1 2DB"),
        .invalid(
            .shippingLine1, "NP", "a leading zero-width non-joiner", name: "राम बहादुर थापा",
            "\u{200C}बालुवाटार", city: "काठमाडौं", postalCode: "44600"),
        .invalid(
            .shippingName, "NP", "a doubled zero-width joiner", name: "लक्ष्\u{200D}\u{200D}मी श्रेष्ठ",
            "बालुवाटार", city: "काठमाडौं", postalCode: "44600"),
        .invalid(
            .shippingCity, "NP", "a trailing zero-width joiner", name: "सीता गुरुङ", "न्यूरोड",
            city: "पोखरा\u{200D}", postalCode: "33700"),
        .invalid(
            .shippingLine1, "IN", "a joiner between Devanagari and Latin letters", name: "Priya Sharma",
            "क्\u{200D}Kamla Nagar", city: "New Delhi", region: "Delhi", postalCode: "110007"),
        .invalid(
            .shippingLine2, "IN", "a joiner on its own", name: "Priya Sharma", "Rashtrapati Bhavan",
            line2: "Gate \u{200D} 35", city: "New Delhi", region: "Delhi", postalCode: "110004"),
        .invalid(
            .shippingName, "SA", "a right-to-left override", name: "\u{202E}محمد", "شارع عبدالله سليمان",
            city: "جدة", postalCode: "21589"),
        .invalid(
            .shippingLine1, "FR", "markup", name: "Camille Durand", "<b>Quai François Mauriac</b>",
            city: "Paris", postalCode: "75013"),
    ]
}
