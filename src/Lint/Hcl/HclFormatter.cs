using System.Globalization;
using System.Text;

namespace IacTest.Lint.Hcl;

/// <summary>
/// The canonical layout of <c>terraform fmt</c>: two spaces of indentation per bracket level that a line opens,
/// single spaces between most tokens (none inside brackets, around dots, before commas, inside templates), and the
/// equals signs of consecutive argument lines aligned, then their trailing comments. Text inside strings, heredocs
/// and comments is never touched. A file with syntax errors is returned unchanged, as <c>terraform fmt</c> refuses it.
/// </summary>
public static class HclFormatter
{
    private sealed class FormatToken(HclTokenKind kind, string text)
    {
        public FormatToken(HclToken token)
            : this(token.Kind, token.Text)
        {
        }

        public HclTokenKind Kind { get; } = kind;

        public string Text { get; set; } = text;

        public int SpacesBefore { get; set; }
    }

    private sealed class Line
    {
        public List<FormatToken> Lead { get; set; } = [];

        public List<FormatToken>? Assign { get; set; }

        public List<FormatToken>? Comment { get; set; }
    }

    /// <summary>The canonical text of <paramref name="text"/>, or the text itself when it does not parse.</summary>
    public static string Format(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var file = HclParser.ParseConfig(text, "format.hcl");
        if (!file.IsValid)
        {
            return text;
        }

        var tokens = TerraformRewrites.Apply(file);
        var lines = SplitLines(tokens);
        Indent(lines);
        Space(lines);
        AlignCells(lines);
        var output = new StringBuilder(text.Length);
        foreach (var token in tokens)
        {
            output.Append(' ', token.SpacesBefore).Append(token.Text);
        }

        // No final line break is added: `terraform fmt` leaves a file's end as it is (only its stdin mode appends one).
        return output.ToString();
    }

    private static bool IsNewline(FormatToken token) =>
        token.Kind == HclTokenKind.Newline || (token.Kind == HclTokenKind.Comment && token.Text.EndsWith('\n'));

    private static int BracketChange(FormatToken token) => token.Kind switch
    {
        HclTokenKind.OpenBrace or HclTokenKind.OpenBracket or HclTokenKind.OpenParen or HclTokenKind.TemplateControl or HclTokenKind.TemplateInterpolation => 1,
        HclTokenKind.CloseBrace or HclTokenKind.CloseBracket or HclTokenKind.CloseParen or HclTokenKind.TemplateSequenceEnd => -1,
        _ => 0,
    };

    private static int NetBrackets(IEnumerable<FormatToken> tokens)
    {
        var net = 0;
        foreach (var token in tokens)
        {
            net += BracketChange(token);
            if (token.Kind == HclTokenKind.OpenHeredoc)
            {
                break;
            }
        }

        return net;
    }

    /// <summary>
    /// One line per newline token (a heredoc's content stays on its opening line); a line's trailing comment and
    /// its <c>= value</c> part become cells of their own, so they can be aligned with the lines around.
    /// </summary>
    private static List<Line> SplitLines(List<FormatToken> tokens)
    {
        var lines = new List<Line>();
        var start = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (IsNewline(tokens[i]))
            {
                lines.Add(new Line { Lead = tokens.GetRange(start, i + 1 - start) });
                start = i + 1;
            }
        }

        lines.Add(new Line { Lead = tokens.GetRange(start, tokens.Count - start) });
        foreach (var line in lines)
        {
            if (line.Lead.Count > 1 && line.Lead[^1].Kind == HclTokenKind.Comment)
            {
                line.Comment = [line.Lead[^1]];
                line.Lead = line.Lead[..^1];
            }

            for (var i = 1; i < line.Lead.Count; i++)
            {
                if (line.Lead[i].Kind != HclTokenKind.Equal)
                {
                    continue;
                }

                // Only a value that ends on this line is a cell to align; a multi-line one is left where it starts.
                if (NetBrackets(line.Lead.Skip(i)) == 0)
                {
                    line.Assign = line.Lead[i..];
                    line.Lead = line.Lead[..i];
                }

                break;
            }
        }

