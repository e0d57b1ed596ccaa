import Foundation
import SchemaWire

/// Checks that a generated model and the schema it came from agree, on many varied instances: each
/// instance made by ``SchemaInstanceGenerator`` is decoded into the model, encoded again with the
/// model's encoder, validated against the schema, compared member by member with the instance
/// (nothing dropped, renamed or invented), and decoded back equal to the first model.
///
/// ```swift
/// let agreement = try ModelSchemaAgreement(folder: "schema/symbol")
/// #expect(agreement.problems(Symbol.Notifications.StatusNotification.self,
///                            file: "notifications.schema.json", pointer: "/$defs/StatusNotification").isEmpty)
/// ```
public struct ModelSchemaAgreement: Sendable {
    /// The schema documents of the folder, by file name.
    public let documents: [String: JSONValue]
    private let registry: SchemaRegistry
    private let folderURI: String
    private let generator: SchemaInstanceGenerator

    /// Loads every `*.json` file of `folder`; `values` feeds the instance generator (see there).
    public init(folder: String, values: [String: [String]] = [:]) throws {
        let url = URL(fileURLWithPath: folder, isDirectory: true).standardizedFileURL
        var documents: [String: JSONValue] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: url.path) where name.hasSuffix(".json") {
            documents[name] = try JSONValue(parsing: Array(try Data(contentsOf: url.appendingPathComponent(name))))
        }
        var registry = SchemaRegistry()
        try registry.addDirectory(atPath: url.path)
        self.documents = documents
        self.registry = registry
        self.folderURI = url.absoluteString.hasSuffix("/") ? url.absoluteString : url.absoluteString + "/"
        self.generator = SchemaInstanceGenerator(documents: documents, values: values)
    }

    /// Every disagreement found over `seeds`, one line each (empty when model and schema agree).
    public func problems<Model: JSONCodable & Equatable>(
        _ type: Model.Type, file: String, pointer: String, seeds: Range<UInt64> = 0..<40
    ) -> [String] {
        let validator: JSONSchemaValidator
        do {
            validator = try JSONSchemaValidator(reference: folderURI + file + "#" + pointer, registry: registry)
        } catch {
            return ["\(file)#\(pointer): the schema does not compile: \(error)"]
        }
        var problems: [String] = []
        for seed in seeds {
            if let problem = check(type, file: file, pointer: pointer, seed: seed, validator: validator) {
                problems.append("\(file)#\(pointer) seed \(seed): \(problem)")
            }
        }
        return problems
    }

    /// The one disagreement for `seed`, if any.
    private func check<Model: JSONCodable & Equatable>(
        _ type: Model.Type, file: String, pointer: String, seed: UInt64, validator: JSONSchemaValidator
    ) -> String? {
        let instance: JSONValue
        do {
            instance = try generator.instance(of: file, pointer: pointer, seed: seed)
        } catch {
            return "no instance: \(error)"
        }
        let input = JSONEncoding.encode(instance)
        let inputText = String(decoding: input, as: UTF8.self)
        if !validator.isValid(instance) {
            return "the generated instance is off-schema (a generator limit): \(validator.validate(instance)) in \(inputText)"
        }
        do {
            let model = try JSONDecoding.decode(type, from: input)
            return try check(model, against: validator, expectedMembers: Self.memberPaths(instance)).map { "\($0) (from \(inputText))" }
        } catch {
            return "\(error) for \(inputText)"
        }
    }

    /// Every disagreement for models built in code: each is encoded, validated against the schema
    /// and decoded back equal (one line per failing model, with its index).
    public func problems<Model: JSONCodable & Equatable>(encoding models: [Model], file: String, pointer: String) -> [String] {
        let validator: JSONSchemaValidator
        do {
            validator = try JSONSchemaValidator(reference: folderURI + file + "#" + pointer, registry: registry)
        } catch {
            return ["\(file)#\(pointer): the schema does not compile: \(error)"]
        }
        return models.enumerated().compactMap { index, model in
            do {
                return try check(model, against: validator, expectedMembers: nil).map { "\(file)#\(pointer) model \(index): \($0)" }
            } catch {
                return "\(file)#\(pointer) model \(index): \(error)"
            }
        }
    }

    /// Encodes `model`, validates the output, compares its members with `expectedMembers` (when
    /// given) and decodes it back; the first disagreement, if any.
    private func check<Model: JSONCodable & Equatable>(_ model: Model, against validator: JSONSchemaValidator, expectedMembers: Set<String>?) throws -> String? {
        let output = JSONEncoding.encode(model)
        let outputText = String(decoding: output, as: UTF8.self)
        let result = try validator.validate(bytes: output)
        if !result.isValid { return "the encoder's output is off-schema: \(result) in \(outputText)" }
        if let expected = expectedMembers {
            let actual = Self.memberPaths(try JSONValue(parsing: output))
            if expected != actual {
                return "members differ: lost \(expected.subtracting(actual).sorted()), added \(actual.subtracting(expected).sorted()) in \(outputText)"
            }
        }
        let again = try JSONDecoding.decode(Model.self, from: output)
        return again == model ? nil : "decoding the encoder's output gives another model: \(outputText)"
    }

    /// The JSON pointers of every object member with a non-null value (absent and null are alike).
    static func memberPaths(_ value: JSONValue, prefix: String = "") -> Set<String> {
        switch value {
        case .object(let object):
            var paths: Set<String> = []
            for (key, member) in object where !member.isNull {
                let path = prefix + "/" + key.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
                paths.insert(path)
                paths.formUnion(memberPaths(member, prefix: path))
            }
            return paths
        case .array(let items):
            var paths: Set<String> = []
            for (index, item) in items.enumerated() { paths.formUnion(memberPaths(item, prefix: prefix + "/\(index)")) }
            return paths
        default:
            return []
        }
    }
}
