import Foundation
import MeshPipeline
import Testing

@Suite("Job state machine (pure)")
struct JobStateMachineTests {
    let at = Date(timeIntervalSince1970: 1_750_000_000)

    /// The seed's progression, in its coherent form: the scrape worker's start mark moves
    /// pending → scraping, each stage's success moves to the next stage, embedding's to done.
    @Test func fullProgression() {
        var machine = JobStateMachine()
        #expect(machine.status == .pending)
        #expect(machine.apply(.started(.scraping)) == .advanced(enqueue: nil))
        #expect(machine.status == .scraping)
        #expect(machine.apply(.succeeded(.scraping)) == .advanced(enqueue: .chunking))
        #expect(machine.status == .chunking)
        #expect(machine.apply(.succeeded(.chunking, chunkCount: 17)) == .advanced(enqueue: .embedding))
        #expect(machine.status == .embedding)
        #expect(machine.chunkCount == 17)
        #expect(machine.apply(.succeeded(.embedding)) == .advanced(enqueue: nil))
        #expect(machine.status == .done)
        #expect(machine.failedStage == nil)
        #expect(machine.failure == nil)
    }

    @Test func scrapeCallbackIsAcceptedWhilePending() {
        var machine = JobStateMachine()
        #expect(machine.apply(.succeeded(.scraping)) == .advanced(enqueue: .chunking))
        #expect(machine.status == .chunking)
    }

    @Test(arguments: [PipelineStage.scraping, .chunking, .embedding])
    func failureAtEachStageRecordsAllFourFields(stage: PipelineStage) {
        var machine = JobStateMachine()
        _ = machine.apply(.started(.scraping))
        var current = PipelineStage.scraping
        while current != stage {
            _ = machine.apply(.succeeded(current, chunkCount: 3))
            guard let next = current.next else { break }
            current = next
        }
        #expect(machine.status == stage.status)
        let outcome = machine.apply(.failed(stage, code: "test_error", message: "Test failure", at: at))
        #expect(outcome == .advanced(enqueue: nil))
        #expect(machine.status == .failed)
        #expect(machine.failedStage == stage)
        #expect(machine.failure == JobStateMachine.Failure(stage: stage, code: "test_error", message: "Test failure", at: at))
    }

    @Test func failureWithoutCodeGetsADefaultAndLongMessagesAreCut() {
        var machine = JobStateMachine()
        _ = machine.apply(.failed(.scraping, code: "", message: String(repeating: "x", count: 5000), at: at))
        #expect(machine.failure?.code == JobStateMachine.unspecifiedFailureCode)
        #expect(machine.failure?.message.count == JobStateMachine.maxMessageLength)
    }

    @Test func duplicateCallbackIsANoop() {
        var machine = JobStateMachine()
        _ = machine.apply(.started(.scraping))
        _ = machine.apply(.succeeded(.scraping))
        let before = machine
        #expect(machine.apply(.succeeded(.scraping)) == .alreadyAdvanced)
        #expect(machine == before)
        #expect(machine.apply(.started(.scraping)) == .alreadyAdvanced)
        #expect(machine == before)
    }

    @Test func lateCallbackFromAnEarlierStageIsIgnored() {
        var machine = JobStateMachine()
        _ = machine.apply(.succeeded(.scraping))
        _ = machine.apply(.succeeded(.chunking, chunkCount: 5))
        #expect(machine.status == .embedding)
        #expect(machine.apply(.succeeded(.scraping)) == .alreadyAdvanced)
        #expect(machine.apply(.failed(.chunking, code: "late", message: "", at: at)) == .alreadyAdvanced)
        #expect(machine.status == .embedding)
        #expect(machine.chunkCount == 5)
    }

    @Test func callbackForAFutureStageIsIgnored() {
        var machine = JobStateMachine()
        #expect(machine.apply(.succeeded(.embedding)) == .alreadyAdvanced)
        #expect(machine.apply(.started(.chunking)) == .alreadyAdvanced)
        #expect(machine.status == .pending)
    }

    @Test func failedJobCannotAdvance() {
        var machine = JobStateMachine()
        _ = machine.apply(.failed(.scraping, code: "http_403", message: "forbidden", at: at))
        let before = machine
        for event in [JobStateMachine.Event.succeeded(.scraping), .started(.scraping), .succeeded(.chunking),
                      .failed(.scraping, code: "again", message: "", at: at)] {
            #expect(machine.apply(event) == .alreadyAdvanced)
        }
        #expect(machine == before)
        #expect(machine.failure?.code == "http_403")
    }

    @Test func doneJobCannotAdvance() {
        var machine = JobStateMachine()
        for stage in PipelineStage.allCases { _ = machine.apply(.succeeded(stage)) }
        #expect(machine.status == .done)
        for stage in PipelineStage.allCases {
            #expect(machine.apply(.succeeded(stage)) == .alreadyAdvanced)
            #expect(machine.apply(.failed(stage, code: "x", message: "", at: at)) == .alreadyAdvanced)
        }
        #expect(machine.status == .done)
    }
}
