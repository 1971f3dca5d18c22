using IacTest.Lint.Diagnostics;
using IacTest.Lint.Families.Yaml.Rules.Support;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Yaml.Rules;

/// <summary>yamllint's <c>comments-indentation</c>: a comment on its own line is indented like the content.</summary>
internal sealed class CommentsIndentationRule : YamllintRule
{
    /// <inheritdoc />
    public override string Code => "IAC0107";

    /// <inheritdoc />
    public override string Name => "comments-indentation";

    /// <inheritdoc />
    public override string Title => "Comments indented like content";

    /// <inheritdoc />
    public override Severity DefaultSeverity => Severity.Warning;

    /// <inheritdoc />
    public override string Description =>
        "A comment on its own line sits at the indentation of the line before or the line after it, so it visibly belongs to that content.";

    /// <inheritdoc />
    public override string BadExample => "services:\n  web:\n      # the image\n    image: nginx\n";

    /// <inheritdoc />
    public override string GoodExample => "services:\n  web:\n    # the image\n    image: nginx\n";

    internal override void Check(RuleContext context, YamlLintStream stream)
    {
        foreach (var comment in stream.Comments)
        {
            var before = comment.TokenBefore;
            if (before.Kind != ScannedTokenKind.StreamStart && before.End.Line + 1 == comment.Line)
            {
                continue;
            }

            var after = comment.TokenAfter;
            var nextIndent = after is { } next && next.Kind != ScannedTokenKind.StreamEnd ? next.Start.Column : 0;
            var prevIndent = before.Kind == ScannedTokenKind.StreamStart ? 0 : stream.LineIndentAt(before.Start.Index);
            prevIndent = Math.Max(prevIndent, nextIndent);
            if (comment.CommentBefore is { IsInline: false } previous)
            {
                prevIndent = previous.Column - 1;
            }

            if (comment.Column - 1 != prevIndent && comment.Column - 1 != nextIndent)
            {
                context.Report(comment.Line, comment.Column, "comment not indented like content");
            }
        }
    }
}
