/// The form of every id a client chooses: a merchant, supplier or listing id, a SKU (docs/rules.md, "Bounds at
/// every door").
///
/// 1 to 64 ASCII letters, digits, `_`, `-` and `.`, the first a letter or a digit: `mer_azul`, `lst_tee`,
/// `TEE-M`, `sup_sz`, `v1.2`. No spaces, no markup, nothing that a log line, a file name, a URL or a mail header
/// would have to escape.
public enum IdentifierRule {
    /// The longest id.
    public static let maxLength = 64

    /// Why `id` is refused, or nil if it is accepted; an empty or blank id "is required".
    public static func refusal(of id: String) -> String? {
        let scalars = id.unicodeScalars
        guard let first = scalars.first, !scalars.allSatisfy(\.properties.isWhitespace) else { return "is required" }
        if scalars.count > maxLength { return "is longer than \(maxLength) characters" }
        guard isLetterOrDigit(first), scalars.allSatisfy({ isLetterOrDigit($0) || "_-.".unicodeScalars.contains($0) })
        else { return "must be ASCII letters, digits, '_', '-' or '.', starting with a letter or a digit" }
        return nil
    }

    private static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
    }
}
