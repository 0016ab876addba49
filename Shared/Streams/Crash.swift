import Contracts
import Foundation

/// A process's death by a fatal signal, as its crash record (`<store>.crashed`, written from the signal handler)
/// keeps it: the signal and the wall time. A Swift runtime trap (an overflow, a force unwrap, a failed
/// precondition) is SIGILL on x86-64 and SIGTRAP on arm64. A SIGKILL leaves no record: it is a kill, not a crash.
public struct Crash: Codable, Sendable, Equatable, CustomStringConvertible {
    public var signal: Int32
    public var at: Date

    public init(signal: Int32, at: Date) {
        self.signal = signal
        self.at = at
    }

    /// Reads the line the signal handler writes, `signal=4 at_ms=1795000000123`; nil for anything else (an empty
    /// file: the last run ended without a crash).
    public static func parse(record: String) -> Crash? {
        let fields = record.split(whereSeparator: \.isWhitespace)
        guard fields.count == 2, fields[0].hasPrefix("signal="), fields[1].hasPrefix("at_ms="),
            let signal = Int32(fields[0].dropFirst("signal=".count)), signal > 0,
            let milliseconds = Int64(fields[1].dropFirst("at_ms=".count)), milliseconds >= 0
        else { return nil }
        return Crash(signal: signal, at: Date(timeIntervalSince1970: Double(milliseconds) / 1000))
    }

    /// `signal 4 (SIGILL) at 2026-11-22T08:00:00.000Z`.
    public var description: String {
        "signal \(signal)\(Self.names[signal].map { " (\($0))" } ?? "") at \(DomainTime.format(at))"
    }

    /// The names of the signals the crash record watches (Linux numbering).
    private static let names: [Int32: String] = [
        4: "SIGILL", 5: "SIGTRAP", 6: "SIGABRT", 7: "SIGBUS", 8: "SIGFPE", 11: "SIGSEGV",
    ]
}
