using Xunit.Abstractions;

namespace RoleProject.Tests;

/// <summary>The real ansible-playbook against the container: the first run changes the machine, a second run changes nothing.</summary>
[Collection(ConvergedRoleCollection.Name)]
public sealed class ConvergeTests(ConvergedRole machine, ITestOutputHelper output)
{
    [DockerFact]
    public void The_first_run_creates_the_account_the_folders_and_the_configuration()
    {
        machine.FirstRun.ChangedTasks.Select(task => task.Task).ShouldBe(
        [
            "Create the service account",
            "Create the data folder",
            "Create the configuration folder",
            "Write the configuration",
        ]);
    }

    [DockerFact]
    public async Task A_second_run_changes_nothing()
    {
        // When
        var second = await machine.Converge.WithOutput(output.WriteLine).ShouldBeIdempotentAsync();

        // Then
        second.For("instance").Changed.ShouldBe(0);
    }
}
