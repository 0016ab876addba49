/// `value` unless it is nil or empty, or an error saying which it was.
func nonEmpty(_ value: String?, _ what: String) throws -> String {
    guard let value, !value.isEmpty else {
        throw UnexpectedAnswer(description: "\(what) is \(value == nil ? "missing" : "empty")")
    }
    return value
}

/// An answer did not have the shape a test expected.
struct UnexpectedAnswer: Error, CustomStringConvertible {
    let description: String
}
