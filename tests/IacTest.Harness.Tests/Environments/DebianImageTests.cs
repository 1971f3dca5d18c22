using IacTest.Harness.Environments;
using IacTest.Harness.Images;
using IacTest.Harness.Targets;
using IacTest.Harness.Xunit;

namespace IacTest.Harness.Tests.Environments;

/// <summary>The locally built Debian images behave as a role expects of a fresh Debian machine.</summary>
public sealed class DebianImageTests
{
    [DockerTheory]
    [InlineData(BaseImage.Debian)]
    [InlineData(BaseImage.DebianPython)]
    public async Task Its_empty_package_cache_never_passes_for_a_fresh_one(BaseImage image)
    {
        // Given a container of an image that may have been built a minute ago
        await using var env = await new EnvironmentBuilder().WithBaseImage(image).StartAsync();

        // When the age of its package lists is read the way Ansible's apt module reads it for cache_valid_time
        var lists = await env.ExecAsync("stat", "-c", "%Y", "/var/lib/apt/lists");
        var content = await env.ExecAsync("sh", "-c", "ls /var/lib/apt/lists | grep -c _Packages || true");

        // Then the folder is dated 1970 and holds no lists, so `update_cache: true, cache_valid_time: N` updates it
        lists.ShouldBe(new CommandResult(0, "0\n", string.Empty));
        content.Stdout.ShouldBe("0\n");
    }
}
