using IacTest.Lint.Families.Yaml.Rules.Support;
using IacTest.Lint.Rules;
using YamlDotNet.Core;
using YamlDotNet.Core.Tokens;

namespace IacTest.Lint.Families.Yaml.Rules;

/// <summary>yamllint's <c>line-length</c>: lines no longer than a maximum.</summary>
internal sealed class LineLengthRule : YamllintRule
{
    /// <inheritdoc />
    public override string Code => "IAC0117";

    /// <inheritdoc />
    public override string Name => "line-length";

    /// <inheritdoc />
    public override string Title => "Line length";

    /// <inheritdoc />
    public override IReadOnlyList<RuleOption> Options =>
    [
        new("max", RuleOptionType.Integer, 80, "Maximal line length in characters."),
        new("allow-non-breakable-words", RuleOptionType.Boolean, true, "Accept a long line made of one word (a URL), after indentation, `- ` or `#`."),
        new("allow-non-breakable-inline-mappings", RuleOptionType.Boolean, false, "Also accept `key: <one long word>` (implies allow-non-breakable-words)."),
    ];

    /// <inheritdoc />
    public override string Description =>
        "Long lines are hard to review side by side; a single unbreakable word such as a URL is allowed by default because it cannot be wrapped.";

    /// <inheritdoc />
    public override string BadExample =>
        "description: This service answers the public API requests and forwards them to the workers pool\n";

    /// <inheritdoc />
    public override string GoodExample =>
        "description: >-\n  This service answers the public API requests\n  and forwards them to the workers pool\n";

    internal override void Check(RuleContext context, YamlLintStream stream)
    {
        var max = context.Options.Int("max");
        var inlineMappings = context.Options.Bool("allow-non-breakable-inline-mappings");
        var words = context.Options.Bool("allow-non-breakable-words") || inlineMappings;
        var text = stream.Text;
        foreach (var line in YamlLintLine.Split(text))
        {
            // Cheap test first: code points never outnumber UTF-16 units (and a byte order mark before the first line
            // counts in yamllint's).
            if (line.End - line.Start + (line.Start == 0 ? 1 : 0) <= max)
            {
                continue;
            }

            var length = stream.LineColumns(line.Start, line.End);
            if (length <= max)
            {
                continue;
            }

            if (words && IsNonBreakable(stream, line, inlineMappings))
            {
                continue;
            }

            context.Report(line.Number, max + 1, $"line too long ({length} > {max} characters)");
        }
    }

    private static bool IsNonBreakable(YamlLintStream stream, YamlLintLine line, bool inlineMappings)
    {
        var text = stream.Text;
        var start = line.Start;
        while (start < line.End && text[start] == ' ')
        {
            start++;
        }

        if (start == line.End)
        {
            return false;
        }

        if (text[start] == '#')
        {
            while (stream.CharAt(start) == '#')
            {
                start++;
            }

            start++;
        }
        else if (text[start] == '-')
        {
            start += 2;
        }

        if (start >= line.End || text.IndexOf(' ', start, line.End - start) == -1)
        {
            return true;
        }

        return inlineMappings && IsInlineMappingOfOneWord(text.Substring(line.Start, line.End - line.Start));
    }

    /// <summary>Whether a line is <c>key: value</c> where the value has no space (yamllint re-scans the line alone).</summary>
    private static bool IsInlineMappingOfOneWord(string content)
    {
        try
        {
            var scanner = new Scanner(new StringReader(content), skipComments: true);
            while (scanner.MoveNext())
            {
                if (scanner.Current is not BlockMappingStart)
                {
                    continue;
                }

                while (scanner.MoveNext())
                {
                    if (scanner.Current is not Value)
                    {
                        continue;
                    }

                    if (!scanner.MoveNext())
                    {
                        return false;
                    }

                    if (scanner.Current is Scalar scalar)
                    {
                        var column = (int)scalar.Start.Column - 1;
                        return column <= content.Length && content.IndexOf(' ', column) == -1;
                    }
                }
            }
        }
        catch (YamlException)
        {
        }

        return false;
    }
}
