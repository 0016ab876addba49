import Contracts
import Foundation
import GRDB
import Testing

@testable import Orders

/// The `order` and `unfulfilledOrder` columns of `orders-v2`: every field an order or a queue entry has is written
/// and read back equal, and an update stores only the timeline entries that are new.
struct OrderRecordsColumnsTests {
    /// A store at the latest version.
    static func makeStore() throws -> DatabaseQueue {
        let queue = try DatabaseQueue()
        var migrator = DatabaseMigrator()
        OrdersStore.migrate(&migrator)
        try migrator.migrate(queue)
        return queue
    }

    /// Release conditions that set each column to a value other than its placement default, one at a time, and
    /// all at once; reasons include a comma, an empty string, quotes and non-ASCII letters.
    static let conditions: [ReleaseConditions] = [
        ReleaseConditions(stockReserved: true),
        ReleaseConditions(stockReserved: false),
        ReleaseConditions(stockReserved: true, paymentAuthorised: true),
        ReleaseConditions(stockReserved: true, holdUntil: StoreFixtures.t(480, 999)),
        ReleaseConditions(stockReserved: true, holdOver: true),
        ReleaseConditions(stockReserved: true, review: .pending),
        ReleaseConditions(stockReserved: true, review: .approved),
        ReleaseConditions(stockReserved: true, reviewReasons: ["velocity_1h"]),
        ReleaseConditions(stockReserved: true, reviewUpdatedAt: StoreFixtures.t(-1, 1)),
        ReleaseConditions(
            stockReserved: false, paymentAuthorised: true, holdUntil: StoreFixtures.t(480), holdOver: true,
            review: .pending, reviewReasons: ["a,b", "", "ü \"quoted\"", "[x]"], reviewUpdatedAt: StoreFixtures.t(3)),
    ]

    @Test("Every release condition is stored in its column and reads back equal", arguments: conditions)
    func conditionsRoundTrip(_ conditions: ReleaseConditions) throws {
        // Given a placed order, with the full address
        let queue = try Self.makeStore()
        var order = try StoreFixtures.placed("ord_1", address: StoreFixtures.full)
        try queue.write { db in try OrderRecords.insert(order, in: db) }

        // When its conditions are updated, then it reads back with them
        order.conditions = conditions
        try queue.write { db in try OrderRecords.update(order, in: db) }
        #expect(try queue.read { db in try OrderRecords.find("ord_1", in: db) } == order)

        // And an order placed with them reads back equal too
        var placed = try StoreFixtures.placed("ord_2")
        placed.conditions = conditions
        try queue.write { db in try OrderRecords.insert(placed, in: db) }
        #expect(try queue.read { db in try OrderRecords.find("ord_2", in: db) } == placed)
        // And the reasons are JSON only when there are some
        let reasons = try queue.read { db throws in
            try String.fetchOne(db, sql: #"SELECT reviewReasons FROM "order" WHERE id = 'ord_2'"#)
        }
        #expect((reasons == nil) == conditions.reviewReasons.isEmpty)
    }

    @Test(
        "Every address field is stored in its column and reads back equal, in orders and in the queue",
        arguments: [
            StoreFixtures.bare, StoreFixtures.full,
            Address(name: "N", line1: "L", line2: "", city: "C", region: "", postalCode: "", country: "JP", phone: ""),
            Address(name: "N", line1: "L", city: "C", postalCode: "100-0001", country: "JP"),
        ])
    func addressRoundTrip(_ address: Address) throws {
        // Given an order placed to `address`, released and queued for its merchant
        let queue = try Self.makeStore()
        var order = try StoreFixtures.placed("ord_1", address: address, quantity: 4)
        _ = order.paymentAuthorised(at: StoreFixtures.t(1))
        let released = try #require(order.holdEnded(at: StoreFixtures.t(480, 1)).only?.releasedEvent)
        let inserted = try queue.write { db throws in
            try OrderRecords.insert(order, in: db)
            return try UnfulfilledOrderRecords.insert(released.unfulfilled, in: db)
        }

        // Then the order and the queue entry read back equal, with the order's price
        #expect(inserted)
        #expect(try queue.read { db in try OrderRecords.find("ord_1", in: db) } == order)
        let entries = try queue.read { db throws in
            try UnfulfilledOrderRecords.entries(of: ServiceFixtures.merchantID, limit: 10, in: db)
        }
        #expect(entries == [released.unfulfilled])
        #expect(entries.first?.unitPrice == order.unitPrice)
        // And an order already queued stays as it was
        var again = released.unfulfilled
        again.quantity = 9
        #expect(try queue.write { db in try UnfulfilledOrderRecords.insert(again, in: db) } == false)
        #expect(
            try queue.read { db in try UnfulfilledOrderRecords.entries(of: order.merchantID, limit: 10, in: db) }
                == entries)
    }