        return lines;
    }

    /// <summary>A line that opens brackets indents the lines after it until as many are closed.</summary>
    private static void Indent(List<Line> lines)
    {
        var indents = new List<int>();
        foreach (var line in lines)
        {
            if (line.Lead.Count == 0)
            {
                continue;
            }

            if (line.Lead[0].Kind == HclTokenKind.Newline)
            {
                line.Lead[0].SpacesBefore = 0;
                continue;
            }

            var net = NetBrackets(line.Lead) + (line.Assign is null ? 0 : NetBrackets(line.Assign));
            if (net > 0)
            {
                line.Lead[0].SpacesBefore = 2 * indents.Count;
                indents.Add(net);
                continue;
            }

            var closed = -net;
            while (closed > 0 && indents.Count > 0)
            {
                var last = indents[^1];
                if (closed >= last)
                {
                    closed -= last;
                    indents.RemoveAt(indents.Count - 1);
                }
                else
                {
                    indents[^1] = last - closed;
                    closed = 0;
                }
            }

            line.Lead[0].SpacesBefore = 2 * indents.Count;
        }
    }

    private static void Space(List<Line> lines)
    {
        foreach (var line in lines)
        {
            SpaceCell(line.Lead);
            if (line.Assign is not null)
            {
                line.Assign[0].SpacesBefore = 1;
                SpaceCell(line.Assign);
            }
        }
    }

    private static void SpaceCell(List<FormatToken> cell)
    {
        for (var i = 0; i + 1 < cell.Count; i++)
        {
            cell[i + 1].SpacesBefore = SpaceAfter(cell[i], i > 0 ? cell[i - 1] : null, cell[i + 1]) ? 1 : 0;
        }
    }

    private static bool SpaceAfter(FormatToken subject, FormatToken? before, FormatToken after)
    {
        var s = subject.Kind;
        var a = after.Kind;
        if (a == HclTokenKind.Newline || (s == HclTokenKind.Identifier && a == HclTokenKind.OpenParen))
        {
            return false;
        }

        if ((s == HclTokenKind.Identifier && a == HclTokenKind.DoubleColon) || (s == HclTokenKind.DoubleColon && a == HclTokenKind.Identifier))
        {
            return false;
        }

        if (s == HclTokenKind.Dot || a == HclTokenKind.Dot || a is HclTokenKind.Comma or HclTokenKind.Ellipsis)
        {
            return false;
        }

        if (s == HclTokenKind.Comma)
        {
            return true;
        }

        if (s == HclTokenKind.Bang)
        {
            return false;
        }

        if (s is HclTokenKind.QuotedLiteral or HclTokenKind.StringLiteral or HclTokenKind.OpenQuote or HclTokenKind.OpenHeredoc
            || a is HclTokenKind.QuotedLiteral or HclTokenKind.StringLiteral or HclTokenKind.CloseQuote or HclTokenKind.CloseHeredoc)
        {
            return false;
        }

        if (s == HclTokenKind.Identifier && subject.Text == "in" && before?.Kind == HclTokenKind.Identifier)
        {
            return true;
        }

        if (a == HclTokenKind.OpenBracket && (s is HclTokenKind.Identifier or HclTokenKind.Number || BracketChange(subject) < 0))
        {
            return false;
        }

        if (s == HclTokenKind.Minus)
        {
            // A minus after something that cannot end an expression is a negation, written against its operand.
            return before?.Kind is not (null or HclTokenKind.OpenParen or HclTokenKind.OpenBrace or HclTokenKind.OpenBracket or HclTokenKind.Equal
                or HclTokenKind.Colon or HclTokenKind.Comma or HclTokenKind.Question or HclTokenKind.Plus or HclTokenKind.Star or HclTokenKind.Slash
                or HclTokenKind.Percent or HclTokenKind.Minus or HclTokenKind.EqualOperator or HclTokenKind.NotEqual or HclTokenKind.GreaterThan
                or HclTokenKind.GreaterThanOrEqual or HclTokenKind.LessThan or HclTokenKind.LessThanOrEqual or HclTokenKind.And or HclTokenKind.Or
                or HclTokenKind.Bang);
        }

        if (s == HclTokenKind.OpenBrace || a == HclTokenKind.CloseBrace)
        {
            return !(s == HclTokenKind.OpenBrace && a == HclTokenKind.CloseBrace);
        }

        if ((s is HclTokenKind.TemplateInterpolation or HclTokenKind.TemplateControl && a == HclTokenKind.OpenBrace)
            || (s == HclTokenKind.CloseBrace && a == HclTokenKind.TemplateSequenceEnd))
        {
            return true;
        }

        if (s == HclTokenKind.TemplateSequenceEnd && a is HclTokenKind.TemplateInterpolation or HclTokenKind.TemplateControl)
        {
            return false;
        }

        return BracketChange(subject) <= 0 && BracketChange(after) >= 0;
    }

    /// <summary>Aligns the equals signs of consecutive argument lines, then the trailing comments of consecutive lines.</summary>
    private static void AlignCells(List<Line> lines)
    {
        AlignChains(lines, l => l.Assign, l => Columns(l.Lead));
        AlignChains(lines, l => l.Comment, l => Columns(l.Lead) + Columns(l.Assign));
    }

    private static void AlignChains(List<Line> lines, Func<Line, List<FormatToken>?> cell, Func<Line, int> width)
    {
        var chainStart = -1;
        var widest = 0;
        void Close(int end)
        {
            for (var i = chainStart; i < end; i++)
            {
                cell(lines[i])![0].SpacesBefore = widest - width(lines[i]) + 1;
            }

            chainStart = -1;
            widest = 0;
        }

        for (var i = 0; i < lines.Count; i++)
        {
            if (cell(lines[i]) is null)
            {
                if (chainStart >= 0)
                {
                    Close(i);
                }

                continue;
            }

            chainStart = chainStart < 0 ? i : chainStart;
            widest = Math.Max(widest, width(lines[i]));
        }

        if (chainStart >= 0)
        {
            Close(lines.Count);
        }
    }

    private static int Columns(List<FormatToken>? cell) =>
        cell?.Sum(t => t.SpacesBefore + new StringInfo(t.Text).LengthInTextElements) ?? 0;

    /// <summary>
    /// What <c>terraform fmt</c> rewrites beyond layout: block labels written as names are quoted, an argument whose
    /// whole value is one interpolation (<c>"${var.x}"</c>) loses the quotes, and a variable's legacy quoted type
    /// (<c>"string"</c>, <c>"list"</c>, <c>"map"</c>) becomes a type expression.
    /// </summary>
    private static class TerraformRewrites
    {
        public static List<FormatToken> Apply(HclFile file)
        {
            var source = file.Tokens.Where(t => t.Kind != HclTokenKind.EndOfFile).ToList();
            var byStart = new Dictionary<int, int>();
            for (var i = 0; i < source.Count; i++)
            {
                byStart.TryAdd(source[i].Range.Start.Byte, i);
            }

            var replacements = new Dictionary<int, (int End, List<FormatToken> Tokens)>();
            Body(file.Body, null, source, byStart, replacements);
            var result = new List<FormatToken>(source.Count);
            for (var i = 0; i < source.Count; i++)
            {
                if (replacements.TryGetValue(i, out var replacement))
                {
                    result.AddRange(replacement.Tokens);
                    i = replacement.End - 1;
                    continue;
                }

                result.Add(new FormatToken(source[i]));
            }

            return result;
        }

        private static void Body(HclBody body, string? blockType, List<HclToken> source, Dictionary<int, int> byStart, Dictionary<int, (int, List<FormatToken>)> replacements)
        {
            foreach (var attribute in body.Attributes)
            {
                if (!byStart.TryGetValue(attribute.Expression.Range.Start.Byte, out var first))
                {
                    continue;
                }

                var end = first;
                while (end < source.Count && source[end].Range.End.Byte <= attribute.Expression.Range.End.Byte)
                {
                    end++;
                }

                var tokens = source.GetRange(first, end - first);
                var rewritten = blockType == "variable" && attribute.Name == "type" ? TypeExpression(tokens) : ValueExpression(tokens);
                if (rewritten is not null)
                {
                    replacements[first] = (end, rewritten);
                }
            }

            foreach (var block in body.Blocks)
            {
                foreach (var label in block.Labels)
                {
                    if (byStart.TryGetValue(label.Range.Start.Byte, out var index) && source[index].Kind == HclTokenKind.Identifier)
                    {
                        replacements[index] = (index + 1, [new FormatToken(HclTokenKind.Identifier, $"\"{label.Value}\"")]);
                    }
                }

                Body(block.Body, block.Type, source, byStart, replacements);
            }
        }

        /// <summary><c>"${x}"</c> becomes <c>x</c> when the quotes hold nothing but that one interpolation.</summary>
        private static List<FormatToken>? ValueExpression(List<HclToken> tokens)
        {
            if (tokens.Count < 5 || tokens[0].Kind != HclTokenKind.OpenQuote || tokens[1].Kind != HclTokenKind.TemplateInterpolation
                || tokens[^2].Kind != HclTokenKind.TemplateSequenceEnd || tokens[^1].Kind != HclTokenKind.CloseQuote)
            {
                return null;
            }

            var inside = tokens.GetRange(2, tokens.Count - 4);
            var quotes = 0;
            foreach (var token in inside)
            {
                switch (token.Kind)
                {
                    case HclTokenKind.OpenQuote:
                        quotes++;
                        continue;
                    case HclTokenKind.CloseQuote:
                        quotes--;
                        continue;
                    case HclTokenKind.TemplateInterpolation or HclTokenKind.TemplateSequenceEnd or HclTokenKind.QuotedLiteral when quotes == 0:
                        return null;
                }
            }

            var trimmed = inside.SkipWhile(t => t.Kind == HclTokenKind.Newline).Reverse().SkipWhile(t => t.Kind == HclTokenKind.Newline).Reverse().ToList();
            var multiLine = trimmed.Any(t => t.Kind == HclTokenKind.Newline);
            var parenthesized = trimmed.Count > 0 && trimmed[0].Kind == HclTokenKind.OpenParen && trimmed[^1].Kind == HclTokenKind.CloseParen;
            var result = trimmed.Select(t => new FormatToken(t)).ToList();
            if (multiLine && !parenthesized)
            {
                // A multi-line value needs parentheses to stay one expression once the quotes are gone.
                result.Insert(0, new FormatToken(HclTokenKind.OpenParen, "("));
                result.Add(new FormatToken(HclTokenKind.CloseParen, ")"));
            }

            return result;
        }

        /// <summary>The legacy type names of Terraform 0.11: <c>"string"</c>, <c>"list"</c> and <c>"map"</c>, quoted or not.</summary>
        private static List<FormatToken>? TypeExpression(List<HclToken> tokens)
        {
            string? keyword = tokens switch
            {
                [{ Kind: HclTokenKind.Identifier } name] when name.Text is "list" or "map" => name.Text,
                [{ Kind: HclTokenKind.OpenQuote }, { Kind: HclTokenKind.QuotedLiteral } name, { Kind: HclTokenKind.CloseQuote }] => name.Text,
                _ => null,
            };
            return keyword switch
            {
                "string" => [new FormatToken(HclTokenKind.Identifier, "string")],
                "list" or "map" =>
                [
                    new FormatToken(HclTokenKind.Identifier, keyword), new FormatToken(HclTokenKind.OpenParen, "("),
                    new FormatToken(HclTokenKind.Identifier, "string"), new FormatToken(HclTokenKind.CloseParen, ")"),
                ],
                _ => null,
            };
        }
    }
}
