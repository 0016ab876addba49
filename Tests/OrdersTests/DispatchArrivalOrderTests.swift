import Contracts
import Foundation
import Orders
import Testing

/// R6, R7, R15: the exhausted status in every order its facts can arrive in. Dispatch's facts about one order come
/// in order on its partition's stream, but any of them may be delivered again later and the merchant's cancellation
/// (an RPC) can come between any two; the last test also shuffles Dispatch's facts themselves.
struct DispatchArrivalOrderTests {
    /// A way Dispatch's facts about a released order go, with the status after each.
    struct Story: Sendable, CustomTestStringConvertible {
        let name: String
        let steps: [(DispatchInput, OrderStatus)]
        var testDescription: String { name }
        var inputs: [DispatchInput] { steps.map(\.0) }
    }

    static let stories = [
        Story(
            name: "a retry ships",
            steps: [
                (.sent(attempt: 1), .dispatched), (.exhausted(failures: 1), .dispatchExhausted),
                (.sent(attempt: 2), .dispatched), (.shipped, .shipped),
            ]),
        Story(
            name: "exhausted twice, then refunded",
            steps: [
                (.sent(attempt: 1), .dispatched), (.sent(attempt: 2), .dispatched),
                (.exhausted(failures: 2), .dispatchExhausted), (.sent(attempt: 3), .dispatched),
                (.exhausted(failures: 3), .dispatchExhausted), (.abandoned, .refunded),
            ]),
        Story(
            name: "no supplier had stock, then a retry ships",
            steps: [
                (.exhausted(failures: 0), .dispatchExhausted), (.sent(attempt: 1), .dispatched), (.shipped, .shipped),
            ]),
    ]

    @Test(
        "R6: each story moves the order through its statuses; every earlier fact again changes nothing",
        arguments: stories)
    func redeliveredAtEveryPoint(_ story: Story) throws {
        var order = try DispatchExhaustionTests.order(after: [])
        for (index, (input, status)) in story.steps.enumerated() {
            let before = order.status
            let events = try input.apply(to: &order, at: OrderFixture.t(600 + 10 * index))
            #expect(order.status == status, "after \(input)")
            // A backup supplier's purchase order (a failover) is the one fact that changes nothing
            #expect(events.isEmpty == (status == before && input == .sent(attempt: 2)), "\(input)")
            let settled = order
            for earlier in story.inputs[...index] {
                #expect(try earlier.apply(to: &order, at: OrderFixture.t(605 + 10 * index)).isEmpty, "\(earlier) again")
            }
            #expect(order == settled)
        }
    }

    @Test(
        "R15: the merchant's cancellation between any two facts ends the order; later facts change nothing",
        arguments: stories)
    func cancelledAtEveryPoint(_ story: Story) throws {
        for position in 0...story.steps.count {
            var order = try DispatchExhaustionTests.order(after: Array(story.inputs.prefix(position)))
            let before = order
            if order.status.isUnfulfilled {
                let cancelled = try order.cancelByMerchant(at: OrderFixture.t(900))
                #expect(cancelled.map(\.eventType) == ["order.cancelled"] && order.status == .cancelled)
                // A shipment Dispatch reports before it learns of the cancellation contradicts it: it is thrown,
                // so that the handler dead-letters it for a person (the supplier shipped a cancelled order).
                let settled = order
                for input in story.inputs[position...] {
                    if input == .shipped {
                        #expect(throws: OrderError.invalidTransition("ord_1", from: .cancelled, to: .shipped)) {
                            try input.apply(to: &order, at: OrderFixture.t(901))
                        }
                    } else {
                        #expect(try input.apply(to: &order, at: OrderFixture.t(901)).isEmpty, "\(input) after cancel")
                    }
                }
                #expect(order == settled)
            } else {
                #expect(throws: OrderError.notCancellable("ord_1", before.status)) {
                    try order.cancelByMerchant(at: OrderFixture.t(900))
                }
                #expect(order == before)
            }
        }
    }

    /// Every order of the first purchase order, the exhaustion and the order's end (abandoned or shipped).
    static let shuffles: [[DispatchInput]] = [DispatchInput.abandoned, .shipped].flatMap { end in
        permutations(of: [.sent(attempt: 1), .exhausted(failures: 1), end])
    }

    @Test(
        "R6: in every arrival order, the exhaustion is told and entered only while the order waits", arguments: shuffles
    )
    func everyArrivalOrder(_ inputs: [DispatchInput]) throws {
        // Given a released order
        var order = try DispatchExhaustionTests.order(after: [])
        let end = inputs.first { $0 == .abandoned || $0 == .shipped } ?? .abandoned
        var emitted: [OrderEvent] = []

        // When Dispatch's facts arrive in this order, a minute apart
        for (index, input) in inputs.enumerated() {
            emitted += try input.apply(to: &order, at: OrderFixture.t(600 + index))
        }

        // Then the order ends as its end says, and the exhaustion was told and entered iff it came before the end
        let toldExhaustion = inputs.firstIndex(of: .exhausted(failures: 1))! < inputs.firstIndex(of: end)!
        #expect(order.status == (end == .abandoned ? .refunded : .shipped))
        #expect(emitted.compactMap(\.dispatchExhaustedEvent).count == (toldExhaustion ? 1 : 0))
        #expect(order.timeline.contains { $0.status == .dispatchExhausted } == toldExhaustion)
        #expect(order.exhaustedAttempts == (toldExhaustion ? 1 : 0))

        // And every fact delivered again changes nothing
        let settled = order
        for (index, input) in inputs.enumerated() {
            #expect(try input.apply(to: &order, at: OrderFixture.t(700 + index)).isEmpty, "\(input) again")
        }
        #expect(order == settled)
    }

    private static func permutations(of inputs: [DispatchInput]) -> [[DispatchInput]] {
        guard inputs.count > 1 else { return [inputs] }
        return inputs.indices.flatMap { index in
            var rest = inputs
            let first = rest.remove(at: index)
            return permutations(of: rest).map { [first] + $0 }
        }
    }
}
