using IacTest.Lint.Families.Yaml.Rules.Support;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Families.Yaml.Rules;

/// <summary>yamllint's <c>new-lines</c>: one kind of line break, Unix or DOS.</summary>
internal sealed class NewLinesRule : YamllintRule
{
    /// <inheritdoc />
    public override string Code => "IAC0119";

    /// <inheritdoc />
    public override string Name => "new-lines";

    /// <inheritdoc />
    public override string Title => "Line break characters";

    /// <inheritdoc />
    public override IReadOnlyList<RuleOption> Options =>
    [
        new("type", RuleOptionType.String, "unix", "`unix` (\\n), `dos` (\\r\\n) or `platform` (the running system's).") { AllowedValues = ["unix", "dos", "platform"] },
    ];

    /// <inheritdoc />
    public override string Description =>
        "Mixed or unexpected line breaks make whole-file diffs and break shell scripts embedded in YAML. Like yamllint, only the first line break is checked.";

    /// <inheritdoc />
    public override string BadExample => "name: web\r\nport: 80\r\n";

    /// <inheritdoc />
    public override string GoodExample => "name: web\nport: 80\n";

    /// <inheritdoc />
    internal override Fixes.RuleFix Fix { get; } = new Fixes.NewLinesFix();

    internal override void Check(RuleContext context, YamlLintStream stream)
    {
        var expected = context.Options.String("type") switch
        {
            "dos" => "\r\n",
            "platform" => Environment.NewLine,
            _ => "\n",
        };
        var text = stream.Text;
        var first = YamlLintLine.Split(text).First();
        if (text.Length > first.End && string.CompareOrdinal(text, first.End, expected, 0, expected.Length) != 0)
        {
            var shown = expected == "\n" ? "\\n" : "\\r\\n";
            context.Report(1, stream.LineColumns(first.Start, first.End) + 1, $"wrong new line character: expected {shown}");
        }
    }
}
