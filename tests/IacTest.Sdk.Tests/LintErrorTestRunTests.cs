namespace IacTest.Sdk.Tests;

/// <summary>
/// A lint error stops <c>dotnet test</c> as a compile error does: no test runs, and the run never reports a pass
/// while it exits 1.
/// </summary>
[Collection(PackedSdkCollection.Name)]
public sealed class LintErrorTestRunTests(PackedSdkFixture sdk)
{
    private const string OneLine = """<Project Sdk="IacTest.Sdk/$(Version)" />""";

    // The console logger ends a failed build with its summary: the error must be among these lines.
    private const int LastLines = 12;

    [Fact]
    public async Task A_lint_error_fails_the_test_run_before_any_test_runs_and_says_so_last()
    {
        // Given a project whose YAML has a lint error and whose test leaves a mark when it runs
        var project = sdk.CreateProject("linterror-test", OneLine);
        var (marker, results) = WriteProject(project);

        // When it is tested with a TRX logger
        var test = await project.TestAsync("--logger", "trx", "--results-directory", results);

        // Then the build fails on the lint error, no test runs, and nothing claims success
        test.ExitCode.ShouldBe(1, test.Output);
        File.Exists(marker).ShouldBeFalse(test.Output);
        var tail = LastNonEmptyLines(test);
        tail.ShouldContain(l => l.Contains("error IAC0122: trailing spaces (trailing-spaces)", StringComparison.Ordinal), test.Output);
        tail[^1].ShouldStartWith("Build FAILED: IacTest lint reported errors (above); the build stopped before compiling, so no test runs.", Case.Sensitive, test.Output);
        test.Output.ShouldNotContain("Passed!");
        test.Output.ShouldNotContain("Test Run Successful");
        var trxFiles = Directory.Exists(results) ? Directory.GetFiles(results, "*.trx", SearchOption.AllDirectories) : [];
        trxFiles.ShouldBeEmpty(test.Output);
    }

    [Fact]
    public async Task With_IacLintErrorsStopBuild_false_the_tests_still_run_and_the_run_still_fails()
    {
        // Given the same project that asks for the build to go on after a lint error
        var project = sdk.CreateProject("linterror-test-continue", OneLine);
        var (marker, _) = WriteProject(project);

        // When it is tested with the property set
        var test = await project.TestAsync("-p:IacLintErrorsStopBuild=false");

        // Then the lint error is reported, the test runs, and the run exits 1
        test.Output.ShouldContain("error IAC0122");
        File.Exists(marker).ShouldBeTrue(test.Output);
        test.ExitCode.ShouldBe(1, test.Output);
    }

    private static (string Marker, string Results) WriteProject(ConsumerProject project)
    {
        var marker = Path.Combine(project.Folder, "test-ran.txt");
        File.Delete(marker);
        project.Write("site.yml", "---\nname: web   \n");
        project.Write("SmokeTests.cs", $$"""
            public class SmokeTests
            {
                [Fact]
                public void Runs()
                {
                    System.IO.File.WriteAllText(@"{{marker}}", "ran");
                    true.ShouldBeTrue();
                }
            }
            """);
        return (marker, Path.Combine(project.Folder, "TestResults"));
    }

    private static string[] LastNonEmptyLines(ProcessResult result) =>
        result.Lines.Where(l => l.Length > 0).TakeLast(LastLines).ToArray();
}
