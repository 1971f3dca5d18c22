using IacTest.Harness.Drift;
using IacTest.Harness.Targets;

namespace Audit.Tests;

/// <summary>The machine the audit runs on, checked against runner.goss.yaml; the report goes where the pipeline reads it.</summary>
public class RunnerStateAudit
{
    private static readonly string Project = typeof(RunnerStateAudit).Assembly
        .GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
        .Cast<System.Reflection.AssemblyMetadataAttribute>()
        .Single(a => a.Key == "IacTest.ProjectDirectory").Value!;

    [Fact]
    public async Task The_runner_matches_the_repository()
    {
        var checks = StateCheck.FromGoss(GossSuite.Load(Path.Combine(Project, "runner.goss.yaml")));
        var state = await StateDriftRun.RunAsync([new("runner", LocalHost.Instance)], checks, maxParallelHosts: 1);

        var report = state.ToDriftReport(Path.Combine(Project, ".."));
        var folder = Environment.GetEnvironmentVariable("DRIFT_REPORT_DIR") ?? Path.Combine(Project, "TestResults", "drift");
        await report.WriteSarifAsync(Path.Combine(folder, "drift.sarif"));
        await report.WriteJsonAsync(Path.Combine(folder, "drift.json"));
        report.HasDrift.ShouldBeFalse(report.Describe());
    }
}
