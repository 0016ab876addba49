/// One carrier's behaviour, as `simulator.carrier_behaviour.set` and `simulator.carrier_behaviour.list` answer.
public struct CarrierBehaviourEntry: Codable, Sendable, Equatable {
    public var carrier: String
    /// The behaviour in force.
    public var behaviour: CarrierBehaviour
    /// False when the carrier follows the defaults.
    public var isOverridden: Bool

    public init(carrier: String, behaviour: CarrierBehaviour, isOverridden: Bool) {
        self.carrier = carrier
        self.behaviour = behaviour
        self.isOverridden = isOverridden
    }
}
