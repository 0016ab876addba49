/// One stretch of a tracking-number format's shape (R9), such as "12 digits" or "one of A, C, M". A format's shape
/// is a sequence of pieces matched byte by byte against the whole normalised number, e.g. Amazon Logistics is
/// `[.literal("TB"), .oneOf("ACM"), .digits(12)]`; a piece of variable length (`.digits(9...10)`) tries its
/// shortest length first.
struct TrackingNumberPiece: Sendable {
    /// How many bytes the piece takes.
    let lengths: ClosedRange<Int>
    /// Whether `byte` may stand at `offset` within the piece.
    let admits: @Sendable (_ byte: UInt8, _ offset: Int) -> Bool

    /// Exactly these characters.
    static func literal(_ text: String) -> Self {
        let expected = Array(text.utf8)
        return Self(lengths: expected.count...expected.count) { byte, offset in expected[offset] == byte }
    }

    /// One character of `choices`.
    static func oneOf(_ choices: String) -> Self {
        let allowed = Set(choices.utf8)
        return Self(lengths: 1...1) { byte, _ in allowed.contains(byte) }
    }

    /// `count` digits.
    static func digits(_ count: Int) -> Self { digits(count...count) }

    /// Between `counts.lowerBound` and `counts.upperBound` digits.
    static func digits(_ counts: ClosedRange<Int>) -> Self {
        Self(lengths: counts) { byte, _ in byte.isASCIIDigit }
    }

    /// `count` upper-case letters.
    static func letters(_ count: Int) -> Self { letters(count...count) }

    /// Between `counts.lowerBound` and `counts.upperBound` upper-case letters.
    static func letters(_ counts: ClosedRange<Int>) -> Self {
        Self(lengths: counts) { byte, _ in byte.isASCIIUpperCaseLetter }
    }

    /// `count` digits or upper-case letters.
    static func alphanumerics(_ count: Int) -> Self {
        Self(lengths: count...count) { byte, _ in byte.isASCIIDigit || byte.isASCIIUpperCaseLetter }
    }

    /// Whether `bytes`, from start to end, is `pieces` one after another.
    static func matches(_ bytes: [UInt8], _ pieces: TrackingNumberPiece...) -> Bool {
        matches(bytes[...], pieces[...])
    }

    /// Whether `bytes`, from start to end, is `pieces` one after another, trying each length of the first piece.
    private static func matches(_ bytes: ArraySlice<UInt8>, _ pieces: ArraySlice<TrackingNumberPiece>) -> Bool {
        guard let piece = pieces.first else { return bytes.isEmpty }
        for length in piece.lengths where length <= bytes.count {
            let head = bytes.prefix(length)
            if head.enumerated().allSatisfy({ piece.admits($0.element, $0.offset) })
                && matches(bytes.dropFirst(length), pieces.dropFirst())
            {
                return true
            }
        }
        return false
    }
}
