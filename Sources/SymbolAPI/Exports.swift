// The generated SymbolAPI types use the runtime's JSON types in their API; re-export it so
// `import SymbolAPI` is enough for users.
@_exported import SchemaWire
