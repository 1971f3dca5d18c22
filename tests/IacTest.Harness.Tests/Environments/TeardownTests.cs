using IacTest.Harness.Checks;
using IacTest.Harness.Checks.Dsl;
using IacTest.Harness.Environments;
using IacTest.Harness.Images;
using IacTest.Harness.Reaping;
using IacTest.Harness.Xunit;

namespace IacTest.Harness.Tests.Environments;

public sealed class TeardownTests
{
    [DockerFact]
    public async Task A_failed_assertion_marks_the_environment_and_it_is_still_removed_by_default()
    {
        // Given
        var env = await new EnvironmentBuilder().WithBaseImage(BaseImage.Busybox).WithKeepOnFailure(false)
            .WithCommand("sh", "-c", "echo booting; exec tail -f /dev/null").StartAsync();

        // When
        var error = await Should.ThrowAsync<SmokeCheckException>(() => new SmokeChecks(env).File("/etc/nope", f => f.Exists()).AssertAsync());
        await env.DisposeAsync();

        // Then
        env.HasFailed.ShouldBeTrue();
        error.Message.ShouldContain("exists: expected true, actual false");
        error.Message.ShouldContain("logs, last 50 lines:\n  booting\n", Case.Sensitive, error.Message);
        (await Docker.ContainerExistsAsync(env.ContainerId)).ShouldBeFalse();
    }

    [DockerFact]
    public async Task Keep_on_failure_keeps_the_failed_environment_and_prints_how_to_enter_it()
    {
        // Given
        var lines = new List<string>();
        var env = await new EnvironmentBuilder().WithBaseImage(BaseImage.Busybox).WithKeepOnFailure().WithLog(lines.Add).StartAsync();
        var originalName = env.ContainerName;

        // When
        env.MarkFailed("check failed");
        await env.DisposeAsync();

        // Then
        try
        {
            env.ContainerName.ShouldBe(HarnessSession.KeptNamePrefix + originalName["iactest-".Length..]);
            lines.ShouldBe([$"kept failed environment {env.ContainerName} (IACTEST_KEEP_ON_FAILURE=1); enter it with: docker exec -it {env.ContainerName} sh  remove it with: docker rm -f {env.ContainerName}"]);
            (await Docker.RunAsync("inspect", "-f", "{{.State.Running}}", env.ContainerName)).Trim().ShouldBe("true");
        }
        finally
        {
            await Docker.RunAsync("rm", "-f", env.ContainerName);
        }
    }

    [DockerFact]
    public async Task A_passing_environment_is_removed_even_with_keep_on_failure()
    {
        var env = await new EnvironmentBuilder().WithBaseImage(BaseImage.Busybox).WithKeepOnFailure().StartAsync();
        var id = env.ContainerId;

        await env.DisposeAsync();

        (await Docker.ContainerExistsAsync(id)).ShouldBeFalse();
    }

    [DockerFact]
    public async Task An_exception_inside_await_using_still_removes_the_environment()
    {
        string? id = null;

        await Should.ThrowAsync<InvalidOperationException>(async () =>
        {
            await using var env = await new EnvironmentBuilder().WithBaseImage(BaseImage.Busybox).StartAsync();
            id = env.ContainerId;
            throw new InvalidOperationException("test body failed");
        });

        (await Docker.ContainerExistsAsync(id!)).ShouldBeFalse();
    }

    [DockerFact]
    public async Task A_cancelled_start_leaves_nothing_behind()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));
        var label = Guid.NewGuid().ToString("N");

        await Should.ThrowAsync<Exception>(() => new EnvironmentBuilder().WithBaseImage(BaseImage.Busybox).WithLabel("test.run", label).StartAsync(cts.Token));
        await Task.Delay(500);

        (await Docker.ListAsync("label=test.run=" + label)).ShouldBeEmpty();
    }
}
