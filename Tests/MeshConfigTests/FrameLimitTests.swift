import MeshConfig
import Testing

/// Finding 6: every socket refuses frames beyond `streams.max_frame_bytes` (16 MiB by default), which must leave room
/// for the largest event.
@Suite("Finding 6: frame limit")
struct FrameLimitTests {
    @Test("Finding 6: max_frame_bytes is 16 MiB by default and can be set")
    func defaultAndOverride() throws {
        let scratch = try ScratchDirectory()
        #expect(try scratch.load().streams.maxFrameBytes == 16 << 20)
        #expect(try scratch.load(overrides: ["streams.max_frame_bytes=4194304"]).streams.maxFrameBytes == 4 << 20)
    }

    @Test(
        "Finding 6: max_frame_bytes below the largest event, or out of range, is refused",
        arguments: [
            (
                ["streams.max_message_bytes=8388608", "streams.max_frame_bytes=4194304"],
                "config key 'streams.max_frame_bytes': expected at least streams.max_message_bytes (8388608), got 4194304"
            ),
            (
                ["streams.max_frame_bytes=1024"],
                "config key 'streams.max_frame_bytes': expected an integer in 65536...1073741824 (64 KiB to 1 GiB), got 1024"
            ),
        ])
    func refused(_ overrides: [String], _ message: String) throws {
        let scratch = try ScratchDirectory()
        #expect(scratch.loadError(overrides: overrides)?.description == message)
    }
}
