import Contracts
import GRDB

/// A shipping address in `placedOrder`'s eight `shipping…` columns, read and bound by name (ServiceKit's
/// `Address(row:at:)` and `shippingColumnValues` go by position).
extension Address {
    /// The eight columns, in `Address.shippingColumns`' order.
    static let shippingColumnNames = [
        "shippingName", "shippingLine1", "shippingLine2", "shippingCity", "shippingRegion", "shippingPostalCode",
        "shippingCountry", "shippingPhone",
    ]

    /// `:shippingName, :shippingLine1, …`: the named parameters of the eight columns, for `VALUES(…)`.
    static let shippingParameters = shippingColumnNames.map { ":\($0)" }.joined(separator: ", ")

    /// The address in `row`'s eight `shipping…` columns, NULL where it leaves a field out.
    init(shippingColumnsOf row: Row) {
        self.init(
            name: row["shippingName"], line1: row["shippingLine1"], line2: row["shippingLine2"],
            city: row["shippingCity"], region: row["shippingRegion"], postalCode: row["shippingPostalCode"],
            country: row["shippingCountry"], phone: row["shippingPhone"])
    }

    /// The values of the eight columns by name, for a statement's named arguments.
    var shippingArguments: [String: (any DatabaseValueConvertible)?] {
        [
            "shippingName": name, "shippingLine1": line1, "shippingLine2": line2, "shippingCity": city,
            "shippingRegion": region, "shippingPostalCode": postalCode, "shippingCountry": country,
            "shippingPhone": phone,
        ]
    }
}
