using IacTest.Harness.Engine;
using IacTest.Harness.Environments;
using IacTest.Harness.Images;
using IacTest.Harness.Xunit;

namespace IacTest.Harness.Tests.Engine;

public sealed class DockerEngineTests
{
    [DockerFact]
    public async Task The_engine_is_found_and_its_api_version_is_negotiated()
    {
        // When
        var info = await DockerEngine.RequireAsync();
        var expected = (await Docker.RunAsync("version", "--format", "{{.Server.APIVersion}}")).Trim();

        // Then
        info.ApiVersion.ToString().ShouldBe(expected);
        if (info.ApiVersion < DockerEngine.TestcontainersApiVersion)
        {
            Environment.GetEnvironmentVariable("DOCKER_API_VERSION").ShouldBe(expected);
        }

        Environment.GetEnvironmentVariable("TESTCONTAINERS_RYUK_DISABLED").ShouldBe("true");
        DotNet.Testcontainers.Configurations.TestcontainersSettings.ResourceReaperEnabled.ShouldBeFalse();
    }

    [Fact]
    public async Task A_socket_that_does_not_answer_gives_one_line_with_the_fix()
    {
        // Given
        var endpoint = new DockerEndpoint(new Uri("unix:///tmp/iactest-no-such.sock"), "test");
        using var api = new DockerApi(endpoint, timeout: TimeSpan.FromSeconds(2));

        // When
        var error = await Should.ThrowAsync<HttpRequestException>(() => api.GetVersionAsync());

        // Then
        error.Message.ShouldNotBeNullOrEmpty();
        DockerEngine.Candidates().ShouldNotBeEmpty();
    }

    [DockerFact]
    public void Docker_fact_runs_when_an_engine_answers()
    {
        DockerEngine.IsAvailable.ShouldBeTrue();
        DockerEngine.UnavailableReason.ShouldBeNull();
    }

    [DockerFact]
    public async Task Base_image_tags_match_the_shell_script_and_carry_labels()
    {
        // Given
        var script = Path.Combine(RepositoryRoot(), "eng", "build-images.sh");

        // When
        var output = await RunAsync("bash", script, "busybox");
        var tag = await BaseImages.EnsureAsync(BaseImage.Busybox);

        // Then
        output.ShouldContain($"[build-images] busybox: {tag} present");
        tag.ShouldBe(BaseImages.TagOf(BaseImage.Busybox));
        (await Docker.RunAsync("image", "inspect", "-f", "{{index .Config.Labels \"iactest.image\"}} {{index .Config.Labels \"iactest.recipe-hash\"}}", tag))
            .Trim().ShouldBe($"busybox {tag.Split(':')[1]}");
    }

    [DockerFact]
    public async Task A_users_dockerfile_is_built_once_by_content_hash()
    {
        // Given
        var context = Directory.CreateTempSubdirectory("iactest-dockerfile-");
        var busybox = await BaseImages.EnsureAsync(BaseImage.Busybox);
        await File.WriteAllTextAsync(Path.Combine(context.FullName, "Dockerfile"), $"FROM {busybox}\nCOPY motd /etc/motd\n");
        await File.WriteAllTextAsync(Path.Combine(context.FullName, "motd"), "built from a Dockerfile\n");
        var progress = new List<string>();

        // When
        var first = await DockerfileImage.EnsureAsync(context.FullName, progress: progress.Add);
        var second = await DockerfileImage.EnsureAsync(context.FullName, progress: progress.Add);
        await using var env = await new EnvironmentBuilder().WithDockerfile(context.FullName).StartAsync();

        // Then
        second.ShouldBe(first);
        progress.Count(l => l.StartsWith("building ", StringComparison.Ordinal)).ShouldBeLessThanOrEqualTo(1);
        (await env.ReadFileAsync("/etc/motd")).ShouldBe("built from a Dockerfile\n");
        await Docker.RunAsync("rmi", "-f", first);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "eng", "build-images.sh")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("repository root not found");
    }

    private static async Task<string> RunAsync(string file, params string[] arguments)
    {
        var info = new System.Diagnostics.ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in arguments)
        {
            info.ArgumentList.Add(a);
        }

        using var process = System.Diagnostics.Process.Start(info)!;
        var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return output;
    }
}
