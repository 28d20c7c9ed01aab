import ArgumentParser

/// `mesh dev`: the whole mesh on one machine (SPEC §10).
///
/// The services arrive with the runtime and pipeline work; until then this reports what the
/// generated contracts provide, so the README's first command already shows the system's shape.
struct DevCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dev", abstract: "Run the whole mesh locally (today: show what the contracts provide).")

    @Option(help: "Port of the gateway.")
    var gatewayPort: Int = 8080

    func run() {
        print(ContractSummary.text())
        print("")
        print("Services are not served yet in this build: the RPC runtime and the pipeline services come next.")
        print("The gateway will listen on http://127.0.0.1:\(gatewayPort); its contract: `mesh openapi`.")
    }
}
