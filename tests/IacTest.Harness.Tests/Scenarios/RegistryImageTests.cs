using IacTest.Harness.Environments;
using IacTest.Harness.Images;
using IacTest.Harness.Xunit;

namespace IacTest.Harness.Tests.Scenarios;

public sealed class RegistryImageTests
{
    [DockerFact]
    public async Task An_image_that_is_not_here_and_whose_registry_does_not_answer_fails_at_once_saying_what_to_do()
    {
        // Given: an image of a registry that cannot answer (the .invalid domain never resolves)
        var builder = new EnvironmentBuilder().WithImage("registry.iactest.invalid/shop/api:1.4.2");

        // When
        var error = await Should.ThrowAsync<ImageUnavailableException>(() => builder.StartAsync());

        // Then
        error.Message.ShouldStartWith("image registry.iactest.invalid/shop/api:1.4.2 is not on this machine and its registry registry.iactest.invalid does not answer (");
        error.Message.ShouldContain("), so it cannot be pulled. Use an image the harness builds offline (WithPlatform(\"debian:bookworm\"), WithBaseImage, WithDockerfile), load it with 'docker load -i <file>'");
    }

    [DockerFact]
    public async Task An_image_that_is_here_is_used_without_asking_any_registry()
    {
        // Given: a local image whose name looks like a Docker Hub one
        var local = await BaseImages.EnsureAsync(BaseImage.Busybox);

        // When
        var resolved = await RegistryImages.EnsureAvailableAsync(local);

        // Then
        resolved.ShouldBe(local);
    }

    [Theory]
    [InlineData("nginx:1.27", "registry-1.docker.io")]
    [InlineData("library/nginx", "registry-1.docker.io")]
    [InlineData("docker.io/library/nginx:1.27", "registry-1.docker.io")]
    [InlineData("ghcr.io/acme/api:2.0", "ghcr.io")]
    [InlineData("registry.local:5000/team/app", "registry.local:5000")]
    [InlineData("localhost/app:dev", "localhost")]
    [InlineData("iactest/debian:0644ffc76b16", "registry-1.docker.io")]
    public void The_registry_of_a_reference_is_read_as_the_docker_command_reads_it(string reference, string registry) =>
        RegistryImages.RegistryOf(reference).ShouldBe(registry);
}
