/// Finds markup in text, scalar by scalar: what would become a tag, a character reference or a script URL once
/// the text is written into HTML (a packing list, an email) or a link.
///
/// Scalars, never `Character`s: `"Ana <\u{338}b"` holds a raw `<` that a `Character` comparison misses, since
/// the combining long solidus overlay (U+0338) joins it into one `Character` (`≮`).
public enum MarkupScan {
    /// Angle brackets (any tag), character references such as `&lt;` or `&#60;`, and script URLs
    /// (`javascript:`, `vbscript:`, in any case).
    public static func looksLikeMarkup(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        if scalars.contains(where: { $0 == "<" || $0 == ">" }) { return true }
        if containsCharacterReference(scalars) { return true }
        let folded = scalars.map(asciiLowercased)
        return contains(folded, "javascript:") || contains(folded, "vbscript:")
    }

    /// `&`, an optional `#`, one or more ASCII letters or digits, then `;` (as `&lt;` or `&#60;`). A scan rather
    /// than a regex: this runs for every text field of every request.
    static func containsCharacterReference(_ scalars: [Unicode.Scalar]) -> Bool {
        for start in scalars.indices where scalars[start] == "&" {
            var index = start + 1
            if index < scalars.count, scalars[index] == "#" { index += 1 }
            let nameStart = index
            while index < scalars.count, scalars[index].isASCII,
                scalars[index].properties.isAlphabetic || ("0"..."9").contains(scalars[index])
            {
                index += 1
            }
            if index > nameStart, index < scalars.count, scalars[index] == ";" { return true }
        }
        return false
    }

    /// The scalar with ASCII `A`–`Z` folded to lower case; every other scalar as it is.
    private static func asciiLowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        ("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32) ?? scalar : scalar
    }

    /// Whether `scalars` holds the scalars of `word` one after another.
    private static func contains(_ scalars: [Unicode.Scalar], _ word: String) -> Bool {
        let needle = Array(word.unicodeScalars)
        guard scalars.count >= needle.count else { return false }
        return (0...(scalars.count - needle.count)).contains { start in
            scalars[start..<(start + needle.count)].elementsEqual(needle)
        }
    }
}
