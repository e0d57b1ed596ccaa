// The generated NavixyAPI types use the runtime's JSON types in their API; re-export it so
// `import NavixyAPI` is enough for users.
@_exported import SchemaWire
