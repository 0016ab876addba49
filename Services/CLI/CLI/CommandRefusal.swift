/// A request the mesh refused (bad input, an unknown id, a state that forbids it), reported in one line with exit
/// status 2, like bad input to the CLI itself.
public struct CommandRefusal: Error, CustomStringConvertible {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }
}
