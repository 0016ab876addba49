import Contracts
import Foundation
import GRDB
import Streams

/// Applies a consumed stream's events with simulated time (docs/architecture.md §4) so that nothing an event sets
/// off is stamped before the event: `handler` runs inside `DomainClock.stamping(after:in:_:)` with the event's
/// `at`. A process may apply an event from a step of the clock before it applies that step's tick; its facts then
/// carry the event's time, not its own earlier one.
struct CausalStreamHandler: StreamHandler {
    let handler: any StreamHandler
    let clock: DomainClock

    func apply(_ event: IncomingEvent, in db: Database) throws {
        try clock.stamping(after: Self.time(of: event.body), in: db) { try handler.apply(event, in: db) }
    }

    func failurePolicy(for type: String) -> FailurePolicy { handler.failurePolicy(for: type) }

    /// The envelope's `at`, nil when the body has none. The bus writes envelopes with sorted keys, so `at` opens
    /// the body (`{"at":"2026-11-22T08:00:00.000Z",…`) and is read without parsing the rest; any other shape is
    /// decoded. A body that cannot be read is left to the handler, which dead-letters it.
    static func time(of body: Data) -> Date? {
        let prefix = Array(#"{"at":""#.utf8)
        let length = prefix.count + 24
        if body.count > length, body.starts(with: prefix), body[body.startIndex + length] == UInt8(ascii: "\"") {
            let text = body[(body.startIndex + prefix.count)..<(body.startIndex + length)]
            if let date = DomainTime.parse(String(decoding: text, as: UTF8.self)) { return date }
        }
        return try? decoder.decode(Stamp.self, from: body).at
    }

    /// An envelope's time alone.
    private struct Stamp: Decodable {
        var at: Date
    }

    private static let decoder = DomainTime.makeDecoder()
}
