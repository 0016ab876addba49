import Foundation

/// One event on a Dropline stream: the JSON body of a bus message (docs/architecture.md §3).
///
/// `stream`, `epoch` and `seq` also travel in frames of their own so that a subscriber checks order
/// before it parses JSON; the body repeats them so that a stored or tailed event explains itself.
public struct Envelope<Payload: Sendable>: Sendable {
    /// The envelope format version this code reads and writes.
    public static var currentVersion: Int { 1 }

    /// Envelope format version; a breaking change of the envelope bumps it.
    public var version: Int
    /// The stream (publisher) name, e.g. `orders`.
    public var stream: String
    /// Identifies the publisher's store; changes only when the store is replaced.
    public var epoch: String
    /// Gap-free position in the stream, from 1.
    public var seq: UInt64
    /// Unique event id (UUID) for logs and tracing.
    public var id: String
    /// `noun.verb-past`, e.g. `order.placed`.
    public var type: String
    /// Domain time of the fact.
    public var at: Date
    /// The business id the event belongs to, e.g. an order id.
    public var correlation: String?
    /// The id of the event or request that caused this one.
    public var causation: String?
    /// The event's own fields.
    public var data: Payload

    public init(
        stream: String, epoch: String, seq: UInt64, id: String, type: String, at: Date,
        correlation: String? = nil, causation: String? = nil, data: Payload
    ) {
        self.version = Self.currentVersion
        self.stream = stream
        self.epoch = epoch
        self.seq = seq
        self.id = id
        self.type = type
        self.at = at
        self.correlation = correlation
        self.causation = causation
        self.data = data
    }
}

extension Envelope {
    enum CodingKeys: String, CodingKey {
        case version = "v", stream, epoch, seq, id, type, at, correlation, causation, data
    }
}

extension Envelope: Encodable where Payload: Encodable {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(version, forKey: .version)
        try container.encode(stream, forKey: .stream)
        try container.encode(epoch, forKey: .epoch)
        try container.encode(seq, forKey: .seq)
        try container.encode(id, forKey: .id)
        try container.encode(type, forKey: .type)
        try container.encode(DomainTime.format(at), forKey: .at)
        try container.encodeIfPresent(correlation, forKey: .correlation)
        try container.encodeIfPresent(causation, forKey: .causation)
        try container.encode(data, forKey: .data)
    }
}

extension Envelope: Decodable where Payload: Decodable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        version = try container.decode(Int.self, forKey: .version)
        guard version == Self.currentVersion else {
            throw DecodingError.dataCorruptedError(
                forKey: .version, in: container,
                debugDescription: "unknown envelope version \(version) (this service reads \(Self.currentVersion))")
        }
        stream = try container.decode(String.self, forKey: .stream)
        epoch = try container.decode(String.self, forKey: .epoch)
        seq = try container.decode(UInt64.self, forKey: .seq)
        id = try container.decode(String.self, forKey: .id)
        type = try container.decode(String.self, forKey: .type)
        let time = try container.decode(String.self, forKey: .at)
        guard let at = DomainTime.parse(time) else {
            throw DecodingError.dataCorruptedError(
                forKey: .at, in: container, debugDescription: "not an ISO 8601 time: \(time)")
        }
        self.at = at
        correlation = try container.decodeIfPresent(String.self, forKey: .correlation)
        causation = try container.decodeIfPresent(String.self, forKey: .causation)
        data = try container.decode(Payload.self, forKey: .data)
    }
}
