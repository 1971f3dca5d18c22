using System.Globalization;

namespace IacTest.Lint.Yaml;

/// <summary>Python's <c>repr()</c> of a character or string, as PyYAML's messages embed it with <c>%r</c>.</summary>
internal static class PythonRepr
{
    /// <summary><c>repr(ch)</c>; the end of the text reads as <c>'\0'</c>, PyYAML's buffer end.</summary>
    public static string Of(char c) => c switch
    {
        '\'' => "\"'\"",
        _ => "'" + Escape(c) + "'",
    };

    /// <summary><c>repr(text)</c> for a text without quotes of both kinds.</summary>
    public static string Of(string text)
    {
        var quote = text.Contains('\'', StringComparison.Ordinal) && !text.Contains('"', StringComparison.Ordinal) ? '"' : '\'';
        var builder = new System.Text.StringBuilder().Append(quote);
        foreach (var c in text)
        {
            builder.Append(c == quote ? "\\" + c : Escape(c));
        }

        return builder.Append(quote).ToString();
    }

    private static string Escape(char c) => c switch
    {
        '\\' => "\\\\",
        '\t' => "\\t",
        '\n' => "\\n",
        '\r' => "\\r",
        _ when c < 0x20 || (c >= 0x7F && c < 0xA0) => "\\x" + ((int)c).ToString("x2", CultureInfo.InvariantCulture),
        _ when char.IsSurrogate(c) || c is '\u2028' or '\u2029' or '\u00AD' || char.GetUnicodeCategory(c) is UnicodeCategory.Format
            or UnicodeCategory.OtherNotAssigned or UnicodeCategory.SpaceSeparator && c != ' '
            => (c < 0x100 ? "\\x" + ((int)c).ToString("x2", CultureInfo.InvariantCulture) : "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture)),
        _ => c.ToString(),
    };
}
