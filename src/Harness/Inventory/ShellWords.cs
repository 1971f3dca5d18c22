using System.Text;

namespace IacTest.Harness.Inventory;

/// <summary>
/// Python's <c>shlex.split(line, comments=True)</c>, which Ansible uses to cut an INI host line into words: blanks
/// separate words, quotes group, a backslash escapes, and an unquoted <c>#</c> ends the line.
/// </summary>
internal static class ShellWords
{
    /// <exception cref="FormatException">A quote is not closed, or the line ends with a backslash.</exception>
    public static List<string> Split(string line)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c is ' ' or '\t' or '\r' or '\n')
            {
                if (inWord)
                {
                    words.Add(word.ToString());
                    word.Clear();
                    inWord = false;
                }

                continue;
            }

            if (c == '#')
            {
                break;
            }

            inWord = true;
            if (c == '\\')
            {
                if (++i >= line.Length)
                {
                    throw new FormatException("No escaped character");
                }

                word.Append(line[i]);
            }
            else if (c is '\'' or '"')
            {
                var close = ReadQuoted(line, i, word);
                i = close;
            }
            else
            {
                word.Append(c);
            }
        }

        if (inWord)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    // Inside single quotes nothing is special; inside double quotes a backslash escapes only " and \.
    private static int ReadQuoted(string line, int open, StringBuilder word)
    {
        var quote = line[open];
        for (var i = open + 1; i < line.Length; i++)
        {
            var c = line[i];
            if (c == quote)
            {
                return i;
            }

            if (quote == '"' && c == '\\' && i + 1 < line.Length && line[i + 1] is '"' or '\\')
            {
                word.Append(line[++i]);
                continue;
            }

            word.Append(c);
        }

        throw new FormatException("No closing quotation");
    }
}
