extension DocumentLanguages {
    /// ISO 3166-1 alpha-2 country → the language its documents are written in (BCP 47): the official language
    /// used in administration and commerce, CLDR's likely language where a country has several (Belgium `nl`,
    /// Switzerland `de`, Canada `en`). It covers every country Orders validates addresses for (R1) and the other
    /// countries that speak a language Dropline translates; languages without a translation are listed too, so
    /// that adding a translation needs no change here.
    static let primaryLanguageByCountry: [String: String] = [
        // Chinese: Simplified on the mainland, Traditional in Taiwan, Hong Kong and Macao.
        "CN": "zh", "TW": "zh-Hant", "HK": "zh-Hant", "MO": "zh-Hant",
        // Spanish.
        "ES": "es", "MX": "es", "AR": "es", "CO": "es", "CL": "es", "PE": "es", "VE": "es", "EC": "es", "GT": "es",
        "CU": "es", "BO": "es", "DO": "es", "HN": "es", "PY": "es", "SV": "es", "NI": "es", "CR": "es", "PA": "es",
        "UY": "es", "PR": "es", "GQ": "es",
        // French, with the overseas departments and collectivities that have their own ISO codes.
        "FR": "fr", "MC": "fr", "LU": "fr", "SN": "fr", "CI": "fr", "CM": "fr", "GA": "fr", "CG": "fr", "BJ": "fr",
        "TG": "fr", "GN": "fr", "GP": "fr", "MQ": "fr", "GF": "fr", "RE": "fr", "YT": "fr", "PF": "fr", "NC": "fr",
        "PM": "fr", "BL": "fr", "MF": "fr", "WF": "fr",
        // German.
        "DE": "de", "AT": "de", "CH": "de", "LI": "de",
        // Portuguese.
        "PT": "pt", "BR": "pt", "AO": "pt", "MZ": "pt", "CV": "pt", "GW": "pt", "ST": "pt", "TL": "pt",
        // English.
        "US": "en", "GB": "en", "IE": "en", "AU": "en", "NZ": "en", "CA": "en", "IN": "en", "SG": "en", "PH": "en",
        "NG": "en", "ZA": "en", "GH": "en", "JM": "en", "TT": "en", "BS": "en", "BB": "en", "BZ": "en", "GY": "en",
        // Languages Dropline does not translate yet: documents for these countries fall back to English.
        "AE": "ar", "SA": "ar", "EG": "ar", "IL": "he", "JP": "ja", "KR": "ko", "RU": "ru", "UA": "uk", "PL": "pl",
        "CZ": "cs", "HU": "hu", "RO": "ro", "GR": "el", "TR": "tr", "SE": "sv", "NO": "nb", "DK": "da", "FI": "fi",
        "NL": "nl", "BE": "nl", "IT": "it", "ID": "id", "MY": "ms", "TH": "th", "VN": "vi",
    ]
}
