import Contracts
import Foundation
import GRDB
import ServiceKit
import Testing

/// An address kept in columns named under a prefix (`shippingName` …), read and bound by name.
@Suite struct AddressColumnsTests {
    static let full = Address(
        name: "Ada Lovelace", line1: "12 St James's Square", line2: "Flat 3", city: "London", region: "Greater London",
        postalCode: "SW1Y 4JH", country: "GB", phone: "+44 20 7946 0000")
    static let sparse = Address(name: "Kim", line1: "1 Main St", city: "Springfield", country: "US")

    /// A table with an address under `prefix` between two other columns, so that nothing depends on position.
    private func queue(prefix: String) throws -> DatabaseQueue {
        let queue = try DatabaseQueue()
        let addressColumns = Self.names(prefix: prefix).map { "\($0) TEXT" }.joined(separator: ", ")
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE parcel(id TEXT PRIMARY KEY, \(addressColumns), weight INTEGER)")
        }
        return queue
    }

    private static func names(prefix: String) -> [String] {
        Address.columns(prefix: prefix).components(separatedBy: ", ")
    }

    private func insert(_ address: Address, id: String, prefix: String, in queue: DatabaseQueue) throws {
        try queue.write { db in
            var arguments: [String: (any DatabaseValueConvertible)?] = ["id": id, "weight": 250]
            arguments.merge(address.columnArguments(prefix: prefix)) { _, new in new }
            try db.cachedStatement(
                sql: """
                    INSERT INTO parcel(weight, \(Address.columns(prefix: prefix)), id)
                    VALUES(:weight, \(Address.parameters(prefix: prefix)), :id)
                    """
            ).execute(arguments: StatementArguments(arguments))
        }
    }

    private func read(id: String, prefix: String, in queue: DatabaseQueue) throws -> Address? {
        try queue.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM parcel WHERE id = :id", arguments: ["id": id])
                .map { Address(row: $0, prefix: prefix) }
        }
    }

    @Test(arguments: ["shipping", "billing"])
    func addressRoundTripsByName(prefix: String) throws {
        // Given a table keeping an address under the prefix
        let queue = try queue(prefix: prefix)

        // When a full and a sparse address are bound by name and read back by name
        try insert(Self.full, id: "full", prefix: prefix, in: queue)
        try insert(Self.sparse, id: "sparse", prefix: prefix, in: queue)

        // Then both come back whole, the missing fields as NULL columns
        #expect(try read(id: "full", prefix: prefix, in: queue) == Self.full)
        #expect(try read(id: "sparse", prefix: prefix, in: queue) == Self.sparse)
        let phone = try queue.read { db in
            try DatabaseValue.fetchOne(db, sql: "SELECT \(prefix)Phone FROM parcel WHERE id = 'sparse'")
        }
        #expect(phone == .null)
    }

    @Test func columnNamesAndParametersFollowThePrefix() {
        #expect(
            Address.columns(prefix: "shipping")
                == "shippingName, shippingLine1, shippingLine2, shippingCity, shippingRegion, shippingPostalCode, "
                + "shippingCountry, shippingPhone")
        #expect(Address.parameters(prefix: "shipping").hasPrefix(":shippingName, :shippingLine1, "))
        #expect(Set(Self.full.columnArguments(prefix: "shipping").keys) == Set(Self.names(prefix: "shipping")))
    }
}
