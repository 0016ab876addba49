extension CountryAddressRule {
    /// North, Central and South America. Postal patterns are matched whole; `\d` is an ASCII digit.
    static let americas: [CountryAddressRule] = [
        CountryAddressRule(
            "US", postalCode: .required(#/\d{5}(?:-\d{4})?/#, "5 digits or ZIP+4, as 20500 or 20500-0003"),
            region: .requiredCode(SubdivisionCodes.unitedStates, noun: "state or territory", example: "NY")),
        // Canada Post: no D, F, I, O, Q, U anywhere, no W or Z first.
        CountryAddressRule(
            "CA",
            postalCode: .required(
                #/[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d/#,
                "A9A 9A9, as K1A 0B1", upperCase: true),
            region: .requiredCode(SubdivisionCodes.canada, noun: "province or territory", example: "ON")),
        CountryAddressRule(
            "MX", postalCode: .required(#/\d{5}/#, "5 digits, as 06050"),
            region: .requiredCode(SubdivisionCodes.mexico, noun: "state", example: "CMX")),
        CountryAddressRule(
            "BR", postalCode: .required(#/\d{5}-?\d{3}/#, "8 digits, as 01310-100"),
            region: .requiredCode(SubdivisionCodes.brazil, noun: "state", example: "SP")),
        // The 4-digit code most people write, or the 8-character CPA (province letter, 4 digits, 3 letters).
        CountryAddressRule(
            "AR",
            postalCode: .optional(
                #/\d{4}|[A-HJ-NP-Z]\d{4}[A-Z]{3}/#, "4 digits, or a CPA as C1010AAN", upperCase: true)),
        CountryAddressRule("CL", postalCode: .optional(#/\d{7}/#, "7 digits, as 8340457")),
        CountryAddressRule("CO", postalCode: .optional(#/\d{6}/#, "6 digits, as 110321")),
    ]
}
