using System.Collections.Concurrent;
using System.Diagnostics;
using IacTest.Harness.Checks;
using IacTest.Harness.Secrets;
using IacTest.Harness.Targets;

namespace IacTest.Harness.Drift;

/// <summary>
/// Checks the live state of many hosts against the same declared checks (goss files or the C# DSL): a bounded number
/// of hosts at once, each over one connection, its quick probes batched into few commands, nothing installed on the
/// host. A host that cannot be reached, or drops mid-run, becomes one row saying why; the other hosts still run.
/// </summary>
public static class StateDriftRun
{
    /// <summary>Checks every host of <paramref name="hosts"/> over SSH.</summary>
    public static async Task<StateDriftReport> RunAsync(
        IReadOnlyList<DriftHost> hosts, IReadOnlyList<StateCheck> checks, StateDriftOptions? options = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(hosts);
        options ??= new StateDriftOptions();
        var targets = new List<KeyValuePair<string, ITargetHost>>();
        var rows = new List<StateDriftRow>();
        try
        {
            foreach (var host in hosts)
            {
                try
                {
                    targets.Add(new(host.Name, new SshHost(host.ToSshOptions(options))));
                }
                catch (ArgumentException e)
                {
                    // A host without any credential: its row says so, the others run.
                    rows.Add(new StateDriftRow(host.Name, StateDriftRow.HostRow, null, StateDriftOutcome.Unreachable, SecretMasker.Shared.Mask(e.Message)));
                }
            }

            var report = await RunAsync(targets, checks, options.MaxParallelHosts, ct).ConfigureAwait(false);
            return rows.Count == 0 ? report : report with { Rows = [.. report.Rows, .. rows] };
        }
        finally
        {
            foreach (var target in targets)
            {
                ((SshHost)target.Value).Dispose();
            }
        }
    }

    /// <summary>Checks any targets (containers, SSH hosts, the local machine), each under its name, <paramref name="maxParallelHosts"/> at once.</summary>
    public static async Task<StateDriftReport> RunAsync(
        IReadOnlyList<KeyValuePair<string, ITargetHost>> targets, IReadOnlyList<StateCheck> checks, int maxParallelHosts, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(checks);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxParallelHosts, 1);
        var clock = Stopwatch.StartNew();
        using var gate = new SemaphoreSlim(maxParallelHosts);
        var commands = new ConcurrentDictionary<string, int>();
        var perHost = await Task.WhenAll(targets.Select(async target =>
        {
            await gate.WaitAsync(ct).ConfigureAwait(false);
            try
            {
                var counted = new ObservedTarget(target.Value);
                var rows = await CheckHostAsync(target.Key, counted, checks, ct).ConfigureAwait(false);
                commands[target.Key] = counted.Commands;
                return rows;
            }
            finally
            {
                gate.Release();
            }
        })).ConfigureAwait(false);
        var ordered = targets.ToDictionary(t => t.Key, t => commands.GetValueOrDefault(t.Key));
        return new StateDriftReport([.. perHost.SelectMany(rows => rows)], ordered, clock.Elapsed);
    }

    private static async Task<IReadOnlyList<StateDriftRow>> CheckHostAsync(string name, ObservedTarget target, IReadOnlyList<StateCheck> checks, CancellationToken ct)
    {
        try
        {
            await target.ConnectAsync(ct).ConfigureAwait(false);
        }
        catch (TargetException e)
        {
            return [new StateDriftRow(name, StateDriftRow.HostRow, null, StateDriftOutcome.Unreachable, Reason(e))];
        }

        var results = await Task.WhenAll(checks.Select(c => c.Check.RunAsync(target, ct))).ConfigureAwait(false);
        var rows = new List<StateDriftRow>();
        var notChecked = new List<string>();
        for (var i = 0; i < checks.Count; i++)
        {
            var (check, result) = (checks[i], results[i]);
            if (result.Passed)
            {
                rows.Add(new StateDriftRow(name, check.Check.Label, check.Position, StateDriftOutcome.Clean, "as declared") { Declaration = check });
            }
            else if (result.Error is not null && target.LostWith is not null)
            {
                notChecked.Add(check.Check.Label);
            }
            else
            {
                var outcome = result.Error is null ? StateDriftOutcome.Drift : StateDriftOutcome.Error;
                rows.Add(new StateDriftRow(name, check.Check.Label, check.Position, outcome, result.Describe())
                {
                    Declaration = check,
                    Differences = result.Error is null ? result.Outcomes.Where(o => !o.Passed).ToList() : [],
                });
            }
        }

        if (notChecked.Count > 0)
        {
            // A host that went away mid-run is one finding, not one per resource it could not answer.
            rows.Add(new StateDriftRow(name, StateDriftRow.HostRow, null, StateDriftOutcome.Unreachable,
                $"{Reason(target.LostWith!)}; {notChecked.Count} of {checks.Count} resource(s) not checked: {string.Join(", ", notChecked)}"));
        }

        return rows;
    }

    private static string Reason(TargetException e) => SecretMasker.Shared.Mask($"{e.Reason}: {e.Message}");

    /// <summary>Counts the commands sent to a target and keeps the first sign that its connection is gone.</summary>
    private sealed class ObservedTarget(ITargetHost inner) : ITargetHost
    {
        private int _commands;

        public int Commands => _commands;

        public TargetException? LostWith { get; private set; }

        public string Description => inner.Description;

        public async Task ConnectAsync(CancellationToken ct)
        {
            Interlocked.Increment(ref _commands);
            if (inner is SshHost ssh)
            {
                await ssh.ConnectAsync(ct).ConfigureAwait(false);
                return;
            }

            var probe = await inner.RunAsync(TargetCommand.Of("true"), ct).ConfigureAwait(false);
            if (!probe.Succeeded)
            {
                throw new TargetException(inner, TargetFailure.Other, $"cannot run a command (exit {probe.ExitCode}): {probe.Stderr.Trim()}");
            }
        }

        public async Task<Targets.CommandResult> RunAsync(TargetCommand command, CancellationToken ct = default)
        {
            Interlocked.Increment(ref _commands);
            try
            {
                return await inner.RunAsync(command, ct).ConfigureAwait(false);
            }
            catch (TargetException e) when (e.Reason != TargetFailure.CommandTimeout && e.Reason != TargetFailure.Other)
            {
                LostWith ??= e;
                throw;
            }
        }

        public Task<byte[]> ReadFileAsync(string path, CancellationToken ct = default) => inner.ReadFileAsync(path, ct);
    }
}
