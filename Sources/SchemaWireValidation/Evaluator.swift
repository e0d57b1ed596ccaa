import SchemaWire

/// Runs a `CompiledSchema` over one instance.
///
/// Two modes: fast (stop at the first failure, track no locations, build no messages) and
/// collecting (every error with its locations). A valid instance is checked in fast mode only.
struct Evaluator {
    /// A step in the instance location.
    enum PathToken { case key(String), index(Int) }

    let schema: CompiledSchema
    /// Whether errors (and the paths they need) are being recorded.
    var collecting: Bool
    private let sink = ErrorSink()
    /// The errors recorded so far (collecting mode only).
    var errors: [ValidationError] { sink.errors }
    var instancePath: [PathToken] = []
    var keywordPath: [Int] = []
    /// The schema resources entered so far, outermost first (the `$dynamicRef` scope).
    private(set) var scope: [Int] = []
    private var depth = 0
    /// The nodes being evaluated in place at the current instance location, innermost last; a node
    /// that appears twice means a reference loop that would never consume input.
    private var inPlace: [Int] = []
    /// Where the current instance location's part of `inPlace` starts.
    private var inPlaceStart = 0
    /// How deep evaluation may nest at all (instances are at most 512 levels deep when parsed).
    private static let depthLimit = 1_200
    /// Evaluation stops with an error when the stack reaches this address (see `StackGuard`).
    private let stackLimit = StackGuard.limit()

    init(schema: CompiledSchema, collecting: Bool) {
        self.schema = schema
        self.collecting = collecting
    }

    /// Evaluates the root schema against `instance`.
    mutating func run(_ instance: JSONValue) -> Bool {
        var annotations = Annotations()
        return evaluate(schema.root, instance, track: false, &annotations)
    }

    // MARK: Nodes and edges

    mutating func evaluate(_ index: Int, _ instance: JSONValue, track: Bool, _ annotations: inout Annotations) -> Bool {
        let node = schema.nodes[index]
        if let boolean = node.boolean {
            if !boolean { record(node, nil, "no value is allowed here (the schema is `false`), found \(describe(instance))") }
            return boolean
        }
        var looping = false
        for position in inPlaceStart..<inPlace.count where inPlace[position] == index {
            looping = true
            break
        }
        if looping {
            record(node, nil, "a reference loop: this schema applies itself to the same value without end")
            return false
        }
        guard depth < Self.depthLimit, StackGuard.position() > stackLimit else {
            record(node, nil, "the document nests too deeply to validate here (\(depth) schema levels); validate it on a thread with a larger stack")
            return false
        }
        depth += 1
        inPlace.append(index)
        defer {
            depth -= 1
            inPlace.removeLast()
        }
        var pushed = false
        if schema.usesDynamicScope, scope.last != node.resource {
            scope.append(node.resource)
            pushed = true
        }
        defer { if pushed { scope.removeLast() } }
        let trackHere = track || node.needsAnnotations
        var local = Annotations()
        var valid = true
        let keywords = node.keywords
        for position in keywords.indices where !check(keywords[position], node, instance, trackHere, &local) {
            valid = false
            if !collecting { break }
        }
        if valid, trackHere { annotations.merge(local) }
        return valid
    }

    /// Evaluates a subschema in place (same instance location).
    mutating func descend(_ edge: SchemaEdge, _ instance: JSONValue, track: Bool, _ annotations: inout Annotations) -> Bool {
        if collecting { keywordPath.append(edge.segment) }
        defer { if collecting { keywordPath.removeLast() } }
        return evaluate(edge.node, instance, track: track, &annotations)
    }

    /// Evaluates a subschema against a member or element of the instance.
    mutating func descend(_ edge: SchemaEdge, _ value: JSONValue, at token: PathToken) -> Bool {
        if collecting { instancePath.append(token) }
        let outerStart = inPlaceStart
        inPlaceStart = inPlace.count
        defer {
            inPlaceStart = outerStart
            if collecting { instancePath.removeLast() }
        }
        var ignored = Annotations()
        return descend(edge, value, track: false, &ignored)
    }

    /// Evaluates a subschema without recording errors (for `not`, `if`, `contains`).
    mutating func probe(_ edge: SchemaEdge, _ instance: JSONValue, track: Bool, _ annotations: inout Annotations) -> Bool {
        let wasCollecting = collecting
        collecting = false
        defer { collecting = wasCollecting }
        return descend(edge, instance, track: track, &annotations)
    }

    // MARK: Errors

    func record(_ node: SchemaNode, _ keyword: String?, at token: PathToken? = nil, _ message: @autoclosure () -> String) {
        guard collecting else { return }
        var pointer = ""
        for token in instancePath + (token.map { [$0] } ?? []) {
            switch token {
            case .key(let key): pointer += "/" + JSONPointer.escape(key)
            case .index(let index): pointer += "/" + String(index)
            }
        }
        let suffix = keyword.map { "/" + $0 } ?? ""
        sink.errors.append(ValidationError(
            instanceLocation: pointer,
            keywordLocation: keywordPath.map { schema.segments[$0] }.joined() + suffix,
            absoluteKeywordLocation: node.location + suffix,
            message: message()
        ))
    }

    /// How many errors are recorded (a mark for `discardErrors(from:)`).
    var errorMark: Int { sink.errors.count }

    /// Drops the errors recorded since `mark`: those of alternatives that did not matter in the end.
    func discardErrors(from mark: Int) {
        sink.errors.removeSubrange(mark...)
    }

    /// Puts the summary just recorded before the errors of the alternatives it summarises.
    func moveLastError(to index: Int) {
        guard collecting, let summary = sink.errors.popLast() else { return }
        sink.errors.insert(summary, at: index)
    }

    /// A short, secret-safe description of a value for messages.
    func describe(_ value: JSONValue) -> String {
        InstanceDescription.describe(value, key: instancePath.last.flatMap { if case .key(let key) = $0 { key } else { nil } })
    }
}

/// The errors of one evaluation; a reference so recording can read the evaluator's state freely.
private final class ErrorSink {
    var errors: [ValidationError] = []
}
