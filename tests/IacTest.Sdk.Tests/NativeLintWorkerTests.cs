using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace IacTest.Sdk.Tests;

/// <summary>
/// The packed SDK carries the native <c>iactest</c> for the platform that packed it, and the lint task hands its work
/// to it; in the build process or in the worker, a build reports the same findings, and a worker that cannot run
/// never costs the lint.
/// </summary>
[Collection(PackedSdkCollection.Name)]
public sealed partial class NativeLintWorkerTests(PackedSdkFixture sdk)
{
    private static string HostRid =>
        $"{(OperatingSystem.IsWindows() ? "win" : OperatingSystem.IsMacOS() ? "osx" : "linux")}-{RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant()}";

    // The workers below speak the current protocol where they must fail for another reason.
    private const int ProtocolVersion = IacTest.Lint.Build.BuildLintProtocol.Version;

    [Fact]
    public async Task The_build_lints_in_the_packaged_worker_and_in_process_with_the_same_findings()
    {
        // Given a project with findings of several rules and settings that change them
        var project = sdk.CreateProject("native-worker", """
            <Project Sdk="IacTest.Sdk/$(Version)">
              <PropertyGroup>
                <NoWarn>$(NoWarn);IAC0109</NoWarn>
              </PropertyGroup>
              <ItemGroup>
                <IacLintRule Include="line-length" Severity="warning" Options="max=20" />
              </ItemGroup>
            </Project>
            """);
        project.Write("bad.yml", "---\na: 1  \nb: a line that is longer than twenty characters\nc: yes\n");
        project.Write("sub/ok.yaml", "---\nok: 1\n");
        project.Write("nostart.yml", "x: 1\n");

        // When it is built with the worker, then again in process
        var native = await project.BuildAsync("-v:d");
        var inProcess = await project.BuildAsync("-v:d", "-p:IacLintOutOfProcess=false");

        // Then the worker came from the package, the second build did not use it, and both report the same findings
        native.Output.ShouldContain($"ran in the native lint worker {Path.Combine(sdk.Packages, "iactest.sdk", sdk.Version, "tools", HostRid, "iactest")}");
        inProcess.Output.ShouldNotContain("native lint worker");
        native.ExitCode.ShouldNotBe(0);
        inProcess.ExitCode.ShouldNotBe(0);
        Findings(native).ShouldBe(
        [
            $"{project.Folder}/bad.yml(2,5): error IAC0122",
            $"{project.Folder}/bad.yml(3,21): warning IAC0117",
            $"{project.Folder}/bad.yml(4,4): warning IAC0123",
        ]);
        Findings(inProcess).ShouldBe(Findings(native));
        native.LintedFiles.ShouldBe(3);
        inProcess.LintedFiles.ShouldBe(3);
    }

    [Fact]
    public async Task The_worker_reads_yamllints_global_configuration_from_the_builds_environment()
    {
        // Given a project without a .yamllint, and a global yamllint configuration named by YAMLLINT_CONFIG_FILE that
        // allows long lines and turns off document-start
        var project = sdk.CreateProject("worker-global-config", """<Project Sdk="IacTest.Sdk/$(Version)" />""");
        project.Write("long.yml", $"a: {new string('x', 100)}\n");
        var global = project.Write(".config/yamllint/config", "extends: default\nrules:\n  line-length: {max: 200}\n  document-start: disable\n");
        var environment = new Dictionary<string, string> { ["YAMLLINT_CONFIG_FILE"] = global };

        // When it is built with the worker, then in process, and then with the worker again without the variable
        var native = await project.BuildAsync(environment, "-v:d");
        var inProcess = await project.BuildAsync(environment, "-v:d", "-p:IacLintOutOfProcess=false");
        var withoutIt = await project.BuildAsync("-v:d");

        // Then the worker ran and saw the configuration just as the build process did
        native.Output.ShouldContain("ran in the native lint worker");
        Findings(native).ShouldBeEmpty();
        Findings(inProcess).ShouldBeEmpty();
        withoutIt.Output.ShouldContain("ran in the native lint worker");
        Findings(withoutIt).ShouldBe(
        [
            $"{project.Folder}/long.yml(1,1): warning IAC0109",
            $"{project.Folder}/long.yml(1,81): error IAC0117",
        ]);
    }

    [Fact]
    public async Task A_worker_that_cannot_run_leaves_the_lint_to_the_build_process_and_says_why()
    {
        // Given workers that fail: one exits with an error, one is not a program, one prints something else, one
        // prints nothing, one half a result
        var project = sdk.CreateProject("broken-worker", """<Project Sdk="IacTest.Sdk/$(Version)" />""");
        project.Write("bad.yml", "---\na: 1  \n");
        var failing = project.Write("workers/failing", "#!/bin/sh\necho 'worker broke' >&2\nexit 3\n");
        var garbage = project.Write("workers/garbage", "\u0001\u0002 not a program");
        var chatty = project.Write("workers/chatty", "#!/bin/sh\necho 'hello'\n");
        var silent = project.Write("workers/silent", "#!/bin/sh\ncat >/dev/null\n");
        var halfway = project.Write("workers/halfway", $"#!/bin/sh\nprintf 'iactest-build-lint\\t{ProtocolVersion}\\nfileCount\\t1\\n'\n");
        foreach (var worker in new[] { failing, garbage, chatty, silent, halfway })
        {
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(worker, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }

        // When the project is built with each
        var exited = await project.BuildAsync($"-p:IacLintWorker={failing}");
        var notProgram = await project.BuildAsync($"-p:IacLintWorker={garbage}");
        var otherOutput = await project.BuildAsync($"-p:IacLintWorker={chatty}");
        var cutShort = await project.BuildAsync($"-p:IacLintWorker={halfway}");
        var nothing = await project.BuildAsync($"-p:IacLintWorker={silent}");

        // Then each says why it could not use the worker, and the lint still ran and failed the build
        exited.Output.ShouldContain($"the native lint worker {failing} could not run (it printed no result and ended with exit code 3: worker broke); linting in the build process.");
        notProgram.Output.ShouldContain($"the native lint worker {garbage} could not run (");
        otherOutput.Output.ShouldContain($"the native lint worker {chatty} could not run (not a build-lint document of protocol version {ProtocolVersion})");
        cutShort.Output.ShouldContain($"the native lint worker {halfway} could not run (the document ends without its end line");
        nothing.Output.ShouldContain($"the native lint worker {silent} could not run (it printed no result and ended with exit code 0: nothing on standard error)");
        foreach (var build in new[] { exited, notProgram, otherOutput, cutShort, nothing })
        {
            build.ExitCode.ShouldNotBe(0);
            build.Output.ShouldContain("bad.yml(2,5): error IAC0122");
        }
    }

    private static string[] Findings(ProcessResult build) =>
        build.Lines.Select(l => FindingPattern().Match(l)).Where(m => m.Success).Select(m => m.Groups["finding"].Value).Distinct().Order(StringComparer.Ordinal).ToArray();

    // Detailed logs on a multi-node build prefix each line with its node and project ("1:7>").
    [GeneratedRegex(@"^(?:\d+(?::\d+)?>)?(?<finding>\S+\(\d+,\d+\): (error|warning) IAC\d{4})")]
    private static partial Regex FindingPattern();
}
