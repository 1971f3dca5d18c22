using System.Globalization;
using IacTest.Harness.Checks;
using IacTest.Lint.Yaml;

namespace IacTest.Harness.Goss;

/// <summary>The options of one goss resource (attributes that shape the probe rather than being checked).</summary>
internal sealed record GossOptions(IReadOnlyDictionary<string, YNode> Values)
{
    public string? Text(string key) => Values.TryGetValue(key, out var node) && GossMatcherParser.Resolve(node) is YScalar { IsNull: false } s ? s.Value : null;

    public bool Flag(string key) => Text(key) is "true" or "True" or "TRUE";

    public TimeSpan Milliseconds(string key, TimeSpan fallback) =>
        Text(key) is { } text && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var ms) ? TimeSpan.FromMilliseconds(ms) : fallback;

    public List<string> List(string key) => Values.TryGetValue(key, out var node) && GossMatcherParser.Resolve(node) is YSequence seq
        ? seq.Items.Select(GossMatcherParser.Resolve).OfType<YScalar>().Select(s => s.Value).ToList() : [];

    /// <summary>A value as a check compares it: a typed scalar, a list of texts, or a map of such values.</summary>
    public object? Value(string key) => Values.TryGetValue(key, out var node) ? ValueOf(node) : null;

    private static object? ValueOf(YNode node) => GossMatcherParser.Resolve(node) switch
    {
        YScalar { IsNull: true } => null,
        YScalar scalar => GossMatcherParser.Value(scalar),
        YSequence seq => seq.Items.Select(GossMatcherParser.Resolve).OfType<YScalar>().Select(s => s.Value).ToList(),
        YMapping map => map.Pairs.Where(p => p.KeyText is not null).GroupBy(p => p.KeyText!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => ValueOf(g.Last().Value), StringComparer.Ordinal) as IReadOnlyDictionary<string, object?>,
        _ => null,
    };

    /// <summary>An expectation's key is among the attributes checked.</summary>
    public static bool Expects(IReadOnlyList<KeyValuePair<string, Matcher>> expectations, string attribute) => expectations.Any(e => e.Key == attribute);
}
