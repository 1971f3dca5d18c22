using System.Diagnostics;
using IacTest.Harness.Secrets;
using IacTest.Harness.Targets;

namespace IacTest.Harness.Checks;

/// <summary>
/// One resource (e.g. <c>file /etc/motd</c>) with expectations on its attributes, run with retries: the probe is
/// repeated until every attribute matches or the retry time is spent.
/// </summary>
/// <param name="Type">The resource type, as in Goss: <c>file</c>, <c>port</c>, …</param>
/// <param name="Id">The resource, e.g. a path or <c>tcp:80</c>.</param>
/// <param name="Probe">How its actual state is found out.</param>
/// <param name="Expectations">Attribute name → expectation.</param>
/// <param name="Retry">How long to keep trying.</param>
public sealed record ResourceCheck(
    string Type, string Id, IResourceProbe Probe, IReadOnlyList<KeyValuePair<string, Matcher>> Expectations, RetryPolicy Retry)
{
    /// <summary>An optional title (Goss <c>title</c>).</summary>
    public string? Title { get; init; }

    /// <summary>True to report the check as skipped (Goss <c>skip: true</c>).</summary>
    public bool Skip { get; init; }

    /// <summary>How the check is named in reports: <c>file:/etc/motd</c> (plus the title when there is one).</summary>
    public string Label => SecretMasker.Shared.Mask(Title is null ? $"{Type}:{Id}" : $"{Type}:{Id} ({Title})");

    /// <summary>Runs the check against <paramref name="target"/>.</summary>
    public async Task<CheckResult> RunAsync(ITargetHost target, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        var clock = Stopwatch.StartNew();
        var attempts = 0;
        while (true)
        {
            attempts++;
            CheckResult result;
            try
            {
                var facts = await Probe.GatherAsync(target, ct).ConfigureAwait(false);
                var outcomes = Expectations
                    .Select(e =>
                    {
                        var actual = facts.Values.TryGetValue(e.Key, out var value) ? value : null;
                        return new AttributeOutcome(e.Key, e.Value, actual, e.Value.Matches(actual));
                    })
                    .ToList();
                result = new CheckResult(this, outcomes, facts.Evidence, attempts, clock.Elapsed);
            }
            catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                result = new CheckResult(this, [], [], attempts, clock.Elapsed, $"{e.GetType().Name}: {e.Message}");
            }

            if (result.Passed || clock.Elapsed + Retry.Interval > Retry.Timeout)
            {
                return result with { Duration = clock.Elapsed };
            }

            await Task.Delay(Retry.Interval, ct).ConfigureAwait(false);
        }
    }
}
