using System.Text.RegularExpressions;

namespace IacTest.Harness.Tests.Documentation;

/// <summary>
/// A fenced <c>```csharp</c> block of a Markdown page, with the marker comment written on the line before it:
/// <c>&lt;!-- fragment --&gt;</c> (deliberately incomplete, not compiled) or
/// <c>&lt;!-- given: IacEnvironment env, ITestOutputHelper output --&gt;</c> (statements that use these names) or
/// <c>&lt;!-- runs: docs/examples/web --&gt;</c> (complete test classes, compiled and run as a test project in that
/// folder of the repository would run them: its roles, goss files, C# files and the like are there). A runnable block
/// of statements says what it is given after a semicolon (<c>runs: folder; given: IacEnvironment env</c>), and one
/// shown failing says <c>fails</c>: it must fail with the output the page shows in the block right after it; one
/// that reaches the servers a drift page names says <c>fleet</c>.
/// </summary>
public sealed partial record MarkdownCodeBlock(string Page, int Line, string Code, string? Marker)
{
    /// <summary>The text of the fenced block right after this one (only blank lines between), or null: what a page shows the code printing.</summary>
    public string? ShownOutput { get; init; }

    /// <summary>Whether the page shows the block failing (<c>fails</c> in its <c>runs:</c> marker).</summary>
    public bool ExpectsFailure => Parts.Contains("fails");

    private string[] Parts => Marker?.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [];

    /// <summary>
    /// Whether the block reaches the servers the drift pages name (<c>fleet</c> in its <c>runs:</c> marker): they are
    /// started for it as sshd containers (<see cref="DocsFleet"/>).
    /// </summary>
    public bool NeedsFleet => Parts.Contains("fleet");

    /// <summary>Whether the page marks the block as a deliberate fragment.</summary>
    public bool IsFragment => Marker == "fragment";

    /// <summary>The parameters a statement block is given (<c>IacEnvironment env</c>), or empty.</summary>
    public string Given => Parts.FirstOrDefault(p => p.StartsWith("given:", StringComparison.Ordinal)) is { } given ? given["given:".Length..].Trim() : "";

    /// <summary>The project folder, relative to the repository root, a runnable block's tests run in; null when the block is not run.</summary>
    public string? RunsIn => Parts.FirstOrDefault(p => p.StartsWith("runs:", StringComparison.Ordinal)) is { } runs ? runs["runs:".Length..].Trim() : null;

    /// <summary>Where the block is, for messages: <c>docs/converge.md:6</c>.</summary>
    public override string ToString() => $"{Page}:{Line}";

    /// <summary>Every C# block of <paramref name="markdown"/>, with the 1-based line of its opening fence.</summary>
    public static IReadOnlyList<MarkdownCodeBlock> Read(string page, string markdown)
    {
        var lines = markdown.ReplaceLineEndings("\n").Split('\n');
        var blocks = new List<MarkdownCodeBlock>();
        string? marker = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            var comment = MarkerComment().Match(line);
            if (comment.Success)
            {
                marker = comment.Groups["marker"].Value.Trim();
                continue;
            }

            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                var language = line[3..].Trim();
                var start = i;
                var end = Array.FindIndex(lines, i + 1, l => l.Trim() == "```");
                if (end < 0)
                {
                    throw new InvalidOperationException($"{page}:{start + 1}: a code fence is never closed.");
                }

                if (language is "csharp" or "cs" or "c#")
                {
                    blocks.Add(new MarkdownCodeBlock(page, start + 1, string.Join('\n', lines[(start + 1)..end]), marker) { ShownOutput = FollowingBlock(lines, end + 1) });
                }

                i = end;
            }

            // A marker belongs to the block right after it (blank lines allowed), nothing else.
            if (line.Length > 0)
            {
                marker = null;
            }
        }

        return blocks;
    }

    private static string? FollowingBlock(string[] lines, int from)
    {
        var next = Array.FindIndex(lines, from, l => l.Trim().Length > 0);
        if (next < 0 || !lines[next].Trim().StartsWith("```", StringComparison.Ordinal))
        {
            return null;
        }

        var end = Array.FindIndex(lines, next + 1, l => l.Trim() == "```");
        return end < 0 ? null : string.Join('\n', lines[(next + 1)..end]);
    }

    [GeneratedRegex(@"^<!--\s*(?<marker>fragment|given:[^>]*?|runs:[^>]*?)\s*-->$")]
    private static partial Regex MarkerComment();
}
