/// Parameters of `simulator.carrier_behaviour.set`: gives a carrier its own behaviour; `behaviour` left out (or
/// null) returns it to the defaults. Fields left out of `behaviour` take the defaults as they are now.
public struct SetCarrierBehaviourRequest: Codable, Sendable, Equatable {
    /// The carrier's name as shipments name it, e.g. `Wish Post Standard`; compared without regard to case.
    public var carrier: String
    public var behaviour: CarrierBehaviourChange?

    public init(carrier: String, behaviour: CarrierBehaviourChange?) {
        self.carrier = carrier
        self.behaviour = behaviour
    }
}
