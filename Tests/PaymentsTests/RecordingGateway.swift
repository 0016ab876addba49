import Contracts
import Payments

/// A `TestGateway` that logs every call and can refuse voids, captures and refunds, to prove which calls happen.
struct RecordingGateway: PaymentGateway {
    var inner = TestGateway()
    /// `authorise <key>`, `void <id>`, `capture <id> <amount>`, `refund <id> <amount>`.
    var calls: [String] = []
    /// When set, voids, captures and refunds are refused with this reason.
    var refusal: String?

    mutating func authorise(_ amount: Money, token: String, idempotencyKey: String) -> GatewayResponse {
        calls.append("authorise \(idempotencyKey)")
        return inner.authorise(amount, token: token, idempotencyKey: idempotencyKey)
    }

    mutating func void(authorisationID: String) -> GatewayReply {
        calls.append("void \(authorisationID)")
        return refusal.map { .refused(reason: $0) } ?? inner.void(authorisationID: authorisationID)
    }

    mutating func capture(authorisationID: String, amount: Money) -> GatewayReply {
        calls.append("capture \(authorisationID) \(amount)")
        return refusal.map { .refused(reason: $0) } ?? inner.capture(authorisationID: authorisationID, amount: amount)
    }

    mutating func refund(authorisationID: String, amount: Money) -> GatewayReply {
        calls.append("refund \(authorisationID) \(amount)")
        return refusal.map { .refused(reason: $0) } ?? inner.refund(authorisationID: authorisationID, amount: amount)
    }
}
