import RedisClient
import Testing

@Test func parsesRedisURLs() throws {
    let plain = try RedisConfiguration(url: "redis://127.0.0.1:56379")
    #expect(plain.host == "127.0.0.1")
    #expect(plain.port == 56379)
    #expect(plain.database == 0)
    #expect(plain.password == nil)

    let full = try RedisConfiguration(url: "redis://alice:s3cret@localhost:7000/3")
    #expect(full.username == "alice")
    #expect(full.password == "s3cret")
    #expect(full.database == 3)
    #expect(!full.description.contains("s3cret"))

    let passwordOnly = try RedisConfiguration(url: "redis://:pw@localhost")
    #expect(passwordOnly.username == nil)
    #expect(passwordOnly.password == "pw")
    #expect(passwordOnly.port == 6379)

    #expect(throws: RedisError.self) { try RedisConfiguration(url: "http://localhost") }
    #expect(throws: RedisError.self) { try RedisConfiguration(url: "redis://localhost/x") }
}

@Test func scriptNamesAreSHA1() {
    #expect(RedisScript("").sha1 == "da39a3ee5e6b4b0d3255bfef95601890afd80709")
    #expect(RedisScript("abc").sha1 == "a9993e364706816aba3e25717850c26c9cd0d89d")
    #expect(
        RedisScript(String(repeating: "a", count: 1000)).sha1 == "291e9a6c66994949b57ba5e650361e98fc36b1ba")
}
