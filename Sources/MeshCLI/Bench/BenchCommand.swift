import ArgumentParser

/// `mesh bench server|client`: the Echo load generator, pluggable into ../shared/peers/run.sh.
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench", abstract: "Echo benchmark server and load client (peer harness compatible).",
        subcommands: [BenchServerCommand.self, BenchClientCommand.self])
}
