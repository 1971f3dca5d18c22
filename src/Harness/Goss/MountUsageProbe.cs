using System.Globalization;
using IacTest.Harness.Checks.Probes;
using IacTest.Harness.Checks;
using IacTest.Harness.Targets;

namespace IacTest.Harness.Goss;

/// <summary>
/// goss's mount <c>usage</c> (per cent of the file system's blocks in use) on top of <see cref="MountProbe"/>:
/// goss takes it from statfs as <c>100 - int(free / total × 100)</c>; <c>stat -f</c> reads the same numbers in
/// busybox and Debian.
/// </summary>
/// <param name="Mount">The mount probe for the other attributes.</param>
internal sealed record MountUsageProbe(MountProbe Mount) : IResourceProbe
{
    /// <inheritdoc />
    public IReadOnlyCollection<string> Attributes { get; } = [.. Mount.Attributes, "usage"];

    /// <inheritdoc />
    public async Task<ResourceFacts> GatherAsync(ITargetHost target, CancellationToken ct)
    {
        var facts = await Mount.GatherAsync(target, ct).ConfigureAwait(false);
        if (facts.Values.TryGetValue("exists", out var exists) && exists is false)
        {
            return facts;
        }

        var result = await Shell.RunQuickAsync(target, facts, $"stat -f -c '%b %f' {Shell.Quote(Mount.MountPoint)}",
            "stat -f -c '%b %f' \"$1\"", [Mount.MountPoint], ct).ConfigureAwait(false);
        var fields = result.Stdout.Trim().Split(' ');
        if (result.ExitCode == 0 && fields.Length == 2
            && double.TryParse(fields[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var total)
            && double.TryParse(fields[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var free))
        {
            facts.Set("usage", total <= 0 ? 0L : 100L - (long)(free / total * 100));
        }

        return facts;
    }
}
