using IacTest.Harness.Checks;

namespace IacTest.Harness.Drift;

/// <summary>
/// State drift rows as drift report entries, so one JSON/SARIF report holds configuration and state drift: a drifted
/// resource is <see cref="ReportEntryKind.StateDrift"/> at its goss file and line with expected and actual, a resource
/// whose probe failed is <see cref="ReportEntryKind.Unknown"/> (nothing says whether it matches), a host that could not
/// be checked is <see cref="ReportEntryKind.Unreachable"/>.
/// </summary>
public static class StateDriftReportEntries
{
    /// <summary>The report of <paramref name="report"/>: every host checked, one entry per row that is not clean.</summary>
    /// <param name="report">A state drift run's report.</param>
    /// <param name="repositoryRoot">The repository root that goss file locations are made relative to.</param>
    public static DriftReport ToDriftReport(this StateDriftReport report, string repositoryRoot)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentException.ThrowIfNullOrWhiteSpace(repositoryRoot);
        var root = Path.GetFullPath(repositoryRoot);
        var hosts = report.CommandsPerHost.Keys.Concat(report.Rows.Select(row => row.Host));
        return new DriftReport(root, hosts, report.Findings.Select(row => Entry(row, root)));
    }

    private static ReportEntry Entry(StateDriftRow row, string root)
    {
        var location = row.Declaration is { File: { } file, Line: var line } ? ReportLocation.Relative(root, file, line) : null;
        return row.Outcome switch
        {
            StateDriftOutcome.Drift => new ReportEntry
            {
                Host = row.Host,
                Kind = ReportEntryKind.StateDrift,
                Subject = row.Resource,
                Location = location,
                Message = $"{row.Differences.Count} attribute(s) differ from the declaration: {string.Join("; ", row.Differences.Select(d => d.Describe()))}",
                Expected = Join(row.Differences, d => d.Expected.Describe()),
                Actual = Join(row.Differences, d => Matcher.Format(d.Actual)),
            },
            StateDriftOutcome.Unreachable => new ReportEntry
            {
                Host = row.Host,
                Kind = ReportEntryKind.Unreachable,
                Subject = ReportEntry.HostSubject,
                Message = row.Message,
            },
            _ => new ReportEntry
            {
                Host = row.Host,
                Kind = ReportEntryKind.Unknown,
                Subject = row.Resource,
                Location = location,
                Message = $"the resource could not be checked: {FirstLines(row.Message)}",
            },
        };
    }

    // One line per differing attribute, "mode: 0644", so several attributes stay apart.
    private static string Join(IReadOnlyList<AttributeOutcome> differences, Func<AttributeOutcome, string> value) =>
        string.Join('\n', differences.Select(d => $"{d.Attribute}: {value(d)}"));

    // A probe error's description is the check's label then the error; the evidence after it is too long for one entry.
    private static string FirstLines(string message) => string.Join(' ', message.Split('\n').Take(2).Select(line => line.Trim()));
}
