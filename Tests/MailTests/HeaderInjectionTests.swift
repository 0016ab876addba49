import Foundation
import Mail
import Testing

/// CR or LF in any header value is refused with an error, never written (the choice: reject, not strip).
struct HeaderInjectionTests {
    @Test(arguments: ["Hi\r\nBcc: victim@example.com", "Hi\nBcc: x@example.com", "Hi\rX", "\r\n\r\nbody"])
    func subjectWithLineBreakIsRefused(subject: String) {
        #expect(throws: MailError.lineBreakInHeader(field: "Subject")) { try Fixtures.message(subject: subject) }
    }

    @Test func displayNameWithLineBreakIsRefused() {
        #expect(throws: MailError.lineBreakInHeader(field: "display name")) {
            try EmailAddress(name: "Ada\r\nBcc: x@example.com", address: "ada@example.com")
        }
    }

    @Test(arguments: [
        "ada@example.com\r\nBcc: x@example.com", "ada@example.com>", "ada", "ada@@example.com", ".ada@example.com",
        "ada@-example.com", "ada@exa mple.com", "ada@example.com\u{2028}", "ada\u{202E}@example.com", "",
    ])
    func malformedAddressIsRefused(address: String) {
        #expect(throws: MailError.invalidAddress(address)) { try EmailAddress(name: "Ada", address: address) }
    }

    @Test func extraHeaderValueWithLineBreakIsRefused() {
        #expect(throws: MailError.lineBreakInHeader(field: "X-Dropline-Order")) {
            try EmailHeader("X-Dropline-Order", "ord-1\nBcc: x@example.com")
        }
    }

    @Test(arguments: ["X Order", "X-Order:", "", "X-\u{e9}", "X-Order\r\n", String(repeating: "X", count: 77)])
    func badHeaderNameIsRefused(name: String) {
        #expect(throws: MailError.invalidHeaderName(name)) { try EmailHeader(name, "v") }
    }

    @Test(arguments: ["From", "subject", "Content-Type", "MESSAGE-ID"])
    func standardHeaderCannotBeAddedAgain(name: String) {
        #expect(throws: MailError.reservedHeader(name)) { try EmailHeader(name, "v") }
    }

    @Test(arguments: ["ord-1>\r\nBcc: x", "a b", "", ".a", "a..b", "a@b"])
    func badMessageIDIsRefused(id: String) {
        #expect(throws: MailError.invalidMessageID(id)) { try Fixtures.message(messageID: id) }
    }

    @Test func unicodeLineSeparatorsAreEncodedNotWrittenRaw() throws {
        // Given a subject with line-breaking characters that are not CR or LF
        let message = try Fixtures.message(subject: "a\u{2028}b\u{85}c\u{0B}d")

        // Then the header block keeps its shape and the text survives as an encoded-word
        let parsed = try RenderedMessage(message.rendered())
        #expect(try decodeEncodedWords(try #require(parsed.field("Subject"))) == "a\u{2028}b\u{85}c\u{0B}d")
    }
}
