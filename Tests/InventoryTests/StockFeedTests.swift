import Contracts
import Foundation
import Inventory
import ServiceKit
import TestSupport
import Testing

/// R16: pushed and pulled supplier stock feeds set availability; a supplier's stock falling to 20% of its
/// reference level alerts the supplier and the merchant, by event and by one mail each, once per crossing.
struct StockFeedTests {
    static func feed(_ quantity: Int, of reference: Int = 100, sku: String = "TEE-M") -> StockFeed {
        StockFeed(
            supplierID: "sup_a",
            items: [StockFeedItem(listingID: "lst_1", sku: sku, quantity: quantity, referenceLevel: reference)])
    }

    func push(_ inventory: InventoryHarness, _ feed: StockFeed) async throws -> StockFeedResult {
        try await inventory.call("inventory.stock_feed", feed, as: StockFeedResult.self)
    }

    @Test func aPushedFeedSetsAvailabilityToStockMinusReservations() async throws {
        // Given 10 TEE-M of which 3 are reserved
        let inventory = try InventoryHarness()
        try await inventory.load()
        _ = try await inventory.reserve("ord_1", quantity: 3)

        // When sup_a reports 50 on its shelf
        let result = try await push(inventory, Self.feed(50))

        // Then 47 are available, the order keeps its 3, and the report is published and shown
        #expect(result == StockFeedResult(items: 1, updated: 1, lowStockAlerts: 0))
        #expect(try await inventory.units() == [47, 3, 0])
        let updated = try inventory.published(SupplierStockUpdated.self)
        #expect(updated.map(\.quantity) == [50] && updated.map(\.available) == [47])
        let stock = try #require(try await inventory.listing().variations.first?.supplierStock.first)
        #expect(stock.supplierID == "sup_a" && stock.quantity == 50 && stock.referenceLevel == 100 && !stock.isLow)

        // When the same report is pushed again, then nothing is published
        #expect(try await push(inventory, Self.feed(50)) == StockFeedResult(items: 1, updated: 0, lowStockAlerts: 0))
        #expect(try inventory.published(SupplierStockUpdated.self).count == 1)

        // When the supplier runs out, then TEE-M is Sold Out; the order still holds its units
        _ = try await push(inventory, Self.feed(0))
        #expect(try await inventory.units() == [0, 3, 0])
        #expect(try inventory.published(ListingSoldOut.self).map(\.sku) == ["TEE-M"])
    }

    @Test func aFaultyFeedIsRefusedWholeWithFieldPaths() async throws {
        let inventory = try InventoryHarness()
        try await inventory.load()

        let stranger = try await inventory.refusal(
            "inventory.stock_feed", StockFeed(supplierID: "sup_x", items: Self.feed(5).items))
        #expect(stranger.code == "not_found" && stranger.field == "supplierID")

        let faulty = StockFeed(
            supplierID: "sup_a",
            items: [
                StockFeedItem(listingID: "lst_1", sku: "TEE-M", quantity: 5, referenceLevel: 100),
                StockFeedItem(listingID: "lst_nope", sku: "TEE-M", quantity: 5, referenceLevel: 100),
                StockFeedItem(listingID: "lst_1", sku: "TEE-XL", quantity: -2, referenceLevel: 0),
            ])
        let failure = try await inventory.refusal("inventory.stock_feed", faulty)
        #expect(failure.code == "not_found" && failure.field == "items[1].listingID")
        #expect(
            failure.errors?.map(\.field) == [
                "items[1].listingID", "items[2].sku", "items[2].quantity", "items[2].referenceLevel",
            ])

