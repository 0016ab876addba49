extension TrackingNumberFormat {
    /// Whether `number` (normalised by `normalised(_:)`) is a number of this format, check digit included (R9).
    public func accepts(_ number: String) -> Bool {
        let bytes = Array(number.utf8)
        return switch self {
        case .amazonLogistics: AmazonTrackingNumber.isLogistics(bytes)
        case .amazonInternational: AmazonTrackingNumber.isInternational(bytes)
        case .canadaPost: CanadaPostTrackingNumber.isValid(bytes)
        case .canpar22: CanparTrackingNumber.isValid(bytes)
        case .dhlExpress: DHLTrackingNumber.isExpress(bytes)
        case .dhlExpressPieceID: DHLTrackingNumber.isExpressPieceID(bytes)
        case .dhlEcommerce: DHLTrackingNumber.isECommerce(bytes)
        case .dhlEcommerce14: DHLTrackingNumber.isECommerce14(bytes)
        case .dpd: DPDTrackingNumber.isDPD28(bytes)
        case .dpd14: DPDTrackingNumber.isDPD14(bytes)
        case .fedex12: FedExTrackingNumber.isExpress12(bytes)
        case .fedex34: FedExTrackingNumber.isExpress34(bytes)
        case .fedexAstra32: FedExTrackingNumber.isAstra32(bytes)
        case .fedexGround: FedExTrackingNumber.isGround(bytes)
        case .fedexGroundSscc18: FedExTrackingNumber.isGroundSSCC18(bytes)
        case .fedexGround96: FedExTrackingNumber.isGround96(bytes)
        case .fedexGroundGsn: FedExTrackingNumber.isGroundGSN(bytes)
        case .gofoUs: GOFOTrackingNumber.isValid(bytes)
        case .landmarkGlobal: LandmarkGlobalTrackingNumber.isValid(bytes)
        case .lasershipLx: LaserShipTrackingNumber.isLX(bytes)
        case .lasership1ls7: LaserShipTrackingNumber.is1LS7(bytes)
        case .lasership1ls718: LaserShipTrackingNumber.is1LS718(bytes)
        case .lasership1lscx: LaserShipTrackingNumber.is1LSCX(bytes)
        case .oldDominion: OldDominionTrackingNumber.isStandard(bytes)
        case .oldDominionGuaranteedShipment: OldDominionTrackingNumber.isGuaranteedShipment(bytes)
        case .ontracC: OnTracTrackingNumber.isC(bytes)
        case .ontracD: OnTracTrackingNumber.isD(bytes)
        case .purolatorNumeric: PurolatorTrackingNumber.isNumeric(bytes)
        case .purolatorAlpha: PurolatorTrackingNumber.isAlpha(bytes)
        case .s10: S10TrackingNumber(number) != nil
        case .speedee: SpeeDeeTrackingNumber.isValid(bytes)
        case .ups: UPSTrackingNumber.isValid(bytes)
        case .upsWaybill: UPSTrackingNumber.isWaybill(bytes)
        case .usps20: USPSTrackingNumber.isUSPS20(bytes)
        case .uspsImpbN: USPSTrackingNumber.isIMpbN(bytes)
        case .uspsLegacy: USPSTrackingNumber.isLegacy(bytes)
        case .uspsImpbC: USPSTrackingNumber.isIMpbC(bytes)
        case .yodel: YodelTrackingNumber.isValid(bytes)
        case .yunexpress: YunExpressTrackingNumber.isValid(bytes)
        }
    }

    /// Every format that accepts `number` (written as people write it: it is normalised first), in declaration
    /// order; empty when it is nobody's number. One number can fit several formats (an S10 number starting `LX` is
    /// a DHL eCommerce number too), which is how "looks like a UPS number" is told (R9).
    public static func formats(accepting number: String) -> [TrackingNumberFormat] {
        let normalised = normalised(number)
        return allCases.filter { $0.accepts(normalised) }
    }

    /// The country whose postal operator posted `number` (normalised first), when it is a valid UPU S10 number, e.g.
    /// China for `LZ123456785CN`; nil otherwise (R9).
    public static func postingCountry(of number: String) -> CountryCode? {
        S10TrackingNumber(normalised(number))?.country
    }
}
