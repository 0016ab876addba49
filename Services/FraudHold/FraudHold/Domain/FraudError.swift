import Contracts
import Foundation

/// Why the fraud-hold domain refused an input; each case renders as one sentence naming the order.
public enum FraudError: Error, Hashable, CustomStringConvertible {
    /// The input is not allowed in the hold's current status.
    case notAllowed(orderID: OrderID, action: FraudAction, status: FraudHoldStatus)
    /// The input needs a review round and none was ever opened.
    case noReview(orderID: OrderID, action: FraudAction)
    /// `open` after a round was decided: `reopen` is the input for a second look.
    case reviewAlreadyDecided(orderID: OrderID, round: Int)
    /// The hold timer fired before the hold's end.
    case holdNotOver(orderID: OrderID, holdEnds: Date, at: Date)
    /// A required text (reviewer, rejection reason, reasons) is empty.
    case missingField(orderID: OrderID, field: String)

    public var description: String {
        switch self {
        case .notAllowed(let order, let action, let status):
            "Cannot \(action.rawValue) order \(order) while it is \(status)."
        case .noReview(let order, let action):
            "Cannot \(action.rawValue) order \(order): it was never under review."
        case .reviewAlreadyDecided(let order, let round):
            "The review of order \(order) was decided in round \(round); reopen it for another look."
        case .holdNotOver(let order, let holdEnds, let at):
            "The hold of order \(order) ends at \(DomainTime.format(holdEnds)), not at \(DomainTime.format(at))."
        case .missingField(let order, let field):
            "Order \(order) needs a non-empty \(field)."
        }
    }
}

/// The inputs of a fraud hold, phrased for error sentences.
public enum FraudAction: String, Hashable, Sendable {
    case open = "open a review for"
    case reopen = "reopen the review of"
    case approve
    case reject
    case end = "end the hold of"
}
