using System.Text.RegularExpressions;

namespace IacTest.Harness.Rendering;

/// <summary>
/// Finds the template line of a rendering failure. Ansible's messages carry no line, so the template is compiled
/// and rendered again by Ansible's own Jinja environment (Python), whose traceback has the line; when that gives
/// nothing, the first line using the undefined name or unknown filter is taken.
/// </summary>
internal static partial class TemplateLineLocator
{
    /// <summary>The Python program run by the locator: prints the failing line number or 0.</summary>
    public const string Script = """
        import json, sys, traceback
        import jinja2
        from ansible.template import AnsibleEnvironment
        path, variables = sys.argv[1], json.load(open(sys.argv[2]))
        source = open(path, encoding="utf-8").read()
        environment = AnsibleEnvironment(undefined=jinja2.StrictUndefined, trim_blocks=True, keep_trailing_newline=True)
        try:
            environment.from_string(source).render(variables)
            print(0)
        except jinja2.TemplateSyntaxError as error:
            print(error.lineno or 0)
        except Exception as error:
            frames = [frame.lineno for frame in traceback.extract_tb(error.__traceback__) if frame.filename == "<template>"]
            print(frames[-1] if frames else 0)
        """;

    /// <summary>The first line that uses the name Ansible complained about, or null.</summary>
    public static int? FromMessage(string templateText, string message)
    {
        if (MissingAttribute().IsMatch(message))
        {
            return UndefinedExpression(templateText, message)?.Line;
        }

        var name = UndefinedName().Match(message) is { Success: true } undefined
            ? undefined.Groups[1].Value
            : UnknownFilter().Match(message) is { Success: true } filter ? filter.Groups[1].Value : null;
        return name is null ? null : LineUsing(templateText, name);
    }

    /// <summary>
    /// The undefined variable Ansible's message names, as the template writes it, and its line: <c>'x' is
    /// undefined</c> gives <c>x</c>; <c>'dict object' has no attribute 'root'</c> gives the expression that reads
    /// it, e.g. <c>item.root</c>. Null when the message names no undefined variable.
    /// </summary>
    public static (string Name, int? Line)? UndefinedExpression(string templateText, string message)
    {
        if (MissingAttribute().Match(message) is { Success: true } attribute)
        {
            var key = attribute.Groups[1].Value;
            var reads = new Regex($@"[A-Za-z_]\w*(?:\.\w+|\[[^\]]*\])*(?:\.{Regex.Escape(key)}\b|\[['""]{Regex.Escape(key)}['""]\])");
            var lines = templateText.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                if (IsCode(lines[i]) && reads.Match(lines[i]) is { Success: true } read)
                {
                    return (read.Value, i + 1);
                }
            }

            return (key, null);
        }

        return UndefinedName().Match(message) is { Success: true } undefined
            ? (undefined.Groups[1].Value, LineUsing(templateText, undefined.Groups[1].Value))
            : null;
    }

    /// <summary>The first line of Jinja code that reads <paramref name="name"/> as a variable, or null.</summary>
    public static int? LineUsing(string templateText, string name)
    {
        var lines = templateText.Split('\n');
        var word = new Regex($@"(?<![\w.'""]){Regex.Escape(name)}\b");
        for (var i = 0; i < lines.Length; i++)
        {
            if (IsCode(lines[i]) && word.IsMatch(lines[i]))
            {
                return i + 1;
            }
        }

        return null;
    }

    private static bool IsCode(string line) => line.Contains("{{", StringComparison.Ordinal) || line.Contains("{%", StringComparison.Ordinal);

    [GeneratedRegex(@"'([A-Za-z_][\w]*)' is undefined")]
    private static partial Regex UndefinedName();

    [GeneratedRegex(@"object' has no attribute '([^']+)'")]
    private static partial Regex MissingAttribute();

    [GeneratedRegex(@"(?:Could not load|No filter named) ""?'?([\w.]+)")]
    private static partial Regex UnknownFilter();
}
