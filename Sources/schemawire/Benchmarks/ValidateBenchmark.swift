import Foundation
import SchemaWire
import SchemaWireValidation

/// `schemawire bench validate`: the 10,000-state Navixy `state_batch` checked against its message
/// schema from `schema/navixy/`, by SchemaWireValidation and by Python `jsonschema` in the same run.
enum ValidateBenchmark {
    /// The message schema the document must satisfy.
    static let reference = "https://schemawire.dev/schema/navixy/events.schema.json#/$defs/StateBatchEvent"

    /// Runs both sides and reports MB/s of document validated (parsing excluded on both sides).
    @Sendable static func run() async throws -> BenchmarkReport {
        let schemaFolder = try locateSchemaFolder("navixy")
        let document = NavixyStateBatchFixture.document()
        var registry = SchemaRegistry()
        try registry.addDirectory(atPath: schemaFolder)
        let validator = try JSONSchemaValidator(reference: reference, registry: registry)
        let value = try JSONValue(parsing: document)
        let result = validator.validate(value)
        guard result.isValid else { throw Failure("the fixture does not match \(reference): \(result)") }

        let clock = ContinuousClock()
        var runs = 0
        let start = clock.now
        while clock.now - start < .seconds(2) || runs < 3 {
            guard validator.isValid(value) else { throw Failure("validation became inconsistent") }
            runs += 1
        }
        let seconds = seconds(clock.now - start) / Double(runs)
        let megabytes = Double(document.count) / 1_000_000
        let peer = try await measurePython(document: document, schemaFolder: schemaFolder, reference: reference)
        guard peer.valid else { throw Failure("Python jsonschema rejects the fixture, so the two sides disagree") }
        return BenchmarkReport(
            name: "validate",
            peerName: "Python jsonschema \(peer.version)",
            rows: [.init(case_: "state_batch, 10,000 states", unit: "MB/s", ours: megabytes / seconds, peer: megabytes / peer.seconds, targetRatio: 50)],
            notes: [
                String(format: "document %.1f MB; SchemaWire %.1f ms per validation (%d runs), jsonschema %.0f ms (parsing excluded on both sides)",
                       megabytes, seconds * 1000, runs, peer.seconds * 1000),
            ]
        )
    }

    // MARK: The schema folder

    /// The path of `schema/<api>`, or a failure naming where it looked.
    static func locateSchemaFolder(_ api: String) throws -> String {
        let candidates = [
            URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("schema/\(api)"),
            URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("schema/\(api)"),
        ]
        guard let found = candidates.first(where: { FileManager.default.fileExists(atPath: $0.path) }) else {
            throw Failure("schema/\(api) not found (looked in \(candidates.map(\.path).joined(separator: ", ")))")
        }
        return found.path
    }

    // MARK: The Python peer

    /// What the peer measured.
    struct Measurement: Sendable {
        var valid: Bool
        var seconds: Double
        var version: String
    }

    /// Loads every schema of the folder into a `referencing` registry by `$id`, validates the
    /// document once to check it and warm up, then times one more validation.
    private static let script = #"""
    import json, pathlib, sys, time
    from importlib.metadata import version
    from jsonschema import Draft202012Validator
    from referencing import Registry, Resource

    folder, document_path, reference = sys.argv[1:4]
    resources = []
    for path in sorted(pathlib.Path(folder).glob("*.json")):
        contents = json.loads(path.read_text())
        if isinstance(contents, dict) and "$id" in contents:
            resources.append((contents["$id"], Resource.from_contents(contents)))
    validator = Draft202012Validator({"$ref": reference}, registry=Registry().with_resources(resources))
    with open(document_path, "rb") as handle:
        document = json.loads(handle.read())
    valid = validator.is_valid(document)
    start = time.perf_counter()
    validator.is_valid(document)
    seconds = time.perf_counter() - start
    print(json.dumps({"valid": valid, "seconds": seconds, "version": version("jsonschema")}))
    """#

    /// Runs the peer; the process is awaited through its termination handler, never by blocking.
    static func measurePython(document: [UInt8], schemaFolder: String, reference: String) async throws -> Measurement {
        let documentURL = FileManager.default.temporaryDirectory.appendingPathComponent("schemawire-bench-\(UUID().uuidString).json")
        try Data(document).write(to: documentURL)
        defer { try? FileManager.default.removeItem(at: documentURL) }
        let output = try await runPython(script: script, arguments: [schemaFolder, documentURL.path, reference])
        guard let line = output.split(separator: "\n").last,
              let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
              let valid = object["valid"] as? Bool, let seconds = object["seconds"] as? Double
        else { throw Failure("Python jsonschema printed no result: \(output.prefix(300))") }
        return Measurement(valid: valid, seconds: seconds, version: object["version"] as? String ?? "?")
    }

    /// The standard output of the finished process, or a failure carrying its standard error.
    static func runPython(script: String, arguments: [String]) async throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do { try process.run() } catch { continuation.resume(throwing: error) }
        }
        let output = String(decoding: stdout.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        guard status == 0 else {
            let message = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            throw Failure("python3 exited with \(status): \(message.suffix(500))")
        }
        return output
    }

    /// A duration in seconds.
    private static func seconds(_ duration: Duration) -> Double {
        let (whole, fraction) = duration.components
        return Double(whole) + Double(fraction) / 1e18
    }

    /// Why the benchmark could not produce figures (a wrong fixture, a missing peer).
    struct Failure: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}
