using IacTest.Harness.Engine;
using IacTest.Harness.Environments;
using IacTest.Harness.Images;
using IacTest.Harness.Targets;
using IacTest.Harness.Xunit;

namespace IacTest.Harness.Tests.Environments;

/// <summary>Package files one container downloaded are installed by another of the same release without a download.</summary>
public sealed class AptArchiveCacheTests(AptArchiveCacheTests.TwoContainers containers) : IClassFixture<AptArchiveCacheTests.TwoContainers>
{
    [DockerFact]
    public async Task A_package_one_container_downloaded_is_installed_by_another_without_downloading_it_again()
    {
        // Given: two containers of bookworm sharing one cache, their package lists fresh (the fixture)
        var (first, second) = (containers.First, containers.Second);

        // When: the first installs a package, then the second installs the same one
        var downloaded = await first.ExecAsync(["apt-get", "install", "-y", "--no-install-recommends", "hello"]);
        var pooled = await second.ExecAsync(["ls", AptArchiveCache.PoolPath]);
        var reused = await second.ExecAsync(["apt-get", "install", "-y", "--no-install-recommends", "hello"]);

        // Then: the first fetched it from the mirror, the pool holds it, and the second fetched nothing and installed it
        downloaded.ExitCode.ShouldBe(0, downloaded.Stderr);
        FetchLines(downloaded).ShouldContain(line => line.Contains(" hello ", StringComparison.Ordinal));
        pooled.Stdout.ShouldContain("hello_");
        reused.ExitCode.ShouldBe(0, reused.Stderr);
        FetchLines(reused).ShouldBeEmpty();
        reused.Stdout.ShouldContain("Setting up hello");
        (await second.ExecAsync(["hello"])).Stdout.ShouldBe("Hello, world!\n");
    }

    [DockerFact]
    public async Task Two_containers_installing_at_the_same_time_do_not_lock_each_other_out()
    {
        // Given: the two containers of one cache. Had they shared apt's archive folder itself, they would share its
        // lock across containers, and apt-get fails at once on a held lock instead of waiting for it.
        var (first, second) = (containers.First, containers.Second);

        // When: both install the same package at the same time
        var results = await Task.WhenAll(
            first.ExecAsync(["apt-get", "install", "-y", "--no-install-recommends", "sl"]),
            second.ExecAsync(["apt-get", "install", "-y", "--no-install-recommends", "sl"]));

        // Then: both succeed, and the package is pooled once, whole
        foreach (var result in results)
        {
            result.ExitCode.ShouldBe(0, result.Stderr);
            result.Stderr.ShouldNotContain("Could not get lock");
        }

        var pooled = await first.ExecAsync(["sh", "-c", $"cd {AptArchiveCache.PoolPath} && ls sl_*.deb && ls -a | grep -c '^.partial' || true"]);
        pooled.Stdout.ShouldStartWith("sl_");
        pooled.Stdout.TrimEnd().ShouldEndWith("\n0");
        (await first.ExecAsync(["sh", "-c", $"dpkg-deb --info {AptArchiveCache.PoolPath}/sl_*.deb >/dev/null && echo whole"])).Stdout.ShouldBe("whole\n");
    }

    [Theory]
    [InlineData("debian:bookworm", "bookworm")]
    [InlineData("debian:trixie:systemd", "trixie")]
    [InlineData("debian:bullseye:plain", "bullseye")]
    public void Each_release_has_its_own_cache_so_a_bookworm_package_never_serves_trixie(string platform, string release)
    {
        // Given a platform
        // When its release's cache is looked up
        var key = AptArchiveCache.ReleaseOf(Platform.Parse(platform), null);

        // Then it is the release's, and so is the volume
        key.ShouldBe(release);
        AptArchiveCache.VolumeOf(key!).ShouldBe("iactest-apt-archives-" + release);
    }

    [Fact]
    public void The_debian_base_images_share_bookworm_and_images_the_harness_cannot_tell_get_no_cache()
    {
        AptArchiveCache.ReleaseOf(null, BaseImage.Debian).ShouldBe("bookworm");
        AptArchiveCache.ReleaseOf(null, BaseImage.DebianPython).ShouldBe("bookworm");
        AptArchiveCache.ReleaseOf(null, BaseImage.Busybox).ShouldBeNull();
        AptArchiveCache.ReleaseOf(null, null).ShouldBeNull();
    }

    // apt-get prints one "Get:" line per file it fetches from a mirror.
    private static IReadOnlyList<string> FetchLines(CommandResult result) =>
        [.. result.Stdout.Split('\n').Where(line => line.StartsWith("Get:", StringComparison.Ordinal))];

    /// <summary>
    /// Two bookworm containers with a cache volume of their own (the release's shared one holds whatever other runs put
    /// there), package lists updated. A start failure is rethrown by each test that uses them.
    /// </summary>
    public sealed class TwoContainers : IAsyncLifetime
    {
        private readonly string volume = "iactest-apt-archives-test-" + Guid.NewGuid().ToString("N")[..12];
        private readonly List<IacEnvironment> environments = [];
        private Exception? failure;

        public IacEnvironment First => Started(0);

        public IacEnvironment Second => Started(1);

        public async Task InitializeAsync()
        {
            if (!(await DockerEngine.ProbeAsync()).IsAvailable && !DockerEngine.EngineRequired)
            {
                failure = new EngineUnavailableException(DockerEngine.UnavailableReason!);
                return;
            }

            try
            {
                var builder = new EnvironmentBuilder().WithBaseImage(BaseImage.Debian).WithAptArchiveVolume(volume);
                environments.AddRange(await Task.WhenAll(builder.StartAsync(), builder.StartAsync()));
                foreach (var updated in await Task.WhenAll(environments.Select(environment => environment.ExecAsync(["apt-get", "update", "-qq"]))))
                {
                    updated.EnsureSuccess("apt-get update");
                }
            }
            catch (Exception e)
            {
                failure = e;
            }
        }

        public async Task DisposeAsync()
        {
            foreach (var environment in environments)
            {
                await environment.DisposeAsync();
            }

            if (environments.Count > 0)
            {
                await Docker.RunAsync("volume", "rm", "-f", volume);
            }
        }

        private IacEnvironment Started(int index) =>
            failure is null ? environments[index] : throw new InvalidOperationException("the containers did not start: " + failure.Message, failure);
    }
}
