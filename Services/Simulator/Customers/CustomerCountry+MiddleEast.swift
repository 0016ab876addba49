extension CustomerCountry {
    /// The Middle East: names in Arabic or Hebrew script. The UAE has no postal codes and needs the emirate;
    /// Saudi Arabia's and Israel's postal codes are optional but given here (R1).
    static let middleEast: [CustomerCountry] = [
        CustomerCountry(
            code: "AE", weight: 2,
            givenNames: Name.list(
                "محمد=mohammed, فاطمة=fatima, أحمد=ahmed, مريم=maryam, خالد=khalid, نورة=noura, سعيد=saeed"),
            familyNames: Name.list(
                "الحمادي=alhammadi, المنصوري=almansoori, الكعبي=alkaabi, الشامسي=alshamsi, النعيمي=alnuaimi"),
            nameOrder: .givenFirst,
            places: [
                Place("Dubai", region: "Dubai", postalCode: nil, streets: ["Sheikh Zayed Road", "Al Wasl Road"]),
                Place("Abu Dhabi", region: "Abu Dhabi", postalCode: nil, streets: ["Corniche Road", "Hamdan Street"]),
                Place(
                    "Sharjah", region: "Sharjah", postalCode: nil, streets: ["Al Wahda Street", "King Faisal Street"]),
            ],
            streetLine: { "Building \($1), \($0)" }, unitLine: { "Apartment \($0 % 30 + 1)0\($0 % 5 + 1)" },
            emailDomains: ["gmail.com", "eim.ae", "hotmail.com"]),
        CustomerCountry(
            code: "SA", weight: 1,
            givenNames: Name.list("عبدالله=abdullah, نورة=noura, فهد=fahad, سارة=sara, تركي=turki, ريم=reem"),
            familyNames: Name.list(
                "العتيبي=alotaibi, القحطاني=alqahtani, الغامدي=alghamdi, الشهري=alshehri, الدوسري=aldosari"),
            nameOrder: .givenFirst,
            places: [
                Place("الرياض", postalCode: "12214", streets: ["طريق الملك فهد", "شارع العليا"]),
                Place("جدة", postalCode: "23431-7421", streets: ["طريق الملك عبدالعزيز", "شارع التحلية"]),
                Place("الدمام", postalCode: "32241", streets: ["طريق الملك سعود", "شارع الأمير محمد بن فهد"]),
            ],
            streetLine: { "\($1) \($0)" }, unitLine: nil, emailDomains: ["gmail.com", "hotmail.com"]),
        CustomerCountry(
            code: "IL", weight: 1,
            givenNames: Name.list("נועה=noa, יוסף=yosef, תמר=tamar, דוד=david, מאיה=maya, איתי=itai"),
            familyNames: Name.list("כהן=cohen, לוי=levi, מזרחי=mizrahi, פרץ=peretz, ביטון=biton, אברהם=avraham"),
            nameOrder: .givenFirst,
            places: [
                Place("תל אביב-יפו", postalCode: "6433222", streets: ["דיזנגוף", "רוטשילד"]),
                Place("ירושלים", postalCode: "9414201", streets: ["יפו", "קינג ג'ורג'"]),
                Place("חיפה", postalCode: "3303123", streets: ["הרצל", "שדרות בן גוריון"]),
            ],
            streetLine: { "\($0) \($1)" }, unitLine: { "דירה \($0 % 20 + 1)" },
            emailDomains: ["walla.co.il", "gmail.com"]),
    ]
}
