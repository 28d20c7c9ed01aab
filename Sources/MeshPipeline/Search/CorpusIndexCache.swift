/// The in-memory indexes of the corpora searched so far, kept fresh by a version check per query.
///
/// Freshness: every write to a corpus bumps `corpus_versions.version` in the same transaction, and
/// every search first reads that version (one primary-key lookup, well under a millisecond). A cached
/// index with an older version is brought up to date with just the rows and tombstones written since
/// (see `VectorStore`), so a search never answers from data older than the last committed write, in
/// any process, nothing depends on notifications that can be lost, and a write to a large corpus does
/// not cost a full reload. Concurrent searches of a corpus being refreshed wait for that one refresh.
actor CorpusIndexCache {
    private enum Entry {
        case ready(CorpusIndex)
        case loading(id: Int, version: Int, waiters: [CheckedContinuation<CorpusIndex?, any Error>])
    }

    private let store: VectorStore
    private let maxCorpora: Int
    private var entries: [String: Entry] = [:]
    private var nextLoadID = 0

    init(store: VectorStore, maxCorpora: Int = 64) {
        self.store = store
        self.maxCorpora = max(1, maxCorpora)
    }

    /// The current index of `corpusName`; nil for a corpus with no vectors.
    func index(for corpusName: String) async throws -> CorpusIndex? {
        guard let version = try await store.version(corpusName: corpusName) else {
            entries[corpusName] = nil
            return nil
        }
        switch entries[corpusName] {
        case .ready(let index) where index.version >= version:
            return index
        case .loading(let id, let loadingVersion, let waiters) where loadingVersion >= version:
            return try await withCheckedThrowingContinuation { continuation in
                entries[corpusName] = .loading(id: id, version: loadingVersion, waiters: waiters + [continuation])
            }
        default:
            return try await load(corpusName, version: version)
        }
    }

    private func load(_ corpusName: String, version: Int) async throws -> CorpusIndex? {
        var cached: CorpusIndex?
        if case .ready(let index) = entries[corpusName] { cached = index }
        makeRoom()
        nextLoadID += 1
        let id = nextLoadID
        entries[corpusName] = .loading(id: id, version: version, waiters: [])
        let outcome: Result<CorpusIndex?, any Error>
        do {
            outcome = .success(try await store.loadIndex(corpusName: corpusName, updating: cached))
        } catch {
            outcome = .failure(error)
        }
        var waiters: [CheckedContinuation<CorpusIndex?, any Error>] = []
        if case .loading(let current, _, let list) = entries[corpusName], current == id {
            waiters = list
            switch outcome {
            case .success(let index?): entries[corpusName] = .ready(index)
            case .success(nil), .failure: entries[corpusName] = nil
            }
        }
        for waiter in waiters { waiter.resume(with: outcome) }
        return try outcome.get()
    }

    private func makeRoom() {
        while entries.count >= maxCorpora, let victim = entries.first(where: { _, entry in
            if case .ready = entry { return true }
            return false
        })?.key {
            entries[victim] = nil
        }
    }
}
