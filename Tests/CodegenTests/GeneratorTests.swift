import Foundation
import Testing

@testable import MeshCodegen

/// Runs the whole pipeline (protoc → descriptors → IR → render) on small contracts.
@Suite("Generator on small contracts")
struct GeneratorTests {
    /// A scratch repository holding our options.proto and `proto` as demo/v1/demo.proto.
    private func repository(_ proto: String) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("codegen-\(UUID().uuidString)")
        let protos = root.appendingPathComponent("Protos")
        let realRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        try FileManager.default.createDirectory(at: protos.appendingPathComponent("mesh/v1"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: protos.appendingPathComponent("demo/v1"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: realRoot.appendingPathComponent("Protos/mesh/v1/options.proto"),
            to: protos.appendingPathComponent("mesh/v1/options.proto"))
        try proto.write(to: protos.appendingPathComponent("demo/v1/demo.proto"), atomically: true, encoding: .utf8)
        return root
    }

    private let header = """
        syntax = "proto3";
        package demo.v1;
        import "mesh/v1/options.proto";

        """

    @Test func rendersMessagesEnumsServicesAndRoutes() throws {
        let root = try repository(header + """
            enum Color { COLOR_UNSPECIFIED = 0; COLOR_DEEP_RED = 1 [(mesh.v1.json_value) = "deep_red"]; }
            message Paint { string paint_id = 1; Color color = 2; map<string, int64> stock = 3; repeated Paint mixes = 4; }
            message GetPaint { string paint_id = 1; bool fresh = 2; }
            service Shop {
              rpc Get(GetPaint) returns (Paint) {
                option (mesh.v1.method) = { http: { method: "GET" path: "/paints/{paint_id}" } idempotent: true };
              }
            }
            """)
        defer { try? FileManager.default.removeItem(at: root) }
        let files = try Generator(repositoryRoot: root).generatedFiles()
        func contents(_ suffix: String) -> String { files.first { $0.path.hasSuffix(suffix) }?.contents ?? "" }

        let messages = contents("demo/v1/demo.pb.swift")
        #expect(messages.hasPrefix("// Generated from demo/v1/demo.proto by mesh-codegen — DO NOT EDIT."))
        #expect(messages.contains("public var paintID: String = \"\""))
        #expect(messages.contains("public var stock: [String: Int64] = [:]"))
        #expect(messages.contains("case deepRed"))
        #expect(messages.contains("case .deepRed: return .string(\"deep_red\")"))
        #expect(messages.contains("case .unspecified: return .null"))

        let bridge = contents("demo/v1/demo.pb-c.swift")
        #expect(bridge.contains("demo__v1__paint__pack(message, buffer.baseAddress)"))
        #expect(bridge.contains("demo__v1__paint__stock_entry__init(entry)"))

        let services = contents("demo/v1/demo.services.swift")
        #expect(services.contains("public protocol ShopService: RPCService"))
        #expect(services.contains("func get(_ request: DemoV1.GetPaint, context: ServerContext) async throws -> DemoV1.Paint"))
        #expect(services.contains("isIdempotent: true"))

        let routes = contents("GatewayRoutes.swift")
        #expect(routes.contains("verb: \"GET\", pathTemplate: \"/paints/{paint_id}\""))
        #expect(routes.contains("request.paintID = input.pathParameters[\"paint_id\"] ?? \"\""))
        #expect(routes.contains("[\"fresh\"].contains($0.key) ? .bool($0.value == \"true\")"))

        let openAPI = contents("GatewayOpenAPI.swift")
        #expect(openAPI.contains("\"/paints/{paint_id}\""))
        #expect(openAPI.contains("\"deep_red\""))
        #expect(files.contains { $0.path == "Sources/CMeshProtos/include/demo/v1/demo.pb-c.h" })
    }

    @Test func generationIsDeterministic() throws {
        let root = try repository(header + "message A { string a = 1; map<string, string> m = 2; }\n")
        defer { try? FileManager.default.removeItem(at: root) }
        let first = try Generator(repositoryRoot: root).generatedFiles()
        let second = try Generator(repositoryRoot: root).generatedFiles()
        #expect(first == second)
    }

    @Test func reportsEveryProblemAtOnce() throws {
        let root = try repository(header + """
            message Shape { oneof kind { string circle = 1; string square = 2; } }
            message Get { int32 id = 1; }
            service Shapes {
              rpc Read(Get) returns (Shape) {
                option (mesh.v1.method) = { http: { method: "FETCH" path: "/shapes" } };
              }
              rpc List(Get) returns (Shape) {
                option (mesh.v1.method) = { http: { method: "GET" path: "/shapes/{id}" response_body: "nope" } };
              }
            }
            """)
        defer { try? FileManager.default.removeItem(at: root) }
        do {
            _ = try Generator(repositoryRoot: root).generatedFiles()
            Issue.record("a contract with problems generated")
        } catch let error as CodegenError {
            #expect(error.description.contains("oneof is not supported"))
            #expect(error.description.contains("HTTP method 'FETCH'"))
            #expect(error.description.contains("path parameter {id} must name a string field"))
            #expect(error.description.contains("response_body 'nope'"))
        }
    }

    @Test func theCommittedContractMatchesItsLock() throws {
        let realRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let (contract, _) = try Generator(repositoryRoot: realRoot).contract()
        let locked = try ContractLock.decode(try Data(contentsOf: realRoot.appendingPathComponent("Protos/contract.lock.json")))
        #expect(BreakingChangeChecker.violations(locked: locked, current: ContractLock(contract)) == [])
    }
}
