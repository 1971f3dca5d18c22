using IacTest.Harness.Modules;

namespace IacTest.Harness.Converge;

/// <summary>One entry of a role's <c>galaxy_info.platforms</c>: a platform name and the versions the role supports.</summary>
/// <param name="Name">As Galaxy writes it, e.g. <c>Debian</c>, <c>Ubuntu</c>, <c>GenericLinux</c>.</param>
/// <param name="Versions">Release names (<c>bookworm</c>) or <c>all</c>; empty means every version.</param>
/// <param name="Location">Where the entry is written.</param>
public sealed record GalaxyPlatform(string Name, IReadOnlyList<string> Versions, SourceLocation Location)
{
    /// <summary>True when the entry covers <paramref name="distribution"/>'s <paramref name="release"/>.</summary>
    public bool Covers(string distribution, string release)
    {
        // GenericLinux is Galaxy's "any Linux distribution".
        var nameMatches = string.Equals(Name, distribution, StringComparison.OrdinalIgnoreCase)
            || string.Equals(Name, "GenericLinux", StringComparison.OrdinalIgnoreCase);
        return nameMatches && (Versions.Count == 0 || Versions.Any(version =>
            version.Equals("all", StringComparison.OrdinalIgnoreCase) || version.Equals("any", StringComparison.OrdinalIgnoreCase)
            || version.Equals(release, StringComparison.OrdinalIgnoreCase)));
    }

    /// <inheritdoc />
    public override string ToString() => Versions.Count == 0 ? Name : $"{Name} {string.Join(", ", Versions)}";
}
