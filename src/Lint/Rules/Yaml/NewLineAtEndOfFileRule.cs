namespace IacTest.Lint.Rules.Yaml;

/// <summary>yamllint's <c>new-line-at-end-of-file</c>: a file ends with a line break.</summary>
public sealed class NewLineAtEndOfFileRule : LintRule
{
    /// <inheritdoc />
    public override string Code => "IAC0118";

    /// <inheritdoc />
    public override string Name => "new-line-at-end-of-file";

    /// <inheritdoc />
    public override string Title => "Files must end with a new line";

    /// <inheritdoc />
    public override RuleFamily Family => RuleFamily.Yaml;

    /// <inheritdoc />
    public override IReadOnlyList<string> Tags => ["formatting"];

    /// <inheritdoc />
    public override string Description =>
        "POSIX tools expect every line, the last one included, to end with a line break; `cat`, `wc -l` and diffs misbehave without it.";

    /// <inheritdoc />
    public override string BadExample => "name: web\nport: 80";

    /// <inheritdoc />
    public override string GoodExample => "name: web\nport: 80\n";

    /// <inheritdoc />
    public override void Check(RuleContext context)
    {
        var lines = context.File.Source.Lines;
        var last = lines[^1];
        var text = context.File.Text;
        var end = last.ContentEnd(text);
        if (!last.HasNewline && end > last.Start)
        {
            context.Report(last.Number, end - last.Start + 1, "no new line character at the end of file");
        }
    }
}
