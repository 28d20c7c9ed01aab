import CurlClient
import Testing

@Suite("robots.txt parsing and matching (pure)")
struct RobotsTxtTests {
    @Test func longestMatchWinsAndAllowWinsTies() {
        let rules = RobotsTxt(parsing: """
            User-agent: *
            Disallow: /shop
            Allow: /shop/public
            Disallow: /tie
            Allow: /tie
            """).rules(forUserAgent: "MeshScraper")
        #expect(!rules.isAllowed("/shop"))
        #expect(!rules.isAllowed("/shop/cart?x=1"))
        #expect(rules.isAllowed("/shop/public/item"))
        #expect(rules.isAllowed("/tie"))
        #expect(rules.isAllowed("/elsewhere"))
        #expect(rules.isAllowed("/"))
    }

    @Test func specificGroupReplacesStarGroup() {
        let text = """
            # comment line
            User-agent: *
            Disallow: /

            User-agent: OtherBot
            User-agent: meshscraper/2.0   # several agents share a group
            Disallow: /private
            Sitemap: https://example.com/sitemap.xml
            Allow: /private/ok

            user-agent: MeshScraper
            disallow: /merged
            """
        let robots = RobotsTxt(parsing: text)
        let ours = robots.rules(forUserAgent: "MeshScraper")
        #expect(ours.isAllowed("/anything"))
        #expect(!ours.isAllowed("/private/x"))
        #expect(ours.isAllowed("/private/ok"))
        #expect(!ours.isAllowed("/merged/page"), "groups naming the same agent merge")
        let stranger = robots.rules(forUserAgent: "Unknown")
        #expect(!stranger.isAllowed("/anything"))
        #expect(stranger.isAllowed("/robots.txt"), "robots.txt itself is always allowed")
    }

    @Test func wildcardsAndEndAnchor() {
        let rules = RobotsTxt(parsing: "User-agent: *\r\nDisallow: /*.pdf$\r\nDisallow: /tmp*/cache\r\nAllow: /*.pdf$?\r\n")
            .rules(forUserAgent: "x")
        #expect(!rules.isAllowed("/docs/file.pdf"))
        #expect(rules.isAllowed("/docs/file.pdf?download=1"))
        #expect(rules.isAllowed("/docs/file.pdfx"))
        #expect(!rules.isAllowed("/tmp123/cache/a"))
        #expect(rules.isAllowed("/tmp/other"))
    }

    @Test func emptyDisallowAndRulesOutsideGroupsAllow() {
        let rules = RobotsTxt(parsing: "Disallow: /orphan\nUser-agent: *\nDisallow:\n").rules(forUserAgent: "x")
        #expect(rules.isAllowed("/orphan"))
        #expect(rules.isAllowed("/x"))
        #expect(RobotsTxt(parsing: "").rules(forUserAgent: "x").isAllowed("/x"))
        #expect(!RobotsRules.disallowAll.isAllowed("/x"))
        #expect(RobotsRules.allowAll.isAllowed("/x"))
    }

    @Test func pathologicalPatternsStayFast() {
        let pattern = String(repeating: "*a", count: 200) + "$"
        let rules = RobotsTxt(parsing: "User-agent: *\nDisallow: /\(pattern)\n").rules(forUserAgent: "x")
        let start = ContinuousClock.now
        #expect(rules.isAllowed("/" + String(repeating: "a", count: 5_000) + "b"))
        #expect(ContinuousClock.now - start < .seconds(2))
    }
}
