import Contracts

/// What applying an input to a `Shipment` produced, for the desk to carry out in the same transaction.
public enum ShipmentFact: Sendable, Equatable {
    case scanned(ShipmentScanned)
    /// The first scan (R10, R12).
    case confirmedFulfilled(ShipmentConfirmedFulfilled)
    /// R11, by the carrier or the customer.
    case delivered(ShipmentDelivered)
    /// A carrier delivery measured on the parcel's lane, in whole days.
    case laneSample(LaneKey, days: Int)
}
