/// The supplier's answer to a `.cancelAtSupplier` effect, whether a timeout (R7) or the order's cancellation
/// (R15) asked for it.
public enum WithdrawalOutcome: String, Codable, Hashable, Sendable, CaseIterable {
    /// The supplier cancelled the purchase order: nothing of it will ship.
    case cancelled
    /// Too late: the supplier had already shipped; its ship report is to follow.
    case alreadyShipped = "already_shipped"
}
