/// Parameters of `fraud.queue`: the open review cases, of one merchant when `merchantID` is given (R4).
public struct ReviewQueueRequest: Codable, Sendable, Hashable {
    public var merchantID: MerchantID?

    public init(merchantID: MerchantID? = nil) {
        self.merchantID = merchantID
    }
}
