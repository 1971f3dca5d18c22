using System.Globalization;
using IacTest.Lint.Yaml;

namespace IacTest.Harness.Modules;

/// <summary>
/// A YAML value of a module model that remembers its file and line. Mappings keep duplicate keys in
/// <see cref="Entries"/> (the indexer returns the last one, as Ansible's loader does); merge keys (<c>&lt;&lt;</c>)
/// are applied; aliases share the anchored node instead of copying it.
/// </summary>
public sealed class ModuleNode
{
    private static readonly IReadOnlyList<ModuleNode> NoItems = [];
    private static readonly IReadOnlyList<ModuleEntry> NoEntries = [];

    private ModuleNode(ModuleNodeKind kind, SourceLocation location)
    {
        Kind = kind;
        Location = location;
    }

    /// <summary>Scalar, sequence or mapping.</summary>
    public ModuleNodeKind Kind { get; }

    /// <summary>Where the node starts in its file.</summary>
    public SourceLocation Location { get; }

    /// <summary>The scalar's text (after interpolation where the model does it), or null for other kinds.</summary>
    public string? Text { get; private init; }

    /// <summary>Whether the scalar was written without quotes, so YAML resolves it to a number, boolean or null.</summary>
    public bool IsPlain { get; private init; }

    /// <summary>The explicit tag (<c>!vault</c>, <c>!unsafe</c>, …), if any.</summary>
    public string? Tag { get; private init; }

    /// <summary>The lint tree node this node was converted from (null for a node a model made).</summary>
    internal YNode? Source { get; private init; }

    /// <summary>The items of a sequence (empty for other kinds).</summary>
    public IReadOnlyList<ModuleNode> Items { get; private init; } = NoItems;

    /// <summary>The entries of a mapping in source order, duplicate keys included (empty for other kinds).</summary>
    public IReadOnlyList<ModuleEntry> Entries { get; private init; } = NoEntries;

    /// <summary>Whether this is a plain null (<c>~</c>, <c>null</c> or nothing).</summary>
    public bool IsNull => Kind == ModuleNodeKind.Scalar && IsPlain && Tag is null && Text is "" or "~" or "null" or "Null" or "NULL";

    /// <summary>The value of a mapping key (the last one when the key is repeated), or null.</summary>
    public ModuleNode? this[string key]
    {
        get
        {
            for (var i = Entries.Count - 1; i >= 0; i--)
            {
                if (Entries[i].Key == key)
                {
                    return Entries[i].Value;
                }
            }

            return null;
        }
    }

    /// <summary>The keys of a mapping, each once, in first-seen order.</summary>
    public IEnumerable<string> Keys => Entries.Select(entry => entry.Key).Distinct(StringComparer.Ordinal);

    /// <summary>Whether the mapping has <paramref name="key"/>.</summary>
    public bool ContainsKey(string key) => this[key] is not null;

    /// <summary>The text of a scalar key's value, or null when missing or not a scalar.</summary>
    public string? GetText(string key) => this[key] is { Kind: ModuleNodeKind.Scalar } value && !value.IsNull ? value.Text : null;

    /// <summary>
    /// The node as plain .NET values the way Ansible's YAML 1.1 loader types them: <see cref="string"/>,
    /// <see cref="long"/>, <see cref="double"/>, <see cref="bool"/>, null, <c>List&lt;object?&gt;</c> and
    /// <c>Dictionary&lt;string, object?&gt;</c>. Quoted scalars stay strings.
    /// </summary>
    public object? ToPlain()
    {
        switch (Kind)
        {
            case ModuleNodeKind.Sequence:
                return Items.Select(item => item.ToPlain()).ToList();
            case ModuleNodeKind.Mapping:
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var (key, _, value) in Entries)
                {
                    map[key] = value.ToPlain();
                }

