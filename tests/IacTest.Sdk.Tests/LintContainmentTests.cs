using System.Diagnostics;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace IacTest.Sdk.Tests;

/// <summary>
/// A build whose lint fails on one file (an engine failure, injected through the engine's test hook) and whose
/// project holds a FIFO and a socket named like YAML files: the build ends, fails on that file's positioned error,
/// notes the special files and reports every other file's findings — in the native worker and in the build process.
/// Before, the build hung on the FIFO or died with MSB4018 and no file named.
/// </summary>
[Collection(PackedSdkCollection.Name)]
public sealed partial class LintContainmentTests(PackedSdkFixture sdk)
{
    [Theory]
    [InlineData("worker", true)]
    [InlineData("in-process", false)]
    public async Task One_file_that_fails_is_its_own_error_and_every_other_files_findings_are_reported(string name, bool outOfProcess)
    {
        // Given a project with good files that have findings, one the engine fails on, a FIFO and a socket
        var project = sdk.CreateProject($"containment-{name}", """<Project Sdk="IacTest.Sdk/$(Version)" />""");
        project.Write("a.yml", "key: 1   \n");
        project.Write("sub/b.yaml", "---\nvalue: yes\n");
        project.Write("broken.yml", "---\nkey: value\n");
        MakeFifo(Path.Combine(project.Folder, "pipe.yml"));
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(Path.Combine(project.Folder, "socket.yml")));
        var environment = new Dictionary<string, string> { ["IACTEST_LINT_FAULT"] = "parse:broken.yml" };

        // When it is built
        var build = await project.BuildAsync(environment, "-v:d", $"-p:IacLintOutOfProcess={outOfProcess}");

        // Then the lint ran where asked, the build fails on the broken file only, without MSB4018, and every other
        // finding is there
        build.Output.Contains("ran in the native lint worker", StringComparison.Ordinal).ShouldBe(outOfProcess);
        build.ExitCode.ShouldNotBe(0);
        build.Output.ShouldNotContain("MSB4018");
        build.Output.ShouldNotContain("Operation is not valid");
        Findings(build).ShouldBe(
        [
            $"{project.Folder}/a.yml(1,1): warning IAC0109",
            $"{project.Folder}/a.yml(1,7): error IAC0122",
            $"{project.Folder}/broken.yml(1,1): error IAC0004",
            $"{project.Folder}/pipe.yml(1,1): warning IAC0004",
            $"{project.Folder}/socket.yml(1,1): warning IAC0004",
            $"{project.Folder}/sub/b.yaml(2,8): warning IAC0123",
        ]);
        build.Output.ShouldContain("error IAC0004: not checked: IacTest stopped on an internal error while parsing its YAML");
        build.Output.ShouldContain("warning IAC0004: skipped: the path is a FIFO (named pipe), not a regular file, and is not read");
    }

    [Fact]
    public async Task A_failure_outside_any_file_is_one_error_at_the_project_not_MSB4018()
    {
        // Given a project whose SARIF log path is a folder, which the lint cannot write once it has linted
        var project = sdk.CreateProject("containment-sarif", """<Project Sdk="IacTest.Sdk/$(Version)" />""");
        project.Write("a.yml", "---\nkey: 1\n");
        Directory.CreateDirectory(Path.Combine(project.Folder, "lint.sarif"));

        // When it is built, with the worker (which fails, so the build process lints) and in process
        var worker = await project.BuildAsync("-v:n", "-p:IacLintSarifFile=lint.sarif");
        var inProcess = await project.BuildAsync("-v:n", "-p:IacLintSarifFile=lint.sarif", "-p:IacLintOutOfProcess=false");

        // Then each build fails on one error at the project that says what did not happen, in plain words
        foreach (var build in new[] { worker, inProcess })
        {
            build.ExitCode.ShouldNotBe(0);
            build.Output.ShouldNotContain("MSB4018");
            build.Output.ShouldContain("error IAC0004: IacTest lint stopped on an internal error before it could report; no file was checked.");
            build.Output.ShouldNotContain("Exception");
        }
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", path) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        mkfifo.ExitCode.ShouldBe(0);
    }

    private static string[] Findings(ProcessResult build) =>
        build.Lines.Select(l => FindingPattern().Match(l)).Where(m => m.Success).Select(m => m.Groups["finding"].Value).Distinct().Order(StringComparer.Ordinal).ToArray();

    // Detailed logs on a multi-node build prefix each line with its node and project ("1:7>").
    [GeneratedRegex(@"^(?:\d+(?::\d+)?>)?\s*(?<finding>\S+\(\d+,\d+\): (error|warning) IAC\d{4})")]
    private static partial Regex FindingPattern();
}
