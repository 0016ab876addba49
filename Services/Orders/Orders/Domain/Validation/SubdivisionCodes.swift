/// The region codes R1 accepts where a country's carriers route by them (ISO 3166-2 subdivision codes without
/// the country prefix, as the national post writes them). Kept short and exact; names such as `California`
/// or `CDMX` are refused with the code to use.
enum SubdivisionCodes {
    /// The 50 states, DC, the inhabited territories and US Minor Outlying Islands (ISO 3166-2:US), and the
    /// USPS Armed Forces codes AA, AE, AP for APO/FPO addresses.
    static let unitedStates: Set<String> = [
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY",
        "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND",
        "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY",
        "DC", "AS", "GU", "MP", "PR", "VI", "UM",
        "AA", "AE", "AP",
    ]

    /// The 10 provinces and 3 territories (ISO 3166-2:CA, Canada Post).
    static let canada: Set<String> = [
        "AB", "BC", "MB", "NB", "NL", "NS", "ON", "PE", "QC", "SK",
        "NT", "NU", "YT",
    ]

    /// The 6 states and 2 territories (ISO 3166-2:AU, Australia Post).
    static let australia: Set<String> = ["NSW", "QLD", "SA", "TAS", "VIC", "WA", "ACT", "NT"]

    /// The 26 states and the Federal District (ISO 3166-2:BR, Correios' UF).
    static let brazil: Set<String> = [
        "AC", "AL", "AP", "AM", "BA", "CE", "DF", "ES", "GO", "MA", "MT", "MS", "MG", "PA",
        "PB", "PR", "PE", "PI", "RJ", "RN", "RS", "RO", "RR", "SC", "SP", "SE", "TO",
    ]

    /// The 31 states and Mexico City (ISO 3166-2:MX).
    static let mexico: Set<String> = [
        "AGU", "BCN", "BCS", "CAM", "CHP", "CHH", "CMX", "COA", "COL", "DUR", "GRO", "GUA", "HID", "JAL", "MEX",
        "MIC", "MOR", "NAY", "NLE", "OAX", "PUE", "QUE", "ROO", "SLP", "SIN", "SON", "TAB", "TAM", "TLA", "VER",
        "YUC", "ZAC",
    ]
}
