import CZeroMQ
import Foundation

/// One libzmq socket. Not thread-safe (`zmq_socket(3)`): create and use it on one thread.
///
/// The class is deliberately not `Sendable`, so the compiler keeps it on the thread that made it;
/// `SocketThread` runs a loop that owns its sockets. Every call that can fail throws a `ZMQError` naming
/// the operation and endpoint. Blocking calls retry on `EINTR`.
public final class ZMQSocket {
    /// The socket's pattern.
    public let type: ZMQSocketType
    let context: ZMQContext
    private(set) var handle: UnsafeMutableRawPointer?
    private var endpoints: [String] = []

    /// Creates a socket of `type` in `context`, refusing inbound frames beyond the context's `maximumFrameBytes`.
    public init(_ context: ZMQContext, type: ZMQSocketType) throws(ZMQError) {
        guard let handle = zmq_socket(context.handle, type.rawValue) else { throw .last("socket(\(type))") }
        self.context = context
        self.type = type
        self.handle = handle
        try set(.maximumMessageSize(bytes: context.maximumFrameBytes))
    }

    deinit {
        close()
    }

    private func open(_ operation: String) throws(ZMQError) -> UnsafeMutableRawPointer {
        guard let handle else { throw ZMQError(operation: operation, code: ENOTSOCK) }
        return handle
    }

    /// Sets an option; throws with the option's name if libzmq refuses it.
    public func set(_ option: ZMQSocketOption) throws(ZMQError) {
        let handle = try open("setsockopt \(option.name)")
        guard option.apply(to: handle) == 0 else { throw .last("setsockopt \(option.name)") }
    }

    /// Binds to `endpoint` (`tcp://127.0.0.1:*` picks a free port: read it back with `lastEndpoint`). The socket
    /// file of an `ipc://` endpoint is made 0600, so that only this user can connect to it.
    public func bind(_ endpoint: String) throws(ZMQError) {
        let handle = try open("bind")
        guard zmq_bind(handle, endpoint) == 0 else { throw .last("bind", endpoint: endpoint) }
        endpoints.append(endpoint)
        if let path = Self.socketFile(of: lastEndpoint), chmod(path, 0o600) != 0 {
            throw ZMQError(operation: "chmod 0600 of the socket file", endpoint: endpoint, code: errno)
        }
    }

    /// The file an `ipc://` endpoint binds, if it has one (Linux's abstract `ipc://@name` has none).
    static func socketFile(of endpoint: String) -> String? {
        guard endpoint.hasPrefix("ipc://") else { return nil }
        let path = String(endpoint.dropFirst("ipc://".count))
        return path.isEmpty || path.hasPrefix("@") ? nil : path
    }

    /// Connects to `endpoint`; works before the peer has bound (libzmq reconnects).
    public func connect(_ endpoint: String) throws(ZMQError) {
        let handle = try open("connect")
        guard zmq_connect(handle, endpoint) == 0 else { throw .last("connect", endpoint: endpoint) }
        endpoints.append(endpoint)
    }

    /// SUB: receive messages whose first frame starts with `prefix` (empty: everything).
    public func subscribe(_ prefix: String) throws(ZMQError) {
        let handle = try open("subscribe")
        let bytes = Array(prefix.utf8)
        let rc = bytes.withUnsafeBytes { zmq_setsockopt(handle, ZMQ_SUBSCRIBE, $0.baseAddress, $0.count) }
        guard rc == 0 else { throw .last("subscribe \"\(prefix)\"", endpoint: endpoints.first) }
    }

    /// The endpoint last bound, with the real port for `tcp://…:*`.
    public var lastEndpoint: String {
        guard let handle else { return "" }
        var buffer = [CChar](repeating: 0, count: 1024)
        var size = buffer.count
        guard zmq_getsockopt(handle, ZMQ_LAST_ENDPOINT, &buffer, &size) == 0 else { return "" }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The raw handle for `ZMQPoller`.
    var pollHandle: UnsafeMutableRawPointer? { handle }

    /// Closes the socket after waiting at most `lingerMilliseconds` for queued messages. Idempotent.
    public func close(lingerMilliseconds: Int32 = 0) {
        guard let handle else { return }
        var linger = lingerMilliseconds
        zmq_setsockopt(handle, ZMQ_LINGER, &linger, MemoryLayout<Int32>.size)
        zmq_close(handle)
        self.handle = nil
    }

    var endpointForErrors: String? { endpoints.first }
}
