import Foundation

/// The whole pipeline: protoc → descriptor set → IR → rendered files. Pure apart from running protoc,
/// so `generate` and `check` produce byte-identical output.
struct Generator {
    let repositoryRoot: URL

    /// Directories the generator owns: anything in them it did not produce is stale and removed.
    static let ownedDirectories = [
        "Sources/CMeshProtos",
        "Sources/MeshContracts/Generated",
        "Tests/MeshContractsTests/Generated",
    ]

    func protoFiles() throws -> [String] {
        let protos = repositoryRoot.appendingPathComponent("Protos")
        guard let enumerator = FileManager.default.enumerator(at: protos, includingPropertiesForKeys: nil) else {
            throw CodegenError("no Protos/ directory under \(repositoryRoot.path)")
        }
        var files: [String] = []
        while let url = enumerator.nextObject() as? URL {
            guard url.pathExtension == "proto" else { continue }
            files.append(String(url.standardizedFileURL.path.dropFirst(protos.standardizedFileURL.path.count + 1)))
        }
        return files.sorted()
    }

    /// Reads and checks the contract; throws with every diagnostic at once.
    func contract() throws -> (Contract, ProtocRunner.Output) {
        let files = try protoFiles()
        let output = try ProtocRunner(repositoryRoot: repositoryRoot).run(protoFiles: files)
        let descriptors = try decodeFileDescriptorSet(output.descriptorSet)
        var builder = ContractBuilder()
        let contract = builder.build(files: descriptors, isOurs: { files.contains($0) })
        guard builder.diagnostics.isEmpty else {
            throw CodegenError("the contract has problems:\n" + builder.diagnostics.map { "  - \($0)" }.joined(separator: "\n"))
        }
        return (contract, output)
    }

    func generatedFiles() throws -> [GeneratedFile] {
        let (contract, output) = try contract()
        var files: [GeneratedFile] = []
        let messages = MessagesRenderer(contract: contract)
        let bridge = ProtobufCBridgeRenderer(contract: contract)
        let services = ServicesRenderer()
        for file in contract.files {
            files.append(messages.render(file))
            if let rendered = bridge.render(file) { files.append(rendered) }
            if let rendered = services.render(file) { files.append(rendered) }
        }
        files.append(renderNamespaces(contract))
        files.append(GatewayRoutesRenderer(contract: contract).render())
        files.append(RegistryRenderer(contract: contract).render())
        files.append(OpenAPIRenderer(contract: contract).render())
        files.append(contentsOf: ContractTestsRenderer(contract: contract).render())
        files.append(contentsOf: cTargetFiles(output.cFiles))
        return files.sorted { $0.path < $1.path }
    }

    private func renderNamespaces(_ contract: Contract) -> GeneratedFile {
        var text = GeneratedHeader.swift(source: "the packages in Protos/")
        let namespaces = Dictionary(grouping: contract.files, by: \.namespace)
        for (namespace, files) in namespaces.sorted(by: { $0.key < $1.key }) {
            text += "/// Types generated from package `\(files[0].package)`.\npublic enum \(namespace) {}\n\n"
        }
        text.removeLast()
        return GeneratedFile(path: "Sources/MeshContracts/Generated/Namespaces.swift", contents: text)
    }

    /// protoc-c's sources under the C target, headers under its include/ at the paths they #include
    /// (SwiftPM makes include/ the module's umbrella directory).
    private func cTargetFiles(_ cFiles: [String: String]) -> [GeneratedFile] {
        var files: [GeneratedFile] = []
        for (path, contents) in cFiles {
            if path.hasSuffix(".h") {
                files.append(GeneratedFile(path: "Sources/CMeshProtos/include/\(path)", contents: contents))
            } else {
                files.append(GeneratedFile(path: "Sources/CMeshProtos/\(path)", contents: contents))
            }
        }
        return files
    }

    // MARK: writing and checking

    /// Writes the files that changed and removes stale ones; returns the paths touched.
    func write(_ files: [GeneratedFile]) throws -> [String] {
        var touched: [String] = []
        for file in files {
            let url = repositoryRoot.appendingPathComponent(file.path)
            if (try? String(contentsOf: url, encoding: .utf8)) == file.contents { continue }
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try file.contents.write(to: url, atomically: true, encoding: .utf8)
            touched.append(file.path)
        }
        for stale in try staleFiles(keeping: files) {
            try FileManager.default.removeItem(at: repositoryRoot.appendingPathComponent(stale))
            touched.append(stale)
        }
        return touched
    }

    /// Paths whose contents differ from what generation produces now, plus stale and missing files.
    func drift(from files: [GeneratedFile]) throws -> [String] {
        var drifted: [String] = []
        for file in files {
            let url = repositoryRoot.appendingPathComponent(file.path)
            if (try? String(contentsOf: url, encoding: .utf8)) != file.contents { drifted.append(file.path) }
        }
        return drifted + (try staleFiles(keeping: files))
    }

    private func staleFiles(keeping files: [GeneratedFile]) throws -> [String] {
        let expected = Set(files.map(\.path))
        var stale: [String] = []
        for directory in Self.ownedDirectories {
            let root = repositoryRoot.appendingPathComponent(directory)
            guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else { continue }
            while let url = enumerator.nextObject() as? URL {
                guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
                let relative = directory + "/" + String(url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count + 1))
                // The C target's module-level files are hand-written.
                if !expected.contains(relative) { stale.append(relative) }
            }
        }
        return stale.sorted()
    }
}
