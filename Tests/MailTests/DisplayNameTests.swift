import Foundation
import Mail
import Testing

/// How a mailbox's display name is written: atoms, quoted-string, or encoded-words (RFC 5322 §3.4, RFC 2047 §5).
struct DisplayNameTests {
    private func to(_ name: String, _ address: String = "sean@example.com") throws -> String? {
        let message = try Fixtures.message(to: EmailAddress(name: name, address: address))
        return try RenderedMessage(message.rendered()).field("To")
    }

    @Test func atomsAreWrittenAsTheyAre() throws {
        #expect(try to("Ada Lovelace", "ada@example.com") == "Ada Lovelace <ada@example.com>")
        #expect(try to("O'Brien") == "O'Brien <sean@example.com>")
    }

    @Test func namesWithSpecialsAreQuoted() throws {
        #expect(try to("Smith, John", "john@example.com") == "\"Smith, John\" <john@example.com>")
        #expect(try to("John Q. Public") == "\"John Q. Public\" <sean@example.com>")
    }

    @Test func quotesAndBackslashesAreEscapedInsideTheQuotes() throws {
        #expect(try to(#"Say "Hi" \ there"#) == #""Say \"Hi\" \\ there" <sean@example.com>"#)
    }

    @Test func nonAsciiNameIsAnEncodedWordEvenWithSpecials() throws {
        #expect(try to("O'Brien, Seán") == "=?UTF-8?B?TydCcmllbiwgU2XDoW4=?= <sean@example.com>")
    }

    @Test func emptyOrBlankNameGivesTheBareAddress() throws {
        #expect(try to("") == "sean@example.com")
        #expect(try to("   ") == "sean@example.com")
    }

    @Test func longNonAsciiNameFoldsBeforeTheAddress() throws {
        // Given a 40-character accented name
        let name = String(repeating: "Seán ", count: 8).trimmingCharacters(in: .whitespaces)
        let value = try #require(try to(name))

        // Then its words decode back and the address follows them
        let words = value.split(separator: " ")
        #expect(words.last == "<sean@example.com>")
        #expect(try decodeEncodedWords(words.dropLast().joined(separator: " ")) == name)
    }
}
