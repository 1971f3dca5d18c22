using System.Globalization;
using System.Text;

namespace IacTest.Harness.Goss.Templates;

/// <summary>
/// The word-splitting text functions Sprig 3.2.3 takes from huandu/xstrings 1.3.3 (<c>camelcase</c>, <c>snakecase</c>,
/// <c>kebabcase</c>) and Masterminds/goutils (<c>swapcase</c>, <c>wrap</c>, <c>wrapWith</c>, <c>abbrevboth</c>), step
/// for step: their word rules are subtle (<c>HTTPServer</c> is <c>http_server</c>, <c>v2Api</c> is <c>v_2_api</c>),
/// so a near version would disagree on the names a goss file builds.
/// </summary>
internal static class SprigCase
{
    private enum WordType
    {
        Invalid,
        Number,
        UpperCase,
        Alphabet,
        Connector,
        Punct,
        Other,
    }

    /// <summary>xstrings.ToCamelCase: connectors (<c>-</c>, <c>_</c>, spaces) removed, the letter after each upper-cased, leading connectors kept.</summary>
    public static string ToCamelCase(string text)
    {
        var runes = text.EnumerateRunes().ToArray();
        if (runes.Length == 0)
        {
            return "";
        }

        var builder = new StringBuilder();
        var i = 0;
        var r0 = runes[i++];
        while (IsConnector(r0))
        {
            builder.Append(r0.ToString());
            if (i == runes.Length)
            {
                return builder.ToString();
            }

            r0 = runes[i++];
        }

        r0 = Rune.ToUpperInvariant(r0);
        while (i < runes.Length)
        {
            var r1 = r0;
            r0 = runes[i++];
            if (IsConnector(r0) && IsConnector(r1))
            {
                builder.Append(r1.ToString());
                continue;
            }

            if (IsConnector(r1))
            {
                r0 = Rune.ToUpperInvariant(r0);
            }
            else
            {
                r0 = Rune.ToLowerInvariant(r0);
                builder.Append(r1.ToString());
            }
        }

        builder.Append(r0.ToString());
        return builder.ToString();
    }

    /// <summary>xstrings.ToSnakeCase (<c>_</c>) and ToKebabCase (<c>-</c>): words split at case changes and numbers, lower-cased, joined.</summary>
    public static string ToLowerWords(string text, char connector)
    {
        if (text.Length == 0)
        {
            return "";
        }

        var builder = new StringBuilder();
        var (wt, word, remaining) = NextWord(text);
        while (remaining.Length > 0)
        {
            if (wt != WordType.Connector)
            {
                ToLower(builder, wt, word, connector);
            }

            var prev = wt;
            var last = word;
            (wt, word, remaining) = NextWord(remaining);
            switch (prev)
            {
                case WordType.Number:
                    while (wt is WordType.Alphabet or WordType.Number)
                    {
                        ToLower(builder, wt, word, connector);
                        (wt, word, remaining) = NextWord(remaining);
                    }

                    if (wt is not (WordType.Invalid or WordType.Punct or WordType.Connector))
                    {
                        builder.Append(connector);
                    }

                    break;
                case WordType.Connector:
                    ToLower(builder, prev, last, connector);
                    break;
                case WordType.Punct:
                    break;
                default:
                    if (wt != WordType.Number)
                    {
                        if (wt is not (WordType.Connector or WordType.Punct))
                        {
                            builder.Append(connector);
                        }

                        break;
                    }

                    if (remaining.Length == 0)
                    {
                        break;
                    }

                    var number = word;
                    (wt, word, remaining) = NextWord(remaining);
                    if (wt != WordType.Alphabet)
                    {
                        ToLower(builder, WordType.Number, number, connector);
                        if (wt is not (WordType.Connector or WordType.Punct))
                        {
                            builder.Append(connector);
                        }

                        break;
                    }

                    builder.Append(connector);
                    ToLower(builder, WordType.Number, number, connector);
                    while (wt is WordType.Alphabet or WordType.Number)
                    {
                        ToLower(builder, wt, word, connector);
                        (wt, word, remaining) = NextWord(remaining);
                    }

                    if (wt is not (WordType.Invalid or WordType.Connector or WordType.Punct))
                    {
                        builder.Append(connector);
                    }

                    break;
            }
        }

        ToLower(builder, wt, word, connector);
        return builder.ToString();
    }

    /// <summary>goutils.SwapCase: upper to lower, lower to upper (title case after white space).</summary>
    public static string SwapCase(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            builder.Append((Rune.IsUpper(rune) ? Rune.ToLowerInvariant(rune) : Rune.IsLower(rune) ? Rune.ToUpperInvariant(rune) : rune).ToString());
        }

