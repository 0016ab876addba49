import Contracts
import GRDB

/// An address as the stores keep it (Orders' `order` and `unfulfilledOrder`, Fraud Hold's `placedOrder`): eight
/// columns named after the field under a prefix (`shippingName`, `shippingLine1`, `shippingLine2`, `shippingCity`,
/// `shippingRegion`, `shippingPostalCode`, `shippingCountry`, `shippingPhone` for the prefix `shipping`), NULL
/// where the address leaves a field out. Read with `init(row:prefix:)` and bound with `columnArguments(prefix:)`,
/// by name.
extension Address {
    /// The suffixes of the eight column names, in the order `columns(prefix:)` lists them.
    private static let columnSuffixes = [
        "Name", "Line1", "Line2", "City", "Region", "PostalCode", "Country", "Phone",
    ]

    /// The eight column names under `prefix`, e.g. `shippingName, shippingLine1, …`, for a SELECT or an INSERT.
    public static func columns(prefix: String) -> String {
        columnSuffixes.map { prefix + $0 }.joined(separator: ", ")
    }

    /// The eight named parameters under `prefix`, e.g. `:shippingName, :shippingLine1, …`, for an INSERT's
    /// VALUES; `columnArguments(prefix:)` binds them.
    public static func parameters(prefix: String) -> String {
        columnSuffixes.map { ":" + prefix + $0 }.joined(separator: ", ")
    }

    /// The address in the columns of `row` named under `prefix` (`row["shippingName"]` …).
    public init(row: Row, prefix: String) {
        self.init(
            name: row[prefix + "Name"], line1: row[prefix + "Line1"], line2: row[prefix + "Line2"],
            city: row[prefix + "City"], region: row[prefix + "Region"], postalCode: row[prefix + "PostalCode"],
            country: row[prefix + "Country"], phone: row[prefix + "Phone"])
    }

    /// The address as named statement arguments under `prefix` (`["shippingName": name, …]`), to merge into a
    /// statement's other arguments.
    public func columnArguments(prefix: String) -> [String: (any DatabaseValueConvertible)?] {
        [
            prefix + "Name": name, prefix + "Line1": line1, prefix + "Line2": line2, prefix + "City": city,
            prefix + "Region": region, prefix + "PostalCode": postalCode, prefix + "Country": country,
            prefix + "Phone": phone,
        ]
    }
}
