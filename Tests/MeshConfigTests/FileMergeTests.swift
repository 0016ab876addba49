import Foundation
import MeshConfig
import Testing

@Suite("A YAML file over the default")
struct FileMergeTests {
    @Test("maps merge key by key and keep the default's other values")
    func deepMerge() throws {
        let config = try ScratchDirectory().load(
            yaml: """
                clock:
                  mode: simulated
                streams:
                  heartbeat_ms: 250
                supervisor:
                  grace_ms: 700
                """)
        #expect(config.clock.mode == .simulated)
        #expect(config.clock.start == Date(timeIntervalSince1970: 1_795_305_600))
        #expect(config.streams.heartbeatInterval == .milliseconds(250))
        #expect(config.streams.batchMax == 500)
        #expect(config.supervisor.grace == .milliseconds(700))
        #expect(config.supervisor.crashLoopRestarts == 5)
        #expect(
            config.services.map(\.name) == [
                "inventory", "payments", "fraud-hold", "orders", "simulator", "dispatch", "tracking",
            ])
    }

    @Test("a file's services replace the default's, in the file's order")
    func servicesReplaced() throws {
        let config = try ScratchDirectory().load(
            yaml: """
                services:
                  zeta:
                    executable: /opt/zeta
                  alpha:
                    executable: alpha-bin
                    args: [serve, --port, 8080]
                    instances: 3
                    log_level: debug
                    settings: {max_rate: 5, region: eu, enabled: true}
                  mid-2:
                    executable: mid
                """)
        #expect(config.services.map(\.name) == ["zeta", "alpha", "mid-2"])
        let alpha = try #require(config.service(named: "alpha"))
        #expect(alpha.arguments == ["serve", "--port", "8080"])
        #expect(alpha.instances == 3)
        #expect(alpha.logLevel == "debug")
        #expect(alpha.settings == ["max_rate": "5", "region": "eu", "enabled": "true"])
        #expect(config.service(named: "zeta")?.arguments == [])
        #expect(config.service(named: "zeta")?.logLevel == "info")
    }

    @Test("an empty file or one with only comments changes nothing", arguments: ["", "# nothing here\n"])
    func emptyFile(text: String) throws {
        let scratch = try ScratchDirectory()
        #expect(try scratch.load(yaml: text) == scratch.load())
    }

    @Test("a relative file path is read from the working directory")
    func relativeFilePath() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("log_level: warning\n", to: "relative.yaml")
        #expect(try scratch.load(file: "relative.yaml").logLevel == "warning")
    }

    @Test("a missing file is an error naming it")
    func missingFile() throws {
        let scratch = try ScratchDirectory()
        let error = scratch.loadError(file: scratch.path + "/absent.yaml")
        #expect(
            error?.description == "config file '\(scratch.path)/absent.yaml': cannot be read: No such file or directory"
        )
        #expect(error?.key == nil)
    }

    @Test("a folder is not a file")
    func folderAsFile() throws {
        let scratch = try ScratchDirectory()
        let error = scratch.loadError(file: scratch.path)
        #expect(error?.description == "config file '\(scratch.path)': cannot be read: Is a directory")
    }

    @Test("text that is not UTF-8 is an error")
    func notUTF8() throws {
        let scratch = try ScratchDirectory()
        let file = scratch.path + "/latin1.yaml"
        try Data([0x6C, 0x6F, 0x67, 0x3A, 0x20, 0xE9, 0xFF]).write(to: URL(fileURLWithPath: file))
        #expect(scratch.loadError(file: file)?.description == "config file '\(file)': cannot be read: not UTF-8 text")
    }

    @Test(
        "malformed YAML is an error on one line that quotes Yams",
        arguments: [
            (
                "streams: [1, 2\n",
                "2:1: error: parser: while parsing a flow sequence in line 1, column 10: did not find expected ',' or ']'"
            ),
            (
                "clock:\n  mode: system\n mode: x\n",
                "3:2: error: parser: while parsing a block mapping in line 1, column 1: did not find expected key"
            ),
            ("a: b: c\n", "1:5: error: scanner: mapping values are not allowed in this context"),
            ("a: *nowhere\n", "1:4: error: composer: found undefined alias"),
        ])
    func malformedYAML(text: String, yamsMessage: String) throws {
        let scratch = try ScratchDirectory()
        let file = try scratch.write(text)
        #expect(scratch.loadError(file: file)?.description == "config file '\(file)': not valid YAML: \(yamsMessage)")
    }

    @Test("a service named twice is refused by the YAML reader")
    func duplicateService() throws {
        let scratch = try ScratchDirectory()
        let file = try scratch.write("services:\n  a:\n    executable: x\n  a:\n    executable: y\n")
        #expect(
            scratch.loadError(file: file)?.description == "config file '\(file)': not valid YAML: "
                + "Parser: expected all keys to be unique but found the following duplicated key(s): 'a'.")
    }

    @Test("the top level must be a mapping", arguments: [("- a\n- b\n", "a list"), ("just text\n", "\"just text\"")])
    func topLevelNotMapping(text: String, shown: String) throws {
        let scratch = try ScratchDirectory()
        let file = try scratch.write(text)
        #expect(
            scratch.loadError(file: file)?.description
                == "config file '\(file)': expected a mapping at the top level, got \(shown)")
    }

    @Test("a mapping key must be a scalar")
    func complexKey() throws {
        let scratch = try ScratchDirectory()
        let file = try scratch.write("streams:\n  ? [a, b]\n  : 1\n")
        #expect(
            scratch.loadError(file: file)?.description
                == "config file '\(file)': not valid YAML: a mapping key under 'streams' is not a scalar")
    }
}
