import ArgumentParser

/// The `herald` command: dunning messages for the automotive trade.
@main
struct Herald: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "herald",
        abstract: "Segment customers, render dunning messages and write them to the outbox.",
        version: "0.1.0",
        subcommands: []
    )
}
