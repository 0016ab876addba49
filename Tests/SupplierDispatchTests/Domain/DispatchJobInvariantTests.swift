import Contracts
import Foundation
import SupplierDispatch
import Testing

/// R6, R7: the invariant of supplier dispatch under random input sequences: at most one purchase order of an order
/// is open, the next supplier is tried only after the previous purchase order closed (after the supplier confirmed
/// a withdrawal), and only one purchase order gets a normal shipment (one more per reshipment).
struct DispatchJobInvariantTests {
    @Test("R6, R7: random inputs never open two purchase orders or ship the order twice", arguments: [false, true])
    func neverTwoOpenPurchaseOrders(withReshipments: Bool) throws {
        var statuses: Set<DispatchStatus> = []
        var events: Set<String> = []
        for seed: UInt64 in 1...300 {
            var random = SeededGenerator(seed: seed)
            var run = RandomRun(withReshipments: withReshipments)
            for step in 0..<80 {
                try run.step(&random, seed: seed, step: step)
                statuses.insert(run.job.status)
            }
            events.formUnion(run.events)
        }
        // The runs reach every state and every kind of event, so the invariant was tested where it matters.
        #expect(statuses == Set(DispatchStatus.allCases))
        let expected: Set<String> = [
            "sent", "acknowledged", "shipped", "failed rejected", "failed out_of_stock", "failed not_acknowledged",
            "failed ship_deadline_missed", "exhausted", "abandoned", "cancel requested", "cancelled",
            "shipped after cancel merchant", "shipped after cancel supplier",
        ]
        #expect(expected.subtracting(events).isEmpty, "never seen: \(expected.subtracting(events))")
    }
}

/// One job driven by random inputs, and what its effects revealed so far.
private struct RandomRun {
    let withReshipments: Bool
    var job = DispatchJob.fixture()
    var now = Fixture.time(0)
    /// Every purchase order the job asked to send, in order.
    var plans: [PurchaseOrderID] = []
    /// Purchase orders an event closed: failed, shipped as the order's shipment, or cancelled.
    var closedByEvent: Set<PurchaseOrderID> = []
    /// Purchase orders that got a normal `PurchaseOrderShipped`, in order.
    var normalShipments: [PurchaseOrderID] = []
    var reshipments = 0
    /// The kinds of event seen, for the coverage check.
    var events: Set<String> = []

    init(withReshipments: Bool) {
        self.withReshipments = withReshipments
    }

    mutating func step(_ random: inout SeededGenerator, seed: UInt64, step: Int) throws {
        now = now.addingTimeInterval(Double.random(in: 0...(30 * 3_600), using: &random).rounded())
        let input = Input.random(for: job, withReshipments: withReshipments, using: &random)
        let before = job
        let effects: [DispatchEffect]
        do {
            effects = try input.apply(to: &job, at: now)
        } catch {
            #expect(job == before, "seed \(seed) step \(step): \(input) threw \(error) but changed the job")
            return
        }
        check(effects, of: input, seed: seed, step: step)
        if step % 10 == 0 {
            let decoded = try JSONDecoder().decode(DispatchJob.self, from: JSONEncoder().encode(job))
            #expect(decoded == job, "seed \(seed) step \(step): JSON round trip")
        }
    }

    private mutating func check(_ effects: [DispatchEffect], of input: Input, seed: UInt64, step: Int) {
        let context = "seed \(seed) step \(step) \(input)"
        for effect in effects {
            if case .publish(let fact) = effect { events.insert(Self.kind(of: fact)) }
            switch effect {
            case .sendPurchaseOrder(let plan):
                let stillOpen = plans.filter { !closedByEvent.contains($0) }
                #expect(stillOpen.isEmpty, "\(context): \(plan.purchaseOrderID) planned while \(stillOpen) open")
                plans.append(plan.purchaseOrderID)
            case .publish(.purchaseOrderFailed(let failed)):
                closedByEvent.insert(failed.purchaseOrderID)
                if failed.failure == .notAcknowledged || failed.failure == .shipDeadlineMissed {
                    #expect(
                        input == .withdrawalAnswer(failed.purchaseOrderID, .cancelled),
                        "\(context): failed over before the supplier confirmed the withdrawal")
                }
            case .publish(.purchaseOrderShipped(let shipped)):
                #expect(!closedByEvent.contains(shipped.purchaseOrderID), "\(context): closed purchase order shipped")
                closedByEvent.insert(shipped.purchaseOrderID)
                normalShipments.append(shipped.purchaseOrderID)
                #expect(normalShipments.count <= 1 + reshipments, "\(context): shipped twice: \(normalShipments)")
            case .publish(.purchaseOrderCancelled(let cancelled)):
                closedByEvent.insert(cancelled.purchaseOrderID)
            default:
                break
            }
        }
        if case .reportProblem = input, !effects.isEmpty { reshipments += 1 }
        let open = job.purchaseOrders.filter { $0.closure == nil }
        #expect(open.count <= 1, "\(context): \(open.count) purchase orders open")
        #expect(open.allSatisfy { $0.id == job.state.openPurchaseOrder?.id }, "\(context): open outside the state")
        if !withReshipments { #expect(normalShipments.count <= 1, "\(context): shipped twice") }
    }

