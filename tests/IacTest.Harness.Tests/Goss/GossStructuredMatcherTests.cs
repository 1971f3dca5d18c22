using IacTest.Harness.Checks;
using IacTest.Harness.Goss;

namespace IacTest.Harness.Tests.Goss;

/// <summary>
/// goss's matchers for structured values — <c>have-key</c> on maps, <c>gjson</c> on JSON text, <c>semver-constraint</c>
/// on versions — read from goss files as goss's manual writes them, each able to fail, and each mistake in them a
/// positioned problem before anything runs.
/// </summary>
public sealed class GossStructuredMatcherTests
{
    private const string Status = """{"status": "ok", "version": "2.4.1", "checks": [{"name": "db", "ok": true}, {"name": "cache", "ok": false}]}""";

    [Theory]
    [InlineData("gjson: {status: ok}", true)]
    [InlineData("gjson: {status: down}", false)]
    [InlineData("gjson: {checks.#: 2, checks.0.ok: true}", true)]
    [InlineData("gjson: {checks.#: {gt: 2}}", false)]
    [InlineData("gjson: {'checks.#(name==\"cache\").ok': false}", true)]
    [InlineData("gjson: {checks.#.name: {contain-element: cache}}", true)]
    [InlineData("gjson: {version: {semver-constraint: '>=2.4.0 <3.0.0'}}", true)]
    [InlineData("gjson: {version: {semver-constraint: '>=3.0.0'}}", false)]
    [InlineData("gjson: {uptime: {gt: 0}}", false)]
    [InlineData("gjson: {status: {not: {equal: down}}}", true)]
    public void Gjson_checks_each_path_of_a_json_body(string matcher, bool expected)
    {
        Parse(matcher).Matches(Status).ShouldBe(expected);
    }

    [Fact]
    public void Gjson_fails_on_text_that_is_not_json_as_goss_does()
    {
        Parse("gjson: {status: ok}").Matches("status: ok").ShouldBeFalse();
    }

    [Theory]
    [InlineData("semver-constraint: '>=1.22.0 <2.0.0'", "1.22.1-9", true)]      // a Debian revision reads as a pre-release of 1.22.1
    [InlineData("semver-constraint: '>=1.22.0 <2.0.0'", "1.21.4", false)]
    [InlineData("semver-constraint: '1.22.x || 1.24.x'", "1.24.0", true)]
    [InlineData("semver-constraint: '1.22.x || 1.24.x'", "1.23.2", false)]
    [InlineData("semver-constraint: '>=1.0.0'", "1:1.22.1-9", false)]          // an epoch is not semver: goss fails it too
    public void Semver_constraint_checks_every_version(string matcher, string version, bool expected)
    {
        var parsed = Parse(matcher);

        parsed.Matches(version).ShouldBe(expected);
        parsed.Matches(new List<string> { "1.22.1", version }).ShouldBe(expected && parsed.Matches("1.22.1"));
    }

    [Fact]
    public void Matching_content_may_be_a_map_and_have_key_looks_at_its_keys()
    {
        // Given: a map from vars, as goss's manual uses matching with have-key
        var vars = new Dictionary<string, object?> { ["features"] = new Dictionary<string, object?> { ["metrics"] = true, ["legacy_api"] = false } };
        var suite = Load(
            "matching:\n  switches:\n    content: {{ toJson .Vars.features }}\n    matches: {have-key: metrics}\n"
            + "  no-beta:\n    content: {{ toJson .Vars.features }}\n    matches: {have-key: {have-prefix: beta_}}\n"
            + "  plain-text-has-no-keys:\n    content: metrics\n    matches: {have-key: metrics}\n",
            vars);

        // Then
        suite.Diagnostics.ShouldBeEmpty();
        suite.Resources.Select(r => (r.Label, r.Check.Expectations.Single().Value.Matches(((MatchingProbe)r.Check.Probe).Content))).ShouldBe([
            ("matching:switches", true), ("matching:no-beta", false), ("matching:plain-text-has-no-keys", false),
        ]);
    }

    [Fact]
    public void A_bad_structured_matcher_is_a_positioned_problem_and_the_rest_of_the_resource_runs()
    {
        // Given: a range semver cannot read, a gjson without paths, a have-key without a value
        var suite = Load(
            "package:\n  nginx:\n    installed: true\n    versions: {semver-constraint: '~1.22'}\n"
            + "http:\n  http://web/:\n    status: 200\n    body: {gjson: [status]}\n"
            + "matching:\n  keys:\n    content: {a: 1}\n    matches: {have-key: }\n");

        // Then: each is reported where it is written; the resources keep their other attributes (the matching resource
        // has none left, so only its problem row remains)
        suite.Diagnostics.Select(d => $"{d.Line}:{d.Column} {d.Message}").ShouldBe([
            "4:35 not a semver constraint: unknown comparison '~' in '~1.22'",
            "8:19 gjson takes a map of paths to matchers, e.g. {status.ready: true}",
            "12:25 have-key takes a key, or a matcher for the key such as {have-prefix: \"x\"}",
        ]);
        suite.Resources.Select(r => r.Label + " " + string.Join(",", r.Check.Expectations.Select(e => e.Key))).ShouldBe([
            "package:nginx installed", "http:http://web/ status",
        ]);
    }

    [Fact]
    public void The_dsl_offers_the_same_matchers()
    {
        Matcher.Gjson("checks.#(name==\"db\").ok", true).Matches(Status).ShouldBeTrue();
        Matcher.SemverConstraint(">=2.0.0").Describe().ShouldBe("semver-constraint \">=2.0.0\"");
        Matcher.HaveKey("a").Matches(new Dictionary<string, object?> { ["a"] = 1L }).ShouldBeTrue();
        Should.Throw<ArgumentException>(() => Matcher.SemverConstraint("latest")).Message.ShouldStartWith("not a semver constraint: no version in 'latest'");
    }

    private static Matcher Parse(string matcher)
    {
        var suite = Load($"kernel-param:\n  k:\n    value: {{{matcher}}}\n");
        suite.Diagnostics.ShouldBeEmpty();
        return suite.Resources.Single().Check.Expectations.Single().Value;
    }

    private static GossSuite Load(string yaml, IReadOnlyDictionary<string, object?>? vars = null)
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("iactest-goss-").FullName, "goss.yaml");
        File.WriteAllText(file, yaml);
        return GossSuite.Load(file, vars: vars);
    }
}
