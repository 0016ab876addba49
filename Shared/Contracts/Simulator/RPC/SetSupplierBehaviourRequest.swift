/// Parameters of `simulator.suppliers.set`: gives a supplier its own behaviour; `behaviour` left out (or null)
/// returns it to the defaults. Fields left out of `behaviour` take the defaults as they are now.
public struct SetSupplierBehaviourRequest: Codable, Sendable, Equatable {
    public var supplierID: SupplierID
    public var behaviour: SupplierBehaviourChange?

    public init(supplierID: SupplierID, behaviour: SupplierBehaviourChange?) {
        self.supplierID = supplierID
        self.behaviour = behaviour
    }
}
