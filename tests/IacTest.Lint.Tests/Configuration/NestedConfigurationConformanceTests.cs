using IacTest.Lint.Build;
using IacTest.Lint.Diagnostics;
using IacTest.Lint.Engine;
using IacTest.Lint.Rules;
using Xunit.Abstractions;

namespace IacTest.Lint.Tests.Configuration;

/// <summary>
/// Projects linted as a build lints them and compared with the real yamllint and ansible-lint run in each
/// configuration's folder (stored by eng/conformance/scopes/generate.py): <c>webstack</c>, whose vendored role, own
/// legacy role and collection carry configurations that disagree with the project's, with a symlinked roles folder;
/// <c>galaxy-role</c>, a Galaxy role repository green under its own yamllint and ansible-lint configuration.
/// </summary>
public sealed class NestedConfigurationConformanceTests(ITestOutputHelper output)
{
    private static readonly string Root = Path.Combine(Path.GetDirectoryName(Ansible.AnsibleConformanceTests.FixtureRoot())!, "scopes");
    private static readonly string Webstack = Path.Combine(Root, "webstack");

    /// <summary>ansible-lint rules the fixture triggers that IacTest does not implement (see docs/ansible.md).</summary>
    private static readonly string[] NotImplemented = ["galaxy", "syntax-check"];

