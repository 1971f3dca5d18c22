using IacTest.Harness.Checks;
using IacTest.Harness.Goss;
using IacTest.Harness.Tests.Checks;
using IacTest.Harness.Xunit;

namespace IacTest.Harness.Tests.Goss;

public sealed class GossBusyboxTests(BusyboxSmokeFixture fixture) : IClassFixture<BusyboxSmokeFixture>
{
    [DockerTheory]
    [GossData("Goss/Fixtures/busybox.yaml", RetryTimeoutSeconds = 5)]
    public Task Every_resource_type_passes(GossCase check) => check.AssertAsync(fixture.Environment);

    [Fact]
    public void Each_resource_of_the_file_and_its_includes_is_one_row()
    {
        var rows = new GossDataAttribute("Goss/Fixtures/busybox.yaml").GetData(typeof(GossBusyboxTests).GetMethod(nameof(Every_resource_type_passes))!)
            .Select(r => r[0].ToString()).ToList();
        rows.ShouldBe([
            "user:app", "user:ghost", "group:web", "group:skipped-group",
            "dns:app.internal", "dns:A:app.internal",
            "port:tcp:8080", "port:tcp:9", "http:http://127.0.0.1:8080/index.html", "http:http://127.0.0.1:8080/missing",
            "addr:tcp://127.0.0.1:8080", "addr:tcp://127.0.0.1:9",
            "file:/etc/app.conf (application config)", "file:/etc/app.link", "file:/etc/missing.conf",
            "package:busybox", "service:httpd", "process:httpd", "process:nginx",
            "command:echo hello; echo warn >&2", "command:uname -s", "kernel-param:kernel.hostname",
            "mount:/scratch", "interface:lo", "interface:eth0",
        ]);
    }

    [DockerFact]
    public async Task Every_resource_type_can_fail_with_expected_and_actual()
    {
        // Given
        var suite = GossSuite.Load(GossDataAttribute.Locate("Goss/Fixtures/failing.yaml"));

        // When
        var report = await suite.RunAsync(fixture.Environment);

        // Then
        report.Results.Count.ShouldBe(14);
        report.Results.Where(r => r.Passed).Select(r => r.Check.Label).ShouldBeEmpty();
        var lines = report.Failures.Select(f => f.Check.Label + " | " + string.Join(" | ", f.Outcomes.Where(o => !o.Passed).Select(o => o.Describe()))).ToList();
        lines.ShouldBe([
            "file:/etc/app.conf | mode: expected \"0644\", actual \"0640\" | contents: expected have-patterns [\"workers 8\"], actual \"listen 8080\\nworkers 4\\n\"",
            "package:busybox | installed: expected true, actual false",
            "service:crond | running: expected true, actual false",
            "port:tcp:9 | listening: expected true, actual false",
            "http:http://127.0.0.1:8080/index.html | status: expected gt 299, actual 200",
            "command:exit 2 | exit-status: expected 0, actual 2",
            "user:app | groups: expected contain-element \"root\", actual [\"app\", \"web\"]",
            "group:ghosts | exists: expected true, actual false",
            "process:nginx | running: expected true, actual false",
            "addr:tcp://127.0.0.1:9 | reachable: expected true, actual false",
            "dns:app.internal | addrs: expected contain-elements [\"10.0.0.1\"], actual [\"127.0.0.1\"]",
            "kernel-param:kernel.hostname | value: expected have-prefix \"web\", actual \"smoke01\"",
            "mount:/scratch | filesystem: expected \"ext4\", actual \"tmpfs\"",
            "interface:lo | mtu: expected lt 1500, actual 65536",
        ]);
    }

    [DockerFact]
    public async Task A_failing_row_reports_evidence_and_the_environment_logs()
    {
        // Given
        var suite = GossSuite.Load(GossDataAttribute.Locate("Goss/Fixtures/failing.yaml"));
        var check = suite.Resources.Single(r => r.Label == "command:exit 2").Check;

        // When
        var result = await check.RunAsync(fixture.Environment);
        var error = await SmokeCheckException.CreateAsync(fixture.Environment, new SmokeReport([result]));

        // Then
        error.Message.ShouldStartWith("smoke checks: 0 of 1 passed\ncommand:exit 2: 1 of 1 attribute(s) failed (1 attempt, ");
        error.Message.ShouldContain("  exit-status: expected 0, actual 2\n  evidence:\n    $ exit 2\n    exit 2\n");
        error.Message.ShouldContain($"environment {fixture.Environment.ContainerName} (iactest/busybox:");
        error.Message.ShouldContain("logs, last 50 lines:\n  (no log output)\n");
        error.Message.ShouldContain("docker exec -it <name> sh");
    }
}
