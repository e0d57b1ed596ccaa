/// Where a ``JSONReader`` is inside one object: made by ``JSONReader/beginObject()`` and advanced
/// by ``JSONReader/nextField(_:in:)`` or ``JSONReader/nextKey(_:)``.
public struct JSONObjectCursor: Sendable {
    /// Byte offset of the object's `{`; errors about the object as a whole (a missing member) point here.
    public let start: Int
    @usableFromInline var first = true
    @usableFromInline var lastField = -1
    @usableFromInline var keyStart = 0
    @usableFromInline var keyEnd = 0
    @usableFromInline var keyEscaped = false
    @usableFromInline var keyASCII = true

    @inlinable init(start: Int) { self.start = start }
}

/// Where a ``JSONReader`` is inside one array: made by ``JSONReader/beginArray()`` and advanced by
/// ``JSONReader/nextElement(_:)``.
public struct JSONArrayCursor: Sendable {
    /// Byte offset of the array's `[`.
    public let start: Int
    /// How many elements have been started so far.
    public var count = 0

    @inlinable init(start: Int) { self.start = start }
}
