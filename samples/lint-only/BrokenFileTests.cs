using IacTest.Lint.Configuration;
using IacTest.Lint.Engine;

namespace LintOnly.Tests;

/// <summary>
/// broken/tasks.yml is excluded from the build; linting it here shows, as data, what a user would see in the build.
/// </summary>
public class BrokenFileTests
{
    private static readonly string Project = typeof(BrokenFileTests).Assembly
        .GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
        .Cast<System.Reflection.AssemblyMetadataAttribute>()
        .Single(a => a.Key == "IacTest.ProjectDirectory").Value!;

    [Fact]
    public void The_broken_file_reports_yaml_and_ansible_findings_at_their_positions()
    {
        var file = Path.Combine(Project, "broken", "tasks.yml");
        var configuration = ConfigurationDiscovery.Load(new ConfigurationRequest { Directory = Project }).Configuration;

        var findings = new LintEngine().LintPath(file, configuration).Diagnostics
            .Select(d => $"{d.Line}:{d.Column} {d.Code} {d.Rule}")
            .ToList();

        // YAML hygiene: the same line and column yamllint reports.
        findings.ShouldContain("3:14 IAC0122 trailing-spaces");
        findings.ShouldContain("4:3 IAC0115 key-duplicates");

        // Ansible: the short module name, the free-form arguments and state=latest.
        findings.ShouldContain("1:1 IAC0206 fqcn[action-core]");
        findings.ShouldContain("1:1 IAC0220 no-free-form");
        findings.ShouldContain("1:1 IAC0225 package-latest");
    }
}
