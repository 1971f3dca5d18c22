using System.Security.Cryptography;
using System.Text;
using IacTest.Lint.Diagnostics;

namespace IacTest.Lint.Reporting;

/// <summary>
/// Gives each finding its repository-relative path and a fingerprint. The fingerprint hashes the rule code, the path,
/// the trimmed text of the offending line and how many earlier findings share those three — never the line number —
/// so an alert keeps its identity when lines are added above it, and two equal findings on equal lines stay distinct.
/// </summary>
internal static class FindingLocator
{
    /// <summary>Locates every finding, in order.</summary>
    public static IReadOnlyList<LocatedFinding> Locate(IEnumerable<LintDiagnostic> diagnostics, ReportOptions options)
    {
        var root = options.ResolveSourceRoot();
        var lines = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        var located = new List<LocatedFinding>();
        foreach (var diagnostic in diagnostics)
        {
            var fullPath = Path.GetFullPath(diagnostic.File, options.WorkingDirectory);
            var repositoryPath = RelativeTo(root, fullPath);
            var text = LineText(lines, fullPath, diagnostic.Line);
            var identity = string.Join('\0', diagnostic.Code, repositoryPath ?? fullPath, text);
            var occurrence = occurrences.GetValueOrDefault(identity);
            occurrences[identity] = occurrence + 1;
            located.Add(new LocatedFinding(diagnostic, repositoryPath, fullPath, Hash(identity + '\0' + occurrence)));
        }

        return located;
    }

    private static string? RelativeTo(string root, string fullPath)
    {
        var relative = Path.GetRelativePath(root, fullPath);
        return relative == ".." || relative.StartsWith("../", StringComparison.Ordinal) || relative.StartsWith("..\\", StringComparison.Ordinal)
            || Path.IsPathRooted(relative)
            ? null
            : relative.Replace('\\', '/');
    }

    private static string LineText(Dictionary<string, string[]> cache, string fullPath, int line)
    {
        if (!cache.TryGetValue(fullPath, out var fileLines))
        {
            try
            {
                fileLines = File.Exists(fullPath) ? File.ReadAllLines(fullPath) : [];
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // An unreadable file still gets a fingerprint, from the rule and the path alone.
                fileLines = [];
            }

            cache[fullPath] = fileLines;
        }

        return line >= 1 && line <= fileLines.Length ? fileLines[line - 1].Trim() : string.Empty;
    }

    private static string Hash(string identity) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(identity))).ToLowerInvariant();
}
