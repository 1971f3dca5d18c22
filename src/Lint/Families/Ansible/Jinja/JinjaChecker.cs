using System.Text;

namespace IacTest.Lint.Families.Ansible.Jinja;

/// <summary>What a template check found.</summary>
/// <param name="SubId"><c>invalid</c> or <c>spacing</c>.</param>
/// <param name="Message">The message, with the suggested layout for spacing.</param>
internal sealed record JinjaFinding(string SubId, string Message);

/// <summary>Checks a YAML string that may hold Jinja: does it parse, and is it spaced as ansible-lint asks.</summary>
internal static class JinjaChecker
{
    private static readonly HashSet<string> BlockTags = ["if", "for", "macro", "call", "filter", "raw", "block", "with", "autoescape", "trans"];
    private static readonly HashSet<string> InnerTags = ["elif", "else", "set", "endset", "extends", "include", "import", "from", "break", "continue", "do", "pluralize"];

    /// <summary>Checks <paramref name="value"/>; <paramref name="implicitTemplate"/> marks keys that are Jinja without braces (<c>when</c>).</summary>
    public static JinjaFinding? Check(string value, bool implicitTemplate)
    {
        var text = value;
        if (implicitTemplate && !(text.StartsWith("{{", StringComparison.Ordinal) && text.EndsWith("}}", StringComparison.Ordinal)))
        {
            text = "{{ " + text + " }}";
        }

        if (!implicitTemplate && text.IndexOf('{') < 0)
        {
            return null;
        }

        var parts = JinjaTemplate.Split(text, out var splitError);
        if (splitError is not null)
        {
            return new JinjaFinding("invalid", $"Syntax error in jinja2 template: {value} ({splitError})");
        }

        var invalid = Validate(parts);
        if (invalid is not null)
        {
            return new JinjaFinding("invalid", $"Syntax error in jinja2 template: {value} ({invalid})");
        }

        var reformatted = Reformat(parts);
        if (reformatted is null)
        {
            return null;
        }

        // Keys that are Jinja already are compared without the braces ansible-lint adds (and strips) around them.
        if (implicitTemplate)
        {
            reformatted = reformatted.Length >= 6 ? reformatted[3..^3] : reformatted;
        }

        if (reformatted == value)
        {
            return null;
        }

        return new JinjaFinding("spacing", $"Jinja2 spacing could be improved: {value} -> {reformatted}");
    }

    private static string? Validate(List<JinjaPart> parts)
    {
        var open = new Stack<string>();
        var inRaw = false;
        foreach (var part in parts)
        {
            if (part.Kind is JinjaPartKind.Data or JinjaPartKind.Comment)
            {
                continue;
            }

            var tokens = new List<JinjaToken>();
            if (part.Kind == JinjaPartKind.Expression)
            {
                if (inRaw)
                {
                    continue;
                }

                if (!JinjaExpression.TryTokenize(part.Inner, tokens, out var tokenError))
                {
                    return tokenError;
                }

                if (JinjaExpression.Validate(tokens) is { } error)
                {
                    return error;
                }

                continue;
            }

            var statement = part.Inner.Trim();
            var space = statement.IndexOfAny([' ', '\t', '\n']);
            var tag = space < 0 ? statement : statement[..space];
            if (inRaw && tag != "endraw")
            {
                continue;
            }

            if (tag.Length == 0)
            {
                return "tag name expected";
            }

            if (BlockTags.Contains(tag))
            {
                open.Push(tag);
                inRaw = tag == "raw";
            }
            else if (tag.StartsWith("end", StringComparison.Ordinal) && BlockTags.Contains(tag[3..]))
            {
                if (open.Count == 0 || open.Peek() != tag[3..])
                {
                    return $"Encountered unknown tag '{tag}'.";
                }

                open.Pop();
                inRaw = false;
            }
            else if (!InnerTags.Contains(tag))
            {
                return $"Encountered unknown tag '{tag}'.";
            }
        }

        return open.Count > 0 ? $"Unexpected end of template. Jinja was looking for the following tags: 'end{open.Peek()}'." : null;
    }

    private static string? Reformat(List<JinjaPart> parts)
    {
        var builder = new StringBuilder();
        foreach (var part in parts)
        {
            switch (part.Kind)
            {
                case JinjaPartKind.Data:
                    builder.Append(part.Inner);
                    break;
                case JinjaPartKind.Comment:
                    builder.Append(part.Open).Append(part.Inner).Append(part.Close);
                    break;
                case JinjaPartKind.Expression:
                    var expression = Respace(part.Inner, string.Empty);
                    if (expression is null)
                    {
                        return null;
                    }

                    builder.Append(part.Open).Append(expression).Append(part.Close);
                    break;
                case JinjaPartKind.Statement:
                    var trimmed = part.Inner.TrimStart();
                    var space = trimmed.IndexOfAny([' ', '\t']);
                    var verb = space < 0 ? trimmed.TrimEnd() : trimmed[..space];
                    var rest = space < 0 ? string.Empty : trimmed[space..];
                    var leading = part.Inner[..(part.Inner.Length - trimmed.Length)];
                    var arguments = rest.Trim().Length == 0 ? " " : Respace(rest, " ");
                    if (arguments is null)
                    {
                        return null;
                    }

                    builder.Append(part.Open).Append(leading.Length == 0 ? " " : leading).Append(verb).Append(arguments).Append(part.Close);
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>" expr " with the leading spaces kept, one trailing space; null when the layout cannot be judged.</summary>
    private static string? Respace(string inner, string prefix)
    {
        if (inner.Contains('\n'))
        {
            return null;
        }

        var tokens = new List<JinjaToken>();
        if (!JinjaExpression.TryTokenize(inner, tokens, out _) || tokens.Count == 0)
        {
            return tokens.Count == 0 ? " " : null;
        }

        var formatted = JinjaExpression.Format(tokens);
        if (formatted is null)
        {
            return null;
        }

        var leading = inner.Length - inner.TrimStart().Length;
        var start = leading == 0 ? " " : inner[..leading];
        return prefix.Length > 0 ? prefix + formatted + " " : start + formatted + " ";
    }
}
