using IacTest.Harness.Environments;
using IacTest.Harness.Images;
using IacTest.Harness.Targets;
using IacTest.Harness.Xunit;

namespace IacTest.Harness.Tests.Environments;

public sealed class EnvironmentTests
{
    [DockerFact]
    public async Task Exec_returns_exit_code_stdout_and_stderr()
    {
        // Given
        await using var env = await new EnvironmentBuilder().WithBaseImage(BaseImage.Busybox).StartAsync();

        // When
        var result = await env.ExecAsync("sh", "-c", "echo out; echo err >&2; exit 3");

        // Then
        result.ShouldBe(new CommandResult(3, "out\n", "err\n"));
    }

    [DockerFact]
    public async Task Files_directories_env_hostname_and_limits_are_applied()
    {
        // Given
        var dir = Directory.CreateTempSubdirectory("iactest-env-");
        Directory.CreateDirectory(Path.Combine(dir.FullName, "tasks"));
        await File.WriteAllTextAsync(Path.Combine(dir.FullName, "tasks", "main.yml"), "- debug: msg=hi\n");
        var single = Path.Combine(dir.FullName, "single.txt");
        await File.WriteAllTextAsync(single, "one\n");

        // When
        await using var env = await new EnvironmentBuilder()
            .WithBaseImage(BaseImage.Busybox)
            .WithDirectory(dir.FullName, "/etc/ansible/roles/web")
            .WithFile(single, "/opt/single.txt")
            .WithFileContent("/opt/generated.conf", "key=value\n")
            .WithEnvironment("GREETING", "hello")
            .WithHostname("web01")
            .WithMemoryLimit(64 * 1024 * 1024)
            .WithCpuLimit(0.5)
            .StartAsync();

        // Then
        (await env.ReadFileAsync("/etc/ansible/roles/web/tasks/main.yml")).ShouldBe("- debug: msg=hi\n");
        (await env.ReadFileAsync("/opt/single.txt")).ShouldBe("one\n");
        (await env.ReadFileAsync("/opt/generated.conf")).ShouldBe("key=value\n");
        (await env.ExecAsync("stat", "-c", "%a", "/opt/single.txt", "/etc/ansible/roles/web/tasks/main.yml")).Stdout.ShouldBe("444\n444\n");
        (await env.ShellAsync("echo $GREETING; hostname")).Stdout.ShouldBe("hello\nweb01\n");
        (await env.ShellAsync("cat /sys/fs/cgroup/memory.max 2>/dev/null || cat /sys/fs/cgroup/memory/memory.limit_in_bytes")).Stdout.ShouldBe("67108864\n");
        (await env.ShellAsync("cat /proc/1/comm")).Stdout.ShouldBe("docker-init\n");
        dir.Delete(recursive: true);
    }

    [DockerFact]
    public async Task Copy_write_read_and_logs_work_on_a_running_environment()
    {
        // Given
        await using var env = await new EnvironmentBuilder()
            .WithBaseImage(BaseImage.Busybox)
            .WithCommand("sh", "-c", "echo started; echo warming >&2; exec tail -f /dev/null")
            .StartAsync();
        var host = Path.GetTempFileName();
        await File.WriteAllTextAsync(host, "copied\n");

        // When
        await env.CopyFileAsync(host, "/tmp/copied.txt");
        await env.WriteFileAsync("/tmp/written.txt", "written\n");

        // Then
        (await env.ReadFileAsync("/tmp/copied.txt")).ShouldBe("copied\n");
        (await env.ExecAsync("cat", "/tmp/written.txt")).Stdout.ShouldBe("written\n");
        var logs = await env.GetLogsAsync();
        logs.ShouldContain("started");
        logs.ShouldContain("warming");
        File.Delete(host);
    }

    [DockerFact]
    public async Task Published_port_answers_on_a_random_host_port()
    {
        // Given
        await using var env = await new EnvironmentBuilder()
            .WithBaseImage(BaseImage.Busybox)
            .WithFileContent("/www/index.html", "hello from busybox\n")
            .WithCommand("httpd", "-f", "-p", "8080", "-h", "/www")
            .WithPort(8080)
            .StartAsync();
        using var http = new HttpClient();

        // When
        var port = env.GetHostPort(8080);
        var body = await RetryAsync(() => http.GetStringAsync(new Uri($"http://{env.Host}:{port}/index.html")));

        // Then
        port.ShouldNotBe(8080);
        body.ShouldBe("hello from busybox\n");
    }

    [DockerFact]
    public async Task Dispose_removes_the_container()
    {
        // Given
        var env = await new EnvironmentBuilder().WithBaseImage(BaseImage.Busybox).StartAsync();
        var id = env.ContainerId;

        // When
        await env.DisposeAsync();

        // Then
        (await Docker.ContainerExistsAsync(id)).ShouldBeFalse();
    }

    [DockerFact]
    public async Task Containers_on_one_network_reach_each_other_by_alias()
    {
        // Given
        await using var network = await EnvironmentNetwork.CreateAsync();
        await using var server = await new EnvironmentBuilder().WithBaseImage(BaseImage.Busybox)
            .WithNetwork(network, "db").WithCommand("nc", "-ll", "-p", "5432", "-e", "echo", "pong").StartAsync();
        await using var client = await new EnvironmentBuilder().WithBaseImage(BaseImage.Busybox).WithNetwork(network).StartAsync();

        // When
        var result = await RetryAsync(async () => (await client.ShellAsync("nc db 5432 </dev/null")).EnsureSuccess());

        // Then
        result.Stdout.ShouldBe("pong\n");
    }

    [DockerFact]
    public async Task A_start_whose_image_cannot_be_had_fails_at_once_and_leaves_nothing_behind()
    {
        // Given: an image that is not here, whose registry (Docker Hub, from this offline machine) cannot serve it
        var builder = new EnvironmentBuilder().WithImage("iactest/does-not-exist:never").WithStartTimeout(TimeSpan.FromSeconds(20));

        // When
        var error = await Should.ThrowAsync<Exception>(() => builder.StartAsync());

        // Then: the error names the image, as a start failure or as the image no registry serves (the machine decides
        // which: a registry that answers refuses the pull, none answering is found before any container exists)
        (error is EnvironmentStartException or ImageUnavailableException).ShouldBeTrue(error.ToString());
        error.Message.ShouldContain("iactest/does-not-exist:never");
        (await Docker.ListAsync("ancestor=iactest/does-not-exist:never")).ShouldBeEmpty();
    }

    private static async Task<T> RetryAsync<T>(Func<Task<T>> action)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await action();
            }
            catch (Exception) when (attempt < 50)
            {
                await Task.Delay(100);
            }
        }
    }
}
