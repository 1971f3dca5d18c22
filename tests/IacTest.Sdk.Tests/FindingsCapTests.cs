namespace IacTest.Sdk.Tests;

/// <summary><c>IacLintMaxFindingsPerFile</c> caps each file's findings in the native worker and in the build process alike.</summary>
[Collection(PackedSdkCollection.Name)]
public sealed class FindingsCapTests(PackedSdkFixture sdk)
{
    [Fact]
    public async Task IacLintMaxFindingsPerFile_caps_each_files_findings_and_a_changed_cap_lints_again()
    {
        // Given a generated inventory with twenty lines ending in spaces, and a clean playbook
        var project = sdk.CreateProject("findings-cap", """<Project Sdk="IacTest.Sdk/$(Version)" />""");
        var inventory = project.Write("inventory/hosts.yml", "---\nall:\n  hosts:\n"
            + string.Concat(Enumerable.Range(1, 20).Select(i => $"    web{i:00}.example.org:   \n")));
        project.Write("site.yml", "---\n- name: Configure web servers\n  hosts: all\n  tasks: []\n");

        // When it is built capped at five in the worker and in process, then with no cap, then with a cap that is not a number
        var worker = await project.BuildAsync("-v:d", "-p:IacLintMaxFindingsPerFile=5");
        var inProcess = await project.BuildAsync("-p:IacLintMaxFindingsPerFile=5", "-p:IacLintOutOfProcess=false");
        var uncapped = await project.BuildAsync("-p:IacLintMaxFindingsPerFile=0");
        var wrong = await project.BuildAsync("-p:IacLintMaxFindingsPerFile=lots");

        // Then five findings and one summary at the sixth are reported, by either runner
        worker.Output.ShouldContain("ran in the native lint worker");
        Findings(worker, inventory).ShouldBe(
        [
            .. Enumerable.Range(4, 5).Select(line => $"{inventory}({line},23): error IAC0122"),
            $"{inventory}(9,23): error IAC0004",
        ]);
        worker.Output.ShouldContain("15 more findings in this file are not reported, from here on: the limit is 5 findings per file");
        Findings(inProcess, inventory).ShouldBe(Findings(worker, inventory));
        // And lifting the cap is not served from the cache: both files are linted again and all twenty are reported
        uncapped.LintedFiles.ShouldBe(2);
        Findings(uncapped, inventory).Length.ShouldBe(20);
        // And a cap that is not a whole number is an error at the project
        wrong.ExitCode.ShouldNotBe(0);
        wrong.Lines.ShouldContain(l => l.StartsWith(Path.Combine(project.Folder, "findings-cap.csproj"), StringComparison.Ordinal)
            && l.Contains("error IAC0003: IacLintMaxFindingsPerFile: 'lots' is not a whole number from 0 (no limit) up", StringComparison.Ordinal));
    }

    // Each finding of the file once (MSBuild repeats errors in its summary), as "file(line,column): severity code".
    private static string[] Findings(ProcessResult build, string file) =>
        build.Lines
            .Select(l => l.IndexOf(file + "(", StringComparison.Ordinal) is var start and >= 0 ? l[start..] : null)
            .OfType<string>()
            .Select(l => string.Join(' ', l.Split(' ').Take(3)).TrimEnd(':'))
            .Distinct()
            .ToArray();
}
