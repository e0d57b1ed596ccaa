/// How wire names become Swift names: snake_case → lowerCamelCase, PascalCase for types, keywords escaped.
enum Naming {
    /// Words of a wire name, split at non-alphanumerics and lower→upper case changes.
    static func words(_ name: String) -> [String] {
        var words: [String] = []
        var current = ""
        var previousWasLower = false
        for character in name {
            if !(character.isLetter || character.isNumber) || !character.isASCII {
                if !current.isEmpty { words.append(current) }
                current = ""
                previousWasLower = false
                continue
            }
            if character.isUppercase, previousWasLower, !current.isEmpty {
                words.append(current)
                current = ""
            }
            current.append(character)
            previousWasLower = character.isLowercase || character.isNumber
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// `user_time` → `userTime`; `GPS` → `gps`; `1x` → `_1x`.
    static func lowerCamel(_ name: String) -> String {
        let parts = words(name)
        guard let first = parts.first else { return "empty" }
        var result = first == first.uppercased() && first.count > 1 ? first.lowercased() : lowerFirst(first)
        for part in parts.dropFirst() { result += upperFirst(part) }
        return leadingDigitSafe(result)
    }

    /// `state_batch` → `StateBatch`; `SourceState` stays.
    static func upperCamel(_ name: String) -> String {
        let parts = words(name)
        guard !parts.isEmpty else { return "Empty" }
        return leadingDigitSafe(parts.map(upperFirst).joined())
    }

    /// A property or case name, backquoted when it is a Swift keyword.
    static func memberName(_ name: String) -> String {
        keywords.contains(name) ? "`\(name)`" : name
    }

    /// A type name that does not shadow the names generated code relies on.
    static func typeName(_ name: String) -> String {
        reservedTypeNames.contains(name) ? name + "Value" : name
    }

    private static func lowerFirst(_ word: String) -> String { word.prefix(1).lowercased() + word.dropFirst() }
    private static func upperFirst(_ word: String) -> String { word.prefix(1).uppercased() + word.dropFirst() }
    private static func leadingDigitSafe(_ name: String) -> String {
        name.first?.isNumber == true ? "_" + name : name
    }

    static let keywords: Set<String> = [
        "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init",
        "inout", "internal", "let", "open", "operator", "private", "precedencegroup", "protocol", "public",
        "rethrows", "static", "struct", "subscript", "typealias", "var", "break", "case", "catch", "continue",
        "default", "defer", "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return",
        "throw", "switch", "where", "while", "as", "Any", "await", "false", "is", "nil", "self", "Self",
        "super", "throws", "true", "try", "some", "any", "consume", "copy", "borrowing", "consuming",
    ]

    static let reservedTypeNames: Set<String> = [
        "Type", "Protocol", "Self", "Any", "String", "Int", "Int32", "Int64", "UInt64", "Bool", "Double",
        "Float", "Array", "Dictionary", "Optional", "Error", "JSONValue", "JSONObject", "JSONReader",
        "JSONWriter", "JSONKeyTable", "Messages", "Channels", "Servers",
    ]
}
