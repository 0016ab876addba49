/// The answer of `simulator.carrier_behaviour.list`: the defaults and every carrier with its own behaviour.
public struct CarrierBehaviourList: Codable, Sendable, Equatable {
    public var defaults: CarrierBehaviour
    /// By carrier name.
    public var carriers: [CarrierBehaviourEntry]

    public init(defaults: CarrierBehaviour, carriers: [CarrierBehaviourEntry]) {
        self.defaults = defaults
        self.carriers = carriers
    }
}
