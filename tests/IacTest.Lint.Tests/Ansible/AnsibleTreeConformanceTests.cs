using System.Globalization;
using IacTest.Lint.Configuration;
using IacTest.Lint.Engine;
using IacTest.Lint.Families.Ansible.Model;
using IacTest.Lint.Rules;
using Xunit.Abstractions;

namespace IacTest.Lint.Tests.Ansible;

/// <summary>
/// Whole checkouts — a vendored Galaxy role, a playbook repository, files whose names collide with other formats, the
/// rule cases ansible-lint 6.13.1 decides differently from a first reading — linted by IacTest and by the real
/// ansible-lint in project mode (eng/conformance/ansible/run.sh): the findings must be the same.
/// </summary>
public sealed class AnsibleTreeConformanceTests(ITestOutputHelper output)
{
    private static readonly string Root = Path.Combine(Path.GetDirectoryName(AnsibleConformanceTests.FixtureRoot())!, "ansible-trees");

    public static TheoryData<string> Trees()
    {
        var data = new TheoryData<string>();
        foreach (var tree in Directory.GetDirectories(Root).Select(Path.GetFileName).Order(StringComparer.Ordinal))
        {
            data.Add(tree!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Trees))]
    public void A_checkout_gets_the_findings_ansible_lint_reports(string tree)
    {
        // Given: what ansible-lint 6.13.1 reported for the checkout
        var expected = Expected(tree);

        // When
        var actual = Actual(tree);

        // Then
        output.WriteLine($"{tree}: ansible-lint {expected.Count}, IacTest {actual.Count}, common {expected.Intersect(actual).Count()}");
        foreach (var extra in actual.Except(expected).Order())
        {
            output.WriteLine($"  extra   {extra}");
        }

        foreach (var missing in expected.Except(actual).Order())
        {
            output.WriteLine($"  missing {missing}");
        }

        expected.Count.ShouldBeGreaterThan(0, "a tree without findings compares nothing");
        actual.ShouldBe(expected, ignoreOrder: true);
    }

    private static bool IsShared(string rule) =>
        BuiltInRules.Catalog.Rules.Any(r => r.Family == RuleFamily.Ansible && r.Name == rule.Split('[')[0]);

    private static List<string> Expected(string tree) =>
        File.ReadAllLines(Path.Combine(Root, "ansible-lint.expected.tsv"))
            .Select(l => l.Split('\t'))
            .Where(p => p.Length == 3 && p[0].StartsWith(tree + "/", StringComparison.Ordinal) && IsShared(p[2]))
            .Select(p => Row(OnFile(p[0]), int.Parse(p[1], CultureInfo.InvariantCulture), p[2]))
            .Distinct()
            .ToList();

    /// <summary>
    /// A role folder's finding as IacTest places it: on its <c>meta/main.yml</c>, which reports it too, or, without
    /// one, on the role's anchor file (<see cref="RoleFolders.AnchorFile"/>).
    /// </summary>
    private static string OnFile(string path)
    {
        var full = Path.Combine(Root, path);
        if (!Directory.Exists(full))
        {
            return path;
        }

        var meta = Path.Combine(full, "meta", "main.yml");
        var file = File.Exists(meta) ? meta : RoleFolders.AnchorFile(full) ?? full;
        return Path.GetRelativePath(Root, file).Replace('\\', '/');
    }

    private static List<string> Actual(string tree)
    {
        var folder = Path.Combine(Root, tree);
        var files = Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".yml", StringComparison.Ordinal) || f.EndsWith(".yaml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        var configuration = ConfigurationDiscovery.Load(new ConfigurationRequest { Directory = folder }).Configuration;
        return new LintEngine().LintFiles(files, configuration)
            .SelectMany(r => r.Diagnostics)
            .Where(d => BuiltInRules.Catalog.Find(d.Code)?.Family == RuleFamily.Ansible && IsShared(d.Rule))
            .Select(d => Row(Path.GetRelativePath(Root, d.File).Replace('\\', '/'), d.Line, d.Rule))
            .Distinct()
            .ToList();
    }

    private static string Row(string path, int line, string rule) => $"{path}:{line.ToString(CultureInfo.InvariantCulture)} {rule}";
}
