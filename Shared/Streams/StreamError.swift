/// Failures of the stream layer, each a sentence that names the values involved.
public enum StreamError: Error, Sendable, Equatable, CustomStringConvertible {
    case eventTooLarge(type: String, bytes: Int, limit: Int)
    case checkpointConflict(stream: String, expected: UInt64)
    case envelopeMismatch(stream: String, seq: UInt64, field: String)
    case messageTooLarge(stream: String, seq: UInt64, bytes: Int, limit: Int)
    case storeLocked(path: String)

    public var description: String {
        switch self {
        case .eventTooLarge(let type, let bytes, let limit):
            "Event \(type) is \(bytes) bytes, over the limit of \(limit) (streams.max_message_bytes)."
        case .checkpointConflict(let stream, let expected):
            "Checkpoint of stream \(stream) moved past \(expected) under another applier; reloading."
        case .envelopeMismatch(let stream, let seq, let field):
            "Event \(stream)#\(seq): the body's \(field) disagrees with its frames."
        case .messageTooLarge(let stream, let seq, let bytes, let limit):
            "Event \(stream)#\(seq) is \(bytes) bytes, over the limit of \(limit) (streams.max_message_bytes)."
        case .storeLocked(let path):
            "Store \(path) is in use by another process; one instance per store."
        }
    }
}
