import Foundation
import MeshConfig
import Testing

/// Finding 12: a YAML alias bomb given to `--config` grew the process to 1 GB. The loader now counts what a text's
/// aliases expand to before composing it, and refuses it at once; an oversized file is refused unread.
@Suite("Finding 12: YAML limits")
struct AliasBombTests {
    /// Nine levels of nine aliases: 9^9 (387 million) scalars once expanded, in ten lines.
    static let bomb = """
        a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
        b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
        c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
        d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
        e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
        f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
        g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
        h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
        i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
        """

    @Test("Finding 12: an alias bomb given as the config file is refused quickly with one line")
    func aliasBombIsRefusedQuickly() throws {
        let scratch = try ScratchDirectory()
        let file = try scratch.write(Self.bomb)
        let started = ContinuousClock.now
        let error = scratch.loadError(file: file)
        #expect(ContinuousClock.now - started < .seconds(2))
        #expect(
            error?.description
                == "config file '\(file)': expands to more than 100000 YAML nodes (through its aliases); "
                + "a mesh config needs a few hundred")
    }

    @Test("Finding 12: an alias bomb used as a mapping key is refused before it is hashed")
    func aliasBombAsAKeyIsRefusedQuickly() throws {
        let scratch = try ScratchDirectory()
        let file = try scratch.write(Self.bomb + "\n? *i\n: boom\n")
        let started = ContinuousClock.now
        #expect(scratch.loadError(file: file)?.description.contains("expands to more than 100000 YAML nodes") == true)
        #expect(ContinuousClock.now - started < .seconds(2))
    }

    @Test("Finding 12: more than 100 aliases are refused, however small they expand")
    func tooManyAliasesAreRefused() throws {
        let scratch = try ScratchDirectory()
        let aliases = Array(repeating: "*x", count: 101).joined(separator: ", ")
        let file = try scratch.write("x: &x 1\ny: [\(aliases)]\n")
        #expect(
            scratch.loadError(file: file)?.description
                == "config file '\(file)': uses more than 100 YAML aliases (* references)")
    }

    @Test("Finding 12: a few aliases within the budget still work")
    func aFewAliasesStillWork() throws {
        let scratch = try ScratchDirectory()
        let configuration = try scratch.load(
            yaml: """
                streams:
                  heartbeat_ms: &beat 250
                  lag_alarm_events: *beat
                """)
        #expect(configuration.streams.heartbeatInterval == .milliseconds(250))
        #expect(configuration.streams.lagAlarmEvents == 250)
    }

    @Test("Finding 12: a config file over 1 MiB is refused without being read")
    func oversizedFileIsRefused() throws {
        let scratch = try ScratchDirectory()
        let file = try scratch.write("# " + String(repeating: "x", count: 1 << 20) + "\n")
        #expect(
            scratch.loadError(file: file)?.description
                == "config file '\(file)': is \((1 << 20) + 3) bytes, more than the 1048576 a mesh config may have")
    }

    @Test("Finding 12: an alias bomb in a --set value is taken as plain text, not expanded")
    func aliasBombInAnOverrideStaysText() throws {
        let scratch = try ScratchDirectory()
        let flow =
            "{a: &a [x,x,x,x,x,x,x,x,x], b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a], "
            + "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b], d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c], "
            + "e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d], f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]}"
        let error = scratch.loadError(overrides: ["services.orders.settings.note=\(flow)"])
        #expect(error == nil)
    }
}
