using System.Text;

namespace IacTest.Lint.Families.Ansible.Model;

/// <summary>
/// Splits an action written in free form (<c>copy: src=a dest=b</c>, <c>command: chdir=/tmp ls</c>) the way
/// ansible-core's <c>parse_kv</c> does: <c>k=v</c> pairs become arguments, the rest is the raw parameter. Quotes and
/// Jinja expressions keep their spaces.
/// </summary>
internal static class FreeFormArguments
{
    /// <summary>Arguments that free-form modules (command, shell, …) still take as <c>k=v</c>.</summary>
    public static readonly IReadOnlySet<string> RawModuleArguments = new HashSet<string>(StringComparer.Ordinal)
    {
        "creates", "removes", "chdir", "executable", "warn", "stdin", "stdin_add_newline", "strip_empty_ends",
    };

    /// <summary>
    /// Modules whose free-form text is a command line rather than <c>k=v</c> arguments (ansible-core's
    /// <c>FREEFORM_ACTIONS</c>): only these keep an unknown <c>k=v</c> in the raw part. Other modules that take a raw
    /// parameter (<c>include_tasks: file.yml</c>, <c>meta: flush_handlers</c>) still read <c>k=v</c> as arguments, as
    /// <c>set_fact: a=1</c> defines <c>a</c>.
    /// </summary>
    public static readonly IReadOnlySet<string> FreeFormModules = new HashSet<string>(StringComparer.Ordinal)
    {
        "command", "shell", "win_command", "win_shell", "script", "raw",
    };

    /// <summary>The result of splitting: named arguments (in order) and the raw remainder (null when none).</summary>
    /// <param name="Arguments">Key and unquoted value of each <c>k=v</c>.</param>
    /// <param name="RawParams">The words that are not arguments, joined by single spaces.</param>
    public sealed record Result(IReadOnlyList<KeyValuePair<string, string>> Arguments, string? RawParams);

    /// <summary>Splits <paramref name="text"/>; <paramref name="checkRaw"/> keeps unknown <c>k=v</c> in the raw part.</summary>
    public static Result Parse(string text, bool checkRaw)
    {
        var arguments = new List<KeyValuePair<string, string>>();
        var raw = new List<string>();
        foreach (var word in SplitWords(text))
        {
            var equals = UnquotedEquals(word);
            if (equals > 0)
            {
                var key = word[..equals];
                if (IsIdentifier(key) && (!checkRaw || RawModuleArguments.Contains(key)))
                {
                    arguments.Add(new(key, Unquote(word[(equals + 1)..])));
                    continue;
                }
            }

            raw.Add(word);
        }

        return new Result(arguments, raw.Count == 0 ? null : string.Join(' ', raw));
    }

    /// <summary>Splits on white space outside quotes and Jinja delimiters.</summary>
    public static List<string> SplitWords(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        var quote = '\0';
        var jinjaDepth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quote == '\0' && jinjaDepth == 0 && char.IsWhiteSpace(c))
            {
                if (current.Length > 0)
                {
                    words.Add(current.ToString());
                    current.Clear();
                }

                continue;
            }

            current.Append(c);
            if (i + 1 < text.Length && c == '{' && text[i + 1] is '{' or '%' or '#')
            {
                jinjaDepth++;
                current.Append(text[++i]);
            }
            else if (jinjaDepth > 0 && i + 1 < text.Length && c is '}' or '%' or '#' && text[i + 1] == '}')
            {
                jinjaDepth--;
                current.Append(text[++i]);
            }
            else if (jinjaDepth == 0 && (c == '"' || c == '\'') && (i == 0 || text[i - 1] != '\\'))
            {
                quote = quote == '\0' ? c : quote == c ? '\0' : quote;
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words;
    }

    private static int UnquotedEquals(string word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (c is '"' or '\'' or '{')
            {
                return -1;
            }

            if (c == '=' && (i == 0 || word[i - 1] != '\\'))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsIdentifier(string key)
    {
        foreach (var c in key)
        {
            if (!char.IsLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }

        return key.Length > 0;
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && (value[0] == '"' || value[0] == '\'') && value[^1] == value[0] ? value[1..^1] : value;
}
