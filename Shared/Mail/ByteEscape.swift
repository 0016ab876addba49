/// A byte written as a marker and two upper-case hex digits: `=C3` in quoted-printable, `%2F` in file names.
enum ByteEscape {
    static func escape(_ byte: UInt8, marker: Unicode.Scalar) -> String {
        let hex = Array("0123456789ABCDEF".unicodeScalars)
        return String(marker) + String(hex[Int(byte >> 4)]) + String(hex[Int(byte & 0x0F)])
    }
}
