import Streams

/// A stream a service consumes: the publishing instance's name and the handler that applies it.
public struct Consumption: Sendable {
    /// The publishing instance, e.g. `orders` or `dispatch.2`; its endpoints come from the mesh config.
    public var source: String
    public var handler: any StreamHandler

    public init(source: String, handler: any StreamHandler) {
        self.source = source
        self.handler = handler
    }
}
