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
        var name = UndefinedName().Match(message) is { Success: true } undefined
            ? undefined.Groups[1].Value
            : UnknownFilter().Match(message) is { Success: true } filter ? filter.Groups[1].Value : null;
        if (name is null)
        {
            return null;
        }

        var lines = templateText.Split('\n');
        var word = new Regex($@"(?<![\w.]){Regex.Escape(name)}\b");
        for (var i = 0; i < lines.Length; i++)
        {
            if ((lines[i].Contains("{{", StringComparison.Ordinal) || lines[i].Contains("{%", StringComparison.Ordinal)) && word.IsMatch(lines[i]))
            {
                return i + 1;
            }
        }

        return null;
    }

    [GeneratedRegex(@"'([A-Za-z_][\w]*)' is undefined")]
    private static partial Regex UndefinedName();

    [GeneratedRegex(@"(?:Could not load|No filter named) ""?'?([\w.]+)")]
    private static partial Regex UnknownFilter();
}
