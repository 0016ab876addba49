import Contracts
import Foundation
import GRDB
import Inventory
import Logging
import Mail
import ServiceKit
import Streams
import TestSupport
import Testing

/// One inventory service on a real SQLite file in a temporary folder (its state folder), on simulated time,
/// driven the way the host drives it: RPCs through its router, `orders` events through its handler with the
/// stream checkpoint, timers in the clock's transaction, mail through a deliverer into `maildir/`.
final class InventoryHarness: Sendable {
    let directory: TemporaryDirectory
    let store: DatabasePool
    let clock: DomainClock
    let service: InventoryService
    let router: RPCRouter
    let logs = LogRecorder()
    let deliverer: MailDeliverer
    private let feed: StreamFeed

    init(settings: [String: String] = [:]) async throws {
        directory = try TemporaryDirectory()
        store = try StoreSetup.open(path: directory.file("inventory.sqlite"), migrations: InventoryStore.migrate)
        feed = StreamFeed(writer: store)
        clock = DomainClock(mode: .simulated(start: InventoryFixture.t0), stored: nil)
        let configuration = try InventoryConfiguration(
            settings: settings, service: "inventory", stateDirectory: directory.path)
        service = InventoryService(
            writer: store,
            outbox: Outbox(stream: StreamNames.inventory, epoch: "inventory-epoch-1", maxBodyBytes: 1 << 20),
            clock: clock, configuration: configuration, logger: logs.logger)
        router = service.router()
        deliverer = MailDeliverer(
            writer: store, maildir: try Maildir(path: configuration.maildirPath), logger: logs.logger)
        try await service.scheduleFeedPull()
    }

    deinit { directory.remove() }

    // MARK: - RPCs

    /// Calls `method` through the router; a refusal is thrown as the `RPCFailure` the caller would read.
    func call<Result: Decodable>(_ method: String, _ params: some Encodable, as: Result.Type) async throws -> Result {
        let body = try DomainTime.makeEncoder().encode(params)
        let (ok, reply) = await router.handle(method: method, body: body, logger: logs.logger)
        guard ok else { throw try DomainTime.makeDecoder().decode(ErrorReply.self, from: reply).error }
        return try DomainTime.makeDecoder().decode(Result.self, from: reply)
    }

