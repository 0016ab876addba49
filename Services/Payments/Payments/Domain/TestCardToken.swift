import Contracts

/// A token as `TestGateway` reads it: a documented test card, alone or with a customer suffix (R3, R4).
///
/// Syntax: `<token>` or `<token>.<suffix>`, e.g. `tok_visa` or `tok_visa.c42-s1`.
/// - `<token>` is one of `TestCard.all`'s tokens and decides the outcome, brand, issuing country and last four.
/// - `<suffix>`, after the first `.`, is 1 to 40 characters of `A-Z a-z 0-9 _ -`, compared exactly. It makes the
///   token a card of its own: the fingerprint is derived from the card number and the suffix, so `tok_visa.c1` and
///   `tok_visa.c2` are two cards to the fraud hold's card profiles (R4), while every `tok_visa` is one card.
///
/// An unknown `<token>` or a malformed suffix (empty, too long, another `.`, any other character) is no test card,
/// so the gateway declines it `unknown_card` as any other unknown token. A suffix goes on tokens only: a raw
/// number with one is no token, and the payments service refuses it as a raw number (`CardNumber.number(in:)`).
struct TestCardToken: Hashable, Sendable {
    /// Between the token and the suffix.
    static let separator: Character = "."
    /// The longest suffix.
    static let maxSuffixLength = 40

    let card: TestCard
    /// Nil for the documented card itself.
    let suffix: String?

    /// The test card `input` names: a documented token or raw number (spaces and dashes ignored), or a token with
    /// a well-formed suffix; nil for anything else.
    init?(_ input: String) {
        if let card = TestCard.find(input) {
            self.init(card: card, suffix: nil)
            return
        }
        guard let dot = input.firstIndex(of: Self.separator) else { return nil }
        let suffix = input[input.index(after: dot)...]
        guard let card = TestCard.all.first(where: { $0.token == input[..<dot] }), Self.isWellFormed(suffix) else {
            return nil
        }
        self.init(card: card, suffix: String(suffix))
    }

    private init(card: TestCard, suffix: String?) {
        self.card = card
        self.suffix = suffix
    }

    /// The card as the gateway reports it: the test card's brand, country and last four, and a fingerprint of the
    /// number (and the suffix, when there is one).
    var details: CardDetails { card.details(suffix: suffix) }

    /// The part of `token` before the separator: the whole token when it has none.
    static func base(of token: String) -> Substring {
        token.prefix { $0 != separator }
    }

    /// 1 to `maxSuffixLength` characters of `A-Z a-z 0-9 _ -`.
    static func isWellFormed(_ suffix: Substring) -> Bool {
        (1...maxSuffixLength).contains(suffix.count)
            && suffix.unicodeScalars.allSatisfy { scalar in
                scalar.isASCII
                    && (("A"..."Z").contains(scalar) || ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
                        || scalar == "_" || scalar == "-")
            }
    }
}
