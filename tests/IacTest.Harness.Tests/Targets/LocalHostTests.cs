using IacTest.Harness.Checks;
using IacTest.Harness.Checks.Dsl;
using IacTest.Harness.Checks.Probes;
using IacTest.Harness.Environments;
using IacTest.Harness.Goss;
using IacTest.Harness.Targets;

namespace IacTest.Harness.Tests.Targets;

/// <summary>The probes against the machine the tests run on: no Docker needed.</summary>
public sealed class LocalHostTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("iactest-local-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Runs_argv_with_stdin_and_reports_exit_code_and_streams()
    {
        var result = await LocalHost.Instance.RunAsync(new TargetCommand(["/bin/sh", "-c", "cat; echo \"$1\" >&2; exit 4", "sh", "it's $HOME"]) { StandardInput = "in\n" });
        result.ShouldBe(new CommandResult(4, "in\n", "it's $HOME\n"));
    }

    [Fact]
    public async Task A_missing_program_is_exit_127_and_a_hanging_one_times_out_by_name()
    {
        var missing = await LocalHost.Instance.RunAsync("/nonexistent/tool");
        var hanging = await Should.ThrowAsync<TargetException>(() =>
            LocalHost.Instance.RunAsync(new TargetCommand(["sleep", "30"]) { Timeout = TimeSpan.FromMilliseconds(200) }));

        missing.ExitCode.ShouldBe(127);
        hanging.Reason.ShouldBe(TargetFailure.CommandTimeout);
        hanging.Message.ShouldEndWith(": sleep did not finish within 0.2 s");
    }

    [Fact]
    public async Task File_probe_reads_type_mode_contents_and_digest_of_a_local_file()
    {
        // Given
        var path = Path.Combine(_folder, "app.conf");
        await File.WriteAllTextAsync(path, "listen 8080\n");
        await LocalHost.Instance.RunAsync("chmod", "0640", path);

        // When
        var report = await new SmokeChecks(LocalHost.Instance)
            .File(path, f => f.IsFile().Mode("0640").Size(12L).Contains("listen 8080").Sha256("2ba3d61a2c0a6bde46c77bb5ce1a8ba00eacbe3f1da8b1a5ed1c4b2c65d3d6a1"))
            .File(Path.Combine(_folder, "missing"), f => f.Absent())
            .RunAsync();

        // Then
        report.Results[1].Passed.ShouldBeTrue(report.Describe());
        var first = report.Results[0];
        first.Outcomes.Where(o => !o.Passed).Select(o => o.Attribute).ShouldBe(["sha256"], "every attribute but the made-up digest matches");
    }

    [Fact]
    public async Task A_goss_suite_runs_against_the_local_machine()
    {
        // Given
        var goss = Path.Combine(_folder, "goss.yaml");
        await File.WriteAllTextAsync(goss, $"""
            file:
              {_folder}:
                filetype: directory
            user:
              root:
                exists: true
                uid: 0
            command:
              echo-ok:
                exec: echo ok
                exit-status: 0
                stdout: [ok]
            """);

        // When
        var report = await GossSuite.Load(goss).RunAsync(LocalHost.Instance);

        // Then
        report.Passed.ShouldBeTrue(report.Describe());
        report.Results.Count.ShouldBe(3);
    }

    [Fact]
    public async Task Quick_probes_of_one_moment_go_out_as_one_command()
    {
        // Given
        var counting = new CountingHost();
        var paths = Enumerable.Range(0, 6).Select(i => Path.Combine(_folder, $"f{i}")).ToList();
        paths.ForEach(p => File.WriteAllText(p, "x"));

        // When
        var results = await Task.WhenAll(paths.Select(p => new FileProbe(p).GatherAsync(counting, CancellationToken.None)));

        // Then
        // A batch gathers what is asked within a few milliseconds: a thread preempted in the middle of the six calls (a
        // loaded machine) splits them in two batches, so the proof is fewer commands than probes, not exactly one.
        results.ShouldAllBe(r => (bool?)r.Values["exists"] == true);
        counting.Commands.ShouldBeLessThan(paths.Count);
    }

    private sealed class CountingHost : ITargetHost
    {
        private int _commands;

        public int Commands => _commands;

        public string Description => "counting local machine";

        public Task<CommandResult> RunAsync(TargetCommand command, CancellationToken ct = default)
        {
            Interlocked.Increment(ref _commands);
            return LocalHost.Instance.RunAsync(command, ct);
        }

        public Task<byte[]> ReadFileAsync(string path, CancellationToken ct = default) => LocalHost.Instance.ReadFileAsync(path, ct);
    }
}
