using IacTest.Harness.Targets;

namespace IacTest.Harness.Checks.Probes;

/// <summary>process: <c>running</c> — a process whose command name (<c>/proc/*/comm</c>, 15 characters) is the given name.</summary>
/// <param name="Name">The process name.</param>
internal sealed record ProcessProbe(string Name) : IResourceProbe
{
    /// <inheritdoc />
    public IReadOnlyCollection<string> Attributes { get; } = ["running"];

    private const string Script = """for d in /proc/[0-9]*; do c=$(cat "$d/comm" 2>/dev/null) && echo "${d#/proc/} $c"; done""";

    /// <inheritdoc />
    public async Task<ResourceFacts> GatherAsync(ITargetHost target, CancellationToken ct)
    {
        var facts = new ResourceFacts();
        var result = await Shell.RunQuickAsync(target, facts, "cat /proc/[0-9]*/comm", Script, [], ct).ConfigureAwait(false);
        var comm = Name.Length > 15 ? Name[..15] : Name;
        var names = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l[(l.IndexOf(' ', StringComparison.Ordinal) + 1)..]).ToList();
        return facts.Set("running", names.Contains(comm));
    }
}
