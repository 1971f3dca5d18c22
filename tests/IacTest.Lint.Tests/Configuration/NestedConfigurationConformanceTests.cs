using IacTest.Lint.Build;
using IacTest.Lint.Diagnostics;
using IacTest.Lint.Rules;
using Xunit.Abstractions;

namespace IacTest.Lint.Tests.Configuration;

/// <summary>
/// A project whose vendored role, own legacy role and collection carry configurations that disagree with the
/// project's, with a symlinked roles folder, linted as a build lints it and compared with the real yamllint and
/// ansible-lint run in each configuration's folder (stored by eng/conformance/scopes/generate.py).
/// </summary>
public sealed class NestedConfigurationConformanceTests(ITestOutputHelper output)
{
    private static readonly string Root = Path.Combine(Path.GetDirectoryName(Ansible.AnsibleConformanceTests.FixtureRoot())!, "scopes");
    private static readonly string Project = Path.Combine(Root, "webstack");

    /// <summary>ansible-lint rules the fixture triggers that IacTest does not implement (see docs/ansible.md).</summary>
    private static readonly string[] NotImplemented = ["galaxy"];

    [Fact]
    public void Every_file_is_linted_under_its_nearest_configuration_as_the_real_tools_lint_it_in_that_folder()
    {
        // Given the files MSBuild's default glob gives (it follows the symlinked playbooks/roles), third-party content linted as the project's own
        var result = BuildLint.Run(Request() with { VendoredLint = VendoredLint.Error }, "test-engine");
        output.WriteLine(result.Details[0]);
        output.WriteLine("warm: " + BuildLint.Run(Request() with { VendoredLint = VendoredLint.Error }, "test-engine").Details[0]);

        // Then yamllint's findings, and ansible-lint's yaml[…] findings on Ansible content, are IacTest's yamllint-family findings
        var yamllint = Rows("yamllint").Select(r => (r[0], int.Parse(r[1], System.Globalization.CultureInfo.InvariantCulture), r[3])).ToHashSet();
        var ansibleLint = Rows("ansible-lint").Select(r => (File: r[0], Line: int.Parse(r[1], System.Globalization.CultureInfo.InvariantCulture), Rule: r[2])).ToList();
        var expectedYaml = yamllint
            .Concat(ansibleLint.Where(r => r.Rule.StartsWith("yaml[", StringComparison.Ordinal)).Select(r => (r.File, r.Line, r.Rule[5..^1])))
            .ToHashSet();
        var actualYaml = Findings(result, RuleFamily.Yaml).Select(d => (Relative(d.File), d.Line, d.Rule)).ToHashSet();
        Compare("yamllint and ansible-lint's yaml rule", expectedYaml, actualYaml);

        // And ansible-lint's findings of the rules IacTest implements are its Ansible findings
        var expectedAnsible = ansibleLint.Where(r => IsImplemented(r.Rule)).ToHashSet();
        var actualAnsible = Findings(result, RuleFamily.Ansible).Select(d => (Relative(d.File), d.Line, d.Rule)).ToHashSet();
        output.WriteLine($"not implemented, not compared: {string.Join(", ", ansibleLint.Where(r => !r.Rule.StartsWith("yaml[", StringComparison.Ordinal) && !IsImplemented(r.Rule)))}");
        ansibleLint.Where(r => !r.Rule.StartsWith("yaml[", StringComparison.Ordinal) && !IsImplemented(r.Rule))
            .ShouldAllBe(r => NotImplemented.Contains(r.Rule.Split('[', StringSplitOptions.None)[0]));
        Compare("ansible-lint", expectedAnsible, actualAnsible);

        // And the same files are linted, each once: the symlinked folder is not followed
        result.Reported.ShouldNotContain(d => d.File.Contains("/playbooks/roles/", StringComparison.Ordinal));
        result.FileCount.ShouldBe(RealFiles().Count);
    }

    [Fact]
    public void A_vendored_role_from_requirements_is_left_out_by_default_and_linted_as_warnings_on_request()
    {
        // Given roles/acme.docker, installed from requirements.yml, whose own configuration warns on a long line
        var vendoredRole = Path.Combine(Project, "roles", "acme.docker") + Path.DirectorySeparatorChar;

        // When the build lints with the default, then with warnings
        var byDefault = BuildLint.Run(Request(), "test-engine");
        var asWarnings = BuildLint.Run(Request() with { VendoredLint = VendoredLint.Warning }, "test-engine");
        var asOwn = BuildLint.Run(Request() with { VendoredLint = VendoredLint.Error }, "test-engine");

        // Then it is not linted at all, then every finding in it is a warning
        byDefault.Reported.ShouldNotContain(d => d.File.StartsWith(vendoredRole, StringComparison.Ordinal));
        byDefault.FileCount.ShouldBe(RealFiles().Count(f => !f.StartsWith(vendoredRole, StringComparison.Ordinal)));
        var inRole = asWarnings.Reported.Where(d => d.File.StartsWith(vendoredRole, StringComparison.Ordinal)).ToList();
        inRole.ShouldNotBeEmpty();
        inRole.ShouldAllBe(d => d.Severity != Severity.Error);
        asOwn.Reported.Count(d => d.File.StartsWith(vendoredRole, StringComparison.Ordinal)).ShouldBe(inRole.Count);
    }

    private BuildLintRequest Request() => new()
    {
        ProjectDirectory = Project,
        // As MSBuild's **/*.yml glob lists them: through the symlinked playbooks/roles too.
        Files = Directory.EnumerateFiles(Project, "*.*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .Where(f => f.EndsWith(".yml", StringComparison.Ordinal) || f.EndsWith(".yaml", StringComparison.Ordinal))
            .ToList(),
    };

    // The files yamllint and ansible-lint find: symlinked folders not followed.
    private static List<string> RealFiles() => Directory.EnumerateFiles(Project, "*.*", new EnumerationOptions
        {
            RecurseSubdirectories = true,
            AttributesToSkip = FileAttributes.ReparsePoint,
        })
        .Where(f => f.EndsWith(".yml", StringComparison.Ordinal) || f.EndsWith(".yaml", StringComparison.Ordinal))
        .ToList();

    private static IEnumerable<LintDiagnostic> Findings(BuildLintResult result, RuleFamily family) =>
        result.Reported.Where(d => RuleCatalog.Default.Find(d.Code)?.Family == family);

    private static bool IsImplemented(string rule) =>
        RuleCatalog.Default.Rules.Any(r => r.Family == RuleFamily.Ansible && r.Name == rule.Split('[')[0]);

    private static string[][] Rows(string tool) =>
        File.ReadAllLines(Path.Combine(Root, $"webstack.{tool}.tsv")).Where(l => l.Length > 0).Select(l => l.Split('\t')).ToArray();

    private static string Relative(string file) => Path.GetRelativePath(Project, file).Replace('\\', '/');

    private void Compare(string tool, HashSet<(string, int, string)> expected, HashSet<(string, int, string)> actual)
    {
        output.WriteLine($"{tool}: {expected.Count} expected, {actual.Count} found, {expected.Intersect(actual).Count()} in common");
        foreach (var missing in expected.Except(actual))
        {
            output.WriteLine($"  missing: {missing}");
        }

        foreach (var extra in actual.Except(expected))
        {
            output.WriteLine($"  extra:   {extra}");
        }

        actual.ShouldBe(expected, ignoreOrder: true);
    }
}
