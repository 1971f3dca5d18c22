using System.Globalization;

namespace IacTest.Lint.Families.Kubernetes.Rules;

/// <summary>Kubernetes resource quantities (<c>500m</c>, <c>1.5</c>, <c>128Mi</c>, <c>1G</c>, <c>2e3</c>) as numbers.</summary>
internal static class Quantities
{
    private static readonly (string Suffix, double Factor)[] Suffixes =
    [
        ("Ki", 1024d), ("Mi", 1024d * 1024), ("Gi", 1024d * 1024 * 1024), ("Ti", 1024d * 1024 * 1024 * 1024),
        ("Pi", 1024d * 1024 * 1024 * 1024 * 1024), ("Ei", 1024d * 1024 * 1024 * 1024 * 1024 * 1024),
        ("n", 1e-9), ("u", 1e-6), ("m", 1e-3), ("k", 1e3), ("M", 1e6), ("G", 1e9), ("T", 1e12), ("P", 1e15), ("E", 1e18),
    ];

    /// <summary>The quantity's value in base units (cores, bytes), or null when it is not a quantity.</summary>
    public static double? Parse(string text)
    {
        var value = text.Trim();
        var factor = 1d;
        foreach (var (suffix, scale) in Suffixes)
        {
            if (value.EndsWith(suffix, StringComparison.Ordinal) && value.Length > suffix.Length)
            {
                value = value[..^suffix.Length];
                factor = scale;
                break;
            }
        }

        return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number * factor : null;
    }
}
