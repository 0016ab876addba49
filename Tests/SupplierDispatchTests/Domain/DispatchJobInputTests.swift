import Contracts
import Foundation
import SupplierDispatch
import Testing

/// Repeated inputs are harmless, and inputs that make no sense are refused with a typed error.
struct DispatchJobInputTests {
    /// An input applied once, then again.
    struct Repeat: Sendable, CustomStringConvertible {
        var description: String
        var setUp: @Sendable (inout DispatchJob) throws -> Void
        var input: @Sendable (inout DispatchJob) throws -> [DispatchEffect]
    }

    static let repeats: [Repeat] = [
        Repeat(
            description: "delivered",
            setUp: {
                _ = try $0.chooseSupplier(stock: [:], scorecards: [:], policy: Fixture.policy, at: Fixture.time(0))
            }
        ) {
            try $0.purchaseOrderDelivered(Fixture.purchaseOrder(1), policy: Fixture.policy, at: Fixture.time(1))
        },
        Repeat(description: "acknowledge", setUp: { try $0.dispatch(at: Fixture.time(0)) }) {
            try $0.acknowledge(Fixture.purchaseOrder(1), at: Fixture.time(1))
        },
        Repeat(description: "ship", setUp: { try $0.dispatch(at: Fixture.time(0), acknowledged: true) }) {
            try $0.ship(Fixture.purchaseOrder(1), carrier: "ups", trackingNumber: "1Z1", at: Fixture.time(2))
        },
        Repeat(description: "reject", setUp: { try $0.dispatch(at: Fixture.time(0)) }) {
            try $0.reject(Fixture.purchaseOrder(1), reason: .rejected, detail: nil, at: Fixture.time(2))
        },
        Repeat(
            description: "withdrawal answer",
            setUp: {
                try $0.dispatch(at: Fixture.time(0))
                _ = try $0.deadlinePassed(.acknowledge(Fixture.purchaseOrder(1)), at: Fixture.time(24))
            }
        ) {
            try $0.withdrawalDelivered(Fixture.purchaseOrder(1), outcome: .cancelled, at: Fixture.time(25))
        },
        Repeat(description: "order cancelled", setUp: { try $0.dispatch(at: Fixture.time(0)) }) {
            $0.orderCancelled(at: Fixture.time(3))
        },
        Repeat(
            description: "problem report",
            setUp: {
                try $0.dispatch(at: Fixture.time(0), acknowledged: true)
                _ = try $0.ship(Fixture.purchaseOrder(1), carrier: "ups", trackingNumber: "1Z1", at: Fixture.time(2))
            }
        ) {
            try $0.reportProblem(Fixture.purchaseOrder(1), problem: .damaged, reship: .backup, at: Fixture.time(90))
        },
    ]

    @Test("R6, R7: an input applied twice takes effect once", arguments: repeats)
    func duplicatesAreNoOps(_ input: Repeat) throws {
        var job = DispatchJob.fixture()
        try input.setUp(&job)
        let first = try input.input(&job)
        #expect(!first.isEmpty)
        let after = job
        #expect(try input.input(&job) == [])
        #expect(job == after)
    }

    @Test("R6: a late acknowledgement of a shipped or failed-after-acknowledgement purchase order is a no-op")
    func acknowledgementOfSettledPurchaseOrders() throws {
        var job = DispatchJob.fixture(offers: Fixture.offersShippingUnacknowledged)
        let first = try job.dispatch(at: Fixture.time(0))
        _ = try job.acknowledge(first, at: Fixture.time(1))
        _ = try job.reject(first, reason: .outOfStock, detail: nil, at: Fixture.time(2))
        #expect(try job.acknowledge(first, at: Fixture.time(3)) == [])
        let second = try job.dispatch(at: Fixture.time(3))
        _ = try job.ship(second, carrier: "ups", trackingNumber: "1Z2", at: Fixture.time(4))
        #expect(try job.acknowledge(second, at: Fixture.time(5)) == [])
    }

    /// An input the job must refuse, with its error.
    struct Refusal: Sendable, CustomStringConvertible {
        var description: String
        var error: DispatchError
        var input: @Sendable (inout DispatchJob) throws -> [DispatchEffect]
    }

    static let po1 = Fixture.purchaseOrder(1)
    static let po2 = Fixture.purchaseOrder(2)
    static let order = Fixture.orderID