    [Theory]
    [InlineData("webstack")]
    [InlineData("galaxy-role")]
    public void Every_file_is_linted_under_its_nearest_configuration_as_the_real_tools_lint_it_in_that_folder(string name)
    {
        // Given the files MSBuild's default glob gives (it follows symlinked folders), third-party content linted as the project's own
        var project = Path.Combine(Root, name);
        var result = BuildLint.Run(Request(project) with { VendoredLint = VendoredLint.Error }, "test-engine");
        output.WriteLine(result.Details[0]);
        output.WriteLine("warm: " + BuildLint.Run(Request(project) with { VendoredLint = VendoredLint.Error }, "test-engine").Details[0]);

        // Then yamllint's findings, and ansible-lint's yaml[…] findings on Ansible content, are IacTest's yamllint-family findings
        var yamllint = Rows(name, "yamllint").Select(r => (r[0], int.Parse(r[1], System.Globalization.CultureInfo.InvariantCulture), r[3])).ToHashSet();
        var ansibleLint = Rows(name, "ansible-lint").Select(r => (File: r[0], Line: int.Parse(r[1], System.Globalization.CultureInfo.InvariantCulture), Rule: r[2])).ToList();
        var expectedYaml = yamllint
            .Concat(ansibleLint.Where(r => r.Rule.StartsWith("yaml[", StringComparison.Ordinal)).Select(r => (r.File, r.Line, r.Rule[5..^1])))
            .ToHashSet();
        var actualYaml = Findings(result, RuleFamily.Yaml).Select(d => (Relative(project, d.File), d.Line, d.Rule)).ToHashSet();
        Compare("yamllint and ansible-lint's yaml rule", expectedYaml, actualYaml);

        // And ansible-lint's findings of the rules IacTest implements are its Ansible findings
        var expectedAnsible = ansibleLint.Where(r => IsImplemented(r.Rule)).ToHashSet();
        var actualAnsible = Findings(result, RuleFamily.Ansible).Select(d => (Relative(project, d.File), d.Line, d.Rule)).ToHashSet();
        output.WriteLine($"not implemented, not compared: {string.Join(", ", ansibleLint.Where(r => !r.Rule.StartsWith("yaml[", StringComparison.Ordinal) && !IsImplemented(r.Rule)))}");
        ansibleLint.Where(r => !r.Rule.StartsWith("yaml[", StringComparison.Ordinal) && !IsImplemented(r.Rule))
            .ShouldAllBe(r => NotImplemented.Contains(r.Rule.Split('[', StringSplitOptions.None)[0]));
        Compare("ansible-lint", expectedAnsible, actualAnsible);

        // And no other rule family, and no configuration, adds an error the tools do not report
        result.Reported.ShouldNotContain(d => d.Code == "IAC0003");
        result.Reported.ShouldNotContain(d => d.Severity == Severity.Error
            && BuiltInRules.Catalog.Find(d.Code) != null && BuiltInRules.Catalog.Find(d.Code)!.Family != RuleFamily.Yaml && BuiltInRules.Catalog.Find(d.Code)!.Family != RuleFamily.Ansible);

        // And the same files are linted, each once: a symlinked folder is not followed
        result.Reported.ShouldNotContain(d => d.File.Contains("/playbooks/roles/", StringComparison.Ordinal));
        result.FileCount.ShouldBe(RealFiles(project).Count(f => !Excluded(project, f)));
    }

    [Fact]
    public void A_vendored_role_from_requirements_is_left_out_by_default_and_linted_as_warnings_on_request()
    {
        // Given roles/acme.docker, installed from requirements.yml, whose own configuration warns on a long line
        var vendoredRole = Path.Combine(Webstack, "roles", "acme.docker") + Path.DirectorySeparatorChar;

        // When the build lints with the default, then with warnings
        var byDefault = BuildLint.Run(Request(Webstack), "test-engine");
        var asWarnings = BuildLint.Run(Request(Webstack) with { VendoredLint = VendoredLint.Warning }, "test-engine");
        var asOwn = BuildLint.Run(Request(Webstack) with { VendoredLint = VendoredLint.Error }, "test-engine");

        // Then it is not linted at all, then every finding in it is a warning
        byDefault.Reported.ShouldNotContain(d => d.File.StartsWith(vendoredRole, StringComparison.Ordinal));
        byDefault.FileCount.ShouldBe(RealFiles(Webstack).Count(f => !f.StartsWith(vendoredRole, StringComparison.Ordinal)));
        var inRole = asWarnings.Reported.Where(d => d.File.StartsWith(vendoredRole, StringComparison.Ordinal)).ToList();
        inRole.ShouldNotBeEmpty();
        inRole.ShouldAllBe(d => d.Severity != Severity.Error);
        asOwn.Reported.Count(d => d.File.StartsWith(vendoredRole, StringComparison.Ordinal)).ShouldBe(inRole.Count);
    }

    private static BuildLintRequest Request(string project) => new()
    {
        ProjectDirectory = project,
        // As MSBuild's **/*.yml glob lists them: through symlinked folders too.
        Files = Directory.EnumerateFiles(project, "*.*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .Where(f => f.EndsWith(".yml", StringComparison.Ordinal) || f.EndsWith(".yaml", StringComparison.Ordinal))
            .ToList(),
    };

    // The files yamllint and ansible-lint find: symlinked folders not followed.
    private static List<string> RealFiles(string project) => Directory.EnumerateFiles(project, "*.*", new EnumerationOptions
        {
            RecurseSubdirectories = true,
            AttributesToSkip = FileAttributes.ReparsePoint,
        })
        .Where(f => f.EndsWith(".yml", StringComparison.Ordinal) || f.EndsWith(".yaml", StringComparison.Ordinal))
        .ToList();

    private static IEnumerable<LintDiagnostic> Findings(BuildLintResult result, RuleFamily family) =>
        result.Reported.Where(d => BuiltInRules.Catalog.Find(d.Code)?.Family == family);

    private static bool IsImplemented(string rule) =>
        BuiltInRules.Catalog.Rules.Any(r => r.Family == RuleFamily.Ansible && r.Name == rule.Split('[')[0]);

    // Files under the folders the project's .ansible-lint lists in exclude_paths (IacTest leaves them out of every rule).
    private static bool Excluded(string project, string file)
    {
        var config = File.ReadAllLines(Path.Combine(project, ".ansible-lint"));
        var start = Array.IndexOf(config, "exclude_paths:");
        var folders = start < 0 ? [] : config.Skip(start + 1).TakeWhile(l => l.StartsWith("  - ", StringComparison.Ordinal)).Select(l => l[4..].Trim());
        return folders.Any(folder => Relative(project, file).StartsWith(folder, StringComparison.Ordinal));
    }

    private static string[][] Rows(string project, string tool) =>
        File.ReadAllLines(Path.Combine(Root, $"{project}.{tool}.tsv")).Where(l => l.Length > 0).Select(l => l.Split('\t')).ToArray();

    private static string Relative(string project, string file) => Path.GetRelativePath(project, file).Replace('\\', '/');

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
