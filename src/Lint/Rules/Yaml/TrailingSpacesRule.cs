using IacTest.Lint.Rules.Yaml.Support;

namespace IacTest.Lint.Rules.Yaml;

/// <summary>yamllint's <c>trailing-spaces</c>: no spaces or tabs at the end of a line.</summary>
public sealed class TrailingSpacesRule : YamllintRule
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

    internal override void Check(RuleContext context, YamlLintStream stream)
    {
        var text = stream.Text;
        foreach (var line in YamlLintLine.Split(text))
        {
            if (line.End == 0)
            {
                continue;
            }

            var position = line.End;
            while (YamlLintStream.IsPythonWhiteSpace(text[position - 1]) && position > line.Start)
            {
                position--;
            }

            if (position != line.End && text[position] is ' ' or '\t')
            {
                context.Report(line.Number, stream.CodePoints(line.Start, position) + 1, "trailing spaces");
            }
        }
    }
}
