import Foundation
import Glibc

/// A peer that speaks ZMTP 3.0 by hand on a mesh process's `ipc://` socket, as a hostile client would: it announces
/// frames of any size without building them, and subscribes without remembering what it sent. (libzmq's own SUB
/// and XSUB keep every subscription they send, so a flood sent through them would fill the test process instead of
/// the publisher.)
final class ZMTPPeer {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    private var descriptor: Int32

    /// Connects to the socket file of `endpoint` (`ipc:///path`) and greets it as a `socketType` peer (`SUB`,
    /// `DEALER`), with the NULL mechanism.
    init(ipc endpoint: String, socketType: String) throws {
        let path = Array(endpoint.dropFirst("ipc://".count).utf8)
        descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw Failure(description: "socket: \(String(cString: strerror(errno)))") }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { buffer in
            buffer.copyBytes(from: path.prefix(buffer.count - 1))
        }
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        guard connected == 0 else {
            let reason = String(cString: strerror(errno))
            Glibc.close(descriptor)
            throw Failure(description: "connect \(endpoint): \(reason)")
        }
        let mechanism = Array("NULL".utf8) + [UInt8](repeating: 0, count: 16)
        let greeting =
            [0xFF] + [UInt8](repeating: 0, count: 8) + [0x7F, 3, 0] + mechanism + [0]
            + [UInt8](repeating: 0, count: 31)
        let name = Array("Socket-Type".utf8)
        let value = Array(socketType.utf8)
        let ready =
            [5] + Array("READY".utf8) + [UInt8(name.count)] + name + Self.bigEndian(UInt32(value.count))
            + value
        try write(greeting + [0x04, UInt8(ready.count)] + ready)
    }

    deinit {
        close()
    }

    /// A subscription frame (`0x01` then the topic), as short frames go.
    static func subscription(_ topic: String) -> [UInt8] {
        let body = [1] + Array(topic.utf8)
        return [0x00, UInt8(body.count)] + body
    }

    /// The header of a last frame of `size` bytes (a long frame), without its body.
    static func frameHeader(announcing size: UInt64) -> [UInt8] {
        [0x02] + bigEndian(size)
    }

    /// Writes every byte, or throws when the connection is gone (`EPIPE`, `ECONNRESET`).
    func write(_ bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes {
                send(descriptor, $0.baseAddress! + offset, bytes.count - offset, Int32(MSG_NOSIGNAL))
            }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { throw Failure(description: "send: \(String(cString: strerror(errno)))") }
            offset += written
        }
    }

    /// Whether the process closed the connection within `timeout` (what it reads of the process's greeting is
    /// dropped).
    func closedByPeer(within timeout: Duration) -> Bool {
        let deadline = ContinuousClock.now + timeout
        var buffer = [UInt8](repeating: 0, count: 4096)
        while ContinuousClock.now < deadline {
            var item = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&item, 1, 50) > 0 else { continue }
            let count = read(descriptor, &buffer, buffer.count)
            if count == 0 || (count < 0 && errno != EINTR && errno != EAGAIN) { return true }
        }
        return false
    }

    func close() {
        guard descriptor >= 0 else { return }
        Glibc.close(descriptor)
        descriptor = -1
    }

    private static func bigEndian<Value: FixedWidthInteger>(_ value: Value) -> [UInt8] {
        withUnsafeBytes(of: value.bigEndian) { Array($0) }
    }
}

/// The resident memory of process `pid`, in bytes (`VmRSS` of `/proc/<pid>/status`).
func residentBytes(of pid: Int32) -> Int? {
    guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
        let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
        let kilobytes = Int(line.split(whereSeparator: \.isWhitespace).dropFirst().first ?? "")
    else { return nil }
    return kilobytes * 1024
}
