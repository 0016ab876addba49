import Contracts
import InputRules

extension UnfulfilledOrder {
    /// What in this released order dispatch cannot compute with: a quantity outside 1 to
    /// `QuantityBounds.maxUnitsPerOrder`, a unit price that is negative or above `AmountBounds.maximum(in:)`.
    /// Empty for every order Orders accepts; the partition dead-letters an `order.released` that has any
    /// (`DispatchHandlingError.orderOutOfBounds`) rather than price or document it.
    var boundFaults: [FieldError] {
        var faults: [FieldError] = []
        let most = QuantityBounds.maxUnitsPerOrder
        if !(1...most).contains(quantity) {
            faults.append(FieldError(field: "quantity", reason: "must be 1 to \(most)"))
        }
        if let unitPrice, let reason = AmountBounds.refusal(of: unitPrice, mustBePositive: false) {
            faults.append(FieldError(field: "unitPrice", reason: reason))
        }
        return faults
    }
}
