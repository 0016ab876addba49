/// Finds markup in text, scalar by scalar: what would become a tag, a character reference or a script URL once
/// the text is written into HTML (a packing list, an email) or a link.
///
/// Scalars, never `Character`s: `"Ana <\u{338}b"` holds a raw `<` that a `Character` comparison misses, since
/// the combining long solidus overlay (U+0338) joins it into one `Character` (`≮`).
public enum MarkupScan {
    /// Angle brackets (any tag), character references such as `&lt;` or `&#60;`, and script URLs
    /// (`javascript:`, `vbscript:`, in any case). One pass over the scalars for each kind.
    public static func looksLikeMarkup(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        if scalars.contains(where: { $0 == "<" || $0 == ">" }) { return true }
        if containsCharacterReference(scalars) { return true }
        return containsScriptScheme(scalars)
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

    /// The URL schemes that run a script, without their colon.
    private static let scriptSchemes: [[Unicode.Scalar]] = ["javascript", "vbscript"].map { Array($0.unicodeScalars) }

    /// Whether a script scheme, in any case, stands right before a `:`.
    static func containsScriptScheme(_ scalars: [Unicode.Scalar]) -> Bool {
        for colon in scalars.indices where scalars[colon] == ":" {
            for scheme in scriptSchemes where colon >= scheme.count {
                let before = scalars[(colon - scheme.count)..<colon]
                if zip(before, scheme).allSatisfy({ asciiLowercased($0) == $1 }) { return true }
            }
        }
        return false
    }

    /// The scalar with ASCII `A`–`Z` folded to lower case; every other scalar as it is.
    private static func asciiLowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        ("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32) ?? scalar : scalar
    }
}
