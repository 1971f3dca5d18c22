using System.Diagnostics;
using IacTest.Harness.Discovery;
using IacTest.Harness.Xunit;
using Xunit.Abstractions;

namespace IacTest.Harness.Tests.Scenarios;

/// <summary>
/// Runs a real <c>dotnet test</c> on a small project whose role waits, on the control node, for a file this test
/// creates only after it has read the converge's progress line for that task from the process's console output: the
/// inner test cannot end before its progress was seen, so the lines are shown while it runs, not after.
/// </summary>
public sealed class LiveProgressTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(10);
    private readonly string folder = Directory.CreateTempSubdirectory("iactest-live-progress-").FullName;

    [DockerFact]
    public async Task Progress_lines_of_a_converge_appear_in_dotnet_test_output_while_the_test_runs_and_in_its_TRX_output()
    {
        // Given: the sample project, pointing at this harness
        var project = CopyProject();
        var goFile = Path.Combine(folder, "go");
        var lines = new List<(DateTime At, string Text)>();
        var sawWait = new TaskCompletionSource<DateTime>(TaskCreationOptions.RunContinuationsAsynchronously);
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = project };
        var trx = Path.Combine(folder, "results.trx");
        foreach (var argument in new[] { "test", project, "-c", "Release", "-nr:false", "-p:UseSharedCompilation=false", "--results-directory", folder, "--logger", "trx;LogFileName=results.trx" })
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["RELEASE_GATE_GO_FILE"] = goFile;
        info.Environment["IACTEST_PROGRESS"] = "1";
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";

        // When
        using var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            lock (lines)
            {
                lines.Add((DateTime.UtcNow, e.Data));
            }

            if (e.Data.Contains("[iactest] converge +", StringComparison.Ordinal) && e.Data.Contains("TASK release_gate : Wait for the go-ahead", StringComparison.Ordinal))
            {
                sawWait.TrySetResult(DateTime.UtcNow);
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (lines)
                {
                    lines.Add((DateTime.UtcNow, "stderr: " + e.Data));
                }
            }
        };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            // A run that ends before the wait (a build error in the project) fails here with its output, not at the bound.
            var exited = process.WaitForExitAsync();
            var first = await Task.WhenAny(sawWait.Task, exited).WaitAsync(Bound);
            first.ShouldBe(sawWait.Task, "dotnet test ended before the converge reached the wait: see the output");
            var seen = await sawWait.Task;
            List<(DateTime At, string Text)> before;
            lock (lines)
            {
                before = [.. lines];
            }

            // Then: the run is still going (it waits for the file), and the earlier task's result came before
            before.ShouldNotContain(l => l.Text.Contains("Passed!", StringComparison.Ordinal) || l.Text.Contains("Failed!", StringComparison.Ordinal));
            before.ShouldContain(l => l.Text.Contains("[iactest] converge +", StringComparison.Ordinal) && l.Text.Contains("changed: [instance] release_gate : Create the release folder", StringComparison.Ordinal));
            await File.WriteAllTextAsync(goFile, "go\n");
            await process.WaitForExitAsync().WaitAsync(Bound);
            var end = lines.Last(l => l.Text.Contains("Passed!", StringComparison.Ordinal) || l.Text.Contains("Failed!", StringComparison.Ordinal));
            end.Text.ShouldContain("Passed!");
            end.At.ShouldBeGreaterThan(seen);
            lines.ShouldContain(l => l.Text.Contains("[iactest] idempotence +", StringComparison.Ordinal) && l.Text.Contains("ok: [instance] release_gate : Record the release", StringComparison.Ordinal));
            // and the same lines are in the test's output in the TRX
            var results = await File.ReadAllTextAsync(trx);
            results.ShouldContain("[iactest] converge +");
            results.ShouldContain("changed: [instance] release_gate : Create the release folder");
            results.ShouldContain("ok: [instance] release_gate : Record the release");
        }
        finally
        {
            if (!process.HasExited)
            {
                // Let the inner test end on its own, so it removes its container; kill it only if it does not.
                await File.WriteAllTextAsync(goFile, "go\n");
                if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
                {
                    process.Kill(entireProcessTree: true);
                }
            }

            lock (lines)
            {
                foreach (var (at, text) in lines)
                {
                    output.WriteLine($"{at:HH:mm:ss.fff} {text}");
                }
            }
        }
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string CopyProject()
    {
        var source = Path.Combine(ProjectFiles.Directory, "Scenarios", "Projects", "live-progress");
        var repository = Path.GetFullPath(Path.Combine(ProjectFiles.Directory, "..", ".."));
        var project = Path.Combine(folder, "ReleaseGate.Tests");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            var target = Path.Combine(project, relative.EndsWith(".txt", StringComparison.Ordinal) ? relative[..^4] : relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, File.ReadAllText(file).Replace("HARNESS_PROJECT", Path.Combine(repository, "src", "Harness", "IacTest.Harness.csproj"), StringComparison.Ordinal));
        }

        File.Copy(Path.Combine(repository, "nuget.config"), Path.Combine(project, "nuget.config"));
        File.Copy(Path.Combine(repository, "global.json"), Path.Combine(project, "global.json"));
        return project;
    }
}
