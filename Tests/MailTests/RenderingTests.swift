import Foundation
import Mail
import Testing

/// Golden bytes for the headers: plain ASCII, RFC 2047 encoded-words, display names and folding.
struct RenderingTests {
    @Test func asciiMessageRendersToExactBytes() throws {
        // Given an ASCII notification with an extra header
        let message = try Fixtures.message(
            body: "Hello Ada,\n\nYour parcel is on its way.\n", headers: [EmailHeader("X-Dropline-Order", "ord-42")])

        // When it is rendered, Then every byte is as RFC 5322 and MIME ask
        let expected =
            "Date: Sun, 22 Nov 2026 08:00:00 +0000\r\n"
            + "From: Dropline <orders@dropline.local>\r\n"
            + "To: Ada Lovelace <ada@example.com>\r\n"
            + "Subject: Your order ord-42 has shipped\r\n"
            + "Message-ID: <orders.ord-42.shipped@dropline.local>\r\n"
            + "X-Dropline-Order: ord-42\r\n"
            + "MIME-Version: 1.0\r\n"
            + "Content-Type: text/plain; charset=utf-8\r\n"
            + "Content-Transfer-Encoding: quoted-printable\r\n"
            + "\r\n"
            + "Hello Ada,\r\n"
            + "\r\n"
            + "Your parcel is on its way.\r\n"
        #expect(message.rendered() == Data(expected.utf8))
        let parsed = try RenderedMessage(message.rendered())
        #expect(parsed.fields.map(\.name).first == "Date")
    }

    @Test(arguments: [
        (1_709_251_199.75, "Thu, 29 Feb 2024 23:59:59 +0000"),
        (1_798_794_307, "Fri, 01 Jan 2027 09:05:07 +0000"),
    ])
    func dateIsRFC5322InUTC(seconds: Double, expected: String) throws {
        let message = try EmailMessage(
            from: EmailAddress(address: "a@example.com"), to: EmailAddress(address: "b@example.com"), subject: "",
            body: "", date: Date(timeIntervalSince1970: seconds), messageID: "m1")
        #expect(try RenderedMessage(message.rendered()).field("Date") == expected)
    }

    @Test func chineseSubjectIsOneEncodedWord() throws {
        let text = Fixtures.text(try Fixtures.message(subject: "北京市的订单已发货"))
        #expect(text.contains("\r\nSubject: =?UTF-8?B?5YyX5Lqs5biC55qE6K6i5Y2V5bey5Y+R6LSn?=\r\n"))
    }

    @Test func emojiSubjectIsEncodedWhole() throws {
        let text = Fixtures.text(try Fixtures.message(subject: "Your order 📦 has shipped"))
        #expect(text.contains("\r\nSubject: =?UTF-8?B?WW91ciBvcmRlciDwn5OmIGhhcyBzaGlwcGVk?=\r\n"))
    }

    @Test func longAsciiSubjectFoldsAtSpacesWithin78() throws {
        let first = "Your order ord-42 with seven items from three suppliers has shipped"
        let rest = "and will arrive on Tuesday next week"
        let text = Fixtures.text(try Fixtures.message(subject: first + " " + rest))
        #expect(text.contains("\r\nSubject: \(first)\r\n \(rest)\r\n"))
    }

    @Test func longNonAsciiSubjectSplitsIntoShortWholeCharacterWords() throws {
        // Given a subject of 60 Chinese characters and emoji (4-byte scalars), 260 UTF-8 bytes
        let subject = String(repeating: "订单已发货📦", count: 10) + " São Paulo"

        // When rendered
        let parsed = try RenderedMessage(try Fixtures.message(subject: subject).rendered())

        // Then it spans several lines of at most 76 characters, each word ≤ 75, and decodes back
        let lines = parsed.headerLines.drop { !$0.hasPrefix("Subject:") }.prefix { !$0.hasPrefix("Message-ID:") }
        #expect(lines.count > 3)
        #expect(lines.allSatisfy { $0.utf8.count <= 76 })
        #expect(try decodeEncodedWords(try #require(parsed.field("Subject"))) == subject)
    }

    @Test func whitespaceRunsInSubjectBecomeOneSpace() throws {
        let parsed = try RenderedMessage(try Fixtures.message(subject: "  Order\tshipped   today ").rendered())
        #expect(parsed.field("Subject") == "Order shipped today")
    }

    @Test func textThatLooksEncodedIsEncoded() throws {
        let parsed = try RenderedMessage(try Fixtures.message(subject: "=?UTF-8?B?SGk=?=").rendered())
        let subject = try #require(parsed.field("Subject"))
        #expect(subject != "=?UTF-8?B?SGk=?=")
        #expect(try decodeEncodedWords(subject) == "=?UTF-8?B?SGk=?=")
    }

    @Test func nonAsciiExtraHeaderIsEncoded() throws {
        let message = try Fixtures.message(headers: [EmailHeader("X-Dropline-City", "São Paulo")])
        #expect(Fixtures.text(message).contains("\r\nX-Dropline-City: =?UTF-8?B?U8OjbyBQYXVsbw==?=\r\n"))
    }

    @Test func everyLineStaysWithin78AndCRLF() throws {
        let message = try Fixtures.message(
            subject: String(repeating: "word ", count: 60) + String(repeating: "x", count: 120),
            body: String(repeating: "ü", count: 500) + "\r\nnext\rline\n",
            to: EmailAddress(name: String(repeating: "Señora ", count: 20), address: "senora@example.com"))
        let parsed = try RenderedMessage(message.rendered())
        #expect(parsed.headerLines.allSatisfy { $0.utf8.count <= 78 })
        #expect(parsed.body.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 76 })
    }
}