    private static func kind(of fact: DispatchFact) -> String {
        switch fact {
        case .purchaseOrderSent: "sent"
        case .purchaseOrderAcknowledged: "acknowledged"
        case .purchaseOrderShipped: "shipped"
        case .purchaseOrderFailed(let event): "failed \(event.failure.rawValue)"
        case .dispatchExhausted: "exhausted"
        case .dispatchAbandoned: "abandoned"
        case .purchaseOrderCancelRequested: "cancel requested"
        case .purchaseOrderCancelled: "cancelled"
        case .purchaseOrderShippedAfterCancel(let event): "shipped after cancel \(event.costBearer.rawValue)"
        }
    }
}

/// A random input to a dispatch job.
private enum Input: Equatable {
    case choose(stock: [SupplierID: Int])
    case delivered(PurchaseOrderID)
    case acknowledge(PurchaseOrderID)
    case ship(PurchaseOrderID, trackingNumber: String)
    case reject(PurchaseOrderID, SupplierRejection)
    case deadline(DispatchDeadline)
    case withdrawalAnswer(PurchaseOrderID, WithdrawalOutcome)
    case orderCancelled
    case retry(addSupplier: Bool)
    case reportProblem(PurchaseOrderID, ShipmentProblem, ReshipmentSource)

    static func random(
        for job: DispatchJob, withReshipments: Bool, using random: inout SeededGenerator
    ) -> Input {
        // Answer the job's own requests often, so that runs get deep.
        if job.status == .choosing, Bool.random(using: &random) {
            let stock: [SupplierID: Int] =
                Bool.random(using: &random) ? [:] : [Fixture.offers.randomElement(using: &random)!.supplierID: 0]
            return .choose(stock: stock)
        }
        if case .sending(let open) = job.state, Bool.random(using: &random) { return .delivered(open.id) }
        let ids =
            job.purchaseOrders.map(\.id) + [Fixture.purchaseOrder(job.purchaseOrders.count + 1), "po_ord_9_1"]
        let id =
            job.purchaseOrders.last.map { Bool.random(using: &random) ? $0.id : nil }
            .flatMap { $0 } ?? ids.randomElement(using: &random)!
        switch Int.random(in: 0..<11, using: &random) {
        case 0: return .choose(stock: [:])
        case 1: return .delivered(id)
        case 2: return .acknowledge(id)
        case 3: return .ship(id, trackingNumber: ["T1", "T2"].randomElement(using: &random)!)
        case 4: return .reject(id, SupplierRejection.allCases.randomElement(using: &random)!)
        case 5: return .deadline([.acknowledge(id), .ship(id), .refund].randomElement(using: &random)!)
        case 6, 7: return .withdrawalAnswer(id, WithdrawalOutcome.allCases.randomElement(using: &random)!)
        case 8: return Int.random(in: 0..<4, using: &random) == 0 ? .orderCancelled : .acknowledge(id)
        case 9: return .retry(addSupplier: Bool.random(using: &random))
        default:
            guard withReshipments else { return .deadline(.ship(id)) }
            return .reportProblem(
                id, ShipmentProblem.allCases.randomElement(using: &random)!,
                ReshipmentSource.allCases.randomElement(using: &random)!)
        }
    }

    func apply(to job: inout DispatchJob, at now: Date) throws -> [DispatchEffect] {
        switch self {
        case .choose(let stock):
            try job.chooseSupplier(stock: stock, scorecards: [:], policy: Fixture.policy, at: now)
        case .delivered(let id):
            try job.purchaseOrderDelivered(id, policy: Fixture.policy, at: now)
        case .acknowledge(let id):
            try job.acknowledge(id, at: now)
        case .ship(let id, let trackingNumber):
            try job.ship(id, carrier: "ups", trackingNumber: trackingNumber, at: now)
        case .reject(let id, let reason):
            try job.reject(id, reason: reason, detail: nil, at: now)
        case .deadline(let deadline):
            try job.deadlinePassed(deadline, at: now)
        case .withdrawalAnswer(let id, let outcome):
            try job.withdrawalDelivered(id, outcome: outcome, at: now)
        case .orderCancelled:
            job.orderCancelled(at: now)
        case .retry(let addSupplier):
            try job.retry(offers: Fixture.offers + (addSupplier ? [Fixture.offer(Fixture.supplierD)] : []))
        case .reportProblem(let id, let problem, let source):
            try job.reportProblem(id, problem: problem, reship: source, at: now)
        }
    }
}
