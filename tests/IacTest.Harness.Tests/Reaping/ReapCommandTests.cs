using System.Diagnostics;
using IacTest.Harness.Environments;
using IacTest.Harness.Images;
using IacTest.Harness.Reaping;
using IacTest.Harness.Xunit;

namespace IacTest.Harness.Tests.Reaping;

/// <summary>
/// The documented on-demand reaping, <c>dotnet run eng/reap.cs</c>, run as a user runs it: it removes a killed test
/// host's container and private temporary folder and says so.
/// </summary>
public sealed class ReapCommandTests
{
    [DockerFact]
    public async Task The_reap_command_removes_the_leftovers_of_a_dead_owner_and_reports_them()
    {
        // Given a container and a private temporary folder owned by a process of this host that is gone
        var deadOwner = HarnessSession.OwnerOf(Environment.MachineName, int.MaxValue - 11);
        var id = Guid.NewGuid().ToString("N")[..8];
        var name = $"iactest-test-{id}-reap";
        var container = (await Docker.RunAsync("create", "--label", $"{HarnessSession.OwnerLabel}={deadOwner}", "--name", name,
            BaseImages.TagOf(BaseImage.Busybox), "true")).Trim();
        var temp = Directory.CreateTempSubdirectory("iactest-reap-command-").FullName;
        var leftover = Directory.CreateDirectory(Path.Combine(temp, $"converge-{int.MaxValue - 11}-{id}")).FullName;
        await File.WriteAllTextAsync(Path.Combine(leftover, OwnedTempFolders.OwnerFile), $"{deadOwner}\n\n");
        await File.WriteAllTextAsync(Path.Combine(leftover, "extra-vars.json"), "{\"db_password\": \"left-behind\"}");
        try
        {
            // When the command runs, its temporary folders under the one made here
            var (exitCode, output) = await RunReapCommandAsync(temp);

            // Then it succeeded, named the folder it removed and counted its work; the folder and the container are
            // gone (the container perhaps removed first by another harness process of this host, which reaps the same)
            exitCode.ShouldBe(0, output);
            output.ShouldContain($"removed folder {leftover}");
            output.ShouldMatch(@"reaped \d+ resource\(s\) and [1-9]\d* folder\(s\) of killed test hosts");
            Directory.Exists(leftover).ShouldBeFalse();
            (await Docker.ContainerExistsAsync(container)).ShouldBeFalse();
        }
        finally
        {
            await Docker.RunAsync("rm", "-f", name);
            Directory.Delete(temp, recursive: true);
        }
    }

    private static async Task<(int ExitCode, string Output)> RunReapCommandAsync(string temp)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepositoryRoot() };
        info.ArgumentList.Add("run");
        info.ArgumentList.Add(Path.Combine("eng", "reap.cs"));
        info.Environment["IACTEST_TEMP"] = temp;
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();

        // A hang guard only: the first run compiles the program and the harness, slow on a loaded machine.
        using var hang = new CancellationTokenSource(TimeSpan.FromMinutes(15));
        await process.WaitForExitAsync(hang.Token);
        return (process.ExitCode, await stdout + await stderr);
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "eng", "reap.cs")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("eng/reap.cs not found above " + AppContext.BaseDirectory);
    }
}