                return map;
            default:
                return IsPlain && Tag is null ? ResolvePlain(Text ?? string.Empty) : Text;
        }
    }

    /// <summary>Resolves a plain scalar as YAML 1.1 (PyYAML, hence Ansible) does.</summary>
    public static object? ResolvePlain(string text)
    {
        switch (text)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                return null;
            case "true" or "True" or "TRUE" or "yes" or "Yes" or "YES" or "on" or "On" or "ON" or "y" or "Y":
                return text is "y" or "Y" ? text : true;
            case "false" or "False" or "FALSE" or "no" or "No" or "NO" or "off" or "Off" or "OFF" or "n" or "N":
                return text is "n" or "N" ? text : false;
        }

        var digits = text.Replace("_", string.Empty, StringComparison.Ordinal);
        if (long.TryParse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer)
            && (digits.TrimStart('+', '-').Length == 1 || !digits.TrimStart('+', '-').StartsWith('0')))
        {
            return integer;
        }

        if (digits.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            && long.TryParse(digits[2..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hex))
        {
            return hex;
        }

        if (digits.Length > 1 && digits.StartsWith('0') && digits.All(char.IsAsciiDigit) && digits.All(c => c < '8'))
        {
            return Convert.ToInt64(digits, 8);
        }

        // PyYAML's float needs a dot and a signed exponent: "1.5e1" stays a string, as "1e3" does.
        if (System.Text.RegularExpressions.Regex.IsMatch(text, @"^(?:[-+]?[0-9][0-9_]*\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?)$")
            && double.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out var real))
        {
            return real;
        }

        return text switch
        {
            ".inf" or ".Inf" or ".INF" or "+.inf" => double.PositiveInfinity,
            "-.inf" or "-.Inf" or "-.INF" => double.NegativeInfinity,
            ".nan" or ".NaN" or ".NAN" => double.NaN,
            _ => text,
        };
    }

    /// <summary>
    /// A copy of this tree whose scalar texts went through <paramref name="transform"/> (keys untouched); a scalar
    /// whose text changed becomes a string.
    /// </summary>
    public ModuleNode MapScalars(Func<ModuleNode, string> transform) => Kind switch
    {
        ModuleNodeKind.Sequence => new ModuleNode(Kind, Location) { Tag = Tag, Items = Items.Select(item => item.MapScalars(transform)).ToList() },
        ModuleNodeKind.Mapping => new ModuleNode(Kind, Location)
        {
            Tag = Tag,
            Entries = Entries.Select(entry => entry with { Value = entry.Value.MapScalars(transform) }).ToList(),
        },
        _ => MapScalar(transform(this)),
    };

    // A replaced value is a string, as after Compose's interpolation: it is no longer resolved as null or a number.
    private ModuleNode MapScalar(string text) =>
        new(Kind, Location) { Tag = Tag, IsPlain = IsPlain && text == Text, Text = text };

    /// <summary>A scalar node made by a model (for example an interpolated value), at <paramref name="location"/>.</summary>
    public static ModuleNode Scalar(string text, SourceLocation location, bool isPlain = false) =>
        new(ModuleNodeKind.Scalar, location) { Text = text, IsPlain = isPlain };

    /// <summary>Converts a lint tree node of <paramref name="file"/>; aliases become the anchored node.</summary>
    public static ModuleNode From(YNode node, string file) => new Converter(file).Convert(node);

    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        ModuleNodeKind.Scalar => Text ?? string.Empty,
        ModuleNodeKind.Sequence => $"[{Items.Count} items] at {Location}",
        _ => $"{{{Entries.Count} entries}} at {Location}",
    };

    /// <summary>Converts one document; remembers converted anchors so an alias shares its node.</summary>
    private sealed class Converter(string file)
    {
        private readonly Dictionary<YNode, ModuleNode> converted = new(ReferenceEqualityComparer.Instance);
        private readonly HashSet<YNode> inProgress = new(ReferenceEqualityComparer.Instance);

        public ModuleNode Convert(YNode node)
        {
            if (node is YAlias alias)
            {
                return alias.Target is { } target && !inProgress.Contains(target)
                    ? Convert(target)
                    : Scalar(string.Empty, Where(node), isPlain: true);
            }

            if (converted.TryGetValue(node, out var done))
            {
                return done;
            }

            inProgress.Add(node);
            var result = node switch
            {
                YSequence sequence => new ModuleNode(ModuleNodeKind.Sequence, Where(node))
                {
                    Source = node,
                    Tag = node.Tag,
                    Items = sequence.Items.Select(Convert).ToList(),
                },
                YMapping mapping => new ModuleNode(ModuleNodeKind.Mapping, Where(node)) { Source = node, Tag = node.Tag, Entries = EntriesOf(mapping) },
                YScalar scalar => new ModuleNode(ModuleNodeKind.Scalar, Where(node))
                {
                    Source = node,
                    Text = scalar.Value,
                    IsPlain = scalar.IsPlain,
                    Tag = scalar.Tag,
                },
                _ => Scalar(string.Empty, Where(node), isPlain: true),
            };
            inProgress.Remove(node);
            converted[node] = result;
            return result;
        }

        private List<ModuleEntry> EntriesOf(YMapping mapping)
        {
            var own = new List<ModuleEntry>();
            var merged = new List<ModuleEntry>();
            foreach (var pair in mapping.Pairs)
            {
                var value = Convert(pair.Value);
                if (pair.Key is YScalar { Value: "<<", IsPlain: true })
                {
                    // Merge keys: explicit keys win, earlier merged maps win over later ones.
                    var sources = value.Kind == ModuleNodeKind.Sequence ? value.Items : [value];
                    merged.AddRange(sources.SelectMany(source => source.Entries));
                    continue;
                }

                var key = pair.Key is YScalar keyScalar ? keyScalar.Value : Convert(pair.Key).ToString();
                own.Add(new ModuleEntry(key, Where(pair.Key), value));
            }

            if (merged.Count == 0)
            {
                return own;
            }

            var present = new HashSet<string>(own.Select(entry => entry.Key), StringComparer.Ordinal);
            var result = new List<ModuleEntry>();
            foreach (var entry in merged)
            {
                if (present.Add(entry.Key))
                {
                    result.Add(entry);
                }
            }

            result.AddRange(own);
            return result;
        }

        private SourceLocation Where(YNode node) => new(file, node.Start.Line, node.Start.Column);
    }
}
