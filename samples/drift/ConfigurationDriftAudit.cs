using IacTest.Harness.Drift;
using IacTest.Harness.Targets;

namespace DriftAudit.Tests;

/// <summary>
/// Configuration drift: the repository's playbook (audit/site.yml) run by ansible-playbook in check mode with diff
/// against the same inventory and pattern as the state audit. A task that would change a host is drift at its line;
/// nothing on the hosts changes.
/// </summary>
[Collection(BastionsCollection.Name)]
public sealed class ConfigurationDriftAudit(Bastions bastions)
{
    [DockerFact]
    public async Task A_hand_edit_is_configuration_drift_at_its_task_and_the_check_changes_nothing()
    {
        // Given: someone raised MaxAuthTries on bastion2 by hand
        _ = bastions.Servers;
        var bastion2 = bastions.Servers.Servers[1];
        const string Edited = "PermitRootLogin no\nMaxAuthTries 10\n";
        (await bastion2.Environment.RunAsync(new TargetCommand(["/bin/sh", "-c", "cat > /etc/ssh/sshd_config.d/10-hardening.conf"]) { StandardInput = Edited }))
            .EnsureSuccess();
        try
        {
            // When
            var report = await ConfigurationDriftCheck.For(SamplePaths.Audit("site.yml"), Environment.GetEnvironmentVariable("AUDIT_INVENTORY")!)
                .WithRepositoryRoot(SamplePaths.Root)
                .WithLimit("bastions:&prod")
                .RunAsync();

            // Then: one entry, at the task's line, with the diff; the other bastions are clean
            report.Hosts.ShouldBe(["bastion1", "bastion2", "bastion3"], ignoreOrder: true);
            var drift = report.Entries.ShouldHaveSingleItem(report.Describe());
            drift.Kind.ShouldBe(ReportEntryKind.ConfigurationDrift);
            drift.Host.ShouldBe("bastion2");
            drift.Location!.ToString().ShouldBe("audit/site.yml:16");
            var diff = drift.Diff.ShouldNotBeNull();
            diff.ShouldContain("-MaxAuthTries 10");
            diff.ShouldContain("+MaxAuthTries 3");

            // And the check only looked: the edit is still there
            (await bastion2.Environment.RunAsync("cat", "/etc/ssh/sshd_config.d/10-hardening.conf")).Stdout.ShouldBe(Edited);
        }
        finally
        {
            (await bastion2.Environment.RunAsync(new TargetCommand(["/bin/sh", "-c", "cat > /etc/ssh/sshd_config.d/10-hardening.conf"])
            {
                StandardInput = "PermitRootLogin no\nMaxAuthTries 3\n",
            })).EnsureSuccess();
        }
    }
}
