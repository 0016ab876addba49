/// The parameters of `tracking.infractions`: every infraction, or one merchant's when `merchantID` is given.
public struct InfractionListRequest: Codable, Sendable, Hashable {
    public var merchantID: MerchantID?

    public init(merchantID: MerchantID? = nil) {
        self.merchantID = merchantID
    }
}
