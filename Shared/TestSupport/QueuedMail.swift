import Foundation
import GRDB
import ServiceKit

/// A notification as a service's mail outbox holds it, rendered and not yet delivered.
public struct QueuedMail: Sendable {
    public var id: String
    /// The whole RFC 5322 message.
    public var message: String

    /// The body, decoded from quoted-printable.
    public var body: String {
        guard let start = message.range(of: "\r\n\r\n") else { return "" }
        var bytes: [UInt8] = []
        var rest = Substring(message[start.upperBound...]).replacingOccurrences(of: "=\r\n", with: "").utf8[...]
        while let byte = rest.popFirst() {
            if byte == UInt8(ascii: "="), let hex = UInt8(String(decoding: rest.prefix(2), as: UTF8.self), radix: 16) {
                bytes.append(hex)
                rest = rest.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The value of header `name` as written (encoded-words left as they are).
    public func header(_ name: String) -> String? {
        message.components(separatedBy: "\r\n").first { $0.hasPrefix("\(name): ") }.map {
            String($0.dropFirst(name.count + 2))
        }
    }
}

extension ServiceHarness {
    /// Every notification the service queued, in order (the service's store must hold a mail outbox).
    public func queuedMails() throws -> [QueuedMail] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT id, message FROM mailOutbox ORDER BY seq").map { row in
                QueuedMail(id: row["id"], message: String(decoding: row["message"] as Data, as: UTF8.self))
            }
        }
    }
}
