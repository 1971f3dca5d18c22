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
    public void The_broken_file_reports_trailing_spaces_and_a_duplicate_key_at_their_positions()
    {
        var file = Path.Combine(Project, "broken", "tasks.yml");
        var configuration = ConfigurationDiscovery.Load(new ConfigurationRequest { Directory = Project }).Configuration;

        var findings = new LintEngine().LintPath(file, configuration).Diagnostics
            .Select(d => $"{d.Line}:{d.Column} {d.Code} {d.Rule}")
            .ToList();

        findings.ShouldContain("3:15 IAC0122 trailing-spaces");
        findings.ShouldContain("4:3 IAC0115 key-duplicates");
    }
}
