using IacTest.Harness.Converge;
using IacTest.Harness.Environments;
using IacTest.Harness.Images;
using IacTest.Harness.Tests.Modules;
using IacTest.Harness.Xunit;
using Xunit.Abstractions;

namespace IacTest.Harness.Tests.Scenarios;

public sealed class ConvergeSpeedSettingsTests(ITestOutputHelper output)
{
    [DockerFact]
    public async Task Facts_are_reused_only_after_a_run_that_changed_nothing()
    {
        // Given
        await using var environment = await new EnvironmentBuilder().WithBaseImage(BaseImage.DebianPython).StartAsync();
        var run = AnsiblePlaybookRun.Role(TestPaths.Role("web_users")).WithEnvironment(environment).WithOutput(output.WriteLine);

        // When: converge (changes), idempotence (changes nothing), a third run
        var converge = await run.ConvergeAsync();
        var idempotence = await run.ShouldBeIdempotentAsync();
        var third = await run.ConvergeAsync();

        // Then: the changing converge's facts were not reused; the unchanged machine's were
        converge.Tasks.ShouldContain(task => task.Task == "Gathering Facts");
        idempotence.Tasks.ShouldContain(task => task.Task == "Gathering Facts");
        third.Tasks.ShouldNotContain(task => task.Task == "Gathering Facts");
        third.For("instance").Changed.ShouldBe(0);

    }

    [Fact]
    public void Fact_caching_applies_to_containers_and_the_local_machine_but_not_to_ssh_hosts_and_pipelining_to_the_local_machine_only()
    {
        // Given
        var container = new Dictionary<string, string>(StringComparer.Ordinal);
        var local = new Dictionary<string, string>(StringComparer.Ordinal);
        var ssh = new Dictionary<string, string>(StringComparer.Ordinal);
        var sshHost = new AnsibleHost("web1", new Dictionary<string, string>(StringComparer.Ordinal) { ["ansible_connection"] = "ssh", ["ansible_host"] = "10.0.0.5" });

        // When
        ConvergeSpeedSettings.Apply([AnsibleHost.Container("shop-1", "instance"), AnsibleHost.Localhost()], container);
        ConvergeSpeedSettings.Apply([AnsibleHost.Localhost()], local);
        ConvergeSpeedSettings.Apply([AnsibleHost.Container("shop-1", "instance"), sshHost], ssh);

        // Then: docker exec's standard input is not trusted with a module unless asked for
        container.ShouldNotContainKey("ANSIBLE_PIPELINING");
        container["ANSIBLE_GATHERING"].ShouldBe("smart");
        container["ANSIBLE_CACHE_PLUGIN"].ShouldBe("jsonfile");
        local["ANSIBLE_PIPELINING"].ShouldBe("True");
        ssh.ShouldBeEmpty();
    }
}
