import Foundation
import MeshTestSupport
import Testing

/// "A service that does not implement a method must not compile": type-check small fixtures against
/// the MeshContracts module this test run was built with, and expect the compiler to refuse them.
@Suite("Contracts are compile-time facts")
struct CompileTimeContractTests {
    @Test func aServiceMissingAMethodDoesNotCompile() async throws {
        let result = try await typecheck("IncompleteOrchestrator.swift")
        #expect(result.status != 0, "an Orchestrator without completeStage compiled")
        #expect(result.output.contains("does not conform to protocol 'PipelineV1.OrchestratorService'"), "\(result.output)")
    }

    @Test func theCompleteServiceCompiles() async throws {
        let result = try await typecheck("CompleteOrchestrator.swift")
        #expect(result.status == 0, "the control fixture must compile; the harness is broken:\n\(result.output)")
    }

    @Test func aClientCallWithTheWrongMessageDoesNotCompile() async throws {
        let result = try await typecheck("WrongRequestType.swift")
        #expect(result.status != 0, "submitJob accepted a GetJobRequest")
        #expect(result.output.contains("PipelineV1.GetJobRequest"), "\(result.output)")
    }

    private func typecheck(_ fixture: String) async throws -> (status: Int32, output: String) {
        let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        let root = testsDirectory.deletingLastPathComponent().deletingLastPathComponent()
        // The test bundle sits in the build directory that holds the modules it was linked against.
        let buildDirectory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let modules = buildDirectory.appendingPathComponent("Modules")
        try #require(
            FileManager.default.fileExists(atPath: modules.appendingPathComponent("MeshContracts.swiftmodule").path),
            "no MeshContracts module next to the test bundle in \(buildDirectory.path)")
        let result = try await runProcess(URL(fileURLWithPath: "/usr/bin/env"), [
            "swiftc", "-typecheck", testsDirectory.appendingPathComponent("Fixtures/\(fixture)").path,
            "-I", modules.path,
            "-I", root.appendingPathComponent("Sources/CProtobufC").path,
            "-Xcc", "-fmodule-map-file=\(buildDirectory.appendingPathComponent("CMeshProtos.build/module.modulemap").path)",
            "-Xcc", "-I", "-Xcc", root.appendingPathComponent("Sources/CMeshProtos/include").path,
        ])
        return (result.status, result.output)
    }
}
