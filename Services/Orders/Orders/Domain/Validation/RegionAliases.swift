/// Names of subdivisions that customers and national posts write and the address metadata does not give, by
/// country, each to the metadata's key of the subdivision it names. Kept short: only forms in everyday use on
/// real addresses, which folding (`RegionSpelling`) cannot derive from the metadata's names.
enum RegionAliases {
    static let byCountry: [String: [String: String]] = [
        // Buenos Aires City: its abbreviation and its name before the 1994 constitution, on most addresses there.
        "AR": ["CABA": "Ciudad Autónoma de Buenos Aires", "Capital Federal": "Ciudad Autónoma de Buenos Aires"]
    ]
}
