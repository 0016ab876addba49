import Contracts
import Foundation
import GRDB
import ServiceKit
import Streams
import TestSupport
import Testing

@testable import FraudHold

/// `fraud-hold-v2`: a store written by `fraud-hold-v1`, whose placed orders, profiles and holds were JSON
/// documents, keeps every fact in the columns and rows of v2, and the service carries on from it.
struct MigrationTests {
    // MARK: - A v1 store

    /// Migrates `writer` to `fraud-hold-v1` only, then writes `seed` with the v1 writers below.
    static func makeV1Store(_ writer: some DatabaseWriter, _ seed: (Database) throws -> Void) throws {
        var migrator = DatabaseMigrator()
        FraudHoldStore.migrate(&migrator)
        try migrator.migrate(writer, upTo: "fraud-hold-v1")
        try writer.write(seed)
    }

    /// `order` as v1 stored it: the shipping address as a JSON document.
    static func insertV1(_ order: PlacedOrder, in db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO placedOrder(
                    orderID, merchantID, email, shippingAddress, amountMinorUnits, currency, placedAtMs, closedAtMs)
                VALUES(?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                order.orderID.rawValue, order.merchantID.rawValue, order.email,
                try StoredJSON.encode(order.shippingAddress), order.amount.minorUnits, order.amount.currency.code,
                DomainTime.milliseconds(order.placedAt), order.closedAt.map(DomainTime.milliseconds),
            ])
    }

    /// `profile` as v1 stored it: one JSON document.
    static func insertV1(_ profile: RiskProfile, in db: Database) throws {
        try db.execute(
            sql: "INSERT INTO riskProfile(kind, value, document) VALUES(?, ?, ?)",
            arguments: [profile.key.kind.rawValue, profile.key.value, try StoredJSON.encode(profile)])
    }

    /// `hold` as v1 stored it: a JSON document with its status and open review's opened-at.
    static func insertV1(_ hold: FraudHold, in db: Database) throws {
        let openedAt = hold.status == .underReview ? hold.reviews.last.map { $0.openedAt } : nil
        try db.execute(
            sql: """
                INSERT INTO fraudHold(orderID, merchantID, status, holdEndsMs, reviewOpenedAtMs, document)
                VALUES(?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                hold.orderID.rawValue, hold.merchantID.rawValue, hold.status.rawValue,
                DomainTime.milliseconds(hold.holdEnds), openedAt.map(DomainTime.milliseconds),
                try StoredJSON.encode(hold),
            ])
    }

    /// The placement facts of `id`, on `address`, placed at `placed`.
    static func placedOrder(_ id: OrderID, address: Address = Fixtures.home, placed: Date) -> PlacedOrder {
        PlacedOrder(EventFixtures.placed(id, email: "\(id)@example.com", address: address, at: placed))
    }

    /// The hold of an order placed at `placed`, started a minute later with `reasons`.
    static func hold(_ id: OrderID, placed: Date, reasons: [RiskReason] = []) -> FraudHold {
        FraudHold.start(
            orderID: id, merchantID: "m-1", placedAt: placed,
            assessment: RiskAssessment(orderID: id, reasons: reasons, reviewThreshold: 50),
            at: placed.addingTimeInterval(60)
        ).hold
    }

    // MARK: - Tests

    @Test("fraud-hold-v2 moves v1's placed orders, profiles and holds into columns and rows unchanged")
    func documentsBecomeColumns() throws {
        // Given a v1 store: an open order and a closed one, a card profile with orders in two currencies and
        // declines, a customer profile, a hold under review and a released one
        var detailed = Fixtures.home
        (detailed.line2, detailed.region, detailed.phone) = ("Apt 4", "IL", "+1 555 0100")
        let open = Self.placedOrder("o-1", address: detailed, placed: Fixtures.t0)
        var closed = Self.placedOrder("o-2", placed: Fixtures.hours(1))
        closed.closedAt = Fixtures.hours(2)
        let jpy = Money(minorUnits: 1_980, currency: CurrencyCode("JPY")!)
        let card = Fixtures.profile(
            .card, orders: [(Fixtures.usd(50_00), Fixtures.hours(-2)), (jpy, Fixtures.hours(-1))],
            declines: [Fixtures.hours(-3), Fixtures.hours(-0.5)])
        let customer = Fixtures.profile(.customer, orders: Fixtures.earlier(2))
        var reviewed = Self.hold("o-1", placed: Fixtures.t0, reasons: [Fixtures.reason()])
        _ = try reviewed.open(reasons: [Fixtures.reason()], at: Fixtures.hours(0.1))
        var released = Self.hold("o-2", placed: Fixtures.hours(1))
        _ = try released.holdEnded(at: Fixtures.hours(9))
        let queue = try DatabaseQueue()
        try Self.makeV1Store(queue) { db in
            for order in [open, closed] { try Self.insertV1(order, in: db) }
            for profile in [card, customer] { try Self.insertV1(profile, in: db) }
            for hold in [reviewed, released] { try Self.insertV1(hold, in: db) }
        }

        // When the store is migrated to the latest version
        var migrator = DatabaseMigrator()
        FraudHoldStore.migrate(&migrator)
        try migrator.migrate(queue)

        // Then every fact reads back as it was, and the documents are gone
        try queue.read { db throws in
            #expect(try PlacedOrderRecords.find("o-1", in: db) == open)
            #expect(try PlacedOrderRecords.find("o-2", in: db) == closed)
            #expect(try RiskProfileRecords.profiles([card.key, customer.key], in: db) == [card, customer])
            #expect(try HoldRecords.find("o-1", in: db) == reviewed)
            #expect(try HoldRecords.find("o-2", in: db) == released)
            #expect(try HoldRecords.underReview(merchantID: nil, in: db) == [reviewed])
            #expect(try !db.tableExists("riskProfile"))
            #expect(try !db.columns(in: "fraudHold").contains { $0.name == "document" })
            #expect(try !db.columns(in: "placedOrder").contains { $0.name == "shippingAddress" })
            #expect(try String.fetchOne(db, sql: "SELECT reasons FROM fraudHold WHERE orderID = 'o-2'") == nil)
        }
    }

    @Test("R4: after the upgrade, migrated histories count in assessments and migrated hold timers release")
    func serviceCarriesOn() throws {
        // Given a v1 store with two held orders on card fp_card in the last hour, and their timers
        let orders = [
            Self.placedOrder("o-1", address: EventFixtures.address(1), placed: Fixtures.hours(-0.4)),
            Self.placedOrder("o-2", address: EventFixtures.address(2), placed: Fixtures.hours(-0.2)),
        ]
        var card = RiskProfile(key: .card(fingerprint: "fp_card"))
        for order in orders {
            card.recordAuthorisedOrder(order.orderID, amount: order.amount, placedAt: order.placedAt)
        }
        let harness = try FraudHoldHarness { path in
            try Self.makeV1Store(try StoreSetup.open(path: path, migrations: { _ in })) { db in
                try Self.insertV1(card, in: db)
                for order in orders {
                    try Self.insertV1(order, in: db)
                    let hold = Self.hold(order.orderID, placed: order.placedAt)
                    try Self.insertV1(hold, in: db)
                    try DurableTimers.schedule(
                        DurableTimer(
                            id: HoldDesk.timerID(order.orderID), kind: HoldDesk.timerKind, due: hold.holdEnds),
                        in: db)
                }
            }
        }

        // When a third order on the card is placed and authorised, and the first hold's time is up
        try RiskServiceTests.order(harness, "o-3", email: "buyer3@example.com", address: EventFixtures.address(3))
        try harness.advance(to: Fixtures.hours(7.6))

        // Then the card's migrated orders put the third under review, and the first order is released
        #expect(
            try harness.publishedTypes() == ["fraud.hold_started", "fraud.review_opened", "fraud.hold_ended"])
        let opened = try #require(try harness.published(FraudReviewOpened.self).first)
        #expect(opened.reasons.first?.explanation == "3 orders from this card in the last hour (limit 3)")
        let ended = try #require(try harness.published(FraudHoldEnded.self).first)
        #expect(ended.orderID == "o-1" && ended.releasesOrder)
    }
}
