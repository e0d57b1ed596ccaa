// swift-tools-version:6.0
import PackageDescription

// A tiny package that uses SchemaWire the way any user would: by path here (a URL for users),
// applying the SchemaWireGenerator build plugin to its own target. Built by
// Tests/SchemaWireCodegenTests/ConsumerPackageTests.swift.
let package = Package(
    name: "SchemaWireConsumer",
    platforms: [.macOS(.v13), .iOS(.v16)],
    dependencies: [.package(name: "SchemaWire", path: "../..")],
    targets: [
        .target(
            name: "DemoAPI",
            dependencies: [.product(name: "SchemaWire", package: "SchemaWire")],
            plugins: [.plugin(name: "SchemaWireGenerator", package: "SchemaWire")]
        ),
        .executableTarget(name: "ConsumerCheck", dependencies: ["DemoAPI"]),
    ],
    swiftLanguageModes: [.v6]
)
