using System.Reflection;
using IacTest.Harness.Checks;
using IacTest.Harness.Checks.Dsl;
using IacTest.Harness.Drift;
using IacTest.Harness.Xunit;

namespace IacTest.Harness.Tests.Drift;

public sealed class StateDriftDataTests(BastionFleetFixture fleet) : IClassFixture<BastionFleetFixture>
{
    // Rows made when the theory runs, after the fixture wrote the host list: one passing row per resource of the clean bastion.
    [DockerTheory]
    [StateDriftData("${" + BastionFleetFixture.CleanHostsVariable + "}", Goss = "Drift/Fixtures/bastion/goss.yaml",
        Checks = nameof(Hardening), KnownHostsFile = "${" + BastionFleetFixture.KnownHostsVariable + "}", ConnectTimeoutSeconds = 60)]
    public void The_clean_bastion_matches_its_desired_state(StateDriftCase row)
    {
        row.Row.Host.ShouldBe("bastion1");
        row.Assert();
    }

    internal static void Hardening(SmokeChecks checks) =>
        checks.File("/etc/ssh/sshd_config.d/10-hardening.conf", f => f.Contains("PermitRootLogin no").Mode("0600"));

    [DockerFact]
    public void Each_host_and_resource_is_a_row_and_a_drifted_resource_fails_with_its_position()
    {
        // Given
        _ = fleet.Servers;
        var attribute = new StateDriftDataAttribute("${" + BastionFleetFixture.HostsVariable + "}")
        {
            Goss = "Drift/Fixtures/bastion/goss.yaml",
            KnownHostsFile = "${" + BastionFleetFixture.KnownHostsVariable + "}",
            ConnectTimeoutSeconds = 60,
        };

        // When
        var rows = attribute.GetData(Method()).Select(data => (StateDriftCase)data[0]).ToList();

        // Then
        rows.Count.ShouldBe(2 * BastionFleetFixture.Checks.Count);
        rows.Select(r => r.ToString()).ShouldContain("bastion2 · user:intruder");
        rows.Where(r => r.Row.Host == "bastion1").ShouldAllBe(r => r.Row.IsClean);
        var motd = rows.Single(r => r.ToString() == "bastion2 · file:/etc/motd");
        var failure = Should.Throw<StateDriftException>(motd.Assert);
        failure.Message.ShouldStartWith(BastionFleetFixture.GossFile + "(4): bastion2 · file:/etc/motd: file:/etc/motd: 1 of 4 attribute(s) failed");
    }

    [DockerFact]
    public void An_inventory_and_a_pattern_give_the_hosts_and_each_is_reached_through_its_inventory_variables()
    {
        // Given: the pattern leaves out the local workstation, which state drift could not reach over SSH
        _ = fleet.Servers;
        var attribute = new StateDriftDataAttribute
        {
            Inventory = "${" + BastionFleetFixture.InventoryVariable + "}",
            Pattern = "prod:&bastions",
            Goss = "Drift/Fixtures/bastion/goss.yaml",
            KnownHostsFile = "${" + BastionFleetFixture.KnownHostsVariable + "}",
            ConnectTimeoutSeconds = 60,
        };

        // When
        var rows = attribute.GetData(Method()).Select(data => (StateDriftCase)data[0]).ToList();

        // Then: both bastions answered (no host row), only the one changed by hand drifted
        rows.Count.ShouldBe(2 * BastionFleetFixture.Checks.Count);
        rows.ShouldNotContain(r => r.Row.Resource == StateDriftRow.HostRow);
        rows.Where(r => r.Row.Host == "bastion1").ShouldAllBe(r => r.Row.IsClean);
        rows.Where(r => !r.Row.IsClean).Select(r => r.Row.Resource).ShouldBe(
            ["file:/etc/motd", "package:less", "service:cron", "user:intruder"], ignoreOrder: true);
    }

    [Fact]
    public void A_pattern_that_selects_a_host_state_drift_cannot_reach_is_one_failing_row_with_its_position()
    {
        // Given
        var inventory = Path.Combine(Path.GetTempPath(), $"iactest-inventory-{Guid.NewGuid():N}.ini");
        File.WriteAllText(inventory, "[web]\nweb1 ansible_host=10.0.0.5\n\n[workstations]\nlaptop ansible_connection=local\n");
        try
        {
            var attribute = new StateDriftDataAttribute { Inventory = inventory, Pattern = "all", Goss = "Drift/Fixtures/bastion/goss.yaml" };

            // When
            var rows = attribute.GetData(Method()).Select(data => (StateDriftCase)data[0]).ToList();

            // Then
            rows.Count.ShouldBe(1);
            Should.Throw<StateDriftException>(rows[0].Assert).Message.ShouldBe(
                $"(setup) · {inventory} all: {inventory}(5,1): host laptop: ansible_connection is 'local'; state drift checks hosts over SSH only");
        }
        finally
        {
            File.Delete(inventory);
        }
    }

    [Fact]
    public void A_host_list_that_cannot_be_read_is_one_failing_row_with_the_position()
    {
        // Given
        var list = Path.Combine(Path.GetTempPath(), $"iactest-hosts-{Guid.NewGuid():N}.txt");
        File.WriteAllText(list, "web1 10.0.0.5 user=deploy\nweb2 10.0.0.6 port=ssh\n");
        try
        {
            var attribute = new StateDriftDataAttribute(list) { Goss = "Drift/Fixtures/bastion/goss.yaml" };

            // When
            var rows = attribute.GetData(Method()).Select(data => (StateDriftCase)data[0]).ToList();

            // Then
            rows.Count.ShouldBe(1);
            Should.Throw<StateDriftException>(rows[0].Assert).Message.ShouldBe($"(setup) · {list}: {list}(2,15): port must be a number from 1 to 65535, not 'ssh'");
        }
        finally
        {
            File.Delete(list);
        }
    }

    private static MethodInfo Method() => typeof(StateDriftDataTests).GetMethod(nameof(The_clean_bastion_matches_its_desired_state))!;
}
