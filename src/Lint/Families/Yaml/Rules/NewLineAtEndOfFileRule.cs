using IacTest.Lint.Families.Yaml.Rules.Support;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Families.Yaml.Rules;

/// <summary>yamllint's <c>new-line-at-end-of-file</c>: a file ends with a line break.</summary>
internal sealed class NewLineAtEndOfFileRule : YamllintRule
{
    /// <inheritdoc />
    public override string Code => "IAC0118";

    /// <inheritdoc />
    public override string Name => "new-line-at-end-of-file";

    /// <inheritdoc />
    public override string Title => "Files must end with a new line";

    /// <inheritdoc />
    public override string Description =>
        "POSIX tools expect every line, the last one included, to end with a line break; `cat`, `wc -l` and diffs misbehave without it.";

    /// <inheritdoc />
    public override string BadExample => "name: web\nport: 80";

    /// <inheritdoc />
    public override string GoodExample => "name: web\nport: 80\n";

    /// <inheritdoc />
    internal override Fixes.RuleFix Fix { get; } = new Fixes.NewLineAtEndOfFileFix();

    internal override void Check(RuleContext context, YamlLintStream stream)
    {
        var text = stream.Text;
        var lastBreak = text.LastIndexOf('\n');
        var start = lastBreak + 1;
        // A file of only a byte order mark is, for yamllint, one line without a line break.
        if (start < text.Length || (text.Length == 0 && stream.HasLeadingByteOrderMark))
        {
            context.Report(lastBreak < 0 ? 1 : CountLines(text), stream.LineColumns(start, text.Length) + 1, "no new line character at the end of file");
        }
    }

    private static int CountLines(string text) => text.AsSpan().Count('\n') + 1;
}
