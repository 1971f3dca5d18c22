using System.Globalization;
using System.Text.RegularExpressions;

namespace IacTest.Harness.Goss.Templates;

/// <summary>
/// What Sprig's <c>semver</c> gives: a Masterminds/semver v3 version read loosely (<c>v1.2</c> is 1.2.0), whose
/// <c>.Major</c>, <c>.Minor</c>, <c>.Patch</c>, <c>.Prerelease</c>, <c>.Metadata</c> and <c>.Original</c> a template
/// reads, and which prints canonically (<c>1.2.0</c>) as the Go value's <c>String()</c> does.
/// </summary>
internal sealed partial class SemverValue : ITemplateFields
{
    private SemverValue(string original, long major, long minor, long patch, string prerelease, string metadata)
    {
        Original = original;
        Major = major;
        Minor = minor;
        Patch = patch;
        Prerelease = prerelease;
        Metadata = metadata;
    }

    public string Original { get; }

    public long Major { get; }

    public long Minor { get; }

    public long Patch { get; }

    public string Prerelease { get; }

    public string Metadata { get; }

    /// <summary>Reads <paramref name="text"/> as Masterminds' <c>NewVersion</c>; Sprig's error text when it is not a version.</summary>
    public static SemverValue Parse(string text)
    {
        var m = Shape().Match(text);
        if (!m.Success)
        {
            throw new TemplateFunctionException("Invalid Semantic Version");
        }

        // Masterminds refuses a numeric pre-release part with a leading zero (SemVer 2.0.0, item 9).
        var prerelease = m.Groups["pre"].Value;
        if (prerelease.Split('.').Any(p => p.Length > 1 && p[0] == '0' && p.All(char.IsAsciiDigit)))
        {
            throw new TemplateFunctionException("Version segment starts with 0");
        }

        return new SemverValue(text, Part(m.Groups["major"].Value), Part(m.Groups["minor"].Value), Part(m.Groups["patch"].Value), prerelease, m.Groups["meta"].Value);
    }

    public bool TryGetField(string name, out object? value)
    {
        value = name switch
        {
            "Major" => Major,
            "Minor" => Minor,
            "Patch" => Patch,
            "Prerelease" => Prerelease,
            "Metadata" => Metadata,
            "Original" => Original,
            "String" => ToString(),
            _ => null,
        };
        return value is not null;
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Major}.{Minor}.{Patch}")
        + (Prerelease.Length > 0 ? "-" + Prerelease : "")
        + (Metadata.Length > 0 ? "+" + Metadata : "");

    private static long Part(string digits) =>
        digits.Length == 0 ? 0
        : long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value
        : throw new TemplateFunctionException("Invalid Semantic Version");

    [GeneratedRegex(@"^v?(?<major>[0-9]+)(?:\.(?<minor>[0-9]+))?(?:\.(?<patch>[0-9]+))?(?:-(?<pre>[0-9A-Za-z\-]+(?:\.[0-9A-Za-z\-]+)*))?(?:\+(?<meta>[0-9A-Za-z\-]+(?:\.[0-9A-Za-z\-]+)*))?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Shape();
}
