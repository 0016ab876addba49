import Contracts
import GRDB

/// A shipping address as Orders' `order` and `unfulfilledOrder` rows keep it: eight `shipping…` columns, NULL
/// where the address leaves a field out, read and bound by name.
extension Address {
    /// The address in the `shipping…` columns of `row`.
    init(shippingColumnsOf row: Row) {
        self.init(
            name: row["shippingName"], line1: row["shippingLine1"], line2: row["shippingLine2"],
            city: row["shippingCity"], region: row["shippingRegion"], postalCode: row["shippingPostalCode"],
            country: row["shippingCountry"], phone: row["shippingPhone"])
    }

    /// The `:shipping…` arguments of a statement that writes the eight columns.
    var shippingArguments: StatementArguments {
        [
            "shippingName": name, "shippingLine1": line1, "shippingLine2": line2, "shippingCity": city,
            "shippingRegion": region, "shippingPostalCode": postalCode, "shippingCountry": country,
            "shippingPhone": phone,
        ]
    }
}
