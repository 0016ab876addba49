import CZeroMQ
import Foundation

/// The socket options the stream protocol needs, typed. See `zmq_setsockopt(3)`.
public enum ZMQSocketOption: Sendable {
    /// How long `close` keeps unsent messages, in milliseconds (-1 forever, 0 discard).
    case linger(milliseconds: Int32)
    /// Outbound queue limit in messages; beyond it PUB drops and other sockets block or return EAGAIN.
    case sendHighWaterMark(Int32)
    /// Inbound queue limit in messages.
    case receiveHighWaterMark(Int32)
    /// A blocking receive gives up with EAGAIN after this many milliseconds (-1 waits forever).
    case receiveTimeout(milliseconds: Int32)
    /// A blocking send gives up with EAGAIN after this many milliseconds (-1 waits forever).
    case sendTimeout(milliseconds: Int32)
    /// ROUTER: a send to an unknown identity fails with EHOSTUNREACH instead of being dropped.
    case routerMandatory(Bool)
    /// XPUB: pass every subscription frame up, not only the first for a topic.
    case xpubVerbose(Bool)
    /// XPUB: block (or EAGAIN) at the high-water mark instead of dropping.
    case xpubNoDrop(Bool)
    /// ZMTP heartbeats: send a PING every `interval` ms; drop the peer after `timeout` ms of silence.
    case heartbeat(intervalMilliseconds: Int32, timeoutMilliseconds: Int32)
    /// Initial reconnection delay in milliseconds.
    case reconnectInterval(milliseconds: Int32)
    /// Largest reconnection delay in milliseconds (exponential backoff up to it).
    case reconnectIntervalMax(milliseconds: Int32)
    /// Inbound messages larger than this many bytes make libzmq drop the connection (-1: no limit).
    case maximumMessageSize(bytes: Int64)
    /// The identity a DEALER presents to a ROUTER.
    case routingID(String)
    /// Queue messages only to completed connections.
    case immediate(Bool)

    /// Applies the option to a raw socket handle.
    func apply(to handle: UnsafeMutableRawPointer) -> Int32 {
        switch self {
        case .linger(let value): set(handle, ZMQ_LINGER, value)
        case .sendHighWaterMark(let value): set(handle, ZMQ_SNDHWM, value)
        case .receiveHighWaterMark(let value): set(handle, ZMQ_RCVHWM, value)
        case .receiveTimeout(let value): set(handle, ZMQ_RCVTIMEO, value)
        case .sendTimeout(let value): set(handle, ZMQ_SNDTIMEO, value)
        case .routerMandatory(let on): set(handle, ZMQ_ROUTER_MANDATORY, Int32(on ? 1 : 0))
        case .xpubVerbose(let on): set(handle, ZMQ_XPUB_VERBOSE, Int32(on ? 1 : 0))
        case .xpubNoDrop(let on): set(handle, ZMQ_XPUB_NODROP, Int32(on ? 1 : 0))
        case .heartbeat(let interval, let timeout):
            set(handle, ZMQ_HEARTBEAT_IVL, interval) == 0 ? set(handle, ZMQ_HEARTBEAT_TIMEOUT, timeout) : -1
        case .reconnectInterval(let value): set(handle, ZMQ_RECONNECT_IVL, value)
        case .reconnectIntervalMax(let value): set(handle, ZMQ_RECONNECT_IVL_MAX, value)
        case .maximumMessageSize(let bytes): set(handle, ZMQ_MAXMSGSIZE, bytes)
        case .routingID(let id):
            Array(id.utf8).withUnsafeBytes { zmq_setsockopt(handle, ZMQ_ROUTING_ID, $0.baseAddress, $0.count) }
        case .immediate(let on): set(handle, ZMQ_IMMEDIATE, Int32(on ? 1 : 0))
        }
    }

    private func set(_ handle: UnsafeMutableRawPointer, _ name: Int32, _ value: Int32) -> Int32 {
        withUnsafeBytes(of: value) { zmq_setsockopt(handle, name, $0.baseAddress, $0.count) }
    }

    private func set(_ handle: UnsafeMutableRawPointer, _ name: Int32, _ value: Int64) -> Int32 {
        withUnsafeBytes(of: value) { zmq_setsockopt(handle, name, $0.baseAddress, $0.count) }
    }

    /// The option's name for error messages.
    var name: String {
        switch self {
        case .linger: "LINGER"
        case .sendHighWaterMark: "SNDHWM"
        case .receiveHighWaterMark: "RCVHWM"
        case .receiveTimeout: "RCVTIMEO"
        case .sendTimeout: "SNDTIMEO"
        case .routerMandatory: "ROUTER_MANDATORY"
        case .xpubVerbose: "XPUB_VERBOSE"
        case .xpubNoDrop: "XPUB_NODROP"
        case .heartbeat: "HEARTBEAT_IVL/TIMEOUT"
        case .reconnectInterval: "RECONNECT_IVL"
        case .reconnectIntervalMax: "RECONNECT_IVL_MAX"
        case .maximumMessageSize: "MAXMSGSIZE"
        case .routingID: "ROUTING_ID"
        case .immediate: "IMMEDIATE"
        }
    }
}
