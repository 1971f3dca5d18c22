using IacTest.Lint.Families.Yaml.Rules.Support;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Families.Yaml.Rules;

/// <summary>yamllint's <c>trailing-spaces</c>: no spaces or tabs at the end of a line.</summary>
internal sealed class TrailingSpacesRule : YamllintRule
{
    /// <inheritdoc />
    public override string Code => "IAC0122";

    /// <inheritdoc />
    public override string Name => "trailing-spaces";

    /// <inheritdoc />
    public override string Title => "Lines must not end with spaces or tabs";

    /// <inheritdoc />
    public override string Description =>
        "Trailing white space is invisible in review, noisy in diffs and, inside block scalars, part of the value.";

    /// <inheritdoc />
    public override string BadExample => "name: web   \nport: 80\n";

    /// <inheritdoc />
    public override string GoodExample => "name: web\nport: 80\n";

    /// <inheritdoc />
    internal override Fixes.RuleFix Fix { get; } = new Fixes.TrailingSpacesFix();

    internal override void Check(RuleContext context, YamlLintStream stream)
    {
        var text = stream.Text;
        foreach (var line in YamlLintLine.Split(text))
        {
            if (line.End == 0)
            {
                continue;
            }

            // The bound first: yamllint also reads the character before the line start (Python's buffer[-1] at the
            // start of the file) but stops at the line start all the same; C# would throw there.
            var position = line.End;
            while (position > line.Start && YamlLintStream.IsPythonWhiteSpace(text[position - 1]))
            {
                position--;
            }

            if (position != line.End && text[position] is ' ' or '\t')
            {
                context.Report(line.Number, stream.LineColumns(line.Start, position) + 1, "trailing spaces");
            }
        }
    }
}