    /// The refusal of a call that must fail.
    func refusal(_ method: String, _ params: some Encodable, sourceLocation: SourceLocation = #_sourceLocation)
        async throws -> RPCFailure
    {
        do {
            _ = try await call(method, params, as: AnyReply.self)
        } catch let failure as RPCFailure {
            return failure
        }
        Issue.record("\(method) succeeded but must be refused", sourceLocation: sourceLocation)
        throw RPCFailure(code: "unexpected_success", message: method)
    }

    @discardableResult
    func load(_ catalog: CatalogLoad = InventoryFixture.catalog()) async throws -> CatalogLoadResult {
        try await call("inventory.load", catalog, as: CatalogLoadResult.self)
    }

    func reserve(
        _ orderID: OrderID, sku: String = "TEE-M", quantity: Int = 1, listing: ListingID = "lst_1", ttl: Int = 120
    ) async throws -> ReserveStockResult {
        try await call(
            "inventory.reserve",
            ReserveStockRequest(orderID: orderID, listingID: listing, sku: sku, quantity: quantity, ttlSeconds: ttl),
            as: ReserveStockResult.self)
    }

    func listing(_ id: ListingID = "lst_1") async throws -> ListingView {
        try await call("inventory.listing", ListingRequest(listingID: id), as: ListingView.self)
    }

    /// The variation's units: available, reserved, sold.
    func units(_ sku: String = "TEE-M", listing: ListingID = "lst_1") async throws -> [Int] {
        let variation = try #require(try await self.listing(listing).variations.first { $0.sku == sku })
        return [variation.available, variation.reserved, variation.sold]
    }

    // MARK: - Streams and time

    /// Applies one `orders` event at the next `seq`, with the checkpoint, as the subscription does.
    func deliver<Payload: EventPayload>(_ payload: Payload, correlation: OrderID) throws {
        try feed.deliver(
            payload, on: StreamNames.orders, at: clock.now(), correlation: correlation.rawValue,
            to: service.ordersHandler)
    }

    /// Moves simulated time to `time` and fires the due timers in the same transaction, as the clock stream does.
    func advance(to time: Date) async throws {
        try await store.write { [service, clock] db in
            try clock.advance(to: time, in: db)
            try DurableTimers.fireDue(at: time, in: db, handler: service.fireTimer)
        }
    }

    // MARK: - What was published, stored, mailed

    /// Every published event, in stream order.
    func published() throws -> [StoredEvent] {
        try store.read { try OutboxLog.events($0, from: 1, limit: 100_000) }
    }

    /// Every published event's type, in stream order.
    func eventTypes() throws -> [String] {
        try published().map(\.type)
    }

    /// The data of every published event of `Payload`'s type, in stream order.
    func events<Payload: EventPayload>(_: Payload.Type) throws -> [Payload] {
        try published().filter { $0.type == Payload.eventType }.map {
            try DomainTime.makeDecoder().decode(Envelope<Payload>.self, from: $0.body).data
        }
    }

    func pendingTimers() throws -> [DurableTimer] {
        try store.read { try DurableTimers.pending(in: $0) }
    }

    func deadLetters() throws -> [DeadLetter] {
        try store.read { try DeadLetters.all($0) }
    }

    /// Delivers the mail outbox, then returns every delivered message's text, by file name.
    func deliveredMail() throws -> [String] {
        try deliverer.deliverPending()
        let folder = directory.file("maildir/new")
        return try FileManager.default.contentsOfDirectory(atPath: folder).sorted().map {
            try String(contentsOfFile: "\(folder)/\($0)", encoding: .utf8)
        }
    }

    /// Writes a file into the pulled feeds folder.
    func writeFeedFile(_ name: String, _ contents: Data) throws {
        let folder = directory.file("feeds")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try contents.write(to: URL(fileURLWithPath: "\(folder)/\(name)"))
    }
}

/// An RPC error body.
struct ErrorReply: Decodable {
    var error: RPCFailure
}

/// Any successful reply, unread.
struct AnyReply: Decodable {
    init(from decoder: any Decoder) throws {}
}

extension InventoryFixture {
    static let merchant = MerchantRecord(
        id: "mer_1", name: "Acme Tees", email: "shop@acme.example",
        returnAddress: Address(
            name: "Acme Tees", line1: "1 Main St", city: "Springfield", postalCode: "62701", country: "US"))
    static let supplier = SupplierRecord(id: "sup_a", name: "Shenzhen Goods", email: "stock@szgoods.example")

    /// Listing `lst_1` "Plain tee": 10 TEE-M and 3 TEE-L, supplied by `sup_a` with a reference level of 100.
    static func listingRecord(
        stock: [String: Int] = ["TEE-M": 10, "TEE-L": 3], title: String = "Plain tee", isActive: Bool = true,
        limit: Int = 10, price: Money = InventoryFixture.price
    ) -> ListingRecord {
        ListingRecord(
            id: "lst_1", merchantID: "mer_1", title: title, isActive: isActive, perOrderLimit: limit,
            variations: stock.sorted { $0.key > $1.key }.map {
                VariationRecord(
                    sku: $0.key, price: price, stock: $0.value,
                    suppliers: [
                        SupplierOfferRecord(
                            supplierID: "sup_a", productCost: price, shippingCost: price,
                            processingFee: .zero(price.currency),
                            referenceLevel: 100)
                    ])
            })
    }

    static func catalog(_ listings: [ListingRecord] = [listingRecord()]) -> CatalogLoad {
        CatalogLoad(merchants: [merchant], suppliers: [supplier], listings: listings)
    }

    /// An order for `quantity` of `sku` of `lst_1`, as Orders publishes it.
    static func placed(_ orderID: OrderID, sku: String = "TEE-M", quantity: Int = 1) -> OrderPlaced {
        OrderPlaced(
            orderID: orderID, merchantID: "mer_1", listingID: "lst_1", sku: sku, quantity: quantity, unitPrice: price,
            total: price * quantity, customerName: "Ada Lovelace", customerEmail: "ada@example.com",
            shippingAddress: Address(
                name: "Ada Lovelace", line1: "12 Rue de Rivoli", city: "Paris", postalCode: "75001", country: "FR"),
            at: t0)
    }

    /// `seconds` after `t0`.
    static func t(seconds: Int) -> Date { t0.addingTimeInterval(Double(seconds)) }
}
