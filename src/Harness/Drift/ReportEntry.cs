namespace IacTest.Harness.Drift;

/// <summary>One finding of a drift report: a host, what kind of finding, what it is about and where it is written.</summary>
public sealed record ReportEntry
{
    /// <summary>The host's inventory name.</summary>
    public required string Host { get; init; }

    /// <summary>What the entry says.</summary>
    public required ReportEntryKind Kind { get; init; }

    /// <summary>The task (<c>role : name</c>) or resource (<c>file:/etc/motd</c>) concerned; <c>(host)</c> for the host itself.</summary>
    public required string Subject { get; init; }

    /// <summary>Where the task or resource is written in the repository, or null when nothing points there.</summary>
    public ReportLocation? Location { get; init; }

    /// <summary>One sentence on what was found (secrets masked).</summary>
    public required string Message { get; init; }

    /// <summary>What the repository declares (state drift), or null.</summary>
    public string? Expected { get; init; }

    /// <summary>What the host has (state drift), or null.</summary>
    public string? Actual { get; init; }

    /// <summary>The change the task would make, as a unified diff (configuration drift; secrets masked), or null.</summary>
    public string? Diff { get; init; }

    /// <summary>The subject's name for an entry about the host as a whole.</summary>
    public const string HostSubject = "(host)";

    /// <summary>The entry as one line: location first, so an editor or CI log links to it.</summary>
    public override string ToString() =>
        $"{(Location is null ? string.Empty : Location + ": ")}{Kind} on {Host}: {Subject}: {Message}";
}
