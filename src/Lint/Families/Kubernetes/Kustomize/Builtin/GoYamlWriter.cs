using System.Text;
using System.Text.RegularExpressions;

namespace IacTest.Lint.Families.Kubernetes.Kustomize.Builtin;

/// <summary>
/// Writes objects as <c>kubectl kustomize</c> prints them: Kustomize turns each object into JSON and back into YAML
/// with the Go YAML encoder of <c>sigs.k8s.io/yaml</c>, so keys are in that encoder's natural order ("a2" before
/// "a10", punctuation before letters), lists sit at their key's indentation, strings are quoted only when they would
/// read as something else (YAML 1.1 booleans included) or cannot be plain, multi-line strings are literal blocks, and
/// long lines fold at spaces past column 80. A string whose form is not certain (control characters, a line break
/// after a space) is refused rather than guessed.
/// </summary>
internal static partial class GoYamlWriter
{
    private const int BestWidth = 80;

    /// <summary>The documents, each introduced by <c>---</c> after the first, as Kustomize joins them.</summary>
    public static string Write(IEnumerable<KMap> documents)
    {
        var writer = new Writer();
        var first = true;
        foreach (var document in documents)
        {
            if (!first)
            {
                writer.Text.Append("---\n");
            }

            first = false;
            writer.Mapping(document, 0, inline: false);
        }

        return writer.Text.ToString();
    }

    /// <summary>Compares keys as the Go YAML encoder sorts them: runs of digits by value, non-letters before letters.</summary>
    public static int CompareKeys(string a, string b)
    {
        for (var i = 0; i < a.Length && i < b.Length; i++)
        {
            if (a[i] == b[i])
            {
                continue;
            }

            var aLetter = char.IsLetter(a[i]);
            var bLetter = char.IsLetter(b[i]);
            if (aLetter && bLetter)
            {
                return a[i].CompareTo(b[i]);
            }

            if (aLetter || bLetter)
            {
                return bLetter ? -1 : 1;
            }

            long aNumber = 0, bNumber = 0;
            if (a[i] == '0' || b[i] == '0')
            {
                for (var j = i - 1; j >= 0 && char.IsDigit(a[j]); j--)
                {
                    if (a[j] != '0')
                    {
                        aNumber = 1;
                        bNumber = 1;
                        break;
                    }
                }
            }

            int aEnd, bEnd;
            for (aEnd = i; aEnd < a.Length && char.IsDigit(a[aEnd]); aEnd++)
            {
                aNumber = aNumber * 10 + (a[aEnd] - '0');
            }

            for (bEnd = i; bEnd < b.Length && char.IsDigit(b[bEnd]); bEnd++)
            {
                bNumber = bNumber * 10 + (b[bEnd] - '0');
            }

            if (aNumber != bNumber)
            {
                return aNumber < bNumber ? -1 : 1;
            }

            if (aEnd != bEnd)
            {
                return aEnd < bEnd ? -1 : 1;
            }

            return a[i].CompareTo(b[i]);
        }

        return a.Length.CompareTo(b.Length);
    }

    private sealed class Writer
    {
        public StringBuilder Text { get; } = new();

        private int Column => Text.Length - (LastBreak() + 1);

        // Entries start at column `indent`; when `inline`, the first one follows a "- " already written.
        public void Mapping(KMap map, int indent, bool inline)
        {
            var keys = map.Entries.Keys.ToList();
            keys.Sort(CompareKeys);
            var first = true;
            foreach (var key in keys)
            {
                if (!(first && inline))
                {
                    Text.Append(' ', indent);
                }

                first = false;
                Scalar(key, indent + 2, isKey: true);
                Text.Append(':');
                Value(map.Entries[key], indent);
            }
        }

        private void Value(KNode value, int indent)
        {
            switch (value)
            {
                case KMap { Entries.Count: 0 }:
                    Text.Append(" {}\n");
                    break;
                case KMap map:
                    Text.Append('\n');
                    Mapping(map, indent + 2, inline: false);
                    break;
                case KList { Items.Count: 0 }:
                    Text.Append(" []\n");
                    break;
                case KList list:
                    Text.Append('\n');
                    Sequence(list, indent, inline: false);
                    break;
                case KScalar scalar:
                    Text.Append(' ');
                    Scalar(scalar, indent + 2);
                    Text.Append('\n');
                    break;
            }
        }