        // And the good first item was not applied either
        #expect(try inventory.published(SupplierStockUpdated.self).isEmpty)
        #expect(try await inventory.units() == [10, 0, 0])
    }

    @Test func theLowStockAlertGoesOutOncePerCrossingWithOneMailToEach() async throws {
        let inventory = try InventoryHarness()
        try await inventory.load()

        // When the supplier's stock goes 100, 20 (the crossing), 10, 10, 50, 15 (a new crossing)
        var alerts: [Int] = []
        var mails: [Int] = []
        for quantity in [100, 20, 10, 10, 50, 15] {
            alerts.append(try await push(inventory, Self.feed(quantity)).lowStockAlerts)
            mails.append(try inventory.deliveredMail().count)
        }

        // Then each crossing publishes one alert and mails the supplier and the merchant once
        #expect(alerts == [0, 1, 0, 0, 0, 1])
        #expect(mails == [0, 2, 2, 2, 2, 4])
        let ranLow = try inventory.published(SupplierStockRanLow.self)
        #expect(ranLow.map(\.quantity) == [20, 15])
        #expect(ranLow.allSatisfy { $0.supplierID == "sup_a" && $0.merchantID == "mer_1" && $0.sku == "TEE-M" })

        // And the mails are RFC 5322 messages to each, with the subject the alert promises
        let delivered = try inventory.deliveredMail()
        let first = delivered.filter { $0.contains("Subject: Low stock: Plain tee TEE-M at 20 of 100\r\n") }
        #expect(first.count == 2)
        #expect(first.contains { $0.contains("To: Shenzhen Goods <stock@szgoods.example>\r\n") })
        #expect(first.contains { $0.contains("To: Acme Tees <shop@acme.example>\r\n") })
        #expect(first.allSatisfy { $0.contains("From: Dropline Inventory <inventory@dropline.local>\r\n") })
        #expect(first.allSatisfy { $0.contains("Message-ID: <inventory.low-stock.") && $0.contains("\r\n\r\n") })
        #expect(delivered.filter { $0.contains("Subject: Low stock: Plain tee TEE-M at 15 of 100\r\n") }.count == 2)
    }

    @Test func pulledFeedFilesAreAppliedEveryIntervalAndBadFilesSkipped() async throws {
        // Given a 5-minute pull, 10 TEE-M, and a feeds folder with a good file, a broken one and a stray one
        let inventory = try InventoryHarness(settings: InventorySettings(feedPullMinutes: 5))
        try await inventory.load()
        let encoder = DomainTime.makeEncoder()
        try inventory.writeFeedFile("a-sup_a.json", try encoder.encode(Self.feed(18)))
        try inventory.writeFeedFile(
            "b-broken.json", Data(#"{"supplierID":"sup_a","items":[{"listingID":"lst_1"}]}"#.utf8))
        try inventory.writeFeedFile("c-unknown.json", try encoder.encode(StockFeed(supplierID: "sup_x", items: [])))
        try inventory.writeFeedFile("notes.txt", Data("not a feed".utf8))

        // When less than 5 minutes pass, then nothing is pulled
        try inventory.advance(to: InventoryFixture.t(4))
        #expect(try inventory.published(SupplierStockUpdated.self).isEmpty)

        // When 5 minutes have passed, then the good file is applied, with its alert and mails
        try inventory.advance(to: InventoryFixture.t(5))
        #expect(try inventory.published(SupplierStockUpdated.self).map(\.quantity) == [18])
        #expect(try inventory.published(SupplierStockRanLow.self).count == 1)
        #expect(try inventory.deliveredMail().count == 2)
        #expect(try await inventory.units() == [18, 0, 0])

        // And each bad file is logged with its name and reason, and skipped
        let skipped = inventory.logs.entries("Skipped stock feed file")
        #expect(skipped.map { $0["feed.file"] } == ["b-broken.json", "c-unknown.json"])
        #expect(skipped.first?["error"]?.contains("items[0].sku") == true)
        #expect(skipped.last?["error"]?.contains("not_found") == true)

        // When the next pull reads the same files, then it is harmless: nothing new is published or mailed
        let published = try inventory.publishedTypes()
        try inventory.advance(to: InventoryFixture.t(10))
        #expect(try inventory.publishedTypes() == published)
        #expect(try inventory.deliveredMail().count == 2)
        #expect(inventory.logs.entries("Pulled stock feeds").count == 2)

        // When a day passes at once, then the feeds are pulled once, and the next pull is the next boundary
        try inventory.advance(to: InventoryFixture.t(24 * 60 + 2))
        #expect(inventory.logs.entries("Pulled stock feeds").count == 3)
        let next = try #require(try inventory.pendingTimers().first { $0.kind == "feeds.pull" })
        #expect(next.due == InventoryFixture.t(24 * 60 + 5))
    }

    @Test func settingsAreReadWithDefaultsAndBadValuesNameTheirKey() throws {
        let defaults = try InventorySettings(SettingsReader([:], service: "inventory"))
        #expect(defaults == InventorySettings(reservationTTLSeconds: 900, feedPullMinutes: 15))

        let set = try InventorySettings(
            SettingsReader(["reservation_ttl_seconds": "60", "feed_pull_minutes": " 1 "], service: "inventory"))
        #expect(set == InventorySettings(reservationTTLSeconds: 60, feedPullMinutes: 1))

        let bad = #expect(throws: SettingsError.self) {
            try InventorySettings(SettingsReader(["feed_pull_minutes": "0"], service: "inventory"))
        }
        #expect(bad?.key == "services.inventory.settings.feed_pull_minutes")
        #expect(bad?.reason == #"expected an integer of at least 1, got "0""#)

        let unknown = #expect(throws: SettingsError.self) {
            try InventorySettings(SettingsReader(["feed_pull_minute": "5"], service: "inventory"))
        }
        #expect(unknown?.key == "services.inventory.settings.feed_pull_minute")
    }
}
