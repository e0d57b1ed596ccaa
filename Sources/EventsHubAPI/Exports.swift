// The generated EventsHubAPI types use the runtime's JSON types in their API; re-export it so
// `import EventsHubAPI` is enough for users.
@_exported import SchemaWire
