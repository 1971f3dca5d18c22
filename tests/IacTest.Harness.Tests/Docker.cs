using System.Diagnostics;

namespace IacTest.Harness.Tests;

/// <summary>Asks the engine through the docker CLI, independently of the harness under test.</summary>
internal static class Docker
{
    public static async Task<string> RunAsync(params string[] arguments)
    {
        var info = new ProcessStartInfo("docker") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var stdout = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return stdout;
    }

    public static async Task<bool> ContainerExistsAsync(string id) =>
        (await RunAsync("ps", "-aq", "--no-trunc", "--filter", "id=" + id)).Trim().Length > 0;

    public static async Task<IReadOnlyList<string>> ListAsync(string filter) =>
        (await RunAsync("ps", "-aq", "--filter", filter)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
