// Users of DemoAPI also get the runtime's JSON entry points.
@_exported import SchemaWire
