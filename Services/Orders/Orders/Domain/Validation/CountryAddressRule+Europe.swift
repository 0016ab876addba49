extension CountryAddressRule {
    /// Europe, Russia and Türkiye. Postal patterns are matched whole; `\d` is an ASCII digit.
    static let europe: [CountryAddressRule] = [
        // Royal Mail: outward code (area, district, optional sub-district letter), optional space, inward code
        // (sector digit, two unit letters without C, I, K, M, O, V); GIR 0AA is Girobank's.
        CountryAddressRule(
            "GB",
            postalCode: .required(
                #/[A-PR-UWYZ](?:\d{1,2}|[A-HK-Y]\d[\dABEHMNPRV-Y]?|\d[A-HJKPS-UW]) ?\d[ABD-HJLNP-UW-Z]{2}|GIR ?0AA/#,
                "as SW1A 1AA, M1 1AE or DN55 1PT", upperCase: true)),
        // Eircode: routing key (letter and 2 digits, or D6W), then 4 characters; optional, many omit it.
        CountryAddressRule(
            "IE",
            postalCode: .optional(
                #/(?:[AC-FHKNPRTV-Y]\d{2}|D6W) ?[0-9AC-FHKNPRTV-Y]{4}/#, "an Eircode, as D02 X285", upperCase: true)),
        CountryAddressRule("DE", postalCode: .required(#/\d{5}/#, "5 digits, as 10117")),
        CountryAddressRule("FR", postalCode: .required(#/\d{5}/#, "5 digits, as 75007")),
        CountryAddressRule(
            "ES", postalCode: .required(#/(?:0[1-9]|[1-4]\d|5[0-2])\d{3}/#, "5 digits from 01000 to 52999, as 08013"),
            region: .requiredText),
        CountryAddressRule("IT", postalCode: .required(#/\d{5}/#, "5 digits, as 00184"), region: .requiredText),
        // PostNL: no leading 0, and the letter pairs SA, SD, SS are not used.
        CountryAddressRule(
            "NL",
            postalCode: .required(
                #/[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}/#, "4 digits and 2 letters, as 1071 XX", upperCase: true)),
        CountryAddressRule("BE", postalCode: .required(#/[1-9]\d{3}/#, "4 digits, as 1020")),
        CountryAddressRule("AT", postalCode: .required(#/[1-9]\d{3}/#, "4 digits, as 1130")),
        CountryAddressRule("CH", postalCode: .required(#/[1-9]\d{3}/#, "4 digits, as 3005")),
        CountryAddressRule("PT", postalCode: .required(#/\d{4}-?\d{3}/#, "4 digits, hyphen, 3 digits, as 1400-038")),
        CountryAddressRule("SE", postalCode: .required(#/[1-9]\d{2} ?\d{2}/#, "5 digits, as 111 30")),
        CountryAddressRule("NO", postalCode: .required(#/\d{4}/#, "4 digits, as 0150")),
        CountryAddressRule("DK", postalCode: .required(#/\d{4}/#, "4 digits, as 1630")),
        CountryAddressRule("FI", postalCode: .required(#/\d{5}/#, "5 digits, as 00170")),
        CountryAddressRule("PL", postalCode: .required(#/\d{2}-?\d{3}/#, "5 digits, as 00-901")),
        CountryAddressRule("CZ", postalCode: .required(#/[1-7]\d{2} ?\d{2}/#, "5 digits, as 119 08")),
        CountryAddressRule("RO", postalCode: .required(#/\d{6}/#, "6 digits, as 050563")),
        CountryAddressRule("GR", postalCode: .required(#/[1-8]\d{2} ?\d{2}/#, "5 digits, as 117 42")),
        CountryAddressRule("HU", postalCode: .required(#/[1-9]\d{3}/#, "4 digits, as 1055")),
        CountryAddressRule("UA", postalCode: .required(#/\d{5}/#, "5 digits, as 01001")),
        CountryAddressRule("RU", postalCode: .required(#/\d{6}/#, "6 digits, as 109012")),
        CountryAddressRule(
            "TR", postalCode: .required(#/(?:0[1-9]|[1-7]\d|8[01])\d{3}/#, "5 digits from 01000 to 81999, as 34122")),
    ]
}
