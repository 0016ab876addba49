import Foundation
import Streams

/// What a service answers to `status`: identity, uptime, its stream, each subscription's lag, dead letters.
public struct ServiceStatusReport: Codable, Sendable {
    public var name: String
    public var pid: Int32
    public var startedAt: Date
    public var uptimeSeconds: Double
    public var clockMode: String
    public var domainTime: Date
    public var publication: PublicationStatus?
    public var subscriptions: [SubscriptionStatus]
    public var deadLetters: Int
    public var methods: [String]
}

/// What a service answers to `health`.
public struct HealthReport: Codable, Sendable, Equatable {
    public var name: String
    public var pid: Int32
    public var ok: Bool
}

/// Parameters of `deadletters.retry`: all dead letters, one stream's, or one event.
public struct DeadLetterRetryRequest: Codable, Sendable {
    public var stream: String?
    public var seq: UInt64?

    public init(stream: String? = nil, seq: UInt64? = nil) {
        self.stream = stream
        self.seq = seq
    }
}

/// One retried dead letter: applied, or failed again with `error`.
public struct DeadLetterRetryResult: Codable, Sendable, Equatable {
    public var stream: String
    public var seq: UInt64
    public var applied: Bool
    public var error: String?
}

/// Parameters of `streams.reset`: continue `stream` under `epoch` after `after` (an operator's decision).
public struct StreamResetRequest: Codable, Sendable {
    public var stream: String
    public var epoch: String
    public var after: UInt64

    public init(stream: String, epoch: String, after: UInt64) {
        self.stream = stream
        self.epoch = epoch
        self.after = after
    }
}
