import Contracts
import Foundation
import Orders
import Testing

/// R3, R4, R15: declines, rejections and cancellations end the order and say what must follow; illegal
/// inputs throw a sentence and change nothing; repeated and late facts change nothing.
struct OrderTransitionTests {
    @Test(arguments: [[], [OrderInput.reviewOpen], [.holdStart, .holdEnd]])
    func aDeclineEndsTheOrderAndAsksForStockBackAndTheCustomerTold(before: [OrderInput]) throws {
        // Given an order waiting for payment
        var order = try OrderFixture.order(after: before)

        // When the payment is declined
        let events = try order.paymentDeclined(reason: "insufficient_funds", at: OrderFixture.t(30))

        // Then the order is declined, the stock goes back and the customer is told
        let declined = try #require(events.only?.declinedEvent)
        #expect(declined.reason == "insufficient_funds" && declined.at == OrderFixture.t(30))
        #expect(declined.followUps == [.returnStock, .notifyCustomer])
        #expect(order.status == .declined)
        #expect(
            order.timeline.last == TimelineEntry(at: OrderFixture.t(30), status: .declined, cause: .paymentDeclined))
    }

    @Test(arguments: [[], [OrderInput.authorise], [.reviewOpen], [.authorise, .holdStart, .reviewOpen]])
    func theCustomerCanCancelDuringTheHold(before: [OrderInput]) throws {
        // Given an order placed, held or under review
        var order = try OrderFixture.order(after: before)

        // When the customer cancels
        let events = try order.cancelByCustomer(at: OrderFixture.t(60))

        // Then it is cancelled with stock back, payment voided and the customer told
        let cancelled = try #require(events.only?.cancelledEvent)
        #expect(cancelled.cause == .customerCancelled && cancelled.at == OrderFixture.t(60))
        #expect(cancelled.followUps == [.returnStock, .voidOrRefundPayment, .notifyCustomer])
        #expect(
            order.timeline.last == TimelineEntry(at: OrderFixture.t(60), status: .cancelled, cause: .customerCancelled))
    }

    @Test func aRejectedReviewCancelsTheOrder() throws {
        // Given an authorised order under review
        var order = try OrderFixture.order(after: [.authorise, .reviewOpen])

        // When the reviewer rejects it
        let events = try order.reviewRejected(at: OrderFixture.t(90))

        // Then it is cancelled: payment voided or refunded, stock back, customer told
        let cancelled = try #require(events.only?.cancelledEvent)
        #expect(cancelled.cause == .reviewRejected)
        #expect(cancelled.followUps == [.returnStock, .voidOrRefundPayment, .notifyCustomer])
        #expect(
            order.status == .cancelled && order.timeline.map(\.status) == [.placed, .held, .underReview, .cancelled])
    }

    @Test func anOpenedReviewCarriesItsRoundAndReasonsForTheMerchant() throws {
        // Given an authorised order
        var order = try OrderFixture.order(after: [.authorise])

        // When the risk rules flag it in a second round
        let review = OrderFixture.review(["velocity_1h", "country_mismatch"], round: 2)
        let events = try order.reviewOpened(review, at: OrderFixture.t(30))

        // Then order.under_review lists the rules, and the fact carries the round and explanations for the notice
        let opened = try #require(events.only?.underReviewEvent)
        #expect(
            opened.fact
                == OrderUnderReview(
                    orderID: "ord_1", reasons: ["velocity_1h", "country_mismatch"], at: OrderFixture.t(30)))
        #expect(opened.review == review && opened.fact.followUps == [.notifyMerchant])
        #expect(order.status == .underReview && order.conditions.reviewReasons == ["velocity_1h", "country_mismatch"])
    }

    /// Each row: the inputs before, the illegal input, the error it must throw, and its sentence.
    static let illegal: [IllegalInput] = [
        IllegalInput(
            [.authorise], .decline, .paymentAlreadyAuthorised("ord_1", .held),
            "Order ord_1 is held with its payment authorised; a payment decline cannot follow."),
        IllegalInput(
            [.authorise, .reviewOpen], .decline, .paymentAlreadyAuthorised("ord_1", .underReview),
            "Order ord_1 is under_review with its payment authorised; a payment decline cannot follow."),
        IllegalInput(
            [.authorise, .holdEnd], .decline, .paymentAlreadyAuthorised("ord_1", .released),
            "Order ord_1 is released with its payment authorised; a payment decline cannot follow."),
        IllegalInput(
            [.authorise, .holdEnd], .reviewOpen, .invalidTransition("ord_1", from: .released, to: .underReview),
            "Order ord_1 cannot move from released to under_review."),
        IllegalInput(
            [], .reviewApprove, .noReviewOpen("ord_1", .placed),
            "Order ord_1 is placed with no review open; there is nothing to approve or reject."),
        IllegalInput(
            [.authorise, .holdEnd], .reviewApprove, .noReviewOpen("ord_1", .released),
            "Order ord_1 is released with no review open; there is nothing to approve or reject."),
        IllegalInput(
            [.authorise], .reviewReject, .noReviewOpen("ord_1", .held),
            "Order ord_1 is held with no review open; there is nothing to approve or reject."),
        IllegalInput(
            [.authorise, .reviewOpen, .reviewApprove], .reviewReject, .noReviewOpen("ord_1", .held),
            "Order ord_1 is held with no review open; there is nothing to approve or reject."),
        IllegalInput(
            [.authorise, .holdEnd], .reviewReject, .invalidTransition("ord_1", from: .released, to: .cancelled),
            "Order ord_1 cannot move from released to cancelled."),
        IllegalInput(
            [.authorise, .holdEnd], .cancel, .notCancellable("ord_1", .released),
            "Order ord_1 is released; it can no longer be cancelled."),
        IllegalInput(
            [.decline], .cancel, .notCancellable("ord_1", .declined),
            "Order ord_1 is declined; it can no longer be cancelled."),
    ]

    @Test(arguments: illegal)
    func anIllegalInputThrowsItsSentenceAndChangesNothing(row: IllegalInput) throws {
        // Given an order after the row's inputs
        var order = try OrderFixture.order(after: row.before)
        let before = order

        // When the illegal input arrives, then it throws the row's error, and the order is unchanged
        #expect(throws: row.error) { try row.attempt.apply(to: &order, at: OrderFixture.t(100)) }
        #expect(row.error.description == row.message)
        #expect(order == before)
    }

    @Test(arguments: OrderInput.allCases)
    func aRepeatedFactChangesNothing(input: OrderInput) throws {
        // Given an order that has just applied the input (after an open review, if the input decides one)
        let setup: [OrderInput] = [.reviewApprove, .reviewReject].contains(input) ? [.reviewOpen] : []
        var order = try OrderFixture.order(after: setup + [input])
        let once = order

        // When the same fact arrives again, with its time or a later one, then nothing changes
        #expect(try input.apply(to: &order, at: OrderFixture.t(setup.count + 1)).isEmpty)
        #expect(try input.apply(to: &order, at: OrderFixture.t(200)).isEmpty)
        #expect(order == once)
    }

    /// Orders that ended before release, and how.
    static let ended: [[OrderInput]] = [[.decline], [.cancel], [.authorise, .reviewOpen, .reviewReject]]

    @Test(arguments: ended, OrderInput.allCases)
    func aFactAboutAnEndedOrderChangesNothing(ending: [OrderInput], input: OrderInput) throws {
        // Given an order that was declined, cancelled, or rejected
        var order = try OrderFixture.order(after: ending)
        let ended = order

        // When any fact arrives late (a customer cannot cancel a declined order: see `illegal`)
        guard !(order.status == .declined && input == .cancel) else { return }
        let events = try input.apply(to: &order, at: OrderFixture.t(300))

        // Then nothing changes
        #expect(events.isEmpty)
        #expect(order == ended)
    }
}

/// An input that the order's state forbids, with the error and sentence it must throw.
struct IllegalInput: Sendable, CustomTestStringConvertible {
    let before: [OrderInput]
    let attempt: OrderInput
    let error: OrderError
    let message: String

    init(_ before: [OrderInput], _ attempt: OrderInput, _ error: OrderError, _ message: String) {
        self.before = before
        self.attempt = attempt
        self.error = error
        self.message = message
    }

    var testDescription: String { "\(attempt) after \(before.map(\.rawValue))" }
}
