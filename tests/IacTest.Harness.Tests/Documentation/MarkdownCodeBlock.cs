using System.Text.RegularExpressions;

namespace IacTest.Harness.Tests.Documentation;

/// <summary>
/// A fenced <c>```csharp</c> block of a Markdown page, with the marker comment written on the line before it:
/// <c>&lt;!-- fragment --&gt;</c> (deliberately incomplete, not compiled) or
/// <c>&lt;!-- given: IacEnvironment env, ITestOutputHelper output --&gt;</c> (statements that use these names) or
/// <c>&lt;!-- runs: docs/examples/web --&gt;</c> (complete test classes, compiled and run as a test project in that
/// folder of the repository would run them: its roles, goss files and the like are there).
/// </summary>
public sealed partial record MarkdownCodeBlock(string Page, int Line, string Code, string? Marker)
{
    /// <summary>Whether the page marks the block as a deliberate fragment.</summary>
    public bool IsFragment => Marker == "fragment";

    /// <summary>The parameters a statement block is given (<c>IacEnvironment env</c>), or empty.</summary>
    public string Given => Marker is not null && Marker.StartsWith("given:", StringComparison.Ordinal) ? Marker["given:".Length..].Trim() : "";

    /// <summary>The project folder, relative to the repository root, a runnable block's tests run in; null when the block is not run.</summary>
    public string? RunsIn => Marker is not null && Marker.StartsWith("runs:", StringComparison.Ordinal) ? Marker["runs:".Length..].Trim() : null;

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
                    blocks.Add(new MarkdownCodeBlock(page, start + 1, string.Join('\n', lines[(start + 1)..end]), marker));
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

    [GeneratedRegex(@"^<!--\s*(?<marker>fragment|given:[^>]*?|runs:[^>]*?)\s*-->$")]
    private static partial Regex MarkerComment();
}
