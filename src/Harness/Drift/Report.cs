using IacTest.Harness.Secrets;

namespace IacTest.Harness.Drift;

/// <summary>
/// What a drift audit found across hosts: configuration drift, state drift, unknowns and unreachable hosts. Written as
/// JSON (<see cref="ToJson"/>) for scripts and as SARIF 2.1.0 (<see cref="ToSarif"/>) for code scanning, with
/// locations relative to the repository root, so a scheduled pipeline can alert on it.
/// </summary>
public sealed class DriftReport
{
    /// <summary>Creates a report of <paramref name="entries"/> about <paramref name="hosts"/>.</summary>
    /// <param name="repositoryRoot">The repository root that entry locations are relative to.</param>
    /// <param name="hosts">Every host audited, clean ones included, in inventory order.</param>
    /// <param name="entries">The findings.</param>
    public DriftReport(string repositoryRoot, IEnumerable<string> hosts, IEnumerable<ReportEntry> entries)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(repositoryRoot);
        RepositoryRoot = Path.GetFullPath(repositoryRoot);
        Hosts = hosts.Distinct(StringComparer.Ordinal).ToList();
        Entries = entries.ToList();
    }

    /// <summary>The repository root that entry locations are relative to.</summary>
    public string RepositoryRoot { get; }

    /// <summary>Every host audited, clean ones included.</summary>
    public IReadOnlyList<string> Hosts { get; }

    /// <summary>The findings, in the order they were found.</summary>
    public IReadOnlyList<ReportEntry> Entries { get; }

    /// <summary>True when an entry is drift (configuration or state) or a host was unreachable.</summary>
    public bool HasDrift => Entries.Any(entry => entry.Kind is not ReportEntryKind.Unknown);

    /// <summary>True when every host was reached, nothing drifted and nothing is unknown.</summary>
    public bool IsClean => Entries.Count == 0;

    /// <summary>The hosts with no entry at all.</summary>
    public IReadOnlyList<string> CleanHosts => Hosts.Where(host => Entries.All(entry => entry.Host != host)).ToList();

    /// <summary>The entries of one kind.</summary>
    public IReadOnlyList<ReportEntry> OfKind(ReportEntryKind kind) => Entries.Where(entry => entry.Kind == kind).ToList();

    /// <summary>This report with <paramref name="other"/>'s hosts and entries added (e.g. state drift after configuration drift).</summary>
    public DriftReport Merge(DriftReport other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new DriftReport(RepositoryRoot, [.. Hosts, .. other.Hosts], [.. Entries, .. other.Entries]);
    }

    /// <summary>The report as JSON (see docs/inventories.md for its shape); secrets masked.</summary>
    public string ToJson() => SecretMasker.Shared.Mask(ReportJson.Write(this));

    /// <summary>The report as a SARIF 2.1.0 log, one result per entry, rule ids per kind; secrets masked.</summary>
    public string ToSarif() => SecretMasker.Shared.Mask(ReportSarif.Write(this));

    /// <summary>Writes <see cref="ToJson"/> to <paramref name="path"/> (folders created).</summary>
    public Task WriteJsonAsync(string path, CancellationToken cancellationToken = default) => WriteAsync(path, ToJson(), cancellationToken);

    /// <summary>Writes <see cref="ToSarif"/> to <paramref name="path"/> (folders created).</summary>
    public Task WriteSarifAsync(string path, CancellationToken cancellationToken = default) => WriteAsync(path, ToSarif(), cancellationToken);

    /// <summary>A summary line, then every entry.</summary>
    public string Describe()
    {
        var counts = string.Join(", ", ReportRules.All.Select(rule => $"{OfKind(rule.Kind).Count} {rule.Name}"));
        var lines = new List<string> { $"{Hosts.Count} host(s), {CleanHosts.Count} clean: {counts}" };
        lines.AddRange(Entries.Select(entry => "  " + entry));
        return SecretMasker.Shared.Mask(string.Join('\n', lines));
    }

    /// <inheritdoc />
    public override string ToString() => Describe();

    private static async Task WriteAsync(string path, string text, CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        await File.WriteAllTextAsync(path, text, cancellationToken).ConfigureAwait(false);
    }
}
