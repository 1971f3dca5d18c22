using IacTest.Lint.Engine;
using IacTest.Lint.Rules;
using IacTest.Lint.Text;

namespace IacTest.Lint.Tests.Fuzz;

/// <summary>
/// What must hold for any input, however hostile: a result for the file, every diagnostic positioned inside the file,
/// no runtime exception text in a message, and no internal error outside the YAML parser (whose failures the engine
/// contains and which are counted apart).
/// </summary>
internal static class FuzzInvariants
{
    /// <summary>Fragments of .NET exception messages and stack traces; none may reach a user.</summary>
    public static readonly string[] RuntimeTextFragments =
    [
        "Exception:", "Exception.", "Operation is not valid due to", "(Parameter '", "Index was outside the bounds",
        "Object reference not set", "Value cannot be null", "must be a non-negative value", "Specified argument was out of",
        "Actual value was", "Input string was not in a correct format", "Arithmetic operation resulted in an overflow",
        "Sequence contains no", "Collection was modified", "was not present in the dictionary", "Tag value must not be empty",
        "Unable to cast object", "Nullable object must have a value", " at System.", " at IacTest.", " at YamlDotNet.",
    ];

    /// <summary>Whether a diagnostic is the engine's report of an internal failure.</summary>
    public static bool IsInternalFailure(Diagnostics.LintDiagnostic diagnostic) =>
        diagnostic.Code == EngineRules.SkippedCode
        && (diagnostic.Message.StartsWith("not checked:", StringComparison.Ordinal) || diagnostic.Message.StartsWith("not fully checked:", StringComparison.Ordinal));

    /// <summary>Whether an internal failure happened in the YAML parser (contained, counted, not this suite's to fix).</summary>
    public static bool IsParserFailure(Diagnostics.LintDiagnostic diagnostic) =>
        IsInternalFailure(diagnostic) && diagnostic.Message.Contains("while parsing its YAML", StringComparison.Ordinal);

    /// <summary>What is wrong with the result of linting <paramref name="input"/> at <paramref name="path"/>; empty when all holds.</summary>
    public static List<string> Violations(byte[] input, string path, FileLintResult? result)
    {
        var problems = new List<string>();
        if (result is null)
        {
            problems.Add("no result for the file");
            return problems;
        }

        if (result.Path != path)
        {
            problems.Add($"result for '{result.Path}' in place of '{path}'");
        }

        var (lines, columns) = Bounds(input, path);
        foreach (var diagnostic in result.Diagnostics)
        {
            if (diagnostic.File != path)
            {
                problems.Add($"diagnostic of another file: {diagnostic}");
            }

            if (diagnostic.Line < 1 || diagnostic.Column < 1 || diagnostic.Line > lines || diagnostic.Column > columns)
            {
                problems.Add($"position outside the file ({lines} lines, columns up to {columns}): {diagnostic}");
            }

            foreach (var fragment in RuntimeTextFragments)
            {
                if (diagnostic.Message.Contains(fragment, StringComparison.Ordinal))
                {
                    problems.Add($"runtime text '{fragment}' in a message: {diagnostic}");
                }
            }

            if (IsInternalFailure(diagnostic) && !IsParserFailure(diagnostic))
            {
                problems.Add($"internal failure: {diagnostic}");
            }
        }

        return problems;
    }

    /// <summary>
    /// The largest line and column a diagnostic may have: lines end at any YAML line break (the scanner counts a
    /// lone <c>\r</c>, NEL and the Unicode separators too); columns at most one past the longest line (a column never
    /// counts more than the UTF-16 characters before it, a leading byte order mark included: yamllint's line rules
    /// count it as a character of line 1).
    /// </summary>
    private static (int Lines, int Columns) Bounds(byte[] input, string path)
    {
        var source = SourceText.FromBytes(path, input);
        var text = source.IsText ? source.Text : System.Text.Encoding.Latin1.GetString(input);
        var lines = 1;
        var current = source.IsText && source.HadByteOrderMark ? 1 : 0;
        var longest = current;
        foreach (var c in text)
        {
            if (c is '\n' or '\r' or '\x85' or '\u2028' or '\u2029')
            {
                lines++;
            }

            current = c == '\n' ? 0 : current + 1;
            longest = Math.Max(longest, current);
        }

        return (lines, longest + 1);
    }
}
