/// The data of one kind of event: knows its `type` name (`noun.verb-past`).
///
/// Evolve a payload by adding optional fields only; a breaking change is a new type name.
public protocol EventPayload: Codable, Sendable {
    /// The event type name, e.g. `order.placed`.
    static var eventType: String { get }
}
