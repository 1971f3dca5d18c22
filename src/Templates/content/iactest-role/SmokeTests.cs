namespace RoleProject.Tests;

/// <summary>The converged machine checked from inside the container: goss/webapp.yaml row by row, and the same in C#.</summary>
[Collection(ConvergedRoleCollection.Name)]
public sealed class SmokeTests(ConvergedRole machine)
{
    [DockerTheory] // one row per goss resource, so a report names the one that failed
    [GossData("goss/webapp.yaml")]
    public Task Goss(GossCase check) => check.AssertAsync(machine.Environment);

    [DockerFact]
    public Task Only_the_account_reads_the_configuration() => new SmokeChecks(machine.Environment)
        .File("/etc/webapp/webapp.conf", f => f.Mode("0640").Owner("root").Group("webapp").Contains("data_dir = /var/lib/webapp"))
        .Command("su -s /bin/sh -c 'cat /etc/webapp/webapp.conf' nobody", c => c.ExitCode(1L))
        .AssertAsync();
}
