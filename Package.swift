// swift-tools-version:6.0
import PackageDescription

// SchemaWire has no package dependencies: only the toolchain and, on Linux, the system's OpenSSL.
let package = Package(
    name: "SchemaWire",
    platforms: [.macOS(.v13), .iOS(.v16)],
    products: [
        .library(name: "SchemaWire", targets: ["SchemaWire"]),
        .library(name: "SchemaWireSocket", targets: ["SchemaWireSocket"]),
        .library(name: "SchemaWireValidation", targets: ["SchemaWireValidation"]),
        .library(name: "SchemaWireCodegen", targets: ["SchemaWireCodegen"]),
        .library(name: "NavixyAPI", targets: ["NavixyAPI"]),
        .library(name: "SymbolAPI", targets: ["SymbolAPI"]),
        .library(name: "EventsHubAPI", targets: ["EventsHubAPI"]),
        .library(name: "SchemaWireSimulator", targets: ["SchemaWireSimulator"]),
        .executable(name: "schemawire", targets: ["schemawire"]),
        .executable(name: "schemawire-codegen", targets: ["schemawire-codegen"]),
        .plugin(name: "SchemaWireGenerator", targets: ["SchemaWireGenerator"]),
        .plugin(name: "RegenerateSchemaWire", targets: ["RegenerateSchemaWire"]),
    ],
    targets: [
        // Runtime: JSON reader/writer, JSONValue, DateTime, the client core.
        .target(name: "SchemaWire", linkerSettings: [.linkedLibrary("m", .when(platforms: [.linux]))]),
        // OpenSSL through the system's headers (libssl-dev); Linux only.
        .systemLibrary(
            name: "CSchemaWireOpenSSL",
            pkgConfig: "openssl",
            providers: [.apt(["libssl-dev"])]
        ),
        .target(
            name: "SchemaWireSocket",
            dependencies: [
                "SchemaWire",
                .target(name: "CSchemaWireOpenSSL", condition: .when(platforms: [.linux])),
            ]
        ),
        .target(name: "SchemaWireValidation", dependencies: ["SchemaWire"]),
        .target(name: "SchemaWireCodegen", dependencies: ["SchemaWire"]),
        .executableTarget(name: "schemawire-codegen", dependencies: ["SchemaWireCodegen"]),
        .target(name: "NavixyAPI", dependencies: ["SchemaWire", "SchemaWireSocket"], plugins: ["SchemaWireGenerator"]),
        .target(name: "SymbolAPI", dependencies: ["SchemaWire", "SchemaWireSocket"], plugins: ["SchemaWireGenerator"]),
        .target(name: "EventsHubAPI", dependencies: ["SchemaWire", "SchemaWireSocket"], plugins: ["SchemaWireGenerator"]),
        .target(
            name: "SchemaWireSimulator",
            dependencies: ["SchemaWire", "SchemaWireSocket", "NavixyAPI", "SymbolAPI", "EventsHubAPI"]
        ),
        .executableTarget(
            name: "schemawire",
            dependencies: [
                "SchemaWire", "SchemaWireSocket", "SchemaWireValidation",
                "NavixyAPI", "SymbolAPI", "EventsHubAPI", "SchemaWireSimulator",
            ]
        ),
        .plugin(
            name: "SchemaWireGenerator",
            capability: .buildTool(),
            dependencies: ["schemawire-codegen"]
        ),
        .plugin(
            name: "RegenerateSchemaWire",
            capability: .command(
                intent: .custom(verb: "regenerate-schemawire", description: "Write the generator's output for every API to generated/"),
                permissions: [.writeToPackageDirectory(reason: "Refreshes the committed copy of the generated code in generated/")]
            ),
            dependencies: ["schemawire-codegen"]
        ),
        .testTarget(name: "SchemaWireTests", dependencies: ["SchemaWire"]),
        .testTarget(name: "SchemaWireSocketTests", dependencies: ["SchemaWire", "SchemaWireSocket"]),
        .testTarget(name: "SchemaWireValidationTests", dependencies: ["SchemaWireValidation"]),
        .testTarget(name: "SchemaWireCodegenTests", dependencies: ["SchemaWireCodegen"]),
        .testTarget(name: "NavixyAPITests", dependencies: ["NavixyAPI", "SchemaWireSimulator", "SchemaWireValidation"]),
        .testTarget(name: "SymbolAPITests", dependencies: ["SymbolAPI", "SchemaWireSimulator", "SchemaWireValidation"]),
        .testTarget(name: "EventsHubAPITests", dependencies: ["EventsHubAPI", "SchemaWireSimulator", "SchemaWireValidation"]),
        // Runs the built executable as a subprocess; depends on it so it is built first.
        .testTarget(name: "schemawireTests", dependencies: ["schemawire", "SchemaWire", "SchemaWireSimulator"]),
    ],
    swiftLanguageModes: [.v6]
)
