using System.Runtime.CompilerServices;
using IacTest.Harness.Converge;
using IacTest.Harness.Environments;
using IacTest.Harness.Images;
using IacTest.Harness.Xunit;

namespace ScenarioBench;

/// <summary>
/// The sample nginx role's scenario — create, converge, idempotence, verify, destroy — as a user's test runs it.
/// run.sh times whole <c>dotnet test</c> processes of these tests against the Molecule-style baseline.
/// </summary>
public sealed class ScenarioBench
{
    /// <summary>The platforms of the parallel figure: the three Debian releases with Python, and bookworm with systemd.</summary>
    public static readonly Platform[] FourPlatforms =
    [
        Platform.Debian("bookworm", PlatformFlavor.Python),
        Platform.Debian("trixie", PlatformFlavor.Python),
        Platform.Debian("bullseye", PlatformFlavor.Python),
        Platform.Debian("bookworm", PlatformFlavor.Systemd),
    ];

    private static readonly string Root = RepositoryRoot();

    private static string Role => Path.Combine(Root, "samples", "ansible-nginx", "roles", "nginx");

    private static string VerifyPlaybook => Path.Combine(Root, "bench", "scenarios", "molecule", "verify.yml");

    /// <summary>
    /// The scenario on the systemd platform; the converge cache as IACTEST_CONVERGE_CACHE says. With
    /// BENCH_EXPECT_CACHE_HIT=1 the run fails unless it started from a kept converged state.
    /// </summary>
    [DockerFact]
    public async Task Nginx_scenario()
    {
        var scenario = Scenario(Platform.Debian("bookworm", PlatformFlavor.Systemd));
        await scenario.RunAsync();
        if (Environment.GetEnvironmentVariable("BENCH_EXPECT_CACHE_HIT") == "1" && !scenario.ConvergedFromCache)
        {
            throw new InvalidOperationException("the rerun converged again: the converged-state cache missed");
        }
    }

    /// <summary>The scenario on four platforms: all at once with BENCH_PARALLEL=1, else one after another.</summary>
    [DockerFact]
    public async Task Nginx_on_four_platforms()
    {
        if (Environment.GetEnvironmentVariable("BENCH_PARALLEL") == "1")
        {
            await Task.WhenAll(FourPlatforms.Select(platform => Scenario(platform).WithConvergeCache(false).RunAsync()));
            return;
        }

        foreach (var platform in FourPlatforms)
        {
            await Scenario(platform).WithConvergeCache(false).RunAsync();
        }
    }

    /// <summary>
    /// Builds the images the other tests use, so no timed run pays for a build, and writes <c>platform=image</c> lines
    /// to the file BENCH_IMAGES names (the Molecule-style side uses the same image).
    /// </summary>
    [DockerFact]
    public async Task Warm_up()
    {
        var images = await Task.WhenAll(FourPlatforms.Select(platform => PlatformImages.EnsureAsync(platform, Console.WriteLine)));
        if (Environment.GetEnvironmentVariable("BENCH_IMAGES") is { Length: > 0 } file)
        {
            await File.WriteAllLinesAsync(file, FourPlatforms.Zip(images, (platform, image) => $"{platform.Name}={image}"));
        }
    }

    // The sample's converge.yml variables, and a run marker: the same marker gives the same converged state.
    private static MoleculeScenario Scenario(Platform platform) =>
        new EnvironmentBuilder()
            .WithPlatform(platform)
            .ForRole(Role, run => run
                .WithVariable("nginx_server_name", "www.example.test")
                .WithVariable("nginx_index_content", "Hello from the ansible-nginx sample.")
                .WithVariable("nginx_listen_ipv6", false)
                .WithVariable("bench_run", Environment.GetEnvironmentVariable("BENCH_RUN") ?? "0"),
                MoleculeScenario.VerifyPlaybook(VerifyPlaybook));

    private static string RepositoryRoot([CallerFilePath] string file = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, "..", ".."));
}
