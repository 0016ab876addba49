/// One of a purchase order's answers to Dispatch as `simulator.purchase_orders` shows it.
public struct OutgoingCallView: Codable, Sendable, Equatable {
    /// What the supplier tells Dispatch: `purchase_orders.acknowledge`, `.ship` or `.reject`.
    public enum Action: String, Codable, Sendable, CaseIterable {
        case acknowledge, ship, reject
    }

    /// Where the call stands.
    public enum Status: String, Codable, Sendable, CaseIterable {
        /// Not yet answered by Dispatch; it will be made.
        case pending
        /// Dispatch took it.
        case delivered
        /// Dispatch answered with a refusal (`invalid_request`, `conflict`, `not_found`, …): not retried.
        case refused
        /// Dispatch cancelled the purchase order before the call was made; it will not be.
        case dropped
    }

    public var action: Action
    public var status: Status
    /// Sends made so far.
    public var attempts: Int
    /// Dispatch's refusal, or the last transport error of a pending call.
    public var answer: String?

    public init(action: Action, status: Status, attempts: Int, answer: String?) {
        self.action = action
        self.status = status
        self.attempts = attempts
        self.answer = answer
    }
}
