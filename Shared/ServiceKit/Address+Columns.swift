import Contracts
import GRDB

/// A shipping address as the stores keep it (Orders' `order` and `unfulfilledOrder`, Fraud Hold's `placedOrder`):
/// eight `shipping…` columns, NULL where the address leaves a field out.
extension Address {
    /// The columns, in the order `init(row:at:)` reads them and `shippingColumnValues` lists them.
    public static let shippingColumns = """
        shippingName, shippingLine1, shippingLine2, shippingCity, shippingRegion, shippingPostalCode, \
        shippingCountry, shippingPhone
        """

    /// The address in the eight `shipping…` columns of `row`, the first at position `index`.
    public init(row: Row, at index: Int) {
        self.init(
            name: row[index], line1: row[index + 1], line2: row[index + 2], city: row[index + 3],
            region: row[index + 4], postalCode: row[index + 5], country: row[index + 6], phone: row[index + 7])
    }

    /// The values of the eight `shipping…` columns.
    public var shippingColumnValues: [(any DatabaseValueConvertible)?] {
        [name, line1, line2, city, region, postalCode, country, phone]
    }
}
