import Foundation

/// Runs protoc with protoc-c: one run writes the C message code and the descriptor set the generator reads.
struct ProtocRunner {
    let repositoryRoot: URL
    /// Where Debian's libprotobuf-dev puts google/protobuf/descriptor.proto.
    let systemIncludes = "/usr/include"

    struct Output {
        var descriptorSet: [UInt8]
        /// protoc-c's files, by path relative to the C output directory.
        var cFiles: [String: String]
    }

    func run(protoFiles: [String]) throws -> Output {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("mesh-codegen-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        guard FileManager.default.fileExists(atPath: "\(systemIncludes)/google/protobuf/descriptor.proto") else {
            throw CodegenError("google/protobuf/descriptor.proto not found in \(systemIncludes): apt-get install libprotoc-dev")
        }
        let cOut = scratch.appendingPathComponent("c")
        try FileManager.default.createDirectory(at: cOut, withIntermediateDirectories: true)
        let descriptorSet = scratch.appendingPathComponent("contract.pb")
        let protos = repositoryRoot.appendingPathComponent("Protos").path
        try protoc([
            "-I", protos, "-I", systemIncludes, "--c_out=\(cOut.path)",
            "--descriptor_set_out=\(descriptorSet.path)", "--include_imports", "--include_source_info",
        ] + protoFiles)
        // options.pb-c.h includes descriptor.pb-c.h, so the C target needs that too.
        try protoc(["-I", systemIncludes, "--c_out=\(cOut.path)", "google/protobuf/descriptor.proto"])
        var cFiles: [String: String] = [:]
        let enumerator = FileManager.default.enumerator(at: cOut, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            guard url.pathExtension == "c" || url.pathExtension == "h" else { continue }
            let relative = String(url.path.dropFirst(cOut.path.count + 1))
            cFiles[relative] = try String(contentsOf: url, encoding: .utf8)
        }
        return Output(descriptorSet: [UInt8](try Data(contentsOf: descriptorSet)), cFiles: cFiles)
    }

    private func protoc(_ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["protoc"] + arguments
        process.currentDirectoryURL = repositoryRoot
        let errors = Pipe()
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw CodegenError("could not run protoc (apt-get install protobuf-compiler protobuf-c-compiler): \(error)")
        }
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CodegenError("protoc failed:\n\(String(decoding: message, as: UTF8.self))")
        }
    }
}

struct CodegenError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
