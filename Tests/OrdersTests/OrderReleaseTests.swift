import Contracts
import Foundation
import Orders
import Testing

/// R4, R5: release happens exactly once, at whichever of its facts arrives last, and never before.
struct OrderReleaseTests {
    @Test(arguments: Arrival.all)
    func releaseHappensOnceAtTheLastFact(_ arrival: Arrival) throws {
        // Given a placed order (stock reserved at placement)
        var order = try OrderFixture.place().order
        var emitted: [OrderEvent] = []
        var causes: [TransitionCause] = []

        // When the facts arrive in this order, one minute apart
        for (index, input) in arrival.inputs.enumerated() {
            let at = OrderFixture.t(index + 1)
            let events = try input.apply(to: &order, at: at)
            emitted += events
            causes += events.compactMap { _ in input.cause }
            #expect(events.allSatisfy { $0.at == at })
            if index < arrival.releaseIndex {
                // Then before the last fact the order waits, in the status the facts so far imply
                #expect(order.status == arrival.waitingStatus(after: index))
                #expect(events.allSatisfy { $0.releasedEvent == nil })
            } else if index == arrival.releaseIndex {
                // And the last fact releases it, naming itself as the cause
                let released = try #require(events.only?.releasedEvent)
                #expect(released.cause == input.cause && released.unfulfilled.releasedAt == at)
                #expect(order.status == .released && order.releasedAt == at)
            } else {
                #expect(events.isEmpty)
            }
        }

        // And the timeline has one entry per event, at the fact's time, with the fact as its cause
        #expect(emitted.count(where: { $0.releasedEvent != nil }) == 1)
        #expect(order.timeline.count == 1 + emitted.count)
        #expect(order.timeline.dropFirst().map(\.at) == emitted.map(\.at))
        #expect(order.timeline.dropFirst().map(\.status) == emitted.compactMap(\.status))
        #expect(order.timeline.dropFirst().map(\.cause) == causes)
        // And a held order shows the hold's end only if the hold had started by then
        for held in emitted.compactMap(\.heldEvent) {
            #expect((held.holdUntil != nil) == arrival.holdStartedBefore(held.at))
        }

        // When every fact is delivered again at its own time, then nothing changes
        let released = order
        for (index, input) in arrival.inputs.enumerated() {
            #expect(try input.apply(to: &order, at: OrderFixture.t(index + 1)).isEmpty)
        }
        #expect(order == released)
    }

    /// Sequences where a review opens again after an approval; each step lists the status it must leave.
    static let reviewRounds: [[Step]] = [
        [
            Step(.reviewOpen, .underReview, "order.under_review"),
            Step(.reviewApprove, .placed, "order.awaiting_payment"),
            Step(.reviewOpen, .underReview, "order.under_review"), Step(.authorise, .underReview, nil),
            Step(.holdEnd, .underReview, nil), Step(.reviewApprove, .released, "order.released"),
        ],
        [
            Step(.authorise, .held, "order.held"), Step(.reviewOpen, .underReview, "order.under_review"),
            Step(.reviewApprove, .held, "order.held"), Step(.reviewOpen, .underReview, "order.under_review"),
            Step(.reviewApprove, .held, "order.held"), Step(.holdEnd, .released, "order.released"),
        ],
        [
            Step(.holdEnd, .placed, nil), Step(.reviewOpen, .underReview, "order.under_review"),
            Step(.authorise, .underReview, nil), Step(.reviewOpen, .underReview, nil),
            Step(.reviewApprove, .released, "order.released"),
        ],
    ]

    @Test(arguments: reviewRounds)
    func aReviewCanOpenAgainUntilRelease(steps: [Step]) throws {
        // Given a placed order
        var order = try OrderFixture.place().order
        for (index, step) in steps.enumerated() {
            // When each fact arrives, then the order moves as the step says, with at most one event
            let events = try step.input.apply(to: &order, at: OrderFixture.t(index + 1))
            #expect(order.status == step.status, "after \(step.input) at step \(index)")
            #expect(events.map(\.eventType) == (step.eventType.map { [$0] } ?? []), "after \(step.input)")
        }
    }

    @Test func aReviewFactFromAnEarlierRoundChangesNothing() throws {
        // Given an authorised order whose first review was approved at minute 2 and reopened at minute 3
        var order = try OrderFixture.place().order
        _ = order.paymentAuthorised(at: OrderFixture.t(0))
        _ = try order.reviewOpened(OrderFixture.review(["velocity_per_customer"]), at: OrderFixture.t(1))
        _ = try order.reviewApproved(at: OrderFixture.t(2))
        _ = try order.reviewOpened(OrderFixture.review(["amount_above_usual"]), at: OrderFixture.t(3))
        let reopened = order

        // When the first round's facts are delivered again
        // Then they neither approve nor reopen the second round
        #expect(try order.reviewApproved(at: OrderFixture.t(2)).isEmpty)
        #expect(try order.reviewOpened(OrderFixture.review(["velocity_per_customer"]), at: OrderFixture.t(1)).isEmpty)
        #expect(order == reopened)
        #expect(order.conditions.unmet == [.holdOver, .noReviewPending])
        #expect(order.conditions.reviewReasons == ["amount_above_usual"])
    }

