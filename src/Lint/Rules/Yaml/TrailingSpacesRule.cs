namespace IacTest.Lint.Rules.Yaml;

/// <summary>yamllint's <c>trailing-spaces</c>: no spaces or tabs at the end of a line.</summary>
public sealed class TrailingSpacesRule : LintRule
{
    /// <inheritdoc />
    public override string Code => "IAC0122";

    /// <inheritdoc />
    public override string Name => "trailing-spaces";

    /// <inheritdoc />
    public override string Title => "Lines must not end with spaces or tabs";

    /// <inheritdoc />
    public override RuleFamily Family => RuleFamily.Yaml;

    /// <inheritdoc />
    public override IReadOnlyList<string> Tags => ["formatting"];

    /// <inheritdoc />
    public override string Description =>
        "Trailing white space is invisible in review, noisy in diffs and, inside block scalars, part of the value.";

    /// <inheritdoc />
    public override string BadExample => "name: web   \nport: 80\n";

    /// <inheritdoc />
    public override string GoodExample => "name: web\nport: 80\n";

    /// <inheritdoc />
    public override void Check(RuleContext context)
    {
        var text = context.File.Text;
        foreach (var line in context.File.Source.Lines)
        {
            var end = line.ContentEnd(text);
            if (end == line.Start)
            {
                continue;
            }

            var position = end;
            while (position > line.Start && char.IsWhiteSpace(text[position - 1]))
            {
                position--;
            }

            if (position != end && text[position] is ' ' or '\t')
            {
                context.Report(line.Number, position - line.Start + 1, "trailing spaces");
            }
        }
    }
}
