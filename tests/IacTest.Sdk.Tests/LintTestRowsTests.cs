namespace IacTest.Sdk.Tests;

/// <summary>
/// The lint as test rows, and the report loggers the SDK references: a real <c>dotnet test --logger junit</c> on a
/// project with a lint error, a lint warning and a clean file.
/// </summary>
[Collection(PackedSdkCollection.Name)]
public sealed class LintTestRowsTests(PackedSdkFixture sdk)
{
    private const string OneLine = """<Project Sdk="IacTest.Sdk/$(Version)" />""";

    [Fact]
    public async Task Each_linted_file_is_a_row_of_the_JUnit_report_that_fails_on_a_lint_error_and_lists_warnings()
    {
        // Given a project with a lint error, a lint warning and a clean file, and a test of its own
        var project = sdk.CreateProject("lint-rows", OneLine);
        WriteFiles(project);
        var report = Path.Combine(project.Folder, "TestResults", "report.junit.xml");

        // When it is tested with the JUnit logger it never referenced, the build going on after the lint error
        var test = await project.TestAsync("-p:IacLintErrorsStopBuild=false", "--logger", $"junit;LogFilePath={report}");

        // Then the run fails, and the report has one row per file beside the project's test
        test.ExitCode.ShouldBe(1, test.Output);
        var cases = CiRecipes.Reports.JUnitCases(report);
        cases.Select(c => $"{c.ClassName} {c.Name}").Order(StringComparer.Ordinal).ToArray().ShouldBe(
        [
            "IacTest.Sdk.IacLintResults Lint(file: \"inventory/group_vars/web.yml\")",
            "IacTest.Sdk.IacLintResults Lint(file: \"playbooks/site.yml\")",
            "IacTest.Sdk.IacLintResults Lint(file: \"roles/web/defaults/main.yml\")",
            "UnknownNamespace.UnknownType SmokeTests.Runs",
        ], customMessage: string.Join("\n", cases));

        // And only the file with the error fails, with the finding in the compiler's form
        cases.Single(c => c.Failure is not null).ShouldSatisfyAllConditions(
            c => c.Name.ShouldContain("roles/web/defaults/main.yml"),
            c => c.Failure!.ShouldContain("roles/web/defaults/main.yml(2,13): error IAC0122: trailing spaces (trailing-spaces)"));

        // And the warning is in its row's output, which passes
        var xml = File.ReadAllText(report);
        xml.ShouldContain("inventory/group_vars/web.yml(2,10): warning IAC0123");
    }

    [Fact]
    public async Task IacLintTestResults_false_leaves_the_rows_out_and_IacTestReportLoggers_false_the_loggers()
    {
        // Given the same project, its lint rows and report loggers turned off
        var project = sdk.CreateProject("lint-rows-off", OneLine);
        WriteFiles(project);
        project.Write("roles/web/defaults/main.yml", "---\nweb_port: 80\n");

        // When it is tested with the rows off and the TRX logger every test platform has
        var trx = await project.TestAsync("-p:IacLintTestResults=false", "--logger", "trx;LogFileName=run.trx");

        // Then only the project's own test ran
        trx.ExitCode.ShouldBe(0, trx.Output);
        var results = System.Xml.Linq.XDocument.Load(Path.Combine(project.Folder, "TestResults", "run.trx")).Descendants()
            .Where(e => e.Name.LocalName == "UnitTestResult").Select(e => (string?)e.Attribute("testName")).ToList();
        results.ShouldBe(["SmokeTests.Runs"]);

        // And without the report loggers, asking for the JUnit one fails as it does in any test project without it
        var junit = await project.TestAsync("-p:IacTestReportLoggers=false", "--logger", "junit");
        junit.ExitCode.ShouldNotBe(0, junit.Output);
        junit.Output.ShouldContain("junit");
    }

    private static void WriteFiles(ConsumerProject project)
    {
        project.Write("roles/web/defaults/main.yml", "---\nweb_port: 80   \n");
        // A truthy value yamllint's default configuration warns about.
        project.Write("inventory/group_vars/web.yml", "---\nweb_tls: yes\n");
        project.Write("playbooks/site.yml", "---\n- name: Web servers\n  hosts: web\n  roles:\n    - role: web\n");
        project.Write("SmokeTests.cs", """
            public class SmokeTests
            {
                [Fact]
                public void Runs() => true.ShouldBeTrue();
            }
            """);
    }
}
