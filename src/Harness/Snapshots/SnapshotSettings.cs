namespace IacTest.Harness.Snapshots;

/// <summary>How a snapshot is named and cleaned before comparison.</summary>
public sealed class SnapshotSettings
{
    /// <summary>The default settings: GUIDs and ISO timestamps scrubbed.</summary>
    public static SnapshotSettings Default { get; } = new();

    /// <summary>Scrubbers applied in order (default: <see cref="Scrubbers.Guids"/>, <see cref="Scrubbers.IsoTimestamps"/>).</summary>
    public IReadOnlyList<Func<string, string>> Scrubbers { get; init; } = [Snapshots.Scrubbers.Guids, Snapshots.Scrubbers.IsoTimestamps];

    /// <summary>The folder for snapshot files; null = beside the calling test source file.</summary>
    public string? Directory { get; init; }

    /// <summary>Whether to accept new values (write them as verified); null = read <c>IACTEST_ACCEPT</c> (<c>1</c>/<c>true</c>).</summary>
    public bool? Accept { get; init; }

    /// <summary>These settings with one more scrubber.</summary>
    public SnapshotSettings WithScrubber(Func<string, string> scrubber) => new()
    {
        Scrubbers = [.. Scrubbers, scrubber],
        Directory = Directory,
        Accept = Accept,
    };
}
