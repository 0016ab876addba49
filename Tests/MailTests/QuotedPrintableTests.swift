import Testing

/// Golden bodies for the quoted-printable transfer encoding (RFC 2045 §6.7).
struct QuotedPrintableTests {
    @Test func nonAsciiBytesAreEscaped() throws {
        #expect(try Fixtures.encodedBody("São Paulo") == "S=C3=A3o Paulo\r\n")
        #expect(try Fixtures.encodedBody("北京市") == "=E5=8C=97=E4=BA=AC=E5=B8=82\r\n")
    }

    @Test func longLineGetsSoftBreaksAt76() throws {
        let a75 = String(repeating: "a", count: 75)
        #expect(
            try Fixtures.encodedBody(String(repeating: "a", count: 200))
                == "\(a75)=\r\n\(a75)=\r\n\(String(repeating: "a", count: 50))\r\n")
    }

    @Test func lineOf76StaysWholeAndOf77Breaks() throws {
        let a76 = String(repeating: "a", count: 76)
        #expect(try Fixtures.encodedBody(a76) == "\(a76)\r\n")
        #expect(try Fixtures.encodedBody(a76 + "b") == "\(a76.dropLast())=\r\nab\r\n")
    }

    @Test func escapeIsNeverSplitAcrossASoftBreak() throws {
        let a74 = String(repeating: "a", count: 74)
        #expect(try Fixtures.encodedBody(a74 + "é") == "\(a74)=\r\n=C3=A9\r\n")
    }

    @Test func equalsSignAndTrailingSpacesAreEscaped() throws {
        #expect(try Fixtures.encodedBody("total = 3  ") == "total =3D 3 =20\r\n")
        #expect(try Fixtures.encodedBody("tab\t\nend") == "tab=09\r\nend\r\n")
    }

    @Test func everyLineBreakBecomesCRLF() throws {
        #expect(try Fixtures.encodedBody("a\nb\r\nc\rd\n\n") == "a\r\nb\r\nc\r\nd\r\n\r\n")
        #expect(try Fixtures.encodedBody("") == "")
    }

    @Test func controlCharactersAreEscaped() throws {
        #expect(try Fixtures.encodedBody("bell\u{07} nul\u{00}") == "bell=07 nul=00\r\n")
    }
}