    @Test("Every order state of the fixtures reads back equal, and list reads the same columns")
    func ordersRoundTrip() throws {
        let queue = try Self.makeStore()
        let orders = try StoreFixtures.orders().map(\.order)
        try queue.write { db throws in
            for order in orders { try OrderRecords.insert(order, in: db) }
        }
        try queue.read { db throws in
            for order in orders {
                #expect(try OrderRecords.find(order.id, in: db) == order)
            }
            let listed = try OrderRecords.page(
                merchantID: ServiceFixtures.merchantID, status: nil, after: nil, limit: 100, in: db
            ).orders
            #expect(
                listed.sorted { $0.id.rawValue < $1.id.rawValue } == orders.sorted { $0.id.rawValue < $1.id.rawValue })
            #expect(try OrderRecords.find("ord_unknown", in: db) == nil)
        }
    }

    @Test("An update stores only the timeline entries that are new, however many")
    func updateAppendsNewTimelineEntries() throws {
        // Given a placed order
        let queue = try Self.makeStore()
        var order = try StoreFixtures.placed("ord_1")
        try queue.write { db in try OrderRecords.insert(order, in: db) }
        func storedTimeline() throws -> [TimelineEntry] {
            try queue.read { db in try OrderRecords.find("ord_1", in: db)?.timeline ?? [] }
        }

        // When it changes twice before one update, then both entries are stored after the first
        _ = try order.reviewOpened(OrderFixture.review(["velocity_1h"]), at: StoreFixtures.t(1))
        _ = try order.reviewApproved(at: StoreFixtures.t(2))
        try queue.write { db in try OrderRecords.update(order, in: db) }
        #expect(try storedTimeline() == order.timeline)
        #expect(order.timeline.count == 3)

        // When only a condition changes, or the same order is stored again, then no entry is added
        order.holdStarted(until: StoreFixtures.t(480))
        try queue.write { db throws in
            try OrderRecords.update(order, in: db)
            try OrderRecords.update(order, in: db)
        }
        #expect(try storedTimeline() == order.timeline)

        // When one more status change comes, then it is appended after the others
        _ = order.paymentAuthorised(at: StoreFixtures.t(3))
        try queue.write { db in try OrderRecords.update(order, in: db) }
        #expect(try storedTimeline() == order.timeline)
        #expect(try queue.read { db in try OrderRecords.find("ord_1", in: db) } == order)
    }

    @Test("A review state this version does not know is refused on read, not guessed")
    func unknownReviewStateIsRefused() throws {
        let queue = try Self.makeStore()
        try queue.write { db throws in
            try OrderRecords.insert(try StoreFixtures.placed("ord_1"), in: db)
            try db.execute(sql: #"UPDATE "order" SET review = 'escalated'"#)
        }
        #expect(throws: OrdersStoreError.unknownReview("escalated")) {
            try queue.read { db in try OrderRecords.find("ord_1", in: db) }
        }
    }
}
