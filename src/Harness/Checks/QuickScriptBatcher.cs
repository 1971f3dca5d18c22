using System.Runtime.CompilerServices;
using IacTest.Harness.Environments;
using IacTest.Harness.Targets;

namespace IacTest.Harness.Checks;

/// <summary>
/// Gathers the quick probe scripts (reads of files, <c>/proc</c>, package databases — nothing that waits on the
/// network or a user's command) that one environment is asked to run at about the same time, and runs them as one
/// exec. Checks run concurrently, so a suite's first round of probes becomes one exec instead of one per probe.
/// Scripts that may wait (http, command, addr, dns) keep their own exec: batched, they would hold the others' results
/// back until they finish.
/// </summary>
internal sealed class QuickScriptBatcher
{
    // Long enough for every check of a suite to queue its probe (they start together), short against an exec.
    private static readonly TimeSpan GatherWindow = TimeSpan.FromMilliseconds(5);

    // One batcher per target for as long as the target lives.
    private static readonly ConditionalWeakTable<ITargetHost, QuickScriptBatcher> OfTargets = [];

    private readonly Func<IReadOnlyList<string>, CancellationToken, Task<CommandResult>> _exec;
    private readonly object _gate = new();
    private List<Request>? _waiting;

    /// <summary>Creates a batcher over an environment's exec.</summary>
    public QuickScriptBatcher(Func<IReadOnlyList<string>, CancellationToken, Task<CommandResult>> exec)
    {
        _exec = exec;
    }

    /// <summary>The batcher of <paramref name="target"/>: its quick scripts of the same moment go out as one command.</summary>
    // Kept here rather than on the environment, so that environments know nothing of checks (one-way namespaces).
    public static QuickScriptBatcher For(ITargetHost target) => OfTargets.GetValue(target, t => t is IacEnvironment environment
        ? new QuickScriptBatcher(environment.ExecAsync)
        : new QuickScriptBatcher((argv, ct) => t.RunAsync(new TargetCommand(argv), ct)));

    /// <summary>Runs <paramref name="script"/> with <c>$1…</c> = <paramref name="arguments"/>, in the next batch.</summary>
    public Task<CommandResult> RunAsync(string script, IReadOnlyList<string> arguments, CancellationToken ct)
    {
        var request = new Request(new BatchScript.Part(script, arguments), new TaskCompletionSource<CommandResult>(TaskCreationOptions.RunContinuationsAsynchronously));
        bool first;
        lock (_gate)
        {
            first = _waiting is null;
            (_waiting ??= []).Add(request);
        }

        if (first)
        {
            _ = RunBatchSoonAsync();
        }

        return request.Completion.Task.WaitAsync(ct);
    }

    private async Task RunBatchSoonAsync()
    {
        await Task.Delay(GatherWindow).ConfigureAwait(false);
        List<Request> batch;
        lock (_gate)
        {
            batch = _waiting!;
            _waiting = null;
        }

        try
        {
            var results = batch.Count == 1 ? [await RunAloneAsync(batch[0].Part).ConfigureAwait(false)] : await RunTogetherAsync(batch).ConfigureAwait(false);
            for (var i = 0; i < batch.Count; i++)
            {
                batch[i].Completion.TrySetResult(results[i]);
            }
        }
        catch (Exception e)
        {
            foreach (var request in batch)
            {
                request.Completion.TrySetException(e);
            }
        }
    }

    private async Task<CommandResult[]> RunTogetherAsync(List<Request> batch)
    {
        var marker = "IACTEST-BATCH-" + Guid.NewGuid().ToString("N");
        // The same read asked by several checks of one moment (a suite's users and groups all read /etc/passwd and
        // /etc/group) runs once and each asker gets its answer: the scripts only read, so once is the same as twice.
        var parts = new List<BatchScript.Part>();
        var indexOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var slots = new int[batch.Count];
        for (var i = 0; i < batch.Count; i++)
        {
            var key = batch[i].Part.Script + "\0" + string.Join("\0", batch[i].Part.Arguments);
            if (!indexOf.TryGetValue(key, out var slot))
            {
                slot = parts.Count;
                indexOf[key] = slot;
                parts.Add(batch[i].Part);
            }

            slots[i] = slot;
        }

        var output = await _exec(BatchScript.Command(parts, marker), CancellationToken.None).ConfigureAwait(false);
        var results = BatchScript.Parse(output, marker, parts.Count)
            // A shell that cannot run the batch (no writable /tmp, no background jobs): one exec each, as without batching.
            ?? await Task.WhenAll(parts.Select(RunAloneAsync)).ConfigureAwait(false);
        return [.. slots.Select(slot => results[slot])];
    }

    private Task<CommandResult> RunAloneAsync(BatchScript.Part part) =>
        _exec(Shell.Command(part.Script, part.Arguments), CancellationToken.None);

    private sealed record Request(BatchScript.Part Part, TaskCompletionSource<CommandResult> Completion);
}
