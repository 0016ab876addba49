import Foundation
import Mail
import Testing

/// Finding 8 in the mail library: one rule for addresses (`EmailAddressRule`, which placement checks too), and an
/// internationalised address written as UTF-8 in a message marked as needing SMTPUTF8 (RFC 6531, 6532).
struct InternationalisedAddressTests {
    @Test("Finding 8: a UTF-8 local part and an internationalised domain are written as they are, marked SMTPUTF8")
    func finding8_internationalisedAddressIsWrittenAsUTF8() throws {
        // Given a notification to ána@exämple.com, its name and address typed decomposed (a + combining acute)
        let to = try EmailAddress(name: "Ána Souza", address: "a\u{301}na@exa\u{308}mple.com")
        let message = try Fixtures.message(to: to)

        // When it is rendered, Then the exact header block says so, the address in NFC UTF-8 after its encoded name
        let expected =
            "Date: Sun, 22 Nov 2026 08:00:00 +0000\r\n"
            + "From: Dropline <orders@dropline.local>\r\n"
            + "To: =?UTF-8?B?w4FuYSBTb3V6YQ==?= <ána@exämple.com>\r\n"
            + "Subject: Your order ord-42 has shipped\r\n"
            + "Message-ID: <orders.ord-42.shipped@dropline.local>\r\n"
            + "X-Dropline-SMTPUTF8: required\r\n"
            + "MIME-Version: 1.0\r\n"
            + "Content-Type: text/plain; charset=utf-8\r\n"
            + "Content-Transfer-Encoding: quoted-printable\r\n"
            + "\r\n"
        #expect(Fixtures.text(message).hasPrefix(expected), "\(Fixtures.text(message))")
        #expect(to.address == "ána@exämple.com" && to.needsSMTPUTF8 && message.needsSMTPUTF8)
    }

    @Test("Finding 8: an ASCII message carries no SMTPUTF8 mark, and no caller can add one")
    func finding8_asciiMessageIsNotMarked() throws {
        let message = try Fixtures.message()
        #expect(!message.needsSMTPUTF8 && !Fixtures.text(message).contains("SMTPUTF8"))
        #expect(throws: MailError.reservedHeader("X-Dropline-SMTPUTF8")) {
            try EmailHeader("X-Dropline-SMTPUTF8", "required")
        }
    }

    @Test(
        "Finding 8: the rule accepts what placement accepts, and refuses with the reason placement gives",
        arguments: [
            ("josé@exemplo.com.br", nil), ("用户@例子.中国", nil), ("пример@пример.рф", nil), ("ana@xn--80ak6aa92e.com", nil),
            ("ana", "must contain an @, as name@example.com"), ("ana @example.com", "must not contain spaces"),
            ("ana😀@example.com", "has a character before the @ that email addresses do not allow"),
            ("ana\u{202E}@example.com", "has a character before the @ that email addresses do not allow"),
        ] as [(String, String?)])
    func finding8_oneRule(address: String, refusal: String?) throws {
        #expect(EmailAddressRule.refusal(of: address) == refusal)
        if let refusal {
            #expect(throws: MailError.invalidAddress(address)) { try EmailAddress(address: address) }
            #expect(MailError.invalidAddress(address).description.hasSuffix("\(refusal)."))
        } else {
            #expect(try EmailAddress(address: address).address == address)
        }
    }
}
