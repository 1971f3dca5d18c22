using Xunit.Abstractions;

namespace IacTest.Harness.Images;

/// <summary>
/// A platform a scenario runs on: a distribution, a release and a flavor (plain, with Python, with systemd), e.g.
/// <c>debian:bookworm:systemd</c>. The harness builds its image locally (<see cref="PlatformImages"/>). Serializable
/// for xunit, so each platform of a theory is its own test row.
/// </summary>
public sealed class Platform : IXunitSerializable, IEquatable<Platform>
{
    /// <summary>The Debian releases the harness builds from the host's Debian mirror, newest stable first.</summary>
    public static readonly IReadOnlyList<string> DebianReleases = ["bookworm", "trixie", "bullseye"];

    /// <summary>For the xunit serializer only.</summary>
    [Obsolete("For deserialization only.")]
    public Platform()
    {
    }

    private Platform(string distribution, string release, PlatformFlavor flavor)
    {
        Distribution = distribution;
        Release = release;
        Flavor = flavor;
    }

    /// <summary>The distribution, lower case (<c>debian</c>).</summary>
    public string Distribution { get; private set; } = "";

    /// <summary>The release code name (<c>bookworm</c>), as Galaxy's <c>platforms</c> list names Debian versions.</summary>
    public string Release { get; private set; } = "";

    /// <summary>What the image holds on top of the release.</summary>
    public PlatformFlavor Flavor { get; private set; }

    /// <summary>True when systemd runs as PID 1 (the container needs <see cref="PlatformFlavor.Systemd"/>'s settings).</summary>
    public bool HasSystemd => Flavor == PlatformFlavor.Systemd;

    /// <summary>The platform's name, <c>distribution:release</c> plus <c>:plain</c> or <c>:systemd</c> when not Python.</summary>
    public string Name => Flavor == PlatformFlavor.Python
        ? $"{Distribution}:{Release}"
        : $"{Distribution}:{Release}:{Flavor.ToString().ToLowerInvariant()}";

    /// <summary>A Debian release built from the host's mirror.</summary>
    /// <exception cref="ArgumentException">The release is not one of <see cref="DebianReleases"/>.</exception>
    public static Platform Debian(string release, PlatformFlavor flavor = PlatformFlavor.Python)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(release);
        var known = DebianReleases.FirstOrDefault(r => string.Equals(r, release.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentException(
                $"Debian '{release}' is not a release the harness builds: use one of {string.Join(", ", DebianReleases)}.", nameof(release));
        return new Platform("debian", known, flavor);
    }

    /// <summary>
    /// Reads <c>distribution:release[:flavor]</c>, e.g. <c>debian:trixie</c> (with Python) or
    /// <c>debian:bookworm:systemd</c>; the flavor is <c>plain</c>, <c>python</c> or <c>systemd</c>.
    /// </summary>
    /// <exception cref="FormatException">The text names no platform the harness builds; the message says what does.</exception>
    public static Platform Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Trim().Split(':');
        if (parts.Length is < 2 or > 3 || !string.Equals(parts[0], "debian", StringComparison.OrdinalIgnoreCase))
        {
            throw new FormatException(
                $"'{text}' is not a platform: write debian:<release>[:plain|python|systemd], a release being one of {string.Join(", ", DebianReleases)}.");
        }

        var flavor = PlatformFlavor.Python;
        if (parts.Length == 3 && !Enum.TryParse(parts[2], ignoreCase: true, out flavor))
        {
            throw new FormatException($"'{text}': the flavor '{parts[2]}' is not one of plain, python, systemd.");
        }

        try
        {
            return Debian(parts[1], flavor);
        }
        catch (ArgumentException e)
        {
            throw new FormatException($"'{text}': {e.Message[..e.Message.IndexOf(" (Parameter", StringComparison.Ordinal)]}", e);
        }
    }

    /// <inheritdoc />
    public void Deserialize(IXunitSerializationInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        Distribution = info.GetValue<string>(nameof(Distribution));
        Release = info.GetValue<string>(nameof(Release));
        Flavor = (PlatformFlavor)info.GetValue<int>(nameof(Flavor));
    }

    /// <inheritdoc />
    public void Serialize(IXunitSerializationInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        info.AddValue(nameof(Distribution), Distribution);
        info.AddValue(nameof(Release), Release);
        info.AddValue(nameof(Flavor), (int)Flavor);
    }

    /// <inheritdoc />
    public bool Equals(Platform? other) =>
        other is not null && Distribution == other.Distribution && Release == other.Release && Flavor == other.Flavor;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Platform);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Distribution, Release, Flavor);

    /// <inheritdoc />
    public override string ToString() => Name;
}
