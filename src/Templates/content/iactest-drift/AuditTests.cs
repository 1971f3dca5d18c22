using IacTest.Harness.Drift;

namespace DriftProject.Tests;

/// <summary>
/// The audit: every host the inventory's pattern selects, checked against audit/desired-state.goss.yaml and the C#
/// checks below, one test row per host and resource. A failing row is drift, named with the goss line it breaks, or a
/// host that could not be checked, with the reason. The inventory and the desired state are checked on every run, so a
/// mistake in them fails the pull request that makes it, not the next night's audit.
/// </summary>
public sealed class AuditTests
{
    private const string Inventory = "IACTEST_INVENTORY";
    private const string Pattern = "IACTEST_PATTERN";
    private const string DesiredState = "audit/desired-state.goss.yaml";

    [LiveAuditTheory]
    [StateDriftData(Inventory = Inventory, Pattern = Pattern, Goss = DesiredState, Checks = nameof(SshHardening),
        KnownHostsFile = "${" + LiveAuditTheoryAttribute.KnownHostsVariable + "}")]
    public void Hosts_match_what_git_declares(StateDriftCase row) => row.Assert();

    // Checks that read better in C# than in YAML run on the same hosts as the goss file.
    internal static void SshHardening(SmokeChecks checks) => checks
        .File("/etc/ssh/sshd_config", f => f.Contains("!/^PermitEmptyPasswords yes/"));

    [Fact]
    public void The_pattern_selects_hosts_the_audit_can_reach()
    {
        // When: the inventory read as Ansible reads it (groups, children, group_vars/, host_vars/)
        var hosts = StateInventoryHosts.Load(ProjectFiles.Path(Inventory), Pattern);

        // Then: a host state drift cannot reach over SSH (a local connection, a templated address) was already refused
        hosts.ShouldNotBeEmpty();
        hosts.ShouldAllBe(host => host.Address.Length > 0);
    }

    [Fact]
    public void The_desired_state_is_valid_goss()
    {
        // When
        var suite = GossSuite.Load(ProjectFiles.Path(DesiredState));

        // Then
        suite.Diagnostics.ShouldBeEmpty();
        suite.Resources.ShouldNotBeEmpty();
    }
}
