import Foundation

/// Encodings of the small binary frames of the stream protocol: big-endian integers and UTF-8 text.
public enum ZMQFrames {
    /// An unsigned 64-bit big-endian frame (sequence numbers).
    public static func uint64(_ value: UInt64) -> Data {
        withUnsafeBytes(of: value.bigEndian) { Data($0) }
    }

    /// Reads an 8-byte big-endian frame; `nil` if the frame has another length.
    public static func uint64(_ frame: Data) -> UInt64? {
        guard frame.count == 8 else { return nil }
        return frame.reduce(0) { ($0 << 8) | UInt64($1) }
    }

    /// A UTF-8 text frame.
    public static func text(_ value: String) -> Data { Data(value.utf8) }

    /// Reads a UTF-8 text frame; `nil` if it is not valid UTF-8.
    public static func text(_ frame: Data) -> String? { String(data: frame, encoding: .utf8) }
}