    @Test func theReleasedFactCarriesTheUnfulfilledQueueEntry() throws {
        // Given an authorised order whose hold started
        var order = try OrderFixture.place(quantity: 4).order
        order.holdStarted(until: OrderFixture.t(480))
        let held = try #require(order.paymentAuthorised(at: OrderFixture.t(1)).only?.heldEvent)
        #expect(held.holdUntil == OrderFixture.t(480))

        // When the hold ends
        let released = try #require(order.holdEnded(at: OrderFixture.t(480)).only?.releasedEvent)

        // Then the merchant's queue gets what R5 lists, and the merchant is told
        let entry = released.unfulfilled
        #expect(entry.orderID == "ord_1" && entry.merchantID == "mer_1" && entry.listingID == "lst_1")
        #expect(entry.sku == "TEE-M" && entry.quantity == 4 && entry.customerName == "Ana Souza")
        #expect(entry.shippingAddress == OrderFixture.address && entry.releasedAt == OrderFixture.t(480))
        #expect(released.followUps == [.notifyMerchant])
    }
}

/// One arrival order of the release facts, plus the hold's start (which changes no status).
struct Arrival: Sendable, CustomTestStringConvertible {
    let inputs: [OrderInput]

    var testDescription: String { inputs.map(\.rawValue).joined(separator: " → ") }

    /// Every order of authorise, hold start, hold end, review opened and review approved in which the review
    /// opens before it is approved and before both authorisation and hold end (else the order was released
    /// first, and a review can no longer pull it back: see `OrderTransitionTests.illegal`), and every order
    /// of the first three without a review: 50 + 6.
    static let all: [Arrival] = {
        let withReview = permutations(of: [.authorise, .holdStart, .holdEnd, .reviewOpen, .reviewApprove])
            .filter { inputs in
                let position = { (input: OrderInput) in inputs.firstIndex(of: input)! }
                return position(.reviewOpen) < position(.reviewApprove)
                    && position(.reviewOpen) < max(position(.authorise), position(.holdEnd))
            }
        return (withReview + permutations(of: [.authorise, .holdStart, .holdEnd])).map(Arrival.init)
    }()

    /// The input that must release the order: the last of R5's facts to arrive.
    var releaseIndex: Int {
        inputs.lastIndex { [.authorise, .holdEnd, .reviewApprove].contains($0) }!
    }

    /// R5's waiting statuses: under review while a review is open, else held once authorised, else placed.
    func waitingStatus(after index: Int) -> OrderStatus {
        let seen = inputs[...index]
        if seen.contains(.reviewOpen) && !seen.contains(.reviewApprove) { return .underReview }
        return seen.contains(.authorise) ? .held : .placed
    }

    /// Whether the hold started before the fact at `at` (inputs arrive at minutes 1, 2, …).
    func holdStartedBefore(_ at: Date) -> Bool {
        guard let start = inputs.firstIndex(of: .holdStart) else { return false }
        return OrderFixture.t(start + 1) < at
    }

    private static func permutations(of inputs: [OrderInput]) -> [[OrderInput]] {
        guard inputs.count > 1 else { return [inputs] }
        return inputs.indices.flatMap { index in
            var rest = inputs
            let first = rest.remove(at: index)
            return permutations(of: rest).map { [first] + $0 }
        }
    }
}

/// A step of a table: an input, the status it must leave the order in, and the event it must publish.
struct Step: Sendable, CustomTestStringConvertible {
    let input: OrderInput
    let status: OrderStatus
    let eventType: String?

    init(_ input: OrderInput, _ status: OrderStatus, _ eventType: String?) {
        self.input = input
        self.status = status
        self.eventType = eventType
    }

    var testDescription: String { "\(input) → \(status)" }
}

extension OrderInput {
    /// The timeline cause this input records when it changes the status.
    var cause: TransitionCause? {
        switch self {
        case .authorise: .paymentAuthorised
        case .decline: .paymentDeclined
        case .holdStart: nil
        case .holdEnd: .holdEnded
        case .reviewOpen: .reviewOpened
        case .reviewApprove: .reviewApproved
        case .reviewReject: .reviewRejected
        case .cancel: .customerCancelled
        }
    }
}

extension OrderEvent {
    /// The status the event announces; nil for a fact that changes no status.
    var status: OrderStatus? {
        switch self {
        case .placed, .awaitingPayment: .placed
        case .held: .held
        case .underReview: .underReview
        case .released: .released
        case .declined: .declined
        case .cancelled: .cancelled
        case .dispatched: .dispatched
        case .dispatchExhausted: nil
        case .shipped: .shipped
        case .refunded: .refunded
        case .confirmedFulfilled: .confirmedFulfilled
        case .delivered: .delivered
        case .deliveryConfirmed: nil
        }
    }
}
