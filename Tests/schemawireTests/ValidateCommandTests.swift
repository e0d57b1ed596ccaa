import Foundation
import Testing

/// `schemawire validate`, run as the built executable in a subprocess.
@Suite("schemawire validate")
struct ValidateCommandTests {
    /// The package root, from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `schemawire` executable next to the test bundle (built by `swift build` / `swift test`).
    static func executable() throws -> URL {
        let bundleDirectory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [
            bundleDirectory.appendingPathComponent("schemawire"),
            bundleDirectory.deletingLastPathComponent().appendingPathComponent("schemawire"),
            packageRoot.appendingPathComponent(".build/debug/schemawire"),
        ]
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw CLIMissing(looked: candidates.map(\.path))
        }
        return found
    }

    /// Runs the CLI with `arguments` and optional standard input; awaits exit without blocking a thread.
    static func run(_ arguments: [String], input: String? = nil) async throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = try executable()
        process.arguments = arguments
        process.environment = ["NO_COLOR": "1", "PATH": "/usr/bin:/bin"]
        let stdout = Pipe()
        let stderr = Pipe()
        let stdin = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = stdin
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do {
                try process.run()
                if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
                try stdin.fileHandleForWriting.close()
            } catch {
                continuation.resume(throwing: error)
            }
        }
        return (status,
                String(decoding: stdout.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self),
                String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self))
    }

    /// A temporary folder with a small schema and two instances.
    static func fixtures() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("schemawire-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let files = [
            "point.schema.json": ##"{"$defs":{"Point":{"type":"object","properties":{"lat":{"type":"number","maximum":90},"at":{"$ref":"time.schema.json"}},"required":["lat"]}},"$ref":"#/$defs/Point"}"##,
            "time.schema.json": #"{"type":"string","format":"date-time"}"#,
            "good.json": #"{"lat":45,"at":"2025-01-01T00:00:00Z"}"#,
            "bad.json": #"{"lat":"north","at":"yesterday"}"#,
            "broken.json": #"{"lat":"#,
        ]
        for (name, text) in files { try Data(text.utf8).write(to: root.appendingPathComponent(name)) }
        return root
    }

    @Test("a valid instance exits 0")
    func validInstance() async throws {
        let root = try Self.fixtures()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try await Self.run(["validate", "--schema", root.appendingPathComponent("point.schema.json").path, root.appendingPathComponent("good.json").path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("good.json: valid"))
    }

    @Test("an invalid instance exits 1 and prints each error with its location")
    func invalidInstance() async throws {
        let root = try Self.fixtures()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try await Self.run(["validate", "--schema", root.appendingPathComponent("point.schema.json").path, "--formats", root.appendingPathComponent("bad.json").path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("bad.json: invalid (2 errors)"))
        #expect(result.stdout.contains(#"/lat: expected number, found string "north""#))
        #expect(result.stdout.contains(#"/at: expected a valid date-time, found string "yesterday""#))
        #expect(result.stdout.contains("keyword /$ref/properties/at/$ref/format"))
    }

    @Test("a folder with --ref, standard input, and the basic JSON output")
    func folderStdinAndJSON() async throws {
        let root = try Self.fixtures()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try await Self.run(["validate", "--schema", root.path, "--ref", "Point", "--json", "-"], input: #"{"lat":91}"#)
        #expect(result.status == 1)
        #expect(result.stdout.contains(#""valid":false"#))
        #expect(result.stdout.contains(#""instanceLocation":"/lat""#))
        #expect(result.stdout.contains(#""keywordLocation":"/properties/lat/maximum""#))
    }

    @Test("malformed JSON exits 1 with the parse error")
    func malformedInstance() async throws {
        let root = try Self.fixtures()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try await Self.run(["validate", "--schema", root.appendingPathComponent("point.schema.json").path, root.appendingPathComponent("broken.json").path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("broken.json: not valid JSON"))
    }

    @Test("a wrong command line exits 2 with the usage")
    func usageErrors() async throws {
        let root = try Self.fixtures()
        defer { try? FileManager.default.removeItem(at: root) }
        let missingSchema = try await Self.run(["validate", root.appendingPathComponent("good.json").path])
        #expect(missingSchema.status == 2)
        #expect(missingSchema.stderr.contains("'--schema' is required"))
        let folderWithoutRef = try await Self.run(["validate", "--schema", root.path, root.appendingPathComponent("good.json").path])
        #expect(folderWithoutRef.status == 2)
        #expect(folderWithoutRef.stderr.contains("'--ref' is required"))
        let noInstance = try await Self.run(["validate", "--schema", root.path])
        #expect(noInstance.status == 2)
    }
}

/// The executable under test was not built.
struct CLIMissing: Error, CustomStringConvertible {
    let looked: [String]
    var description: String { "the schemawire executable was not found (looked in \(looked.joined(separator: ", "))); build it first" }
}
