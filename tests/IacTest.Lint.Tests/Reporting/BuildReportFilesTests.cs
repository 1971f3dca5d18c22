using System.Text.Json;
using System.Xml.Linq;
using IacTest.Lint.Build;

namespace IacTest.Lint.Tests.Reporting;

/// <summary>
/// The other files a build writes beside its messages: GitLab Code Quality (<c>IacLintCodeQualityFile</c>), checkstyle
/// (<c>IacLintCheckstyleFile</c>) and the lint results the SDK's test rows read.
/// </summary>
public sealed class BuildReportFilesTests : IDisposable
{
    private readonly ReportRepository _repository = new();

    public void Dispose() => _repository.Dispose();

    private string Project => _repository.Project;

    [Fact]
    public void The_code_quality_report_names_findings_by_their_path_from_the_git_root()
    {
        // When a project in infra/ansible builds with a code quality file
        BuildLint.Run(Request() with { CodeQualityFile = "obj/gl-code-quality-report.json" }, "test-engine");

        // Then each issue is at its repository path and line
        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(Project, "obj", "gl-code-quality-report.json")));
        var issues = report.RootElement.EnumerateArray().Where(i => i.GetProperty("check_name").GetString() == "IAC0122 trailing-spaces").ToList();
        issues.Select(i => (i.GetProperty("location").GetProperty("path").GetString(), i.GetProperty("location").GetProperty("lines").GetProperty("begin").GetInt32()))
            .ShouldBe([("infra/ansible/roles/web/tasks/main.yml", 4), ("infra/ansible/roles/web/tasks/main.yml", 10), ("infra/ansible/roles/web/tasks/main.yml", 15)]);
    }

    [Fact]
    public void The_checkstyle_report_has_one_file_element_per_file_with_findings()
    {
        // When the project builds with a checkstyle file
        BuildLint.Run(Request() with { CheckstyleFile = "obj/checkstyle.xml" }, "test-engine");

        // Then the role's tasks are one file with its three trailing-spaces errors
        var checkstyle = XDocument.Load(Path.Combine(Project, "obj", "checkstyle.xml"));
        var file = checkstyle.Root!.Elements("file").Single(f => ((string)f.Attribute("name")!).EndsWith("roles/web/tasks/main.yml", StringComparison.Ordinal));
        file.Elements("error").Where(e => (string?)e.Attribute("source") == "iactest.IAC0122.trailing-spaces").Select(e => (int)e.Attribute("line")!)
            .ShouldBe([4, 10, 15]);
    }

    [Fact]
    public void The_lint_results_list_every_checked_file_clean_or_not_with_its_findings()
    {
        // Given a clean file beside the role
        _repository.Write("infra/ansible/group_vars/all.yml", "---\nweb_port: 80\n");

        // When the project builds with a lint results file
        BuildLint.Run(Request() with { LintResultsFile = "obj/iactest/lint-results.json" }, "test-engine");

        // Then every file is there, relative to the project, the clean one with no findings
        using var results = JsonDocument.Parse(File.ReadAllText(Path.Combine(Project, "obj", "iactest", "lint-results.json")));
        results.RootElement.GetProperty("version").GetInt32().ShouldBe(1);
        var files = results.RootElement.GetProperty("files").EnumerateArray().ToDictionary(
            f => f.GetProperty("path").GetString()!,
            f => f.GetProperty("findings").EnumerateArray().Select(d => $"{d.GetProperty("line").GetInt32()}:{d.GetProperty("column").GetInt32()} {d.GetProperty("severity").GetString()} {d.GetProperty("code").GetString()}").ToList());
        files.Keys.ShouldBe(["group_vars/all.yml", "roles/web/tasks/main.yml", "site.yml"]);
        files["group_vars/all.yml"].ShouldBeEmpty();
        files["roles/web/tasks/main.yml"].ShouldContain("4:16 error IAC0122");
    }

    [Fact]
    public void A_warning_made_an_error_by_TreatWarningsAsErrors_is_an_error_in_the_lint_results()
    {
        // Given a file whose only finding is a warning (a truthy value yamllint does not allow)
        _repository.Write("infra/ansible/group_vars/web.yml", "---\nweb_tls: yes\n");

        // When the project builds without, then with TreatWarningsAsErrors
        BuildLint.Run(Request() with { LintResultsFile = "obj/results.json" }, "test-engine");
        var plain = Severities();
        BuildLint.Run(Request() with { LintResultsFile = "obj/results.json", TreatWarningsAsErrors = true }, "test-engine");

        // Then the results say warning, then error, as the build does
        plain.ShouldBe(["warning IAC0123"]);
        Severities().ShouldBe(["error IAC0123"]);
    }

    private List<string> Severities()
    {
        using var results = JsonDocument.Parse(File.ReadAllText(Path.Combine(Project, "obj", "results.json")));
        var file = results.RootElement.GetProperty("files").EnumerateArray().Single(f => f.GetProperty("path").GetString() == "group_vars/web.yml");
        return file.GetProperty("findings").EnumerateArray().Select(f => $"{f.GetProperty("severity").GetString()} {f.GetProperty("code").GetString()}").ToList();
    }

    private BuildLintRequest Request() => _repository.BuildRequest();
}
