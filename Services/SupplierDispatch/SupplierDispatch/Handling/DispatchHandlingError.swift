import Contracts

/// An input the partition cannot apply: dead-lettered (stream) or refused (RPC) with this sentence.
public enum DispatchHandlingError: Error, Equatable, CustomStringConvertible {
    /// No job for the order in this partition.
    case unknownOrder(OrderID)
    /// The partition has no merchant record for the listing's merchant, so documents cannot be branded.
    case unknownMerchant(MerchantID, order: OrderID)
    /// A `listing.upserted` with amounts or limits beyond the bounds (`ListingRecord.boundFaults`), from an
    /// Inventory store loaded before them: not stored, so the orders parked for the listing wait for a catalogue
    /// within bounds.
    case listingOutOfBounds(ListingID, [FieldError])
    /// An `order.released` whose quantity or unit price is beyond the bounds (`UnfulfilledOrder.boundFaults`): no
    /// purchase order can be priced or documented for it.
    case orderOutOfBounds(OrderID, [FieldError])

    public var description: String {
        switch self {
        case .unknownOrder(let id): "No dispatch of order \(id) in this partition."
        case .unknownMerchant(let merchant, let order):
            "Merchant \(merchant) of order \(order) is not in the catalogue yet; its documents cannot be branded."
        case .listingOutOfBounds(let listing, let faults):
            "Listing \(listing) is beyond the bounds dispatch computes with ("
                + faults.map(\.description).joined(separator: "; ")
                + "); it is not stored until a catalogue within bounds is loaded."
        case .orderOutOfBounds(let order, let faults):
            "Order \(order) is beyond the bounds dispatch computes with ("
                + faults.map(\.description).joined(separator: "; ") + "); it is not dispatched."
        }
    }
}
