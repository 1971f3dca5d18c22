namespace IacTest.Lint.Hcl;

/// <summary>
/// The recursive-descent parser behind <see cref="HclParser"/>. It follows hclsyntax's grammar and recovery: after
/// an error it enters recovery mode, where follow-on errors that the first one caused are not reported, and it skips
/// to the end of the body item or bracket it was in.
/// </summary>
internal sealed partial class NativeParser(IReadOnlyList<HclToken> tokens, string fileName)
{
    private readonly TokenPeeker _peeker = new(tokens);
    private readonly List<HclDiagnostic> _diagnostics = [];
    private bool _recovery;
    private int _depth;

    public IReadOnlyList<HclDiagnostic> Diagnostics => _diagnostics;

    private void Error(string summary, string detail, HclRange subject, HclRange? context = null) =>
        _diagnostics.Add(new HclDiagnostic(summary, detail, subject, context));

    /// <summary>Reports unless a previous error already put the parser in recovery mode.</summary>
    private void ErrorUnlessRecovering(string summary, string detail, HclRange subject, HclRange? context = null)
    {
        if (!_recovery)
        {
            Error(summary, detail, subject, context);
        }
    }

    /// <summary>A range as HCL writes it inside a message: <c>file:1,1-5</c>.</summary>
    internal string Describe(HclRange range) => $"{fileName}:{range}";

    private static HclLiteralExpression Placeholder(HclRange range) => new(HclLiteralKind.Unknown, string.Empty, range);

    /// <summary>Enters one nesting level; false (with an error) when the input nests deeper than allowed.</summary>
    private bool Enter(HclRange at)
    {
        if (_depth >= HclParser.MaxNesting)
        {
            ErrorUnlessRecovering("Nesting too deep", $"Expressions, blocks and template directives may nest at most {HclParser.MaxNesting} levels deep.", at);
            _recovery = true;
            return false;
        }

        _depth++;
        return true;
    }

    private void Leave() => _depth--;

    private static HclTokenKind Opposite(HclTokenKind kind) => kind switch
    {
        HclTokenKind.OpenBrace => HclTokenKind.CloseBrace,
        HclTokenKind.OpenBracket => HclTokenKind.CloseBracket,
        HclTokenKind.OpenParen => HclTokenKind.CloseParen,
        HclTokenKind.OpenQuote => HclTokenKind.CloseQuote,
        HclTokenKind.OpenHeredoc => HclTokenKind.CloseHeredoc,
        HclTokenKind.CloseBrace => HclTokenKind.OpenBrace,
        HclTokenKind.CloseBracket => HclTokenKind.OpenBracket,
        HclTokenKind.CloseParen => HclTokenKind.OpenParen,
        HclTokenKind.CloseQuote => HclTokenKind.OpenQuote,
        HclTokenKind.CloseHeredoc => HclTokenKind.OpenHeredoc,
        HclTokenKind.TemplateControl or HclTokenKind.TemplateInterpolation => HclTokenKind.TemplateSequenceEnd,
        HclTokenKind.TemplateSequenceEnd => HclTokenKind.TemplateInterpolation,
        _ => HclTokenKind.Invalid,
    };

    /// <summary>Skips to just after the <paramref name="end"/> that closes the current bracket, counting nesting.</summary>
    private HclToken Recover(HclTokenKind end)
    {
        var start = Opposite(end);
        _recovery = true;
        var nest = 0;
        while (true)
        {
            var token = _peeker.Read();
            var kind = end == HclTokenKind.TemplateSequenceEnd && token.Kind == HclTokenKind.TemplateControl ? HclTokenKind.TemplateInterpolation : token.Kind;
            if (kind == start && start != HclTokenKind.Invalid)
            {
                nest++;
            }
            else if (kind == end)
            {
                if (nest < 1)
                {
                    return token;
                }

                nest--;
            }
            else if (kind == HclTokenKind.EndOfFile)
            {
                return token;
            }
        }
    }

    /// <summary>Skips past the next <paramref name="start"/> bracket and whatever it encloses.</summary>
    private void RecoverOver(HclTokenKind start)
    {
        while (true)
        {
            var token = _peeker.Read();
            if (token.Kind == start || token.Kind == HclTokenKind.EndOfFile)
            {
                break;
            }
        }

        Recover(Opposite(start));
    }

    /// <summary>Skips to the end of the current body item: the next newline outside any bracket.</summary>
    private void RecoverAfterBodyItem()
    {
        _recovery = true;
        var open = new List<HclTokenKind>();
        while (true)
        {
            var token = _peeker.Read();
            switch (token.Kind)
            {
                case HclTokenKind.Newline when open.Count == 0:
                case HclTokenKind.EndOfFile:
                    return;
                case HclTokenKind.OpenBrace or HclTokenKind.OpenBracket or HclTokenKind.OpenParen or HclTokenKind.OpenQuote
                    or HclTokenKind.OpenHeredoc or HclTokenKind.TemplateInterpolation or HclTokenKind.TemplateControl:
                    open.Add(token.Kind);
                    break;
                case HclTokenKind.CloseBrace or HclTokenKind.CloseBracket or HclTokenKind.CloseParen or HclTokenKind.CloseQuote
                    or HclTokenKind.CloseHeredoc:
                    PopUntil(open, k => k == Opposite(token.Kind));
                    break;
                case HclTokenKind.TemplateSequenceEnd:
                    PopUntil(open, k => k is HclTokenKind.TemplateInterpolation or HclTokenKind.TemplateControl);
                    break;
            }
        }
    }

    private static void PopUntil(List<HclTokenKind> open, Func<HclTokenKind, bool> isOpener)
    {
        while (open.Count > 0 && !isOpener(open[^1]))
        {
            open.RemoveAt(open.Count - 1);
        }

        if (open.Count > 0)
        {
            open.RemoveAt(open.Count - 1);
        }
    }
}