    /// Refusals from a job whose first purchase order was rejected and whose second is awaiting acknowledgement.
    static let refusals: [Refusal] = [
        Refusal(
            description: "acknowledge a purchase order of another order",
            error: .unknownPurchaseOrder(orderID: order, purchaseOrderID: "po_ord_2_1")
        ) { try $0.acknowledge("po_ord_2_1", at: Fixture.time(5)) },
        Refusal(
            description: "acknowledge an attempt never made",
            error: .unknownPurchaseOrder(orderID: order, purchaseOrderID: Fixture.purchaseOrder(3))
        ) { try $0.acknowledge(Fixture.purchaseOrder(3), at: Fixture.time(5)) },
        Refusal(
            description: "acknowledge the rejected purchase order",
            error: .purchaseOrderClosed(orderID: order, purchaseOrderID: po1, action: .acknowledge)
        ) { try $0.acknowledge(po1, at: Fixture.time(5)) },
        Refusal(
            description: "reject the rejected purchase order for another reason",
            error: .purchaseOrderClosed(orderID: order, purchaseOrderID: po1, action: .reject)
        ) { try $0.reject(po1, reason: .outOfStock, detail: nil, at: Fixture.time(5)) },
        Refusal(
            description: "answer a withdrawal nobody asked for",
            error: .notAllowed(orderID: order, action: .answerWithdrawal, status: .awaitingAcknowledgement)
        ) { try $0.withdrawalDelivered(po2, outcome: .cancelled, at: Fixture.time(5)) },
        Refusal(
            description: "choose a supplier while a purchase order is open",
            error: .notAllowed(orderID: order, action: .choose, status: .awaitingAcknowledgement)
        ) { try $0.chooseSupplier(stock: [:], scorecards: [:], policy: Fixture.policy, at: Fixture.time(5)) },
        Refusal(
            description: "retry while a purchase order is open",
            error: .notAllowed(orderID: order, action: .retry, status: .awaitingAcknowledgement)
        ) { try $0.retry(offers: Fixture.offers) },
        Refusal(
            description: "report a problem before any shipment",
            error: .notAllowed(orderID: order, action: .reportProblem, status: .awaitingAcknowledgement)
        ) { try $0.reportProblem(po2, problem: .damaged, reship: .backup, at: Fixture.time(5)) },
    ]

    @Test("R6, R7: an input for the wrong purchase order or state is refused and changes nothing", arguments: refusals)
    func refusedInputs(_ refusal: Refusal) throws {
        var job = DispatchJob.fixture()
        let first = try job.dispatch(at: Fixture.time(0))
        _ = try job.reject(first, reason: .rejected, detail: nil, at: Fixture.time(1))
        try job.dispatch(at: Fixture.time(1))
        let before = job
        #expect(throws: refusal.error) { try refusal.input(&job) }
        #expect(job == before)
    }

    @Test("R7: inputs before the purchase order's delivery is reported are refused")
    func inputsWhileSending() throws {
        var job = DispatchJob.fixture()
        _ = try job.chooseSupplier(stock: [:], scorecards: [:], policy: Fixture.policy, at: Fixture.time(0))
        let id = Fixture.purchaseOrder(1)
        #expect(throws: DispatchError.notAllowed(orderID: Fixture.orderID, action: .acknowledge, status: .sending)) {
            try job.acknowledge(id, at: Fixture.time(1))
        }
        #expect(throws: DispatchError.notAllowed(orderID: Fixture.orderID, action: .ship, status: .sending)) {
            try job.ship(id, carrier: "ups", trackingNumber: "1Z1", at: Fixture.time(1))
        }
        #expect(throws: DispatchError.notAllowed(orderID: Fixture.orderID, action: .reject, status: .sending)) {
            try job.reject(id, reason: .rejected, detail: nil, at: Fixture.time(1))
        }
    }

    @Test("R9: a second ship report with another tracking number is refused")
    func conflictingShipment() throws {
        var job = DispatchJob.fixture()
        let id = try job.dispatch(at: Fixture.time(0), acknowledged: true)
        _ = try job.ship(id, carrier: "ups", trackingNumber: "1Z1", at: Fixture.time(2))
        #expect(
            throws: DispatchError.conflictingShipment(
                orderID: Fixture.orderID, purchaseOrderID: id, trackingNumber: "1Z1")
        ) {
            try job.ship(id, carrier: "ups", trackingNumber: "1Z2", at: Fixture.time(3))
        }
    }

    @Test("Errors read as sentences naming the order")
    func errorDescriptions() {
        let error = DispatchError.purchaseOrderClosed(
            orderID: Fixture.orderID, purchaseOrderID: Self.po1, action: .acknowledge)
        let sentence =
            "Cannot acknowledge a purchase order of order ord_1: purchase order po_ord_1_1 was closed or withdrawn."
        #expect(error.description == sentence)
    }

    @Test("R6: a job round-trips through JSON in every state it reaches")
    func codableRoundTrip() throws {
        var job = DispatchJob.fixture()
        var states = [job]
        let id = try job.dispatch(at: Fixture.time(0))
        states.append(job)
        _ = try job.acknowledge(id, at: Fixture.time(1))
        states.append(job)
        _ = try job.deadlinePassed(.ship(id), at: Fixture.time(48))
        states.append(job)
        _ = try job.withdrawalDelivered(id, outcome: .alreadyShipped, at: Fixture.time(49))
        states.append(job)
        _ = job.orderCancelled(at: Fixture.time(50))
        states.append(job)
        _ = try job.ship(id, carrier: "ups", trackingNumber: "1Z1", at: Fixture.time(51))
        states.append(job)
        for state in states {
            let data = try JSONEncoder().encode(state)
            #expect(try JSONDecoder().decode(DispatchJob.self, from: data) == state)
        }
    }
}
