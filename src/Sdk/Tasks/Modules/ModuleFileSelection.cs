using System.Text.RegularExpressions;

namespace IacTest.Sdk.Tasks.Modules;

/// <summary>
/// The files of a module folder that belong in its package: everything except build output, tests and the C#
/// project around it (they are the author's, not the module's), plus any extra exclude globs.
/// </summary>
internal sealed class ModuleFileSelection
{
    /// <summary>Always left out, relative to the module folder.</summary>
    public static readonly IReadOnlyList<string> DefaultExcludes =
    [
        "**/bin/**", "**/obj/**", "**/tests/**", "**/.git/**", "**/*.cs", "**/*.csproj", "**/*.sln", "**/*.slnx", "**/*.user",
    ];

    private readonly IReadOnlyList<Regex> _excludes;

    /// <summary>Creates a selection with <see cref="DefaultExcludes"/> and <paramref name="extraExcludes"/> (globs).</summary>
    public ModuleFileSelection(IEnumerable<string> extraExcludes)
    {
        _excludes = DefaultExcludes.Concat(extraExcludes)
            .Select(glob => glob.Trim())
            .Where(glob => glob.Length > 0)
            .Select(ToRegex)
            .ToList();
    }

    /// <summary>The selected files under <paramref name="folder"/>, as paths relative to it with '/' separators, sorted.</summary>
    public IReadOnlyList<string> Select(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(folder, file).Replace('\\', '/'))
            .Where(relative => !_excludes.Any(exclude => exclude.IsMatch(relative)))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// A glob as a regular expression over '/'-separated relative paths: <c>**/</c> is any number of folders,
    /// <c>**</c> anything, <c>*</c> and <c>?</c> stay within one segment.
    /// </summary>
    internal static Regex ToRegex(string glob)
    {
        var pattern = new System.Text.StringBuilder("^");
        var text = glob.Replace('\\', '/').TrimStart('/');
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '*' && i + 1 < text.Length && text[i + 1] == '*')
            {
                var slashFollows = i + 2 < text.Length && text[i + 2] == '/';
                pattern.Append(slashFollows ? "(?:.*/)?" : ".*");
                i += slashFollows ? 2 : 1;
            }
            else if (text[i] == '*')
            {
                pattern.Append("[^/]*");
            }
            else if (text[i] == '?')
            {
                pattern.Append("[^/]");
            }
            else
            {
                pattern.Append(Regex.Escape(text[i].ToString()));
            }
        }

        // A glob naming a folder leaves out everything in it.
        pattern.Append(text.EndsWith('/') ? ".*$" : "(?:/.*)?$");
        return new Regex(pattern.ToString(), RegexOptions.CultureInvariant);
    }
}
