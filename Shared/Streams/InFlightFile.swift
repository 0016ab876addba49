import Foundation
import Glibc
import Synchronization

/// `<store>.inflight`: the inputs a process is applying right now, one fixed-size slot each, written with one
/// `pwrite` before the input is applied and cleared with another after (docs/streams.md §4.6). Nothing is synced:
/// a marker must outlive the process, not the machine, and the kernel keeps what a dead process wrote. At the next
/// start, the slots still set name what the last run was applying when it ended.
final class InFlightFile: Sendable {
    /// Bytes per slot: a length (4 bytes, little-endian) and the input's text, which fits easily (a stream's name
    /// and epoch and two positions, or a method and a digest); an input too long for a slot is not marked.
    static let slotSize = 512

    /// The open file (nil once closed), the slots freed, and the first never used.
    private let state: Mutex<(descriptor: Int32?, free: [Int], next: Int)>

    /// Opens (creating) the file.
    init(path: String) throws {
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw InFlightFileError(path: path, reason: String(cString: strerror(errno))) }
        state = Mutex((descriptor, [], 0))
    }

    deinit {
        close()
    }

    /// Closes the file (the host hands its store over); later marks do nothing.
    func close() {
        state.withLock { state in
            if let descriptor = state.descriptor { Glibc.close(descriptor) }
            state.descriptor = nil
        }
    }

    /// The inputs the last run left marked, and an empty file after.
    func takeLeftOver() -> [GuardedInput] {
        state.withLock { state in
            guard let descriptor = state.descriptor else { return [] }
            return Self.takeLeftOver(descriptor)
        }
    }

    private static func takeLeftOver(_ descriptor: Int32) -> [GuardedInput] {
        var inputs: [GuardedInput] = []
        var slot = [UInt8](repeating: 0, count: Self.slotSize)
        var offset = 0
        while case let count = pread(descriptor, &slot, Self.slotSize, off_t(offset)), count >= 4 {
            // The last slot is only as long as its last record.
            let length = Int(slot[0]) | Int(slot[1]) << 8 | Int(slot[2]) << 16 | Int(slot[3]) << 24
            if length > 0, length <= count - 4,
                let input = Self.decode(String(decoding: slot[4..<(4 + length)], as: UTF8.self))
            {
                inputs.append(input)
            }
            offset += Self.slotSize
        }
        _ = ftruncate(descriptor, 0)
        return inputs
    }

    /// Marks `input` in a free slot; returns the slot, or nil when it could not be marked.
    func mark(_ input: GuardedInput) -> Int? {
        let text = Array(Self.encode(input).utf8)
        guard text.count <= Self.slotSize - 4 else { return nil }
        let length = UInt32(text.count)
        let record =
            [UInt8(length & 0xff), UInt8(length >> 8 & 0xff), UInt8(length >> 16 & 0xff), UInt8(length >> 24)]
            + text
        return state.withLock { state -> Int? in
            guard let descriptor = state.descriptor else { return nil }
            let slot = state.free.popLast() ?? state.next
            if slot == state.next { state.next += 1 }
            guard pwrite(descriptor, record, record.count, off_t(slot * Self.slotSize)) == record.count else {
                state.free.append(slot)
                return nil
            }
            return slot
        }
    }

    /// Clears `slot`: its input returned, whatever it returned.
    func unmark(_ slot: Int) {
        let empty = [UInt8](repeating: 0, count: 4)
        state.withLock { state in
            guard let descriptor = state.descriptor else { return }
            _ = pwrite(descriptor, empty, empty.count, off_t(slot * Self.slotSize))
            state.free.append(slot)
        }
    }

    private static let separator: Character = "\u{1F}"

    /// `events␟stream␟epoch␟from␟through` or `request␟method␟digest`.
    static func encode(_ input: GuardedInput) -> String {
        switch input {
        case .events(let stream, let epoch, let from, let through):
            ["events", stream, epoch, String(from), String(through)].joined(separator: String(separator))
        case .request(let method, let digest):
            ["request", method, digest].joined(separator: String(separator))
        }
    }

    static func decode(_ text: String) -> GuardedInput? {
        let fields = text.split(separator: separator, omittingEmptySubsequences: false).map(String.init)
        switch fields.first {
        case "events":
            guard fields.count == 5, let from = UInt64(fields[3]), let through = UInt64(fields[4]), from <= through
            else { return nil }
            return .events(stream: fields[1], epoch: fields[2], from: from, through: through)
        case "request":
            guard fields.count == 3 else { return nil }
            return .request(method: fields[1], digest: fields[2])
        default:
            return nil
        }
    }
}

/// The in-flight file could not be opened.
struct InFlightFileError: Error, CustomStringConvertible {
    var path: String
    var reason: String

    var description: String { "Cannot open \(path): \(reason)." }
}
