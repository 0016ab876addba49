extension TrackingNumberFormat {
    /// Whether `number` (normalised) is a number of this format, check digit included.
    ///
    /// The S10 and UPS formats are checked here today; the others are being written against the shared vectors
    /// and accept nothing until then.
    public func accepts(_ number: String) -> Bool {
        switch self {
        case .s10: S10TrackingNumber(number) != nil
        case .ups: UPSTrackingNumber.isValid(number)
        default: false
        }
    }
}
