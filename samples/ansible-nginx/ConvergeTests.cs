using Xunit.Abstractions;

namespace AnsibleNginx.Tests;

/// <summary>The real ansible-playbook against a Debian container: the first run changes the machine, the second changes nothing.</summary>
[Collection(ConvergedNginxCollection.Name)]
public sealed class ConvergeTests(ConvergedNginx nginx, ITestOutputHelper output)
{
    [DockerFact]
    public void The_first_run_installs_configures_and_starts_nginx()
    {
        // Then
        nginx.FirstRun.ChangedTasks.Select(task => task.Task).ShouldBe(
        [
            "Install nginx",
            "Disable the packaged default site",
            "Write the site configuration",
            "Enable the site",
            "Create the site root",
            "Write the index page",
            "Start nginx and enable it at boot",
            "Reload nginx",
        ]);
    }

    [DockerFact]
    public async Task A_second_run_changes_nothing()
    {
        // When
        var second = await nginx.Converge.WithOutput(output.WriteLine).ShouldBeIdempotentAsync();

        // Then
        second.For("instance").Changed.ShouldBe(0);
        second.Tasks.ShouldContain(task => task.Task == "Start nginx and enable it at boot");
    }
}
