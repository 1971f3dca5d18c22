using IacTest.Lint.Configuration;
using IacTest.Lint.Diagnostics;
using IacTest.Lint.Engine;
using IacTest.Lint.Families.Ansible.Configuration;
using IacTest.Lint.Rules;
using Xunit.Abstractions;

namespace IacTest.Lint.Tests.Configuration;

/// <summary>
/// The rules each <c>profile:</c> selects, compared with what the real ansible-lint 6.13.1 lists
/// (Fixtures/ansible/profiles.expected.tsv, written by eng/conformance/ansible/profiles.py).
/// </summary>
public sealed class AnsibleLintProfileTests(ITestOutputHelper output) : IDisposable
{
    /// <summary>ansible-lint rules IacTest does not implement: a profile selecting them selects nothing more here.</summary>
    private static readonly HashSet<string> NotImplemented =
    [
        "args", "avoid-implicit", "deprecated-command-syntax", "empty-string-compare", "galaxy", "internal-error", "load-failure",
        "meta-runtime", "no-log-password", "no-prompting", "no-same-owner", "only-builtins", "parser-error", "syntax-check", "warning",
    ];

    private readonly string _folder = Directory.CreateTempSubdirectory("iactest-profile-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<string> Profiles() => ["(none)", .. AnsibleLintProfiles.Names];

    [Theory]
    [MemberData(nameof(Profiles))]
    public void A_profile_selects_exactly_the_rules_ansible_lint_runs_under_it(string profile)
    {
        // Given what ansible-lint 6.13.1 runs under the profile
        var expected = Expected(profile);
        expected.ShouldNotBeEmpty();

        // When IacTest reads a configuration naming it
        // (loop-var-prefix only ever reports with a loop_var_prefix, so the configuration sets one, as users do.)
        var (rules, yamlRuns) = Resolve((profile == "(none)" ? "---\nprofile: null\n" : $"---\nprofile: {profile}\n") + "loop_var_prefix: \"^(__|{role}_)\"\n");

        // Then every rule IacTest implements runs exactly when ansible-lint's does, and the rest are named as not implemented
        var implemented = BuiltInRules.Catalog.Rules.Where(r => r.Family == RuleFamily.Ansible).Select(r => r.Name).Append("yaml").ToHashSet();
        var missing = expected.Except(implemented).Order(StringComparer.Ordinal).ToList();
        output.WriteLine($"{profile}: {expected.Count} ansible-lint rules; not implemented: {string.Join(", ", missing)}");
        missing.ShouldBeSubsetOf(NotImplemented);
        var running = rules.Append(yamlRuns ? "yaml" : null).OfType<string>().ToHashSet();
        running.Order(StringComparer.Ordinal).ShouldBe(expected.Intersect(implemented).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Skip_list_and_warn_list_apply_on_top_of_a_profile_and_enable_list_cannot_reach_outside_it()
    {
        // Given the basic profile, one of its rules skipped, one warned, and a rule of a later profile enabled
        var configuration = Load("---\nprofile: basic\nskip_list: [no-tabs]\nwarn_list: [key-order]\nenable_list: [no-changed-when]\n");

        // When the rules are resolved
        var resolved = ResolvedRules.Resolve(BuiltInRules.Catalog, configuration).Rules;

        // Then the skipped rule is off, the warned one a warning, and the later profile's rule off (ansible-lint unloads it)
        resolved.ShouldNotContain(r => r.Rule.Name == "no-tabs");
        resolved.Single(r => r.Rule.Name == "key-order").Severity.ShouldBe(Severity.Warning);
        resolved.ShouldNotContain(r => r.Rule.Name == "no-changed-when");
    }

    [Fact]
    public void An_unknown_profile_is_a_positioned_error()
    {
        File.WriteAllText(Path.Combine(_folder, ".ansible-lint"), "---\nprofile: strictest\n");

        var problems = ConfigurationDiscovery.Load(new ConfigurationRequest { Directory = _folder }).Problems;

        problems.Single().ShouldSatisfyAllConditions(
            p => p.Line.ShouldBe(2),
            p => p.Column.ShouldBe(10),
            p => p.Message.ShouldContain("min, basic, moderate, safety, shared, production or null"));
    }

    private static HashSet<string> Expected(string profile) =>
        File.ReadAllLines(Path.Combine(Ansible.AnsibleConformanceTests.FixtureRoot(), "profiles.expected.tsv"))
            .Select(l => l.Split('\t'))
            .Where(p => p.Length == 2 && p[0] == profile)
            .Select(p => p[1])
            .ToHashSet(StringComparer.Ordinal);

    private (IEnumerable<string> Rules, bool YamlRuns) Resolve(string config)
    {
        var configuration = Load(config);
        var resolved = ResolvedRules.Resolve(BuiltInRules.Catalog, configuration);
        // ansible-lint's yaml rule runs where Ansible content gets yamllint's rules under ansible-lint's settings.
        var yamlRuns = resolved.AnsibleContentRules?.Any(r => r.Rule.Family == RuleFamily.Yaml) ?? false;
        return (resolved.Rules.Where(r => r.Rule.Family == RuleFamily.Ansible).Select(r => r.Rule.Name), yamlRuns);
    }

    private LintConfiguration Load(string config)
    {
        File.WriteAllText(Path.Combine(_folder, ".ansible-lint"), config);
        var loaded = ConfigurationDiscovery.Load(new ConfigurationRequest { Directory = _folder });
        loaded.Problems.ShouldBeEmpty();
        return loaded.Configuration;
    }
}
