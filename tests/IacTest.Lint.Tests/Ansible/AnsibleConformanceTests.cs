using IacTest.Lint.Configuration;
using IacTest.Lint.Engine;
using IacTest.Lint.Rules;
using Xunit.Abstractions;

namespace IacTest.Lint.Tests.Ansible;

/// <summary>
/// Compares IacTest's Ansible findings with the real ansible-lint's (stored by eng/conformance/ansible/run.sh) as
/// (file, line, rule[sub-id]) on the rules both implement.
/// </summary>
public sealed class AnsibleConformanceTests(ITestOutputHelper output)
{
    private static readonly string Root = FixtureRoot();

    /// <summary>The fixtures folder in the source tree (found upwards from the test assembly).</summary>
    internal static string FixtureRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "tests", "IacTest.Lint.Tests", "Fixtures", "ansible");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("tests/IacTest.Lint.Tests/Fixtures/ansible not found above " + AppContext.BaseDirectory);
    }

    /// <summary>ansible-lint rules outside the shared set: yaml (the yamllint family reports it), syntax-check and others IacTest does not implement.</summary>
    private static bool IsShared(string rule)
    {
        var baseName = rule.Split('[')[0];
        return BuiltInRules.Catalog.Rules.Any(r => r.Family == RuleFamily.Ansible && r.Name == baseName);
    }

    private static HashSet<(string File, int Line, string Rule)> Expected() =>
        File.ReadAllLines(Path.Combine(Root, "ansible-lint.expected.tsv"))
            .Select(l => l.Split('\t'))
            .Where(p => p.Length == 3 && IsShared(p[2]) && !p[0].StartsWith("bad/", StringComparison.Ordinal))
            .Select(p => (p[0], int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture), p[2]))
            .ToHashSet();

    private static HashSet<(string File, int Line, string Rule)> Actual()
    {
        var files = Directory.EnumerateFiles(Root, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".yml", StringComparison.Ordinal) || f.EndsWith(".yaml", StringComparison.Ordinal))
            .Where(f => !Path.GetRelativePath(Root, f).Replace('\\', '/').StartsWith("bad/", StringComparison.Ordinal))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
        var configuration = ConfigurationDiscovery.Load(new ConfigurationRequest { Directory = Root }).Configuration;
        var results = new LintEngine().LintFiles(files, configuration);
        return results.SelectMany(r => r.Diagnostics)
            .Where(d => IsShared(d.Rule) && BuiltInRules.Catalog.Find(d.Code)?.Family == RuleFamily.Ansible)
            .Select(d => (Path.GetRelativePath(Root, d.File).Replace('\\', '/'), d.Line, d.Rule))
            .ToHashSet();
    }

    [Fact]
    public void Per_rule_fixtures_match_ansible_lint_exactly()
    {
        var expected = Expected().Where(e => e.File.StartsWith("rules/", StringComparison.Ordinal)).ToHashSet();
        var actual = Actual().Where(e => e.File.StartsWith("rules/", StringComparison.Ordinal)).ToHashSet();
        Report(expected, actual, "rules");
        actual.Except(expected).ShouldBeEmpty();
        expected.Except(actual).ShouldBeEmpty();
    }

    [Fact]
    public void Whole_suite_has_at_least_95_percent_precision_and_recall()
    {
        var expected = Expected();
        var actual = Actual();
        var (precision, recall) = Report(expected, actual, "suite");
        precision.ShouldBeGreaterThanOrEqualTo(0.95);
        recall.ShouldBeGreaterThanOrEqualTo(0.95);
    }

    private (double Precision, double Recall) Report(HashSet<(string, int, string)> expected, HashSet<(string, int, string)> actual, string label)
    {
        var both = expected.Intersect(actual).Count();
        var precision = actual.Count == 0 ? 1 : (double)both / actual.Count;
        var recall = expected.Count == 0 ? 1 : (double)both / expected.Count;
        output.WriteLine($"{label}: ansible-lint {expected.Count}, IacTest {actual.Count}, common {both}, precision {precision:P1}, recall {recall:P1}");
        foreach (var extra in actual.Except(expected).OrderBy(e => e))
        {
            output.WriteLine($"  extra   {extra}");
        }

        foreach (var missing in expected.Except(actual).OrderBy(e => e))
        {
            output.WriteLine($"  missing {missing}");
        }

        return (precision, recall);
    }
}
