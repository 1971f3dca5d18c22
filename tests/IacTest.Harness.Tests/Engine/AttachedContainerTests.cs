using IacTest.Harness.Engine;
using IacTest.Harness.Environments;
using IacTest.Harness.Xunit;

namespace IacTest.Harness.Tests.Engine;

public sealed class AttachedContainerTests
{
    [DockerFact]
    public async Task A_file_written_to_an_attached_container_that_stopped_fails_with_the_engines_reason()
    {
        // Given: a container attached while it ran, stopped since
        await using var environment = await new EnvironmentBuilder().StartAsync();
        var attached = await (await ContainerEngine.ConnectAsync()).AttachAsync(environment.ContainerName);
        await Docker.RunAsync("kill", environment.ContainerId);

        // When: more content than a pipe holds, so the docker command exits before reading it all
        var error = await Should.ThrowAsync<IOException>(() => attached.CopyAsync(new byte[1 << 20], "/tmp/large", FileModes.File644));

        // Then: the engine's answer, not the broken pipe
        error.Message.ShouldStartWith($"cannot write /tmp/large in {environment.ContainerName}: ");
        error.Message.ShouldContain("is not running");
    }
}
