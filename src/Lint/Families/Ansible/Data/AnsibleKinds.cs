using System.Text;
using System.Text.RegularExpressions;
using IacTest.Lint.Classification;

namespace IacTest.Lint.Families.Ansible.Data;

/// <summary>
/// ansible-lint's ordered path patterns for file kinds (its <c>kinds</c> defaults): the first pattern that matches
/// the absolute path decides. Patterns are compiled once.
/// </summary>
internal static class AnsibleKinds
{
    /// <summary>ansible-lint's default kinds, in its order: (kind name, glob).</summary>
    public static readonly IReadOnlyList<(string Kind, string Glob)> Defaults =
    [
        ("jinja2", "**/*.j2"), ("jinja2", "**/*.j2.*"), ("yaml", ".github/**/*.{yaml,yml}"), ("text", "**/templates/**/*.*"),
        ("execution-environment", "**/execution-environment.yml"), ("ansible-lint-config", "**/.ansible-lint"),
        ("ansible-lint-config", "**/.config/ansible-lint.yml"), ("ansible-navigator-config", "**/ansible-navigator.{yaml,yml}"),
        ("inventory", "**/inventory/**.{yaml,yml}"), ("requirements", "**/meta/requirements.{yaml,yml}"),
        ("galaxy", "**/galaxy.yml"), ("reno", "**/releasenotes/*/*.{yaml,yml}"), ("tasks", "**/tasks/**/*.{yaml,yml}"),
        ("rulebook", "**/rulebooks/*.{yml,yaml}"), ("playbook", "**/playbooks/*.{yml,yaml}"), ("playbook", "**/*playbook*.{yml,yaml}"),
        ("handlers", "**/handlers/*.{yaml,yml}"), ("vars", "**/{host_vars,group_vars,vars,defaults}/**/*.{yaml,yml}"),
        ("test-meta", "**/tests/integration/targets/*/meta/main.{yaml,yml}"), ("meta", "**/meta/main.{yaml,yml}"),
        ("meta-runtime", "**/meta/runtime.{yaml,yml}"), ("arg_specs", "**/meta/argument_specs.{yaml,yml}"),
        ("yaml", ".config/molecule/config.{yaml,yml}"), ("requirements", "**/molecule/*/{collections,requirements}.{yaml,yml}"),
        ("yaml", "**/molecule/*/{base,molecule}.{yaml,yml}"), ("requirements", "**/requirements.{yaml,yml}"),
        ("playbook", "**/molecule/*/*.{yaml,yml}"), ("yaml", "**/{.ansible-lint,.yamllint}"), ("changelog", "**/changelogs/changelog.yaml"),
    ];

    private static readonly (string Kind, string[] AnyOf, Regex Regex)[] Compiled =
        Defaults.Select(d => (d.Kind, RequiredText(d.Glob), Compile(d.Glob))).ToArray();

    /// <summary>The ansible-lint kind name of a path (<c>tasks</c>, <c>meta</c>, …) or null when only content can tell.</summary>
    public static string? KindName(string path, IReadOnlyList<(string Kind, Regex Regex)>? extra = null)
    {
        var full = Normalize(path);
        if (extra is not null)
        {
            foreach (var (kind, regex) in extra)
            {
                if (regex.IsMatch(full))
                {
                    return kind;
                }
            }
        }

        foreach (var (kind, anyOf, regex) in Compiled)
        {
            // Most paths lack the pattern's fixed text: a substring test rules them out without running the regex.
            if (ContainsAny(full, anyOf) && regex.IsMatch(full))
            {
                return kind;
            }
        }

        return null;
    }

    /// <summary>The kind names a <c>kinds</c> setting may use: ansible-lint's own.</summary>
    public static IReadOnlySet<string> Names { get; } = Defaults.Select(d => d.Kind).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The file kind of a path as ansible-lint sees it, or null when only content can tell; <paramref name="extra"/>
    /// (compiled with <see cref="Compile"/>) is tried before the defaults.
    /// </summary>
    public static FileKind? FromPath(string path, IReadOnlyList<(string Kind, Regex Regex)>? extra = null) =>
        KindName(path, extra) is { } name ? FromKindName(name) : null;

    /// <summary>The file kind of an ansible-lint kind name: Ansible content kinds, else plain YAML.</summary>
    public static FileKind FromKindName(string name) => name switch
    {
        "tasks" => FileKind.AnsibleTasks,
        "handlers" => FileKind.AnsibleHandlers,
        "playbook" => FileKind.AnsiblePlaybook,
        "vars" => FileKind.AnsibleVars,
        "meta" => FileKind.AnsibleMeta,
        "arg_specs" => FileKind.AnsibleArgumentSpecs,
        "inventory" => FileKind.AnsibleInventory,
        "requirements" => FileKind.AnsibleRequirements,
        "galaxy" => FileKind.AnsibleGalaxy,
        _ => FileKind.Yaml,
    };