        private void Sequence(KList list, int indent, bool inline)
        {
            var first = true;
            foreach (var item in list.Items)
            {
                if (!(first && inline))
                {
                    Text.Append(' ', indent);
                }

                first = false;
                Text.Append("- ");
                switch (item)
                {
                    case KMap { Entries.Count: 0 }:
                        Text.Append("{}\n");
                        break;
                    case KMap map:
                        Mapping(map, indent + 2, inline: true);
                        break;
                    case KList { Items.Count: 0 }:
                        Text.Append("[]\n");
                        break;
                    case KList inner:
                        Sequence(inner, indent + 2, inline: true);
                        break;
                    case KScalar scalar:
                        Scalar(scalar, indent + 2);
                        Text.Append('\n');
                        break;
                }
            }
        }

        private void Scalar(KScalar scalar, int indent)
        {
            if (scalar.Type == KScalarType.String)
            {
                Scalar(scalar.Text, indent, isKey: false);
            }
            else
            {
                Text.Append(scalar.Text);
            }
        }

        private void Scalar(string value, int indent, bool isKey)
        {
            var analysis = Analysis.Of(value);
            if (value.Contains('\n', StringComparison.Ordinal))
            {
                if (isKey || !analysis.BlockAllowed || value[0] == ' ' || value[0] == '\n')
                {
                    throw new KustomizeUnsupportedException("a multi-line string that cannot be a literal block");
                }

                Literal(value, indent);
                return;
            }

            if (analysis.Special)
            {
                Double(value, indent, allowBreaks: !isKey);
            }
            else if (ReadsAsOtherType(value))
            {
                Double(value, indent, allowBreaks: !isKey);
            }
            else if (analysis.PlainAllowed)
            {
                Folded(value, indent, allowBreaks: !isKey, quote: null);
            }
            else
            {
                Folded(value, indent, allowBreaks: !isKey, quote: '\'');
            }
        }

        private void Literal(string value, int indent)
        {
            var trailing = value.Length - value.TrimEnd('\n').Length;
            Text.Append(trailing switch { 0 => "|-", 1 => "|", _ => "|+" });
            var lines = value.Split('\n');
            var count = trailing == 0 ? lines.Length : lines.Length - 1;
            for (var i = 0; i < count; i++)
            {
                Text.Append('\n');
                if (lines[i].Length > 0)
                {
                    Text.Append(' ', indent).Append(lines[i]);
                }
            }
        }

        // A plain or single-quoted scalar; a space past the width becomes a line break at the scalar's indentation.
        private void Folded(string value, int indent, bool allowBreaks, char? quote)
        {
            if (quote is { } open)
            {
                Text.Append(open);
            }

            var spaces = false;
            for (var i = 0; i < value.Length; i++)
            {
                var c = value[i];
                if (c == ' ')
                {
                    var next = i + 1 < value.Length ? value[i + 1] : '\0';
                    var edge = quote is not null && (i == 0 || i == value.Length - 1);
                    if (allowBreaks && !spaces && Column > BestWidth && !edge && next != ' ')
                    {
                        Text.Append('\n').Append(' ', indent);
                    }
                    else
                    {
                        Text.Append(c);
                    }

                    spaces = true;
                    continue;
                }

                Text.Append(c == '\'' && quote is not null ? "''" : c.ToString());
                spaces = false;
            }

            if (quote is { } close)
            {
                Text.Append(close);
            }
        }

        private void Double(string value, int indent, bool allowBreaks)
        {
            Text.Append('"');
            var spaces = false;
            for (var i = 0; i < value.Length; i++)
            {
                var c = value[i];
                if (c == ' ')
                {
                    if (allowBreaks && !spaces && Column > BestWidth && i != 0 && i != value.Length - 1)
                    {
                        if (value[i + 1] == ' ')
                        {
                            throw new KustomizeUnsupportedException("a long quoted string with double spaces");
                        }

                        Text.Append('\n').Append(' ', indent);
                    }
                    else
                    {
                        Text.Append(c);
                    }

                    spaces = true;
                    continue;
                }

                spaces = false;
                switch (c)
                {
                    case '"':
                        Text.Append("\\\"");
                        break;
                    case '\\':
                        Text.Append("\\\\");
                        break;
                    case '\t':
                        Text.Append("\\t");
                        break;
                    default:
                        if (!IsPrintable(c))
                        {
                            throw new KustomizeUnsupportedException("a string with control characters");
                        }

                        Text.Append(c);
                        break;
                }
            }

            Text.Append('"');
        }

