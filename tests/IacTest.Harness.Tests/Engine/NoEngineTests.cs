using System.Diagnostics;
using IacTest.Harness.Tests.Environments;

namespace IacTest.Harness.Tests.Engine;

/// <summary>Runs an engine test in a separate test host pointed at a socket nobody serves.</summary>
public sealed class NoEngineTests
{
    private const string DeadSocket = "unix:///tmp/iactest-no-engine.sock";

    [Fact]
    public async Task Without_an_engine_a_docker_fact_is_skipped_with_one_line_saying_why()
    {
        var (output, elapsed) = await RunChildAsync(requireEngine: false);

        output.ShouldContain($"No container engine answers ({DeadSocket} (DOCKER_HOST): ");
        output.ShouldContain("Start an engine: Docker Desktop (macOS, Windows), `sudo systemctl start docker` (Linux)");
        output.ShouldContain("`podman system service");
        output.ShouldContain("or set DOCKER_HOST to the engine's socket or address. (set IACTEST_REQUIRE_ENGINE=1 to fail instead of skip)");
        output.ShouldNotContain("eng/");
        output.ShouldContain("Skipped: 1");
        elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(60));
    }

    [Fact]
    public async Task Without_an_engine_and_with_IACTEST_REQUIRE_ENGINE_the_test_fails_with_the_reason()
    {
        var (output, _) = await RunChildAsync(requireEngine: true);

        output.ShouldContain("IacTest.Harness.Engine.EngineUnavailableException : No container engine answers");
        output.ShouldContain("Failed: 1");
    }

    private static async Task<(string Output, TimeSpan Elapsed)> RunChildAsync(bool requireEngine)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[]
                 {
                     "test", typeof(NoEngineTests).Assembly.Location, "--logger", "console;verbosity=normal",
                     "--filter", $"FullyQualifiedName~{nameof(EnvironmentTests)}.{nameof(EnvironmentTests.Exec_returns_exit_code_stdout_and_stderr)}",
                 })
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["DOCKER_HOST"] = DeadSocket;
        info.Environment["IACTEST_REQUIRE_ENGINE"] = requireEngine ? "1" : "";
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (await stdout + await stderr, clock.Elapsed);
    }
}
