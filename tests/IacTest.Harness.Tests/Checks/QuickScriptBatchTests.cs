using IacTest.Harness.Checks;
using IacTest.Harness.Environments;
using IacTest.Harness.Targets;
using IacTest.Harness.Xunit;

namespace IacTest.Harness.Tests.Checks;

public sealed class QuickScriptBatchTests(BusyboxSmokeFixture fixture) : IClassFixture<BusyboxSmokeFixture>
{
    // Outputs a batch must hand back byte for byte: no final newline, an empty one, quotes, a marker-like line, non-ASCII.
    private static readonly (string Script, string[] Arguments)[] Scripts =
    [
        ("printf 'no newline'", []),
        ("printf ''", []),
        ("echo \"$1|$2\"; echo oops >&2; exit 3", ["it's \"quoted\" $HOME `x`", "two words"]),
        ("printf 'IACTEST-BATCH-line\\n\\n'", []),
        ("printf 'caf\\303\\251 \\342\\234\\223\\n'", []),
        ("cat /nope", []),
    ];

    [DockerFact]
    public async Task Scripts_run_together_give_what_each_gives_alone()
    {
        var environment = fixture.Environment;
        var alone = new List<CommandResult>();
        foreach (var (script, arguments) in Scripts)
        {
            alone.Add(await environment.ExecAsync(["/bin/sh", "-c", script, "sh", .. arguments]));
        }

        var marker = "IACTEST-BATCH-" + Guid.NewGuid().ToString("N");
        var batch = await environment.ExecAsync(BatchScript.Command(Scripts.Select(s => new BatchScript.Part(s.Script, s.Arguments)).ToList(), marker));
        var together = BatchScript.Parse(batch, marker, Scripts.Length);

        together.ShouldNotBeNull(batch.Describe());
        together.ShouldBe(alone);
    }

    [DockerFact]
    public async Task Concurrent_quick_scripts_of_an_environment_share_one_exec()
    {
        var environment = fixture.Environment;
        // Taken before the calls (rounded up to the millisecond the events filter takes), on the engine's own clock
        // (same machine): only this test's execs fall after it; the batch waits a few milliseconds before its exec.
        var since = DateTimeOffset.UtcNow.AddMilliseconds(1);

        var results = await Task.WhenAll(Scripts.Select(s => QuickScriptBatcher.For(environment).RunAsync(s.Script, s.Arguments, CancellationToken.None)));

        (await ExecsSinceAsync(environment, since)).ShouldBe(1);
        results[2].ShouldBe(new CommandResult(3, "it's \"quoted\" $HOME `x`|two words\n", "oops\n"));
        results[5].ExitCode.ShouldNotBe(0);
    }

    [DockerFact]
    public async Task A_batch_that_cannot_run_falls_back_to_one_exec_per_script()
    {
        // Without a writable /tmp or mktemp target the batch prints nothing useful: each script runs on its own.
        var marker = "IACTEST-BATCH-" + Guid.NewGuid().ToString("N");
        BatchScript.Parse(new CommandResult(125, "", "mkdir: can't create directory"), marker, 2).ShouldBeNull();
        BatchScript.Parse(new CommandResult(0, $"{marker} 0 0\nout\n{marker}\n", ""), marker, 1).ShouldBeNull();
        BatchScript.Parse(new CommandResult(0, $"{marker} 0 0\nout\n{marker}\nerr\n{marker}\n", ""), marker, 1)
            .ShouldBe([new CommandResult(0, "out", "err")]);

        var result = await QuickScriptBatcher.For(fixture.Environment).RunAsync("echo alone", [], CancellationToken.None);
        result.ShouldBe(new CommandResult(0, "alone\n", ""));
    }

    // The engine's event log tells how many execs the container was asked for in a time window.
    private static async Task<int> ExecsSinceAsync(IacEnvironment environment, DateTimeOffset since)
    {
        static string Seconds(DateTimeOffset time) => (time.ToUnixTimeMilliseconds() / 1000.0).ToString("0.000", System.Globalization.CultureInfo.InvariantCulture);
        var output = await Docker.RunAsync("events", "--since", Seconds(since), "--until", Seconds(DateTimeOffset.UtcNow.AddMilliseconds(500)),
            "--filter", $"container={environment.ContainerId}", "--format", "{{.Action}}");
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Count(action => action.StartsWith("exec_create", StringComparison.Ordinal));
    }
}
