import CZeroMQ

/// The socket patterns Dropline uses (XSUB only where a test sends raw subscription frames).
public enum ZMQSocketType: Sendable, CustomStringConvertible {
    case pub, xpub, sub, xsub, router, dealer, pair, req, rep

    var rawValue: Int32 {
        switch self {
        case .pub: ZMQ_PUB
        case .xpub: ZMQ_XPUB
        case .sub: ZMQ_SUB
        case .xsub: ZMQ_XSUB
        case .router: ZMQ_ROUTER
        case .dealer: ZMQ_DEALER
        case .pair: ZMQ_PAIR
        case .req: ZMQ_REQ
        case .rep: ZMQ_REP
        }
    }

    public var description: String {
        switch self {
        case .pub: "PUB"
        case .xpub: "XPUB"
        case .sub: "SUB"
        case .xsub: "XSUB"
        case .router: "ROUTER"
        case .dealer: "DEALER"
        case .pair: "PAIR"
        case .req: "REQ"
        case .rep: "REP"
        }
    }
}
