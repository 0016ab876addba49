import Contracts
import InputRules

extension ListingRecord {
    /// What in this listing dispatch cannot compute with: a price or a cost that is negative or above
    /// `AmountBounds.maximum(in:)`, a per-order limit above `QuantityBounds.maxUnitsPerOrder`. Empty for every
    /// listing Inventory accepts today; a `listing.upserted` from a store loaded before the bounds may still carry
    /// one, and the partition dead-letters it (`DispatchHandlingError.listingOutOfBounds`) instead of storing it.
    var boundFaults: [FieldError] {
        var faults: [FieldError] = []
        if perOrderLimit > QuantityBounds.maxUnitsPerOrder {
            let most = QuantityBounds.maxUnitsPerOrder
            faults.append(FieldError(field: "perOrderLimit", reason: "must be at most \(most)"))
        }
        for (index, variation) in variations.enumerated() {
            let path = "variations[\(index)]"
            var amounts = [("\(path).price", variation.price)]
            for (rank, offer) in variation.suppliers.enumerated() {
                let offerPath = "\(path).suppliers[\(rank)]"
                amounts += [
                    ("\(offerPath).productCost", offer.productCost), ("\(offerPath).shippingCost", offer.shippingCost),
                    ("\(offerPath).processingFee", offer.processingFee),
                ]
            }
            for (field, amount) in amounts {
                if let reason = AmountBounds.refusal(of: amount, mustBePositive: false) {
                    faults.append(FieldError(field: field, reason: reason))
                }
            }
        }
        return faults
    }
}
