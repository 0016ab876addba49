/// One of a purchase order's calls to Dispatch as `simulator.purchase_orders` shows it.
public struct OutgoingCallView: Codable, Sendable, Equatable {
    public var action: OutgoingCall.Action
    public var status: OutgoingCall.Status
    /// Sends made so far.
    public var attempts: Int
    /// Dispatch's refusal, or the last transport error of a pending call.
    public var answer: String?

    public init(action: OutgoingCall.Action, status: OutgoingCall.Status, attempts: Int, answer: String?) {
        self.action = action
        self.status = status
        self.attempts = attempts
        self.answer = answer
    }
}
