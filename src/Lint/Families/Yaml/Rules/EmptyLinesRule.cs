using IacTest.Lint.Families.Yaml.Rules.Support;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Families.Yaml.Rules;

/// <summary>yamllint's <c>empty-lines</c>: at most so many blank lines in a row, at the start and at the end.</summary>
internal sealed class EmptyLinesRule : YamllintRule
{
    /// <inheritdoc />
    public override string Code => "IAC0110";

    /// <inheritdoc />
    public override string Name => "empty-lines";

    /// <inheritdoc />
    public override string Title => "Consecutive blank lines";

    /// <inheritdoc />
    public override IReadOnlyList<RuleOption> Options =>
    [
        new("max", RuleOptionType.Integer, 2, "Maximal number of blank lines in a row."),
        new("max-start", RuleOptionType.Integer, 0, "Maximal number of blank lines at the start of the file."),
        new("max-end", RuleOptionType.Integer, 0, "Maximal number of blank lines at the end of the file."),
    ];

    /// <inheritdoc />
    public override string Description =>
        "Runs of blank lines waste screen space and usually come from deleted content; blank lines at the start or end of a file are noise in diffs.";

    /// <inheritdoc />
    public override string BadExample => "name: web\n\n\n\nport: 80\n";

    /// <inheritdoc />
    public override string GoodExample => "name: web\n\nport: 80\n";

    /// <inheritdoc />
    internal override Fixes.RuleFix Fix { get; } = new Fixes.EmptyLinesFix();

    internal override void Check(RuleContext context, YamlLintStream stream)
    {
        var maxDefault = context.Options.Int("max");
        var maxStart = context.Options.Int("max-start");
        var maxEnd = context.Options.Int("max-end");
        var text = stream.Text;
        var length = text.Length;

        // yamllint keeps a byte order mark: its first line is not blank, and no blank line is at the start of the file.
        var byteOrderMark = stream.HasLeadingByteOrderMark;
        foreach (var line in YamlLintLine.Split(text))
        {
            if (line.Start != line.End || line.End >= length || (byteOrderMark && line.Start == 0))
            {
                continue;
            }

            // Only the last blank line of a run reports.
            if (line.End + 2 <= length && text[line.End] == '\n' && text[line.End + 1] == '\n')
            {
                continue;
            }

            if (line.End + 4 <= length && string.CompareOrdinal(text, line.End, "\r\n\r\n", 0, 4) == 0)
            {
                continue;
            }

            var blank = 0;
            var start = line.Start;
            while (start >= 2 && text[start - 2] == '\r' && text[start - 1] == '\n')
            {
                blank++;
                start -= 2;
            }

            while (start >= 1 && text[start - 1] == '\n')
            {
                blank++;
                start--;
            }

            var max = maxDefault;
            if (start == 0 && !byteOrderMark)
            {
                blank++;
                max = maxStart;
            }

            if ((line.End == length - 1 && text[line.End] == '\n')
                || (line.End == length - 2 && text[line.End] == '\r' && text[line.End + 1] == '\n'))
            {
                if (line.End == 0)
                {
                    continue;
                }

                max = maxEnd;
            }

            if (blank > max)
            {
                context.Report(line.Number, 1, $"too many blank lines ({blank} > {max})");
            }
        }
    }
}