        return builder.ToString();
    }

    /// <summary>
    /// goutils.WrapCustom: lines broken at the last space within <paramref name="width"/>; a longer word is cut
    /// (<paramref name="wrapLongWords"/>, as <c>wrapWith</c>) or left whole (as <c>wrap</c>). Spaces at a line start are dropped.
    /// </summary>
    public static string Wrap(string text, int width, string newLine, bool wrapLongWords)
    {
        if (text.Length == 0)
        {
            return "";
        }

        newLine = newLine.Length == 0 ? "\n" : newLine;
        width = Math.Max(1, width);
        var offset = 0;
        var builder = new StringBuilder();
        while (text.Length - offset > width)
        {
            if (text[offset] == ' ')
            {
                offset++;
                continue;
            }

            var spaceToWrapAt = text[offset..(width + offset + 1)].LastIndexOf(' ') + offset;
            if (spaceToWrapAt >= offset)
            {
                builder.Append(text, offset, spaceToWrapAt - offset).Append(newLine);
                offset = spaceToWrapAt + 1;
            }
            else if (wrapLongWords)
            {
                builder.Append(text, offset, width).Append(newLine);
                offset += width;
            }
            else
            {
                var end = width + offset;
                var index = text.IndexOf(' ', end);
                if (index < 0)
                {
                    builder.Append(text, offset, text.Length - offset);
                    offset = text.Length;
                }
                else
                {
                    builder.Append(text, offset, index - offset).Append(newLine);
                    offset = index + 1;
                }
            }
        }

        return builder.Append(text, offset, text.Length - offset).ToString();
    }

    /// <summary>
    /// Sprig's abbrevboth over goutils.AbbreviateFull: "..." on the side(s) cut, the text shown from about
    /// <paramref name="offset"/>, at most <paramref name="width"/> characters; too small a width leaves the text as it is.
    /// </summary>
    public static string AbbreviateBoth(int offset, int width, string text)
    {
        if (width < 4 || (offset > 0 && width < 7) || text.Length <= width)
        {
            return text;
        }

        offset = Math.Min(offset, text.Length);
        if (text.Length - offset < width - 3)
        {
            offset = text.Length - (width - 3);
        }

        if (offset <= 4)
        {
            return text[..(width - 3)] + "...";
        }

        if (offset + width - 3 < text.Length)
        {
            var rest = text[offset..];
            return "..." + (rest.Length <= width - 3 ? rest : rest[..(width - 6)] + "...");
        }

        return "..." + text[(text.Length - (width - 3))..];
    }

    private static (WordType Type, string Word, string Remaining) NextWord(string text)
    {
        var runes = text.EnumerateRunes().ToArray();
        var r = runes[0];
        var count = 1;
        WordType type;
        if (IsConnector(r))
        {
            type = WordType.Connector;
            while (count < runes.Length && IsConnector(runes[count]))
            {
                count++;
            }
        }
        else if (IsPunct(r))
        {
            type = WordType.Punct;
            while (count < runes.Length && IsPunct(runes[count]))
            {
                count++;
            }
        }
        else if (Rune.IsUpper(r))
        {
            type = WordType.UpperCase;
            if (count < runes.Length && Rune.IsUpper(runes[count]))
            {
                // A run of capitals is one word, except its last capital when a lower-case letter follows (HTTPServer).
                while (count < runes.Length && Rune.IsUpper(runes[count]))
                {
                    count++;
                }

                if (count < runes.Length && IsAlphabet(runes[count]))
                {
                    count--;
                }
            }
            else if (count < runes.Length && IsAlphabet(runes[count]))
            {
                while (count < runes.Length && IsAlphabet(runes[count]) && !Rune.IsUpper(runes[count]))
                {
                    count++;
                }
            }
        }
        else if (IsAlphabet(r))
        {
            type = WordType.Alphabet;
            while (count < runes.Length && IsAlphabet(runes[count]) && !Rune.IsUpper(runes[count]))
            {
                count++;
            }
        }
        else if (Rune.IsNumber(r))
        {
            type = WordType.Number;
            while (count < runes.Length && Rune.IsNumber(runes[count]))
            {
                count++;
            }
        }
        else
        {
            type = WordType.Other;
            while (count < runes.Length && !(IsConnector(runes[count]) || IsAlphabet(runes[count]) || Rune.IsNumber(runes[count]) || IsPunct(runes[count])))
            {
                count++;
            }
        }

        var length = runes.Take(count).Sum(x => x.Utf16SequenceLength);
        return (type, text[..length], text[length..]);
    }

    private static void ToLower(StringBuilder builder, WordType type, string word, char connector)
    {
        if (type is not (WordType.UpperCase or WordType.Connector))
        {
            builder.Append(word);
            return;
        }

        foreach (var rune in word.EnumerateRunes())
        {
            builder.Append(IsConnector(rune) ? connector.ToString() : Rune.ToLowerInvariant(rune).ToString());
        }
    }

    private static bool IsConnector(Rune r) => r.Value is '-' or '_' || Rune.IsWhiteSpace(r);

    // Go's unicode.IsPunct is the P categories only.
    private static bool IsPunct(Rune r) => Rune.GetUnicodeCategory(r) is UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation
        or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
        or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation;

    // A letter, but no CJK ideograph (those have no case and form words of their own).
    private static bool IsAlphabet(Rune r) => Rune.IsLetter(r)
        && !(r.Value is >= 0x4E00 and <= 0x9FCC or >= 0x3400 and <= 0x4D85 or >= 0x20000 and <= 0x2B81D);
}
