import ArgumentParser
import Foundation

@main
struct MeshCodegen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mesh-codegen",
        abstract: "Generates the C codec, Swift contracts, gateway routes, OpenAPI document and contract tests from Protos/.",
        subcommands: [Generate.self, Check.self, Lock.self, Breaking.self],
        defaultSubcommand: Generate.self)
}

struct RootOption: ParsableArguments {
    @Option(help: "The repository root (holding Protos/).")
    var root: String = FileManager.default.currentDirectoryPath

    var url: URL { URL(fileURLWithPath: root).standardizedFileURL }
}

extension MeshCodegen {
    struct Generate: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Regenerate every generated file.")
        @OptionGroup var root: RootOption

        func run() throws {
            let generator = Generator(repositoryRoot: root.url)
            let touched = try generator.write(try generator.generatedFiles())
            print(touched.isEmpty ? "generated files are up to date" : "updated:\n" + touched.map { "  \($0)" }.joined(separator: "\n"))
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Fail if the committed generated files differ from what Protos/ generates.")
        @OptionGroup var root: RootOption

        func run() throws {
            let generator = Generator(repositoryRoot: root.url)
            let drifted = try generator.drift(from: try generator.generatedFiles())
            guard drifted.isEmpty else {
                print("generated files are out of date (run `swift run mesh-codegen generate`):")
                for path in drifted { print("  \(path)") }
                throw ExitCode.failure
            }
            print("generated files match Protos/")
        }
    }

    struct Lock: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Record the current contract in Protos/contract.lock.json (accepting its changes).")
        @OptionGroup var root: RootOption

        func run() throws {
            let (contract, _) = try Generator(repositoryRoot: root.url).contract()
            let url = root.url.appendingPathComponent("Protos/contract.lock.json")
            try ContractLock(contract).encoded().write(to: url, atomically: true, encoding: .utf8)
            print("wrote \(url.path)")
        }
    }

    struct Breaking: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Fail if Protos/ breaks clients of the contract recorded in Protos/contract.lock.json.")
        @OptionGroup var root: RootOption
        @Option(help: "The lock to compare against.")
        var lock: String?

        func run() throws {
            let (contract, _) = try Generator(repositoryRoot: root.url).contract()
            let lockURL = lock.map { URL(fileURLWithPath: $0) } ?? root.url.appendingPathComponent("Protos/contract.lock.json")
            let locked = try ContractLock.decode(try Data(contentsOf: lockURL))
            let current = ContractLock(contract)
            let problems = BreakingChangeChecker.violations(locked: locked, current: current)
            guard problems.isEmpty else {
                print("breaking changes against \(lockURL.lastPathComponent):")
                for problem in problems { print("  - \(problem)") }
                throw ExitCode.failure
            }
            if current != locked {
                print("compatible with the lock; run `swift run mesh-codegen lock` to record the additions")
            } else {
                print("the contract matches the lock")
            }
        }
    }
}
