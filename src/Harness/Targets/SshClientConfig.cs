using System.Globalization;
using System.Text;

namespace IacTest.Harness.Targets;

/// <summary>
/// An OpenSSH client configuration file (<c>~/.ssh/config</c>, ssh_config(5)) read for the settings the SSH target
/// uses: <c>HostName</c>, <c>Port</c>, <c>User</c>, <c>IdentityFile</c>, <c>UserKnownHostsFile</c> and
/// <c>StrictHostKeyChecking</c>, in <c>Host</c> sections whose patterns (<c>*</c>, <c>?</c>, <c>!</c> negation)
/// match the name given to connect to. As in ssh, the first value obtained for a setting wins, so specific sections
/// go first and <c>Host *</c> defaults last. Other keywords are left to ssh; <c>Match</c> sections and
/// <c>Include</c> are not followed (their settings are not applied).
/// </summary>
public sealed class SshClientConfig
{
    private readonly IReadOnlyList<Section> _sections;

    private SshClientConfig(string path, IReadOnlyList<Section> sections)
    {
        Path = path;
        _sections = sections;
    }

    /// <summary>The file read.</summary>
    public string Path { get; }

    /// <summary>
    /// The file the SSH target reads when none is named: <c>IACTEST_SSH_CONFIG</c> when set, else <c>~/.ssh/config</c>
    /// when it exists, else null (no file).
    /// </summary>
    public static string? DefaultFile
    {
        get
        {
            if (System.Environment.GetEnvironmentVariable("IACTEST_SSH_CONFIG") is { Length: > 0 } named)
            {
                return named;
            }

            var user = System.IO.Path.Combine(System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile), ".ssh", "config");
            return File.Exists(user) ? user : null;
        }
    }

    /// <summary>Reads <paramref name="path"/>.</summary>
    /// <exception cref="SshClientConfigException">The file is missing or a supported setting has a value ssh would refuse; the message names file, line and column.</exception>
    public static SshClientConfig Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SshClientConfigException($"{path}: cannot read the ssh client configuration ({e.Message.TrimEnd('.')})", e);
        }

        return Parse(path, text);
    }

    /// <summary>Reads configuration <paramref name="text"/>, named <paramref name="path"/> in messages.</summary>
    /// <exception cref="SshClientConfigException">A supported setting has a value ssh would refuse.</exception>
    public static SshClientConfig Parse(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Lines before the first Host or Match apply to every host, as in ssh.
        var sections = new List<Section> { new(["*"], IsMatch: false) };
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var (keyword, arguments, column) = Split(path, i + 1, lines[i]);
            if (keyword is null)
            {
                continue;
            }

            switch (keyword.ToLowerInvariant())
            {
                case "host":
                    if (arguments.Count == 0)
                    {
                        throw new SshClientConfigException($"{path}({i + 1},{column}): Host needs at least one pattern");
                    }

                    sections.Add(new Section(arguments.Select(a => a.Text).ToArray(), IsMatch: false));
                    break;
                case "match":
                    sections.Add(new Section([], IsMatch: true));
                    break;
                case "hostname" or "port" or "user" or "identityfile" or "userknownhostsfile" or "stricthostkeychecking":
                    if (arguments.Count == 0)
                    {
                        throw new SshClientConfigException($"{path}({i + 1},{column}): {keyword} needs a value");
                    }

                    var value = arguments[0];
                    var setting = keyword.ToLowerInvariant();
                    Validate(path, i + 1, setting, keyword, value);
                    sections[^1].Settings.Add((setting, setting == "userknownhostsfile" ? arguments[0].Text : value.Text));
                    break;
            }
        }

        return new SshClientConfig(path, sections);
    }

    /// <summary>The settings that apply to <paramref name="host"/> (the name given to connect to), first obtained value per setting.</summary>
    public SshClientSettings For(string host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var section in _sections.Where(s => !s.IsMatch && Matches(s.Patterns, host)))
        {
            foreach (var (setting, value) in section.Settings)
            {
                found.TryAdd(setting, value);
            }
        }

        return new SshClientSettings(
            found.GetValueOrDefault("hostname") is { } name ? Expand(name, host, null) : null,
            found.GetValueOrDefault("port") is { } port ? int.Parse(port, CultureInfo.InvariantCulture) : null,
            found.GetValueOrDefault("user"),
            found.GetValueOrDefault("identityfile") is { } key && !key.Equals("none", StringComparison.OrdinalIgnoreCase) ? key : null,
            found.GetValueOrDefault("userknownhostsfile") is { } known && !known.Equals("none", StringComparison.OrdinalIgnoreCase) ? known : null,
            found.GetValueOrDefault("stricthostkeychecking") is { } strict ? strict.ToLowerInvariant() is not ("no" or "off" or "false") : null);
    }

    /// <summary>
    /// <paramref name="options"/> completed from this file for its <see cref="SshHostOptions.Address"/>, as ssh completes
    /// its command line: <c>HostName</c> becomes the address (the name given stays the host's name in messages), and
    /// <c>Port</c>, <c>User</c>, <c>IdentityFile</c>, <c>UserKnownHostsFile</c> and <c>StrictHostKeyChecking</c> fill
    /// only what the options leave unset.
    /// </summary>
    public SshHostOptions ApplyTo(SshHostOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = For(options.Address);
        var resolved = options with { ClientConfigApplied = true };
        if (settings.HostName is { } hostName && !hostName.Equals(options.Address, StringComparison.OrdinalIgnoreCase))
        {
            resolved = resolved with { Address = hostName, Name = options.Name ?? options.Address };
        }

        if (!options.PortIsSet && settings.Port is { } port)
        {
            resolved = resolved with { Port = port };
        }

        if (!options.UserIsSet && settings.User is { } user)
        {
            resolved = resolved with { User = user };
        }

        if (options.PrivateKeyFile is null && settings.IdentityFile is { } key)
        {
            resolved = resolved with { PrivateKeyFile = Expand(key, resolved.Address, resolved.User) };
        }

        if (!options.KnownHostsFileIsSet && settings.KnownHostsFile is { } knownHosts)
        {
            resolved = resolved with { KnownHostsFile = Expand(knownHosts, resolved.Address, resolved.User) };
        }

        if (!options.HostKeyVerificationIsSet && settings.StrictHostKeyChecking is { } strict)
        {
            resolved = resolved with { DisableHostKeyVerification = !strict };
        }

        return resolved;
    }

    /// <summary><paramref name="options"/> completed from its <see cref="SshHostOptions.SshConfigFile"/>, once; unchanged without one.</summary>
    internal static SshHostOptions Resolve(SshHostOptions options) =>
        options.ClientConfigApplied || options.SshConfigFile is not { Length: > 0 } file ? options : Load(file).ApplyTo(options);

    /// <summary>
    /// The <c>-F file</c> that makes ssh (Ansible's ssh connection) read <paramref name="configFile"/>, or null when
    /// there is none or it is <c>~/.ssh/config</c>, which ssh reads anyway (with <c>/etc/ssh/ssh_config</c>, which
    /// <c>-F</c> would leave out).
    /// </summary>
    internal static string? CommandLineArgument(string? configFile)
    {
        if (configFile is not { Length: > 0 })
        {
            return null;
        }

        var full = System.IO.Path.GetFullPath(configFile);
        var user = System.IO.Path.Combine(System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile), ".ssh", "config");
        return full == user ? null : "-F " + PosixQuoting.Quote(full);
    }

    /// <summary>
    /// Expands ssh's tokens and <c>~</c> in a path or host name setting: <c>%h</c> the host name, <c>%r</c> the remote
    /// user, <c>%u</c> the local user, <c>%d</c> the home folder, <c>%%</c> a percent sign.
    /// </summary>
    internal static string Expand(string value, string host, string? remoteUser)
    {
        var home = System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile);
        if (value == "~" || value.StartsWith("~/", StringComparison.Ordinal))
        {
            value = home + value[1..];
        }

        var text = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] != '%' || i + 1 == value.Length)
            {
                text.Append(value[i]);
                continue;
            }

            i++;
            text.Append(value[i] switch
            {
                'h' => host,
                'r' => remoteUser ?? System.Environment.UserName,
                'u' => System.Environment.UserName,
                'd' => home,
                '%' => "%",
                var other => "%" + other,
            });
        }

        return text.ToString();
    }

    // ssh_config(5), PATTERNS: a section applies when one pattern matches and no negated one does.
    private static bool Matches(IReadOnlyList<string> patterns, string host)
    {
        var matched = false;
        foreach (var pattern in patterns)
        {
            if (pattern.StartsWith('!'))
            {
                if (Wildcard(pattern[1..], host))
                {
                    return false;
                }
            }
            else if (Wildcard(pattern, host))
            {
                matched = true;
            }
        }

        return matched;
    }

    // '*' any run of characters, '?' exactly one. ssh lowers the pattern, not the name given: `ssh BASTION-FRA`
    // matches no `Host bastion-fra` (checked with ssh -G, OpenSSH 9.2).
    private static bool Wildcard(string pattern, string text)
    {
        pattern = pattern.ToLowerInvariant();
        int p = 0, t = 0, star = -1, mark = 0;
        while (t < text.Length)
        {
            if (p < pattern.Length && (pattern[p] == '?' || pattern[p] == text[t]))
            {
                p++;
                t++;
            }
            else if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                mark = t;
            }
            else if (star >= 0)
            {
                p = star + 1;
                t = ++mark;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }

    private static void Validate(string path, int line, string setting, string keyword, Argument value)
    {
        var where = $"{path}({line},{value.Column})";
        switch (setting)
        {
            case "port" when !int.TryParse(value.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535:
                throw new SshClientConfigException($"{where}: {keyword} must be a number from 1 to 65535, not '{value.Text}'");
            case "stricthostkeychecking" when value.Text.ToLowerInvariant() is not ("yes" or "no" or "ask" or "accept-new" or "off" or "true" or "false"):
                throw new SshClientConfigException($"{where}: {keyword} must be yes, no, ask, accept-new or off, not '{value.Text}'");
        }
    }

    // A line is a keyword and its arguments, separated by whitespace or one '='; "quoted" arguments keep their spaces.
    private static (string? Keyword, IReadOnlyList<Argument> Arguments, int Column) Split(string path, int line, string text)
    {
        var i = 0;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        if (i == text.Length || text[i] == '#')
        {
            return (null, [], 0);
        }

        var start = i;
        while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != '=')
        {
            i++;
        }

        var keyword = text[start..i];
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        if (i < text.Length && text[i] == '=')
        {
            i++;
        }

        var arguments = new List<Argument>();
        while (true)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i == text.Length || text[i] == '#')
            {
                break;
            }

            var column = i + 1;
            if (text[i] == '"')
            {
                var close = text.IndexOf('"', i + 1);
                if (close < 0)
                {
                    throw new SshClientConfigException($"{path}({line},{column}): a quoted argument is never closed");
                }

                arguments.Add(new Argument(text[(i + 1)..close], column));
                i = close + 1;
            }
            else
            {
                var from = i;
                while (i < text.Length && !char.IsWhiteSpace(text[i]))
                {
                    i++;
                }

                arguments.Add(new Argument(text[from..i], column));
            }
        }

        return (keyword, arguments, start + 1);
    }

    private sealed record Argument(string Text, int Column);

    private sealed record Section(IReadOnlyList<string> Patterns, bool IsMatch)
    {
        public List<(string Setting, string Value)> Settings { get; } = [];
    }
}