        private int LastBreak()
        {
            for (var i = Text.Length - 1; i >= 0; i--)
            {
                if (Text[i] == '\n')
                {
                    return i;
                }
            }

            return -1;
        }
    }

    private static bool IsPrintable(char c) =>
        c == '\n' || c is >= ' ' and <= '~' || c >= '\u00A0' && !char.IsSurrogate(c) && c is not ('\uFEFF' or '\uFFFE' or '\uFFFF');

    // Whether the Go encoder's resolver would read the string as another type (YAML 1.1: yes/no/on/off too), so
    // it is double-quoted.
    private static bool ReadsAsOtherType(string value)
    {
        switch (value)
        {
            case "" or "~" or "null" or "Null" or "NULL" or "<<"
                or "y" or "Y" or "yes" or "Yes" or "YES" or "n" or "N" or "no" or "No" or "NO"
                or "true" or "True" or "TRUE" or "false" or "False" or "FALSE"
                or "on" or "On" or "ON" or "off" or "Off" or "OFF"
                or ".inf" or ".Inf" or ".INF" or "+.inf" or "+.Inf" or "+.INF" or "-.inf" or "-.Inf" or "-.INF"
                or ".nan" or ".NaN" or ".NAN":
                return true;
        }

        if ("+-.0123456789".IndexOf(value[0]) < 0)
        {
            return false;
        }

        var plain = value.Replace("_", string.Empty, StringComparison.Ordinal);
        if (IntegerLike().IsMatch(plain) || FloatLike().IsMatch(plain) || Base60().IsMatch(value) || Date().IsMatch(value))
        {
            return true;
        }

        if (DateTime().IsMatch(value))
        {
            throw new KustomizeUnsupportedException($"the timestamp-like string {value}");
        }

        return false;
    }

    [GeneratedRegex(@"^[-+]?(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|[0-9]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex IntegerLike();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex FloatLike();

    [GeneratedRegex(@"^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Base60();

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex Date();

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}[Tt ]", RegexOptions.CultureInvariant)]
    private static partial Regex DateTime();

    /// <summary>What libyaml's scalar analysis decides: whether the string may be plain, a block, or needs escapes.</summary>
    private readonly record struct Analysis(bool PlainAllowed, bool BlockAllowed, bool Special)
    {
        public static Analysis Of(string value)
        {
            if (value.Length == 0)
            {
                return new Analysis(false, false, false);
            }

            var blockIndicators = value.StartsWith("---", StringComparison.Ordinal) || value.StartsWith("...", StringComparison.Ordinal);
            bool leadingSpace = false, leadingBreak = false, trailingSpace = false, trailingBreak = false;
            bool breakSpace = false, spaceBreak = false, previousSpace = false, previousBreak = false, special = false, lineBreaks = false;
            var precededByWhitespace = true;
            for (var i = 0; i < value.Length; i++)
            {
                var c = value[i];
                var followedByWhitespace = i + 1 >= value.Length || value[i + 1] is ' ' or '\t' or '\n' or '\r';
                if (i == 0)
                {
                    switch (c)
                    {
                        case '#' or ',' or '[' or ']' or '{' or '}' or '&' or '*' or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`':
                            blockIndicators = true;
                            break;
                        case '?' or ':' or '-':
                            blockIndicators |= followedByWhitespace;
                            break;
                    }
                }
                else if (c == ':' && followedByWhitespace || c == '#' && precededByWhitespace)
                {
                    blockIndicators = true;
                }

                if (!IsPrintable(c))
                {
                    special = true;
                }

                if (c == ' ')
                {
                    leadingSpace |= i == 0;
                    trailingSpace |= i == value.Length - 1;
                    breakSpace |= previousBreak;
                    previousSpace = true;
                    previousBreak = false;
                }
                else if (c == '\n')
                {
                    lineBreaks = true;
                    leadingBreak |= i == 0;
                    trailingBreak |= i == value.Length - 1;
                    spaceBreak |= previousSpace;
                    previousBreak = true;
                    previousSpace = false;
                }
                else
                {
                    previousSpace = previousBreak = false;
                }

                precededByWhitespace = c is ' ' or '\t' or '\n' or '\r';
            }

            var plain = !(leadingSpace || leadingBreak || trailingSpace || trailingBreak || breakSpace || spaceBreak || special || lineBreaks || blockIndicators);
            var block = !(trailingSpace || spaceBreak || special);
            return new Analysis(plain, block, special || breakSpace || spaceBreak);
        }
    }
}
