using IacTest.Harness.Checks;
using IacTest.Harness.Goss;
using IacTest.Harness.Xunit;

namespace IacTest.Harness.Tests.Goss;

public sealed class GossLoaderTests
{
    [Fact]
    public void Bad_entries_are_positioned_diagnostics_and_the_rest_still_loads()
    {
        // Given
        var path = GossDataAttribute.Locate("Goss/Fixtures/bad.yaml");

        // When
        var suite = GossSuite.Load(path);

        // Then
        suite.Diagnostics.Select(d => $"{d.Line}:{d.Column} {d.Message}").ShouldBe([
            "4:5 file /etc/passwd: unknown attribute 'colour' (known: exists, mode, owner, group, filetype, contents, contains, md5, sha256, sha512, size, linked-to, path, title, meta, skip)",
            "5:12 unknown matcher 'starts-with' (known: equal, have-prefix, have-suffix, contain-substring, match-regexp, lt, le, gt, ge, contain-element, contain-elements, consist-of, have-len, have-patterns, have-key, semver-constraint, gjson, and, or, not)",
            "6:15 file /etc/hosts: expected a mapping of attributes",
            "7:1 unknown resource type 'widget' (known: file, package, service, port, http, command, user, group, process, addr, dns, kernel-param, mount, interface, matching, gossfile)",
            "12:21 expected a number, found 'many'",
            "15:14 command true: timeout is in milliseconds (a number)",
            "18:3 gossfile 'does-not-exist.yaml' matches no file",
        ]);
        // An entry with a bad attribute keeps its good ones; the port had none left.
        suite.Resources.Select(r => r.Label).ShouldBe(["file:/etc/passwd", "command:true"]);
    }

    [Fact]
    public void A_yaml_syntax_error_is_a_positioned_diagnostic()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("iactest-goss-").FullName, "goss.yaml");
        File.WriteAllText(file, "file:\n  /etc/passwd:\n    exists: [true\n");

        var suite = GossSuite.Load(file);

        suite.Diagnostics.Count.ShouldBe(1);
        suite.Diagnostics[0].Message.ShouldStartWith("YAML syntax error: ");
        suite.Diagnostics[0].Line.ShouldBe(4);
    }

    [Fact]
    public void Include_cycles_are_reported_once()
    {
        var dir = Directory.CreateTempSubdirectory("iactest-goss-").FullName;
        File.WriteAllText(Path.Combine(dir, "a.yaml"), "gossfile:\n  b.yaml: {}\nprocess:\n  init:\n    running: true\n");
        File.WriteAllText(Path.Combine(dir, "b.yaml"), "gossfile:\n  a.yaml: {}\n");

        var suite = GossSuite.Load(Path.Combine(dir, "a.yaml"));

        suite.Diagnostics.Select(d => $"{Path.GetFileName(d.File)}({d.Line},{d.Column}): {d.Message}")
            .ShouldBe([$"b.yaml(2,3): gossfile include cycle: {Path.Combine(dir, "a.yaml")} includes itself"]);
        suite.Resources.Select(r => r.Label).ShouldBe(["process:init"]);
    }

    [Theory]
    [InlineData("equal: 3", "3", true)]
    [InlineData("have-prefix: ab", "abc", true)]
    [InlineData("have-suffix: bc", "abd", false)]
    [InlineData("match-regexp: '^a.c$'", "abc", true)]
    [InlineData("lt: 5", "4", true)]
    [InlineData("ge: 5", "4", false)]
    [InlineData("not: {contain-substring: x}", "abc", true)]
    [InlineData("and: [{have-prefix: a}, {have-suffix: c}]", "abc", true)]
    [InlineData("or: [{have-prefix: x}, {have-suffix: y}]", "abc", false)]
    [InlineData("have-len: 3", "abc", true)]
    public void Text_matchers_follow_goss(string matcher, string actual, bool expected)
    {
        Parse(matcher).Matches(actual).ShouldBe(expected);
    }

    [Theory]
    [InlineData("contain-element: b", true)]
    [InlineData("contain-elements: [c, a]", true)]
    [InlineData("consist-of: [a, b]", false)]
    [InlineData("consist-of: [c, b, a]", true)]
    [InlineData("have-len: 2", false)]
    [InlineData("contain-element: {have-prefix: z}", false)]
    public void List_matchers_follow_goss(string matcher, bool expected)
    {
        Parse(matcher).Matches(new List<string> { "a", "b", "c" }).ShouldBe(expected);
    }

    private static Matcher Parse(string matcher)
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("iactest-goss-").FullName, "goss.yaml");
        File.WriteAllText(file, $"kernel-param:\n  k:\n    value: {{{matcher}}}\n");
        var suite = GossSuite.Load(file);
        suite.Diagnostics.ShouldBeEmpty();
        return suite.Resources.Single().Check.Expectations.Single().Value;
    }
}
