extension CountryAddressRule {
    /// The Middle East and Africa. Postal patterns are matched whole; `\d` is an ASCII digit.
    static let middleEastAndAfrica: [CountryAddressRule] = [
        // Saudi national address: 5-digit postal code, optionally the 4-digit additional number.
        CountryAddressRule("SA", postalCode: .optional(#/\d{5}(?:-\d{4})?/#, "5 digits, as 12214")),
        CountryAddressRule("AE", postalCode: .notUsed),
        CountryAddressRule("IL", postalCode: .optional(#/\d{7}/#, "7 digits, as 6133201")),
        CountryAddressRule("EG", postalCode: .optional(#/\d{5}/#, "5 digits, as 11516")),
        CountryAddressRule("NG", postalCode: .optional(#/\d{6}/#, "6 digits, as 101241")),
        CountryAddressRule("ZA", postalCode: .required(#/\d{4}/#, "4 digits, as 0002")),
    ]
}
