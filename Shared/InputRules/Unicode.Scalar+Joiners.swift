/// The zero-width joiner (U+200D) and non-joiner (U+200C), which some scripts need inside words: Devanagari
/// `क्‍ष`, Bengali `র‍্যাব`, Sinhala `ශ්‍රී`, Persian `می‌خواهم`. The text policy accepts one between two letters or marks of the
/// same such script, and a zero-width joiner right after the virama of an Indic script at a word's end too: the older
/// Malayalam spelling of a chillu (`നഗര്‍`, consonant, virama, ZWJ), which many people still type. It refuses one
/// anywhere else (leading, trailing after a letter, doubled, between Latin letters, alone), where it only makes two
/// different strings look the same.
extension Unicode.Scalar {
    /// U+200C ZERO WIDTH NON-JOINER or U+200D ZERO WIDTH JOINER.
    var isJoinerControl: Bool {
        value == 0x200C || value == 0x200D
    }

    /// The script among those that use the joiners in words, by Unicode block: each Indic script of India, Nepal,
    /// Bangladesh and Sri Lanka on its own, and the Arabic script (Arabic, Persian, Urdu…) with its supplements
    /// and presentation forms; nil for other scripts.
    var joiningScript: JoiningScript? {
        switch value {
        case 0x0900...0x097F, 0xA8E0...0xA8FF: .devanagari
        case 0x0980...0x09FF: .bengali
        case 0x0A00...0x0A7F: .gurmukhi
        case 0x0A80...0x0AFF: .gujarati
        case 0x0B00...0x0B7F: .oriya
        case 0x0B80...0x0BFF: .tamil
        case 0x0C00...0x0C7F: .telugu
        case 0x0C80...0x0CFF: .kannada
        case 0x0D00...0x0D7F: .malayalam
        case 0x0D80...0x0DFF: .sinhala
        case 0x0600...0x06FF, 0x0750...0x077F, 0x0870...0x08FF, 0xFB50...0xFDFF, 0xFE70...0xFEFF: .arabic
        case 0x0700...0x074F: .syriac
        default: nil
        }
    }

    /// The virama of an Indic script (canonical combining class 9, as `्` U+094D or `്` U+0D4D), after which a
    /// zero-width joiner asks for the consonant's half or chillu form.
    var isIndicVirama: Bool {
        properties.canonicalCombiningClass == .virama && joiningScript?.isIndic == true
    }

    /// A letter or a combining mark (a vowel sign, a virama): what a joiner may stand between.
    var isLetterOrMark: Bool {
        switch properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .nonspacingMark,
            .spacingMark, .enclosingMark:
            true
        default: false
        }
    }
}

/// A script whose words use the zero-width joiner and non-joiner.
enum JoiningScript: Sendable {
    case devanagari, bengali, gurmukhi, gujarati, oriya, tamil, telugu, kannada, malayalam, sinhala, arabic, syriac

    /// The scripts of India, Nepal, Bangladesh and Sri Lanka, whose viramas a joiner may follow.
    var isIndic: Bool {
        switch self {
        case .arabic, .syriac: false
        default: true
        }
    }
}

extension String.UnicodeScalarView {
    /// Whether every format character (category Cf) in the text is a joiner that the script around it uses:
    /// a ZWJ or ZWNJ with a letter or mark of one joining script on each side, or a ZWJ after an Indic virama at a
    /// word's end (before a space, punctuation, a digit or the end of the text).
    var hasOnlyJoinersInWords: Bool {
        let scalars = Array(self)
        for (index, scalar) in scalars.enumerated() where scalar.isInvisibleFormatCharacter {
            guard scalar.isJoinerControl, index > 0 else { return false }
            let before = scalars[index - 1]
            let after = index + 1 < scalars.count ? scalars[index + 1] : nil
            if let after, after.isLetterOrMark {
                guard before.isLetterOrMark, let script = before.joiningScript, after.joiningScript == script
                else { return false }
            } else {
                let atWordEnd = after.map { !$0.isInvisibleFormatCharacter } ?? true
                guard scalar.value == 0x200D, before.isIndicVirama, atWordEnd else { return false }
            }
        }
        return true
    }
}
