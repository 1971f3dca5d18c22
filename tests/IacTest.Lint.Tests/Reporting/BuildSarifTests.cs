using System.Text.Json;
using IacTest.Lint.Build;

namespace IacTest.Lint.Tests.Reporting;

/// <summary>The SARIF log a build writes (<c>IacLintSarifFile</c>) for a test project below the repository root.</summary>
public sealed class BuildSarifTests : IDisposable
{
    private readonly ReportRepository _repository = new();

    public void Dispose() => _repository.Dispose();

    private string Project => _repository.Project;

    [Fact]
    public void Paths_are_relative_to_the_git_root_above_the_project()
    {
        // When a project in infra/ansible builds
        BuildLint.Run(Request(), "test-engine");

        // Then
        Uris().ShouldContain("infra/ansible/roles/web/tasks/main.yml");
    }

    [Fact]
    public void The_sarif_root_of_the_request_replaces_it()
    {
        // When the project sets IacLintSarifRoot to its own folder
        BuildLint.Run(Request() with { SarifRoot = "." }, "test-engine");

        // Then
        Uris().ShouldContain("roles/web/tasks/main.yml");
    }

    private BuildLintRequest Request() => _repository.BuildRequest() with
    {
        CacheFile = Path.Combine(Project, "obj", "lint-cache.bin"),
        SarifFile = "obj/lint.sarif",
    };

    private List<string?> Uris()
    {
        using var log = JsonDocument.Parse(File.ReadAllText(Path.Combine(Project, "obj", "lint.sarif")));
        return log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString())
            .ToList();
    }
}
