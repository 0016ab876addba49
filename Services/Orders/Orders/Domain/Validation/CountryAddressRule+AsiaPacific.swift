extension CountryAddressRule {
    /// East, South and South-East Asia, and Oceania. Postal patterns are matched whole; `\d` is an ASCII digit.
    static let asiaPacific: [CountryAddressRule] = [
        // Province-level division (北京市, 广东省) is part of every Chinese address.
        CountryAddressRule("CN", postalCode: .required(#/\d{6}/#, "6 digits, as 100009"), region: .requiredText),
        // Prefecture (東京都, Osaka) is part of every Japanese address.
        CountryAddressRule(
            "JP", postalCode: .required(#/\d{3}-?\d{4}/#, "7 digits, as 100-0001"), region: .requiredText),
        // Province or metropolitan city (서울특별시) leads every Korean address.
        CountryAddressRule("KR", postalCode: .required(#/\d{5}/#, "5 digits, as 03045"), region: .requiredText),
        CountryAddressRule(
            "IN", postalCode: .required(#/[1-9]\d{2} ?\d{3}/#, "6 digits, as 110001"), region: .requiredText),
        // County or special municipality (臺北市) leads every Taiwanese address.
        CountryAddressRule(
            "TW", postalCode: .required(#/\d{3}(?:\d{2,3})?/#, "3, 5 or 6 digits, as 110 or 11049"),
            region: .requiredText),
        CountryAddressRule("HK", postalCode: .notUsed),
        CountryAddressRule("SG", postalCode: .required(#/\d{6}/#, "6 digits, as 018956")),
        CountryAddressRule("MY", postalCode: .required(#/\d{5}/#, "5 digits, as 50088")),
        CountryAddressRule("ID", postalCode: .optional(#/[1-9]\d{4}/#, "5 digits, as 10110")),
        CountryAddressRule("TH", postalCode: .optional(#/[1-9]\d{4}/#, "5 digits, as 10200")),
        CountryAddressRule("PH", postalCode: .optional(#/\d{4}/#, "4 digits, as 1000")),
        // The 5-digit codes of 2018, and the 6-digit ones still in use.
        CountryAddressRule("VN", postalCode: .optional(#/\d{5}\d?/#, "5 or 6 digits, as 10000")),
        CountryAddressRule(
            "AU", postalCode: .required(#/\d{4}/#, "4 digits, as 2000"),
            region: .requiredCode(SubdivisionCodes.australia, noun: "state or territory", example: "NSW")),
        CountryAddressRule("NZ", postalCode: .required(#/\d{4}/#, "4 digits, as 6011")),
    ]
}
