using System.Text.RegularExpressions;

namespace IacTest.Lint.Families.Terraform.Rules;

/// <summary>
/// What Terraform's module installer makes of a <c>source</c> string, as far as tflint's module rules ask: whether it
/// is fetched with Git or Mercurial (go-getter's forced <c>git::</c>/<c>hg::</c> prefixes and its GitHub, Bitbucket
/// and <c>git@host:path</c> shorthands), its host and query, and whether it is a registry address
/// (<c>[host/]namespace/name/system[//sub/dir]</c>).
/// </summary>
internal static partial class ModuleSourceAddress
{
    /// <summary>The version-control system a source is fetched with (<c>git</c>, <c>hg</c>), or null for any other source.</summary>
    public static string? VersionControl(string source)
    {
        // A forced getter, or a URL of the git protocol, which go-getter passes on by its scheme.
        if (source.StartsWith("git::", StringComparison.Ordinal) || source.StartsWith("git://", StringComparison.Ordinal))
        {
            return "git";
        }

        if (source.StartsWith("hg::", StringComparison.Ordinal))
        {
            return "hg";
        }

        // go-getter's detectors, in Terraform's order: GitHub and Bitbucket shorthands, then scp-like SSH addresses.
        if (source.StartsWith("github.com/", StringComparison.Ordinal) || source.StartsWith("bitbucket.org/", StringComparison.Ordinal)
            || ScpLike().IsMatch(source))
        {
            return "git";
        }

        return null;
    }

    /// <summary>The host a version-control source is fetched from (empty when it names none).</summary>
    public static string Host(string source)
    {
        var address = StripForcedGetter(source);
        var query = address.IndexOf('?', StringComparison.Ordinal);
        if (query >= 0)
        {
            address = address[..query];
        }

        if (ScpLike().Match(address) is { Success: true } scp)
        {
            return scp.Groups["host"].Value;
        }

        if (address.StartsWith("github.com/", StringComparison.Ordinal) || address.StartsWith("bitbucket.org/", StringComparison.Ordinal))
        {
            return address[..address.IndexOf('/', StringComparison.Ordinal)];
        }

        return Uri.TryCreate(address, UriKind.Absolute, out var uri) && !uri.IsFile ? uri.Host : string.Empty;
    }

    /// <summary>The query parameters of a source (<c>ref</c>, <c>rev</c>, <c>depth</c>); the first value of each name.</summary>
    public static IReadOnlyDictionary<string, string> Query(string source)
    {
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        var start = source.IndexOf('?', StringComparison.Ordinal);
        if (start < 0)
        {
            return parameters;
        }

        foreach (var pair in source[(start + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? string.Empty : Uri.UnescapeDataString(pair[(equals + 1)..].Replace('+', ' '));
            parameters.TryAdd(name, value);
        }

        return parameters;
    }

    /// <summary>
    /// Whether a source is a module registry address, as Terraform's registry address parser accepts it: not a
    /// local path, URL, forced getter or VCS shorthand, and three name parts (four with a host), sub-folder after <c>//</c>.
    /// </summary>
    public static bool IsRegistry(string source)
    {
        if (source.StartsWith("./", StringComparison.Ordinal) || source.StartsWith("../", StringComparison.Ordinal)
            || source.StartsWith('/') || source.Contains("::", StringComparison.Ordinal) || source.Contains("://", StringComparison.Ordinal)
            || VersionControl(source) is not null || source.Contains('?', StringComparison.Ordinal))
        {
            return false;
        }

        var subdirectory = source.IndexOf("//", StringComparison.Ordinal);
        var parts = (subdirectory >= 0 ? source[..subdirectory] : source).Split('/');
        return parts.Length switch
        {
            3 => parts.All(p => RegistryName().IsMatch(p)),
            4 => parts[0].Length > 0 && !parts[0].Contains('_', StringComparison.Ordinal) && parts.Skip(1).All(p => RegistryName().IsMatch(p))
                && !parts[0].Equals("github.com", StringComparison.OrdinalIgnoreCase) && !parts[0].Equals("bitbucket.org", StringComparison.OrdinalIgnoreCase),
            _ => false,
        };
    }

    private static string StripForcedGetter(string source) =>
        source.StartsWith("git::", StringComparison.Ordinal) ? source[5..]
        : source.StartsWith("hg::", StringComparison.Ordinal) ? source[4..]
        : source;

    // git@github.com:org/repo.git — an SSH address in scp's form, which go-getter's Git detector recognizes.
    [GeneratedRegex(@"^(?<user>[A-Za-z0-9._-]+)@(?<host>[A-Za-z0-9.-]+):(?!//)")]
    private static partial Regex ScpLike();

    [GeneratedRegex(@"^[0-9A-Za-z](?:[0-9A-Za-z_-]{0,62}[0-9A-Za-z])?$")]
    private static partial Regex RegistryName();
}
