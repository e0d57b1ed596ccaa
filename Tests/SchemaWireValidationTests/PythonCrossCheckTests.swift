import Foundation
import SchemaWire
import SchemaWireValidation
import Testing

/// Property-style check against an independent implementation: the sample messages and many
/// random mutations of them are validated by SchemaWireValidation and by Python `jsonschema`, and
/// every verdict must agree.
@Suite("Cross-check with Python jsonschema")
struct PythonCrossCheckTests {
    /// Reads a JSON-lines file of `{"ref": …, "instance": …}` and prints 1 or 0 per line.
    static let script = #"""
    import json, pathlib, sys
    from jsonschema import Draft202012Validator
    from referencing import Registry, Resource
    folder, cases_path = sys.argv[1:3]
    resources = []
    for path in sorted(pathlib.Path(folder).glob("*.json")):
        contents = json.loads(path.read_text())
        if isinstance(contents, dict) and "$id" in contents:
            resources.append((contents["$id"], Resource.from_contents(contents)))
    registry = Registry().with_resources(resources)
    validators = {}
    for line in open(cases_path):
        case = json.loads(line)
        if case["ref"] not in validators:
            validators[case["ref"]] = Draft202012Validator({"$ref": case["ref"]}, registry=registry)
        print(1 if validators[case["ref"]].is_valid(case["instance"]) else 0)
    """#

    /// Whether `python3` can import `jsonschema` (checked without blocking a thread).
    @Sendable static func jsonschemaAvailable() async -> Bool {
        guard !SampleMessagesTests.samples.isEmpty else { return false }
        return (try? await python(["import jsonschema, referencing"], checked: false)) != nil
    }

    @Test("random mutations of every API's samples get the same verdict from both validators",
          .enabled("needs python3 with jsonschema (pip install jsonschema) and the samples", jsonschemaAvailable),
          arguments: ["navixy", "symbol", "eventshub"])
    func mutationsAgree(api: String) async throws {
        let folder = SharedFixtures.packageRoot.appendingPathComponent("schema/\(api)")
        let samples = SampleMessagesTests.samples.filter { $0.api == api }
        guard !samples.isEmpty else { return }
        var registry = SchemaRegistry()
        try registry.addDirectory(atPath: folder.path)
        let folderURI = folder.standardizedFileURL.absoluteString.hasSuffix("/") ? folder.standardizedFileURL.absoluteString : folder.standardizedFileURL.absoluteString + "/"
        var random = TestRandom(seed: 0x5EED_CAFE)
        var cases: [(ref: String, instance: JSONValue)] = []
        for sample in samples {
            // Both sides address the schema by its `$id`, which Python's registry knows it by.
            let parts = sample.reference.split(separator: "#", maxSplits: 1)
            let identifier = try #require(registry.document(for: folderURI + parts[0])?["$id"]?.stringValue, "\(parts[0]) has no $id")
            let ref = identifier + "#" + (parts.count > 1 ? parts[1] : "")
            let instance = try JSONValue(parsing: sample.json)
            cases.append((ref, instance))
            for _ in 0..<20 { cases.append((ref, Mutation.apply(to: instance, random: &random))) }
        }
        var validators: [String: JSONSchemaValidator] = [:]
        var ours: [Bool] = []
        var lines = ""
        for (ref, instance) in cases {
            if validators[ref] == nil { validators[ref] = try JSONSchemaValidator(reference: ref, registry: registry) }
            ours.append(validators[ref]!.isValid(instance))
            var writer = JSONWriter()
            writer.writeValue(.object(["ref": .string(ref), "instance": instance]))
            lines += String(decoding: writer.bytes, as: UTF8.self) + "\n"
        }
        let casesFile = FileManager.default.temporaryDirectory.appendingPathComponent("schemawire-crosscheck-\(UUID().uuidString).jsonl")
        try Data(lines.utf8).write(to: casesFile)
        defer { try? FileManager.default.removeItem(at: casesFile) }
        let output = try await Self.python([Self.script, folder.path, casesFile.path])
        let theirs = output.split(separator: "\n").map { $0 == "1" }
        #expect(theirs.count == cases.count)
        #expect(ours.contains(false) && ours.contains(true), "the mutations should produce both verdicts")
        for (index, (mine, peer)) in zip(ours, theirs).enumerated() where mine != peer {
            Issue.record("verdicts differ for \(cases[index].ref): SchemaWire \(mine), jsonschema \(peer), instance \(lines.split(separator: "\n")[index])")
        }
    }

    /// Runs `python3 -c script args…`, awaiting its exit through the termination handler.
    static func python(_ arguments: [String], checked: Bool = true) async throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c"] + arguments
        let stdout = Pipe()
        process.standardOutput = stdout
        // Read while the process runs, so a large output cannot fill the pipe and stall it.
        let reader = Task.detached { stdout.fileHandleForReading.readDataToEndOfFile() }
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do { try process.run() } catch { continuation.resume(throwing: error) }
        }
        let data = await reader.value
        guard status == 0 else {
            if checked { Issue.record("python3 exited with \(status)") }
            throw PythonFailed(status: status)
        }
        return String(decoding: data, as: UTF8.self)
    }
}

/// `python3` exited with a failure status.
struct PythonFailed: Error {
    let status: Int32
}

/// One random change somewhere in a JSON value: a member removed or added, or a value replaced
/// by one of another type or an out-of-range one.
enum Mutation {
    static func apply(to value: JSONValue, random: inout TestRandom) -> JSONValue {
        switch value {
        case .object(let object) where !object.isEmpty && random.below(4) != 0:
            let index = random.below(object.count)
            var copy = object
            switch random.below(6) {
            case 0: copy[object.keys[index]] = nil
            case 1: copy["unexpected_\(random.below(100))"] = .number(JSONNumber(1))
            default: copy[object.keys[index]] = apply(to: object.values[index], random: &random)
            }
            return .object(copy)
        case .array(let elements) where !elements.isEmpty && random.below(4) != 0:
            var copy = elements
            let index = random.below(elements.count)
            copy[index] = apply(to: elements[index], random: &random)
            return .array(copy)
        default:
            let replacements: [JSONValue] = [
                .null, .bool(true), .string(""), .string("2025-13-01 25:61:00"), .string("abc"),
                .number(JSONNumber(-1)), .number(JSONNumber(literal: "1.5")), .number(JSONNumber(1_000_000)), .array([]), .object([:]),
            ]
            return replacements[random.below(replacements.count)]
        }
    }
}

/// A deterministic generator (SplitMix64) so the cross-check is the same on every run.
struct TestRandom {
    private var state: UInt64
    init(seed: UInt64) { state = seed }

    /// A number in `0..<bound`.
    mutating func below(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((mixed ^ (mixed >> 31)) % UInt64(bound))
    }
}
