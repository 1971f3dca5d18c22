using System.Globalization;
using System.Text.RegularExpressions;

namespace IacTest.Harness.Drift;

/// <summary>
/// A plain list of hosts to check for drift, one a line: a name, an address, then <c>key=value</c> settings —
/// <c>port</c>, <c>user</c>, <c>key</c> (a private key file, relative to the list) and <c>become</c>
/// (<c>true</c>/<c>false</c>). <c>#</c> starts a comment; <c>${NAME}</c> is replaced by an environment variable (a
/// pipeline's key file, or the addresses of hosts made for a test). Every mistake is reported as
/// <c>file(line,column): message</c>.
/// </summary>
/// <example>
/// <code>
/// # name   address      settings
/// web1     10.0.4.11    user=deploy key=${SSH_KEY_FILE} become=true
/// db1      db1.internal port=2222 user=deploy key=keys/audit
/// </code>
/// </example>
public static partial class StateHostList
{
    /// <summary>Reads the list at <paramref name="path"/> (a relative path: in the test project's folder, or the working directory outside one).</summary>
    /// <exception cref="StateHostListException">For a missing file or a bad line, with its position.</exception>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    public static IReadOnlyList<DriftHost> Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        path = path.Length == 0 ? path : Converge.ProjectRelativePath.Resolve(path, System.Reflection.Assembly.GetCallingAssembly());
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StateHostListException($"{path}: cannot read the host list: {e.Message}");
        }

        return Parse(text, path);
    }

    /// <summary>Reads a host list's <paramref name="text"/>; <paramref name="path"/> names it in errors and anchors relative key files.</summary>
    public static IReadOnlyList<DriftHost> Parse(string text, string path)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var hosts = new List<DriftHost>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        var lines = text.Split('\n');
        for (var number = 1; number <= lines.Length; number++)
        {
            var line = lines[number - 1].TrimEnd('\r');
            var comment = line.IndexOf('#', StringComparison.Ordinal);
            var words = Words().Matches(comment < 0 ? line : line[..comment]).ToList();
            if (words.Count == 0)
            {
                continue;
            }

            string Where(Match word) => $"{path}({number},{word.Index + 1})";
            if (words.Count < 2)
            {
                throw new StateHostListException($"{Where(words[0])}: host {words[0].Value} has no address: write 'name address [key=value …]'");
            }

            var name = words[0].Value;
            if (!names.Add(name))
            {
                throw new StateHostListException($"{Where(words[0])}: host {name} is listed twice");
            }

            var host = new DriftHost(name, Expand(words[1], Where));
            foreach (var word in words.Skip(2))
            {
                var equals = word.Value.IndexOf('=', StringComparison.Ordinal);
                if (equals <= 0)
                {
                    throw new StateHostListException($"{Where(word)}: '{word.Value}' is not a key=value setting (port, user, key, become)");
                }

                var key = word.Value[..equals];
                var value = Expand(word, Where)[(equals)..].TrimStart('=');
                host = key switch
                {
                    "port" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is > 0 and < 65536 => host with { Port = port },
                    "port" => throw new StateHostListException($"{Where(word)}: port must be a number from 1 to 65535, not '{value}'"),
                    "user" => host with { User = value },
                    "key" => host with { KeyFile = KeyPath(value, folder) },
                    "become" when bool.TryParse(value, out var become) => host with { Become = become },
                    "become" => throw new StateHostListException($"{Where(word)}: become must be true or false, not '{value}'"),
                    _ => throw new StateHostListException($"{Where(word)}: unknown setting '{key}' (port, user, key, become)"),
                };
            }

            hosts.Add(host);
        }

        return hosts;
    }

    private static string Expand(Match word, Func<Match, string> where) => Variable().Replace(word.Value, m =>
        Environment.GetEnvironmentVariable(m.Groups[1].Value) is { Length: > 0 } value
            ? value
            : throw new StateHostListException($"{where(word)}: environment variable {m.Groups[1].Value} is not set"));

    private static string KeyPath(string value, string folder) =>
        value.StartsWith("~/", StringComparison.Ordinal)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), value[2..])
            : Path.GetFullPath(value, folder);

    [GeneratedRegex(@"\S+")]
    private static partial Regex Words();

    [GeneratedRegex(@"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")]
    private static partial Regex Variable();
}
