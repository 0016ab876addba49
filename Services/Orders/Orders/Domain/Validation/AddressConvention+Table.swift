extension AddressConvention {
    /// The largest e-commerce destinations. A pattern here replaces the metadata's: the national post's own rule
    /// where it is stricter (first digits that no code uses, letters a post never issues), or a spelling that
    /// customers write and carriers read that the metadata's pattern refuses (a missing hyphen, a space). Every
    /// example postal code of the metadata still matches (`ValidationConventionTests`).
    static let all: [AddressConvention] = [
        // The Americas.
        AddressConvention("US", "5 digits or ZIP+4, as 20500 or 20500-0003", regionNoun: "state or territory"),
        AddressConvention("CA", "A9A 9A9, as K1A 0B1", regionNoun: "province or territory"),
        AddressConvention("MX", "5 digits, as 06050"),
        AddressConvention("BR", "8 digits, as 01310-100"),
        AddressConvention("AR", "4 digits, or a CPA as C1010AAN"),
        AddressConvention("CL", "7 digits, as 8340457"),
        AddressConvention("CO", "6 digits, as 110321", regionNoun: "department"),
        // Europe, Russia and Türkiye.
        AddressConvention("GB", "as SW1A 1AA, M1 1AE or DN55 1PT"),
        // Eircode: a routing key (a letter and 2 digits, or D6W) of the letters An Post issues, then 4 characters.
        AddressConvention(
            "IE", "an Eircode, as D02 X285", pattern: #"(?:[AC-FHKNPRTV-Y]\d{2}|D6W) ?[0-9AC-FHKNPRTV-Y]{4}"#),
        AddressConvention("DE", "5 digits, as 10117"),
        AddressConvention("FR", "5 digits, as 75007"),
        // Correos: the first two digits are the province, 01 to 52.
        AddressConvention(
            "ES", "5 digits from 01000 to 52999, as 08013", pattern: #"(?:0[1-9]|[1-4]\d|5[0-2])\d{3}"#),
        AddressConvention("IT", "5 digits, as 00184"),
        AddressConvention("NL", "4 digits and 2 letters, as 1071 XX"),
        // bpost, Österreichische Post, Swiss Post, Magyar Posta: no code starts with 0.
        AddressConvention("BE", "4 digits, as 1020", pattern: #"[1-9]\d{3}"#),
        AddressConvention("AT", "4 digits, as 1130", pattern: #"[1-9]\d{3}"#),
        AddressConvention("CH", "4 digits, as 3005", pattern: #"[1-9]\d{3}"#),
        // CTT: the hyphen is often left out (1400038).
        AddressConvention("PT", "4 digits, hyphen, 3 digits, as 1400-038", pattern: #"\d{4}-?\d{3}"#),
        // PostNord: no code starts with 0.
        AddressConvention("SE", "5 digits, as 111 30", pattern: #"[1-9]\d{2} ?\d{2}"#),
        AddressConvention("NO", "4 digits, as 0150"),
        AddressConvention("DK", "4 digits, as 1630"),
        AddressConvention("FI", "5 digits, as 00170"),
        // Poczta Polska: the hyphen is often left out (00950).
        AddressConvention("PL", "5 digits, as 00-901", pattern: #"\d{2}-?\d{3}"#),
        // Česká pošta: the first digit is 1 to 7.
        AddressConvention("CZ", "5 digits, as 119 08", pattern: #"[1-7]\d{2} ?\d{2}"#),
        AddressConvention("RO", "6 digits, as 050563"),
        // ELTA: the first digit is 1 to 8.
        AddressConvention("GR", "5 digits, as 117 42", pattern: #"[1-8]\d{2} ?\d{2}"#),
        AddressConvention("HU", "4 digits, as 1055", pattern: #"[1-9]\d{3}"#),
        AddressConvention("UA", "5 digits, as 01001"),
        AddressConvention("RU", "6 digits, as 109012"),
        // PTT: the first two digits are the province, 01 to 81.
        AddressConvention(
            "TR", "5 digits from 01000 to 81999, as 34122", pattern: #"(?:0[1-9]|[1-7]\d|8[01])\d{3}"#),
        // East, South and South-East Asia, and Oceania.
        AddressConvention("CN", "6 digits, as 100009"),
        AddressConvention("JP", "7 digits, as 100-0001"),
        AddressConvention("KR", "5 digits, as 03045"),
        // India Post: the PIN never starts with 0, and is often written 3 + 3 (110 001).
        AddressConvention("IN", "6 digits, as 110001", pattern: #"[1-9]\d{2} ?\d{3}"#),
        AddressConvention("TW", "3, 5 or 6 digits, as 110 or 11049"),
        AddressConvention("SG", "6 digits, as 018956"),
        AddressConvention("MY", "5 digits, as 50088"),
        // Pos Indonesia and Thailand Post: no code starts with 0.
        AddressConvention("ID", "5 digits, as 10110", pattern: #"[1-9]\d{4}"#),
        AddressConvention("TH", "5 digits, as 10200", pattern: #"[1-9]\d{4}"#),
        AddressConvention("PH", "4 digits, as 1000"),
        AddressConvention("VN", "5 or 6 digits, as 10000"),
        AddressConvention("AU", "4 digits, as 2000", regionNoun: "state or territory"),
        AddressConvention("NZ", "4 digits, as 6011"),
        // The Middle East and Africa.
        // Saudi national address: the 5-digit postal code, optionally with the 4-digit additional number.
        AddressConvention("SA", "5 digits, as 12214", pattern: #"\d{5}(?:-\d{4})?"#),
        // Israel Post: 7 digits since 2013; the 5-digit codes before them are obsolete.
        AddressConvention("IL", "7 digits, as 6133201", pattern: #"\d{7}"#),
        AddressConvention("EG", "5 digits, as 11516", regionNoun: "governorate"),
        AddressConvention("NG", "6 digits, as 101241"),
        AddressConvention("ZA", "4 digits, as 0002"),
    ]
}
