import Contracts
import Foundation
import GRDB
import ServiceKit
import Streams

/// The desk of the `DispatchJob`: loads an order's job inside the caller's transaction, applies one input to it
/// and carries out what the job asks (`DispatchEffect`): events to the partition's outbox, durable timers,
/// scorecard updates and the next supplier's choice in the same transaction; connector calls queued for the
/// sender to make after commit (R6, R7, R15).
struct JobDesk: Sendable {
    /// The kind of every dispatch timer; its payload names the order and the deadline.
    static let timerKind = "dispatch-deadline"

    let outbox: Outbox
    let policy: DispatchPolicy
    /// R9: chooses each order's carrier service level.
    let shipping: ShippingPlanner
    /// Told after the commit of any transaction that queued a connector call.
    let wakeup: SenderWakeup

    /// Starts the dispatch of a released order: a job on the variation's offers, and its first choice.
    func start(_ order: UnfulfilledOrder, listing: ListingRecord, causation: String?, at now: Date, in db: Database)
        throws
    {
        guard try DispatchJobRecords.job(order.orderID, in: db) == nil else { return }
        let offers = listing.variations.first { $0.sku == order.sku }?.suppliers ?? []
        var job = DispatchJob.release(order: order, offers: offers)
        try follow([.chooseSupplier], of: &job, causation: causation, at: now, in: db)
        try DispatchJobRecords.save(job, in: db)
    }

    /// Loads the order's job, applies `input` and follows its effects; returns the job as saved.
    /// - Throws: `DispatchHandlingError.unknownOrder` when the partition has no job for the order, or what
    ///   `input` throws (the caller's transaction then rolls back).
    @discardableResult
    func change(
        _ orderID: OrderID, causation: String?, at now: Date, in db: Database,
        _ input: (inout DispatchJob) throws -> [DispatchEffect]
    ) throws -> DispatchJob {
        guard var job = try DispatchJobRecords.job(orderID, in: db) else {
            throw DispatchHandlingError.unknownOrder(orderID)
        }
        let before = job
        let effects = try input(&job)
        try follow(effects, of: &job, causation: causation, at: now, in: db)
        if job != before { try DispatchJobRecords.save(job, in: db) }
        return job
    }

    /// Carries out `effects` in order; a `.chooseSupplier` runs after the effects before it (so it sees their
    /// scores) and its own effects follow in turn.
    private func follow(
        _ effects: [DispatchEffect], of job: inout DispatchJob, causation: String?, at now: Date, in db: Database
    ) throws {
        var queue = effects[...]
        while let effect = queue.popFirst() {
            switch effect {
            case .publish(let fact):
                try publish(fact.payload, orderID: job.orderID, causation: causation, at: now, in: db)
            case .schedule(let deadline, let due):
                let timer = DurableTimer(
                    id: Self.timerID(job.orderID, deadline), kind: Self.timerKind, due: due,
                    payload: try JSONCoding.encoder.encode(DeadlineTimer(orderID: job.orderID, deadline: deadline)))
                try DurableTimers.schedule(timer, in: db)
            case .score(let supplier, let fact):
                var card = try ScorecardRecords.scorecard(supplier, in: db) ?? .zero
                card.record(fact)
                try ScorecardRecords.save(card, of: supplier, in: db)
            case .chooseSupplier:
                let stock = try CatalogueRecords.supplierStock(listing: job.order.listingID, sku: job.order.sku, in: db)
                let cards = try ScorecardRecords.scorecards(job.offers.map(\.supplierID), in: db)
                let plan = try shippingPlan(for: job.order, in: db)
                queue.append(
                    contentsOf: try job.chooseSupplier(
                        stock: stock, scorecards: cards, policy: policy, shipping: plan, at: now))
            case .sendPurchaseOrder(let plan):
                db.afterNextTransaction { [wakeup] _ in wakeup.signal() }
                let request = try PurchaseOrderRequestBuilder.request(
                    for: plan, of: job, policy: policy, at: now, in: db)
                try PurchaseOrderDocumentRecords.save(request.documents, of: plan.purchaseOrderID, in: db)
                try ConnectorCallRecords.enqueue(
                    .purchaseOrder, orderID: job.orderID, purchaseOrderID: plan.purchaseOrderID,
                    body: try JSONCoding.encoder.encode(request), in: db)
            case .cancelAtSupplier(let purchaseOrder, let supplier):
                db.afterNextTransaction { [wakeup] _ in wakeup.signal() }
                let cancellation = PurchaseOrderCancellation(
                    purchaseOrderID: purchaseOrder, supplierID: supplier, requestedAt: now)
                try ConnectorCallRecords.enqueue(
                    .cancel, orderID: job.orderID, purchaseOrderID: purchaseOrder,
                    body: try JSONCoding.encoder.encode(cancellation), in: db)
            }
        }
    }

    /// R9: the carrier choice for `order`, from its listing's country of origin (where its suppliers ship from),
    /// its destination and its value (the unit price paid, or the variation's price for an order of an earlier
    /// version).
    private func shippingPlan(for order: UnfulfilledOrder, in db: Database) throws -> ShippingPlan {
        let listing = try CatalogueRecords.listing(order.listingID, in: db)
        guard let origin = listing?.originCountry.flatMap(CountryCode.init) else {
            return .unplanned(reason: "listing \(order.listingID) names no country of origin")
        }
        guard let destination = CountryCode(order.shippingAddress.country) else {
            return .unplanned(reason: "the destination \(order.shippingAddress.country) is not a country code")
        }
        guard let unitPrice = order.unitPrice ?? listing?.variations.first(where: { $0.sku == order.sku })?.price
        else { return .unplanned(reason: "order \(order.orderID) has no price") }
        return shipping.plan(origin: origin, destination: destination, unitPrice: unitPrice, quantity: order.quantity)
    }

    private func publish(
        _ payload: some EventPayload, orderID: OrderID, causation: String?, at now: Date, in db: Database
    ) throws {
        try outbox.append(payload, at: now, correlation: orderID.rawValue, causation: causation, in: db)
    }

    /// `dispatch:<order>:ack:<po>`, `…:ship:<po>`, `…:refund`: one timer per deadline; scheduling again moves it.
    static func timerID(_ orderID: OrderID, _ deadline: DispatchDeadline) -> String {
        switch deadline {
        case .acknowledge(let purchaseOrder): "dispatch:\(orderID):ack:\(purchaseOrder)"
        case .ship(let purchaseOrder): "dispatch:\(orderID):ship:\(purchaseOrder)"
        case .refund: "dispatch:\(orderID):refund"
        }
    }
}
