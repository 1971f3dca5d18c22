using IacTest.Lint.Diagnostics;
using IacTest.Lint.Families.Yaml.Rules.Support;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Families.Yaml.Rules;

/// <summary>yamllint's <c>comments</c>: a space after <c>#</c>, and room between content and an inline comment.</summary>
internal sealed class CommentsRule : YamllintRule
{
    /// <inheritdoc />
    public override string Code => "IAC0106";

    /// <inheritdoc />
    public override string Name => "comments";

    /// <inheritdoc />
    public override string Title => "Comment formatting";

    /// <inheritdoc />
    public override Severity DefaultSeverity => Severity.Warning;

    /// <inheritdoc />
    public override IReadOnlyList<RuleOption> Options =>
    [
        new("require-starting-space", RuleOptionType.Boolean, true, "Require a space after the `#`."),
        new("ignore-shebangs", RuleOptionType.Boolean, true, "Accept `#!` on the first line, first column."),
        new("min-spaces-from-content", RuleOptionType.Integer, 2, "Minimal spaces between content and an inline comment (-1: no limit)."),
    ];

    /// <inheritdoc />
    public override string Description =>
        "Comments read as prose: `# text` with a space after the hash, and inline comments kept at least two spaces from the content they follow.";

    /// <inheritdoc />
    public override string BadExample => "#the service name\nname: web # inline\n";

    /// <inheritdoc />
    public override string GoodExample => "# the service name\nname: web  # inline\n";

    /// <inheritdoc />
    internal override Fixes.RuleFix Fix { get; } = new Fixes.CommentsFix();

    internal override void Check(RuleContext context, YamlLintStream stream)
    {
        var requireSpace = context.Options.Bool("require-starting-space");
        var ignoreShebangs = context.Options.Bool("ignore-shebangs");
        var minFromContent = context.Options.Int("min-spaces-from-content");
        var text = stream.Text;
        foreach (var comment in stream.Comments)
        {
            if (minFromContent != -1 && comment.IsInline && comment.Index - comment.TokenBefore.End.Index < minFromContent)
            {
                context.Report(comment.Line, comment.Column, "too few spaces before comment");
            }

            if (!requireSpace)
            {
                continue;
            }

            var textStart = comment.Index + 1;
            while (textStart < text.Length && text[textStart] == '#')
            {
                textStart++;
            }

            // PyYAML's buffer ends with a NUL, so the position just past the text still counts as "inside".
            if (textStart > text.Length)
            {
                continue;
            }

            var first = stream.CharAt(textStart);
            if (ignoreShebangs && comment.Line == 1 && comment.Column == 1 && first == '!')
            {
                continue;
            }

            if (first is not (' ' or '\n' or '\r' or '\0'))
            {
                context.Report(comment.Line, comment.Column + stream.CodePoints(comment.Index, textStart), "missing starting space in comment");
            }
        }
    }
}
