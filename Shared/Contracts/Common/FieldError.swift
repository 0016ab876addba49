/// Why one field of a request was refused: the field's path (`shippingAddress.postalCode`) and the reason.
public struct FieldError: Error, Hashable, Sendable, Codable, CustomStringConvertible {
    public var field: String
    public var reason: String

    public init(field: String, reason: String) {
        self.field = field
        self.reason = reason
    }

    public var description: String { "\(field): \(reason)" }
}
