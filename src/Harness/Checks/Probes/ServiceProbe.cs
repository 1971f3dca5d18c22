using IacTest.Harness.Targets;

namespace IacTest.Harness.Checks.Probes;

/// <summary>
/// service: <c>enabled</c> and <c>running</c>. With systemd, <c>systemctl is-enabled/is-active</c>; without it
/// (most containers), running = a process of that name, enabled = a start link in <c>/etc/rc?.d</c> or an OpenRC runlevel.
/// </summary>
/// <param name="Name">The service name.</param>
internal sealed record ServiceProbe(string Name) : IResourceProbe
{
    /// <inheritdoc />
    public IReadOnlyCollection<string> Attributes { get; } = ["enabled", "running"];

    private const string Script = """
        if [ -d /run/systemd/system ] && command -v systemctl >/dev/null 2>&1; then
          echo systemd; systemctl is-enabled "$1" 2>&1; systemctl is-active "$1" 2>&1
        else
          echo processes
          for d in /proc/[0-9]*; do c=$(cat "$d/comm" 2>/dev/null) || continue; [ "$c" = "$2" ] && echo "running ${d#/proc/}"; done
          for l in /etc/rc[2345S].d/S[0-9][0-9]"$1" /etc/runlevels/*/"$1"; do if [ -e "$l" ] || [ -L "$l" ]; then echo "enabled $l"; fi; done
        fi
        """;

    /// <inheritdoc />
    public async Task<ResourceFacts> GatherAsync(ITargetHost target, CancellationToken ct)
    {
        var facts = new ResourceFacts();
        var comm = Name.Length > 15 ? Name[..15] : Name;
        var result = await Shell.RunQuickAsync(target, facts, $"systemctl is-enabled/is-active {Shell.Quote(Name)} (or: process {comm}, /etc/rc?.d/S??{Name})", Script, [Name, comm], ct).ConfigureAwait(false);
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.FirstOrDefault() == "systemd")
        {
            return facts.Set("enabled", lines.ElementAtOrDefault(1) == "enabled").Set("running", lines.ElementAtOrDefault(2) == "active");
        }

        return facts
            .Set("enabled", lines.Any(l => l.StartsWith("enabled ", StringComparison.Ordinal)))
            .Set("running", lines.Any(l => l.StartsWith("running ", StringComparison.Ordinal)));
    }
}
