namespace IacTest.Lint.Tests.Kubernetes;

/// <summary>
/// Each <c>Fixtures/{kubernetes,compose,secrets}/&lt;rule&gt;/</c> folder holds <c>pass.yaml</c> (no finding of the
/// rule) and <c>fail.yaml</c> with <c>fail.expected</c>: the exact findings, one <c>line:column name</c> per line.
/// </summary>
public sealed class FixtureTests
{
    public static TheoryData<string> Folders()
    {
        var data = new TheoryData<string>();
        foreach (var family in new[] { "kubernetes", "compose", "secrets" })
        {
            var root = Path.Combine(LintHarness.FixturesRoot, family);
            if (!Directory.Exists(root))
            {
                continue;
            }

            foreach (var folder in Directory.GetDirectories(root).Where(d => File.Exists(Path.Combine(d, "fail.expected"))).Order(StringComparer.Ordinal))
            {
                data.Add(family + "/" + Path.GetFileName(folder));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Folders))]
    public void Fail_fixture_reports_exactly_the_expected_findings(string folder)
    {
        // Given
        var rule = RuleName(folder);
        var expected = File.ReadAllLines(Path.Combine(LintHarness.FixturesRoot, folder, "fail.expected")).Where(l => l.Length > 0).ToArray();

        // When
        var found = LintHarness.LintFixture(FixtureFile(folder, "fail"), null, rule);

        // Then
        LintHarness.Render(found).ShouldBe(expected);
    }

    [Theory]
    [MemberData(nameof(Folders))]
    public void Pass_fixture_has_no_finding(string folder)
    {
        var found = LintHarness.LintFixture(FixtureFile(folder, "pass"), null, RuleName(folder));
        LintHarness.Render(found).ShouldBeEmpty();
    }

    private static string RuleName(string folder) => folder[(folder.IndexOf('/') + 1)..];

    private static string FixtureFile(string folder, string which)
    {
        // Compose fixtures keep the file name that marks them as Compose files.
        var compose = Path.Combine(folder, which, "compose.yaml");
        return File.Exists(Path.Combine(LintHarness.FixturesRoot, compose)) ? compose : Path.Combine(folder, which + ".yaml");
    }
}