    /// <summary>The role a path belongs to: the folder above <c>tasks</c>, <c>handlers</c>, <c>meta</c>, … or null.</summary>
    public static string? RoleOf(string path)
    {
        var segments = Normalize(path).Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var i = segments.Length - 2; i >= 1; i--)
        {
            if (segments[i] is "tasks" or "handlers" or "meta" or "defaults" or "vars" or "templates" or "files")
            {
                if (i >= 2 && segments[i - 2] == "roles")
                {
                    return segments[i - 1];
                }

                return segments[i - 1];
            }
        }

        return null;
    }

    /// <summary>Compiles an ansible-lint glob (<c>**</c>, <c>*</c>, <c>{a,b}</c>) matched against a whole absolute path.</summary>
    public static Regex Compile(string glob)
    {
        // ansible-lint matches each pattern against the whole absolute path. A leading "**/" lets it start at any
        // folder boundary; any other pattern must match from the root, so ".github/**/*.yml" never matches an
        // absolute path and a workflow is plain YAML only through the final "**/*.yml" (a quirk kept on purpose:
        // ".github/workflows/tasks/x.yml" is a task file to ansible-lint).
        var anywhere = glob.StartsWith("**/", StringComparison.Ordinal);
        var regex = new StringBuilder(anywhere ? "(?:^|/)" : "^");
        var start = anywhere ? 3 : 0;
        for (var i = start; i < glob.Length; i++)
        {
            var c = glob[i];
            switch (c)
            {
                case '*' when i + 1 < glob.Length && glob[i + 1] == '*' && (i == start || glob[i - 1] == '/'):
                    // "**" is a globstar only as a whole segment; inside a segment ("**.yml") it is a plain "*".
                    var slash = i + 2 < glob.Length && glob[i + 2] == '/';
                    var segment = slash || i + 2 == glob.Length;
                    regex.Append(slash ? "(?:[^/]*/)*" : segment ? ".*" : "[^/]*");
                    i += slash ? 2 : 1;
                    break;
                case '*':
                    regex.Append("[^/]*");
                    break;
                case '?':
                    regex.Append("[^/]");
                    break;
                case '{':
                    var close = glob.IndexOf('}', i);
                    close = close < 0 ? glob.Length : close;
                    var options = glob[(i + 1)..close].Split(',').Select(Regex.Escape);
                    regex.Append("(?:").Append(string.Join('|', options)).Append(')');
                    i = close;
                    break;
                default:
                    regex.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }

        regex.Append('$');
        // Interpreted: compiling 29 patterns costs more at start-up than it saves on short paths (and AOT ignores it).
        return new Regex(regex.ToString(), RegexOptions.CultureInvariant);
    }

    /// <summary>
    /// Texts of which any path the glob matches contains at least one: its longest plain run, or, when that is too
    /// short to rule much out (<c>**/{host_vars,vars}/…</c> leaves only "/"), the choices of its first <c>{…}</c>.
    /// </summary>
    internal static string[] RequiredText(string glob)
    {
        var literal = LongestLiteral(glob);
        var open = glob.IndexOf('{', StringComparison.Ordinal);
        var close = open < 0 ? -1 : glob.IndexOf('}', open);
        if (literal.Length >= 3 || close < 0)
        {
            return [literal];
        }

        var choices = glob[(open + 1)..close].Split(',');
        return choices.Any(c => c.Length == 0 || c.IndexOfAny(['*', '?', '[']) >= 0) ? [literal] : choices;
    }

    private static bool ContainsAny(string text, string[] anyOf)
    {
        foreach (var part in anyOf)
        {
            if (text.Contains(part, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The longest run of plain text in a glob: any path the glob matches contains it.</summary>
    internal static string LongestLiteral(string glob)
    {
        var longest = string.Empty;
        var start = 0;
        for (var i = 0; i <= glob.Length; i++)
        {
            if (i < glob.Length && glob[i] is not ('*' or '?' or '[' or '{'))
            {
                continue;
            }

            if (i - start > longest.Length)
            {
                longest = glob[start..i];
            }

            if (i < glob.Length && glob[i] is '[' or '{')
            {
                // A set or a choice is not plain text: skip to its end.
                var close = glob.IndexOf(glob[i] == '[' ? ']' : '}', i);
                i = close < 0 ? glob.Length : close;
            }

            start = i + 1;
        }

        return longest;
    }

    private static string Normalize(string path)
    {
        // Paths found by walking a folder are usually absolute and clean already: resolving them again costs a copy
        // and a scan per file.
        if (OperatingSystem.IsLinux() && IsCleanAbsolute(path))
        {
            return path;
        }

        try
        {
            return Path.GetFullPath(path).Replace('\\', '/');
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return path.Replace('\\', '/');
        }
    }

    private static bool IsCleanAbsolute(string path) =>
        path.StartsWith('/') && !path.Contains("//", StringComparison.Ordinal) && !path.Contains("/./", StringComparison.Ordinal)
        && !path.Contains("/../", StringComparison.Ordinal) && !path.EndsWith("/.", StringComparison.Ordinal)
        && !path.EndsWith("/..", StringComparison.Ordinal) && !path.Contains('\\', StringComparison.Ordinal);
}
