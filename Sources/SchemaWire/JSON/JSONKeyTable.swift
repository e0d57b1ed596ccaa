/// The member names one generated type knows, in field order, matched as bytes.
///
/// ``JSONReader/nextField(_:in:)`` returns a name's index in this table, so a generated decoder is
/// a `switch` over small integers and never builds a `String` for a key.
public struct JSONKeyTable: Sendable {
    /// The names, in field order.
    public let names: [String]
    @usableFromInline let storage: [UInt8]
    @usableFromInline let starts: [Int]
    /// No name needs escaping, so a name's raw bytes can be compared with the document's directly.
    @usableFromInline let allPlain: Bool

    /// A table of the given wire names; a name's position is its field index.
    public init(_ names: [String]) {
        self.names = names
        var storage: [UInt8] = []
        var starts: [Int] = [0]
        for name in names {
            storage.append(contentsOf: name.utf8)
            starts.append(storage.count)
        }
        self.storage = storage
        self.starts = starts
        allPlain = !storage.contains { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }
    }

    /// When the bytes at `offset` are field `field`'s name followed by a closing quote, the offset of
    /// that quote; otherwise `nil`. Lets in-order members skip scanning and table lookup.
    @inlinable
    func plainMatchEnd(_ field: Int, in bytes: UnsafeRawBufferPointer, at offset: Int) -> Int? {
        guard allPlain, field < starts.count - 1 else { return nil }
        let start = starts[field]
        let length = starts[field + 1] - start
        let end = offset + length
        guard end < bytes.count, bytes[end] == UInt8(ascii: "\"") else { return nil }
        if length == 0 { return end }
        return storage.withUnsafeBytes { table -> Int? in
            JSONKeyTable.equal(table.baseAddress! + start, bytes.baseAddress! + offset, count: length) ? end : nil
        }
    }

    /// Whether `count` bytes at `left` and `right` are equal, compared eight at a time.
    @inlinable @inline(__always)
    static func equal(_ left: UnsafeRawPointer, _ right: UnsafeRawPointer, count: Int) -> Bool {
        var offset = 0
        while offset + 8 <= count {
            if left.loadUnaligned(fromByteOffset: offset, as: UInt64.self) != right.loadUnaligned(fromByteOffset: offset, as: UInt64.self) {
                return false
            }
            offset += 8
        }
        while offset < count {
            if left.load(fromByteOffset: offset, as: UInt8.self) != right.load(fromByteOffset: offset, as: UInt8.self) { return false }
            offset += 1
        }
        return true
    }

    /// The number of names.
    @inlinable public var count: Int { names.count }

    /// The index of the name whose UTF-8 bytes equal `key`, trying `hint` first; -1 when unknown.
    @inlinable
    func index(of key: UnsafeRawBufferPointer, hint: Int) -> Int {
        storage.withUnsafeBytes { table -> Int in
            let fieldCount = starts.count - 1
            if hint >= 0, hint < fieldCount, matches(key, table, hint) { return hint }
            var field = 0
            while field < fieldCount {
                if field != hint, matches(key, table, field) { return field }
                field += 1
            }
            return -1
        }
    }

    @inlinable
    func matches(_ key: UnsafeRawBufferPointer, _ table: UnsafeRawBufferPointer, _ field: Int) -> Bool {
        let start = starts[field]
        let length = starts[field + 1] - start
        guard length == key.count else { return false }
        guard length > 0 else { return true }
        return JSONKeyTable.equal(table.baseAddress! + start, key.baseAddress!, count: length)
    }
}
