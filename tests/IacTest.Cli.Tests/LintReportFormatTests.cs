using System.Text.Json;
using System.Xml.Linq;

namespace IacTest.Cli.Tests;

/// <summary><c>iactest lint --format gitlab|checkstyle|sarif</c> as a CI job runs it: from a folder below the repository root.</summary>
public sealed class LintReportFormatTests : IDisposable
{
    private readonly CliFolder _repository = new("iactest-cli-report-");

    public LintReportFormatTests()
    {
        Directory.CreateDirectory(Path.Combine(_repository.Path, ".git"));
        _repository.Write("deploy/compose.yaml", "---\nservices:\n  web:\n    image: nginx:1.27  \n");
        _repository.Write("deploy/playbooks/site.yml", "---\n- name: Web\n  hosts: web\n  tasks: []   \n");
    }

    private string Deploy => Path.Combine(_repository.Path, "deploy");

    public void Dispose() => _repository.Dispose();

    [Fact]
    public void Gitlab_format_writes_code_quality_issues_with_repository_paths()
    {
        // When
        var (code, output, _) = RunIn(Deploy, "lint", "--no-config-discovery", "--format", "gitlab", ".");

        // Then
        code.ShouldBe(1);
        var issues = JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();
        issues.ShouldNotBeEmpty();
        issues.Select(i => i.GetProperty("location").GetProperty("path").GetString()).Distinct().Order()
            .ShouldBe(["deploy/compose.yaml", "deploy/playbooks/site.yml"]);
        issues.ShouldAllBe(i => i.GetProperty("check_name").GetString()!.StartsWith("IAC", StringComparison.Ordinal));
    }

    [Fact]
    public void Checkstyle_format_writes_xml_a_parser_reads()
    {
        // When
        var (code, output, _) = RunIn(Deploy, "lint", "--no-config-discovery", "-f", "checkstyle", "-o", "lint.xml", ".");

        // Then
        code.ShouldBe(1);
        output.ShouldBeEmpty();
        var document = XDocument.Load(Path.Combine(Deploy, "lint.xml"));
        document.Root!.Name.LocalName.ShouldBe("checkstyle");
        var trailing = document.Descendants("error").First(e => e.Attribute("source")!.Value == "iactest.IAC0122.trailing-spaces");
        trailing.Parent!.Attribute("name")!.Value.ShouldBe("compose.yaml");
        trailing.Attribute("line")!.Value.ShouldBe("4");
    }

    [Fact]
    public void Sarif_root_option_sets_what_paths_are_relative_to()
    {
        // When
        var (code, output, _) = RunIn(Deploy, "lint", "--no-config-discovery", "-f", "sarif", "--sarif-root", ".", "--rule-docs-url", "https://docs.example.com/rules/", "compose.yaml");

        // Then
        code.ShouldBe(1);
        var run = JsonDocument.Parse(output).RootElement.GetProperty("runs")[0];
        run.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString().ShouldBe(new Uri(Deploy + "/").AbsoluteUri);
        var location = run.GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation");
        location.GetProperty("uri").GetString().ShouldBe("compose.yaml");
        run.GetProperty("tool").GetProperty("driver").GetProperty("rules")[0].GetProperty("helpUri").GetString()!
            .ShouldStartWith("https://docs.example.com/rules/IAC");
    }

    [Fact]
    public void Sarif_without_the_option_is_relative_to_the_git_root()
    {
        var (_, output, _) = RunIn(Deploy, "lint", "--no-config-discovery", "-f", "sarif", "compose.yaml");

        var location = JsonDocument.Parse(output).RootElement.GetProperty("runs")[0].GetProperty("results")[0]
            .GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation");
        location.GetProperty("uri").GetString().ShouldBe("deploy/compose.yaml");
        location.GetProperty("uriBaseId").GetString().ShouldBe("%SRCROOT%");
    }

    [Theory]
    [InlineData("--sarif-root", "no-such-folder", "is not a folder")]
    [InlineData("--rule-docs-url", "docs/rules", "absolute URL")]
    [InlineData("--format", "junit", "gitlab or checkstyle")]
    public void Bad_report_options_are_usage_errors(string option, string value, string expected)
    {
        var (code, output, error) = RunIn(Deploy, "lint", option, value, "compose.yaml");

        code.ShouldBe(2);
        output.ShouldBeEmpty();
        error.ShouldContain(expected);
        error.ShouldNotContain("Exception");
    }

    private static (int Code, string Output, string Error) RunIn(string directory, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CommandLine.Run(args, output, error, directory);
        return (code, output.ToString(), error.ToString());
    }
}
