using IacTest.Harness.Checks.Probes;
using IacTest.Harness.Checks;
using IacTest.Harness.Targets;

namespace IacTest.Harness.Goss;

/// <summary>
/// goss's service <c>runlevels</c> on top of <see cref="ServiceProbe"/>: the sysv runlevels that start the service
/// (<c>/etc/rcN.d/S??name</c>) and the OpenRC runlevels that hold it (<c>/etc/runlevels/&lt;level&gt;/name</c>).
/// </summary>
/// <param name="Service">The service probe for <c>enabled</c>/<c>running</c>.</param>
internal sealed record ServiceRunlevelsProbe(ServiceProbe Service) : IResourceProbe
{
    /// <inheritdoc />
    public IReadOnlyCollection<string> Attributes { get; } = [.. Service.Attributes, "runlevels"];

    private const string Script = """
        for l in /etc/rc[0-6S].d/S??"$1"; do [ -e "$l" ] || [ -L "$l" ] && { d=${l%/*}; d=${d#/etc/rc}; echo "${d%.d}"; }; done
        for l in /etc/runlevels/*/"$1"; do [ -e "$l" ] || [ -L "$l" ] && { d=${l%/*}; echo "${d##*/}"; }; done
        exit 0
        """;

    /// <inheritdoc />
    public async Task<ResourceFacts> GatherAsync(ITargetHost target, CancellationToken ct)
    {
        var facts = await Service.GatherAsync(target, ct).ConfigureAwait(false);
        var result = await Shell.RunQuickAsync(target, facts, $"ls /etc/rc?.d/S??{Service.Name} /etc/runlevels/*/{Service.Name}", Script, [Service.Name], ct).ConfigureAwait(false);
        return facts.Set("runlevels", result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList());
    }
}
