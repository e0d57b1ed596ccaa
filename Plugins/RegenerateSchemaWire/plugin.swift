import PackagePlugin

@main
struct RegenerateSchemaWire: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {}
}
