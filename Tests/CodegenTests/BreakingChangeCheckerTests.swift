import Foundation
import Testing

@testable import MeshCodegen

@Suite("Breaking-change check against the contract lock")
struct BreakingChangeCheckerTests {
    private func lock(fields: [String: ContractLock.LockedField], reservedNumbers: [Int] = [], reservedNames: [String] = [])
        -> ContractLock
    {
        var lock = ContractLock(Contract(files: []))
        lock.messages["demo.v1.Job"] = ContractLock.LockedMessage(
            fields: fields, reservedNumbers: reservedNumbers, reservedNames: reservedNames)
        lock.enums["demo.v1.Status"] = ["0": "STATUS_UNSPECIFIED", "1": "STATUS_DONE"]
        lock.services["demo.v1.Jobs"] = ["Get": .init(input: "demo.v1.GetJob", output: "demo.v1.Job", serverStreaming: false)]
        return lock
    }

    private let base: [String: ContractLock.LockedField] = [
        "1": .init(name: "job_id", type: "string"), "2": .init(name: "chunk_count", type: "int32"),
    ]

    @Test func identicalContractsAreCompatible() {
        #expect(BreakingChangeChecker.violations(locked: lock(fields: base), current: lock(fields: base)).isEmpty)
    }

    @Test func addingAFieldIsCompatible() {
        var fields = base
        fields["3"] = .init(name: "url", type: "string")
        #expect(BreakingChangeChecker.violations(locked: lock(fields: base), current: lock(fields: fields)).isEmpty)
    }

    @Test func changingAFieldNumberBreaks() {
        var fields = base
        fields["7"] = fields.removeValue(forKey: "2")
        let problems = BreakingChangeChecker.violations(locked: lock(fields: base), current: lock(fields: fields))
        #expect(problems.contains { $0.contains("field 2 'chunk_count' was removed") })
    }

    @Test func changingAFieldTypeBreaks() {
        var fields = base
        fields["2"] = .init(name: "chunk_count", type: "int64")
        let problems = BreakingChangeChecker.violations(locked: lock(fields: base), current: lock(fields: fields))
        #expect(problems == ["demo.v1.Job: field 2 'chunk_count' changed type from int32 to int64"])
    }

    @Test func renamingAFieldBreaks() {
        var fields = base
        fields["1"] = .init(name: "id", type: "string")
        let problems = BreakingChangeChecker.violations(locked: lock(fields: base), current: lock(fields: fields))
        #expect(problems.count == 1 && problems[0].contains("renamed from 'job_id' to 'id'"))
    }

    @Test func removingAFieldWithoutReservingItBreaks() {
        var fields = base
        fields.removeValue(forKey: "2")
        #expect(BreakingChangeChecker.violations(locked: lock(fields: base), current: lock(fields: fields)).count == 1)
        // Reserving only the number is not enough: JSON clients know the name.
        #expect(
            BreakingChangeChecker.violations(locked: lock(fields: base), current: lock(fields: fields, reservedNumbers: [2])).count == 1)
    }

    @Test func removingAFieldThatIsReservedIsCompatible() {
        var fields = base
        fields.removeValue(forKey: "2")
        let current = lock(fields: fields, reservedNumbers: [2], reservedNames: ["chunk_count"])
        #expect(BreakingChangeChecker.violations(locked: lock(fields: base), current: current).isEmpty)
    }

    @Test func removingOrRetypingMethodsAndEnumValuesBreaks() {
        var current = lock(fields: base)
        current.enums["demo.v1.Status"] = ["0": "STATUS_UNSPECIFIED"]
        current.services["demo.v1.Jobs"] = ["Get": .init(input: "demo.v1.GetJob", output: "demo.v1.Job", serverStreaming: true)]
        let problems = BreakingChangeChecker.violations(locked: lock(fields: base), current: current)
        #expect(problems.contains { $0.contains("value 1 'STATUS_DONE' was removed") })
        #expect(problems.contains { $0.contains("changed between unary and server streaming") })
    }

    @Test func theLockRoundTripsThroughJSON() throws {
        let original = lock(fields: base, reservedNumbers: [5], reservedNames: ["old"])
        let decoded = try ContractLock.decode(Data(try original.encoded().utf8))
        #expect(decoded == original)
    }
}
