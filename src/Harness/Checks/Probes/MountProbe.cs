using IacTest.Harness.Targets;

namespace IacTest.Harness.Checks.Probes;

/// <summary>
/// mount: <c>exists</c>, <c>opts</c> (per-mount options), <c>vfs-opts</c> (super-block options), <c>source</c>,
/// <c>filesystem</c>, read from <c>/proc/self/mountinfo</c>.
/// </summary>
/// <param name="MountPoint">The mount point.</param>
internal sealed record MountProbe(string MountPoint) : IResourceProbe
{
    /// <inheritdoc />
    public IReadOnlyCollection<string> Attributes { get; } = ["exists", "opts", "vfs-opts", "source", "filesystem"];

    /// <inheritdoc />
    public async Task<ResourceFacts> GatherAsync(ITargetHost target, CancellationToken ct)
    {
        var facts = new ResourceFacts();
        var result = await Shell.RunQuickAsync(target, facts, "cat /proc/self/mountinfo", "cat /proc/self/mountinfo", [], ct).ConfigureAwait(false);
        string[]? found = null;
        foreach (var line in result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var fields = line.Split(' ');
            // The last mount on a path is the one in effect.
            if (fields.Length > 9 && Unescape(fields[4]) == MountPoint)
            {
                found = fields;
            }
        }

        if (found is null)
        {
            return facts.Set("exists", false);
        }

        var dash = Array.IndexOf(found, "-");
        return facts.Set("exists", true)
            .Set("opts", found[5].Split(',').ToList())
            .Set("filesystem", found[dash + 1])
            .Set("source", Unescape(found[dash + 2]))
            .Set("vfs-opts", found[dash + 3].Split(',').ToList());
    }

    private static string Unescape(string field) => field.Replace("\\040", " ", StringComparison.Ordinal).Replace("\\011", "\t", StringComparison.Ordinal);
}
