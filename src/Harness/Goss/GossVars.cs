using System.Globalization;
using System.Text.RegularExpressions;
using IacTest.Harness.Secrets;
using IacTest.Lint.Yaml;

namespace IacTest.Harness.Goss;

/// <summary>
/// Goss's <c>--vars</c>: <c>{{ .Vars.name }}</c> (or a dotted path, <c>{{ .Vars.db.password }}</c>) in a goss file is
/// replaced by the variable's value before the file is read. A value that is a <see cref="SecretValue"/> — or is
/// named as secret when the vars file is loaded — is used as itself and masked in every report and row name.
/// </summary>
public static partial class GossVars
{
    /// <summary>
    /// Reads a vars file (YAML mapping); the variables named in <paramref name="secretNames"/> (top-level names or
    /// dotted paths) become <see cref="SecretValue"/>s.
    /// </summary>
    /// <exception cref="GossFileException">When the file cannot be read as a mapping, or a secret name is not in it.</exception>
    public static IReadOnlyDictionary<string, object?> Load(string path, params string[] secretNames)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(secretNames);
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new GossFileException([new GossDiagnostic(full, 1, 1, "goss vars file not found")]);
        }

        var (documents, error) = YamlTree.Parse(File.ReadAllText(full));
        if (error is not null)
        {
            throw new GossFileException([new GossDiagnostic(full, error.Position.Line, error.Position.Column, "YAML syntax error: " + error.Message)]);
        }

        var root = documents.Select(d => d.Root).FirstOrDefault(r => r is not null);
        if (root is null || GossMatcherParser.Resolve(root) is not YMapping mapping)
        {
            throw new GossFileException([new GossDiagnostic(full, root?.Start.Line ?? 1, root?.Start.Column ?? 1, "goss vars must be a mapping of names to values")]);
        }

        var vars = (Dictionary<string, object?>)ValueOf(mapping)!;
        foreach (var name in secretNames)
        {
            var parts = name.Split('.');
            var parent = parts[..^1].Aggregate((object?)vars, (node, part) => node is Dictionary<string, object?> d && d.TryGetValue(part, out var v) ? v : null);
            if (parent is not Dictionary<string, object?> holder || !holder.TryGetValue(parts[^1], out var value) || value is not string text)
            {
                throw new GossFileException([new GossDiagnostic(full, 1, 1, $"secret var '{name}' is not a text value of this file")]);
            }

            holder[parts[^1]] = new SecretValue(text);
        }

        return vars;
    }

    /// <summary>Replaces every <c>{{ .Vars.… }}</c> of <paramref name="text"/>; an unknown name is reported at its position.</summary>
    internal static string Render(string text, IReadOnlyDictionary<string, object?>? vars, Action<int, int, string> report)
    {
        if (!text.Contains("{{", StringComparison.Ordinal))
        {
            return text;
        }

        return VarReference().Replace(text, match =>
        {
            var path = match.Groups["path"].Value;
            object? node = vars;
            foreach (var part in path.Split('.'))
            {
                node = node is IReadOnlyDictionary<string, object?> map && map.TryGetValue(part, out var next) ? next
                    : node is IDictionary<string, object?> dictionary && dictionary.TryGetValue(part, out var value) ? value
                    : Missing.Value;
            }

            if (node is Missing || node is IEnumerable<KeyValuePair<string, object?>> || (node is System.Collections.IEnumerable && node is not string))
            {
                var before = text[..match.Index];
                var line = before.Count(c => c == '\n') + 1;
                var column = match.Index - (before.LastIndexOf('\n') + 1) + 1;
                report(line, column, node is Missing
                    ? $"goss var '{path}' is not defined{(vars is null ? " (no vars given)" : $" (vars: {string.Join(", ", vars.Keys)})")}"
                    : $"goss var '{path}' is not a single value");
                return string.Empty;
            }

            return node switch
            {
                null => string.Empty,
                SecretValue secret => secret.Reveal(),
                bool b => b ? "true" : "false",
                IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
                _ => node.ToString() ?? string.Empty,
            };
        });
    }

    private static object? ValueOf(YNode node) => GossMatcherParser.Resolve(node) switch
    {
        YMapping mapping => mapping.Pairs.ToDictionary(p => p.KeyText ?? "", p => ValueOf(p.Value), StringComparer.Ordinal),
        YSequence sequence => sequence.Items.Select(ValueOf).ToList(),
        YScalar { IsNull: true } => null,
        YScalar scalar => scalar.Value,
        _ => null,
    };

    private sealed class Missing
    {
        public static readonly Missing Value = new();
    }

    [GeneratedRegex(@"\{\{-?\s*\.Vars\.(?<path>[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)\s*-?\}\}")]
    private static partial Regex VarReference();
}
