/// The answer of `simulator.suppliers.list`: the defaults and every supplier with its own behaviour.
public struct SupplierBehaviourList: Codable, Sendable, Equatable {
    public var defaults: SupplierBehaviour
    /// By supplier id.
    public var suppliers: [SupplierBehaviourEntry]

    public init(defaults: SupplierBehaviour, suppliers: [SupplierBehaviourEntry]) {
        self.defaults = defaults
        self.suppliers = suppliers
    }
}
