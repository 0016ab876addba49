/// One supplier's behaviour, as `simulator.suppliers.set` and `simulator.suppliers.list` answer.
public struct SupplierBehaviourEntry: Codable, Sendable, Equatable {
    public var supplierID: SupplierID
    /// The behaviour in force.
    public var behaviour: SupplierBehaviour
    /// False when the supplier follows the defaults.
    public var isOverridden: Bool

    public init(supplierID: SupplierID, behaviour: SupplierBehaviour, isOverridden: Bool) {
        self.supplierID = supplierID
        self.behaviour = behaviour
        self.isOverridden = isOverridden
    }
}
