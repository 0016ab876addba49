import Foundation

/// How R1 compares a region as a customer wrote it with the forms the address metadata gives (`AddressSubdivision`),
/// so that the same name in another case, with or without accents or written with its generic word is the same
/// region: `são paulo`, `SAO PAULO` and `São Paulo`; `County Dublin` and `Co. Dublin`; `Beijing` and `Beijing Shi`;
/// `臺北市` and `台北市`.
enum RegionSpelling {
    /// The form that spellings of one name share: canonical composition, lower case, full-width ASCII as ASCII, the
    /// accents of Latin, Greek and Cyrillic letters removed (not the vowel signs of Indic or Thai scripts, which
    /// are letters' parts), dots dropped, hyphens, dashes and white space as one space, apostrophes as `'`, and
    /// `臺` as `台` (Taiwan's official and common forms of the same character).
    static func folded(_ text: String) -> String {
        var result = text.precomposedStringWithCanonicalMapping.lowercased()
        if result.unicodeScalars.allSatisfy(isAccentableScript) {
            result = result.folding(options: .diacriticInsensitive, locale: nil)
        }
        let scalars = result.unicodeScalars.compactMap { scalar -> Unicode.Scalar? in
            switch scalar.value {
            case 0x2E: nil
            case 0x2D, 0x2010...0x2015, 0x2212: " "
            case 0x2018, 0x2019, 0x02BC, 0x60: "'"
            case 0x81FA: "\u{53F0}"  // 臺 → 台
            case 0xFF01...0xFF5E: Unicode.Scalar(scalar.value - 0xFEE0)
            default: scalar
            }
        }
        return String(String.UnicodeScalarView(scalars)).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// A folded name without the generic word for a region before or after it (`co dublin` → `dublin`,
    /// `beijing shi` → `beijing`, `bogota dc` → `bogota`, `wp kuala lumpur` → `kuala lumpur`, `東京都` → `東京`,
    /// `จังหวัด บึงกาฬ` → `บึงกาฬ`, `استان تهران` → `تهران`), or nil when it has none or nothing would be left.
    static func core(ofFolded name: String) -> String? {
        for prefix in prefixes where name.hasPrefix(prefix) && name.count > prefix.count {
            return String(name.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
        }
        for suffix in suffixes where name.hasSuffix(suffix) && name.count > suffix.count {
            return String(name.dropLast(suffix.count)).trimmingCharacters(in: .whitespaces)
        }
        return nil
    }

    /// Generic words written before a region's name, folded, longest first.
    private static let prefixes = [
        "wilayah persekutuan ", "provincia de ", "provincia di ", "departamento de ", "province of ", "state of ",
        "estado de ", "emirate of ", "county ", "region ", "co ", "wp ", "จังหวัด", "استان ",
    ]

    /// Generic words written after a region's name, folded, longest first where one ends another.
    private static let suffixes = [
        " weiwuerzizhiqu", " zhuangzuzizhiqu", " huizuzizhiqu", " zizhiqu", " sheng", " shi", " municipality",
        " governorate", " prefecture", " province", " region", " county", " city", " state", " oblast'", " oblast",
        " kray", " krai", " emirate", " dc", "特别行政区", "自治区", "省", "市", "縣", "县", "都", "府", "県",
    ]

    /// Latin (with its extensions), Greek, Cyrillic, and the characters shared by every script (digits, spaces,
    /// punctuation): the scripts whose accents people leave out.
    private static func isAccentableScript(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0000...0x052F, 0x1E00...0x1FFF, 0x2000...0x206F, 0xFF01...0xFF5E: true
        default: false
        }
    }
}
