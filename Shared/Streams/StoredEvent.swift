import Foundation

/// One event as it sits in an outbox and travels on the wire: position, type and JSON body.
public struct StoredEvent: Sendable, Equatable {
    public var seq: UInt64
    public var type: String
    public var body: Data

    public init(seq: UInt64, type: String, body: Data) {
        self.seq = seq
        self.type = type
        self.body = body
    }
}
