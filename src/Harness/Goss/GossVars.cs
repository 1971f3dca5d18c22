using IacTest.Harness.Secrets;
using IacTest.Lint.Yaml;

namespace IacTest.Harness.Goss;

/// <summary>
/// Goss's <c>--vars</c>: the values a goss file's template reads as <c>.Vars</c> (<c>{{ .Vars.db.password }}</c>,
/// <c>{{ range .Vars.users }}</c>; see <see cref="GossSuite.Load"/>). Scalars are typed as YAML reads them (true,
/// 8080, text). A value that is a <see cref="SecretValue"/> — or is
/// named as secret when the vars file is loaded — is used as itself and masked in every report and row name.
/// </summary>
public static class GossVars
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
            if (parent is not Dictionary<string, object?> holder || !holder.TryGetValue(parts[^1], out var value)
                || value is null or Dictionary<string, object?> or List<object?>)
            {
                throw new GossFileException([new GossDiagnostic(full, 1, 1, $"secret var '{name}' is not a text value of this file")]);
            }

            holder[parts[^1]] = new SecretValue(Templates.TemplateValues.Print(value));
        }

        return vars;
    }

    private static object? ValueOf(YNode node) => GossMatcherParser.Resolve(node) switch
    {
        YMapping mapping => mapping.Pairs.ToDictionary(p => p.KeyText ?? "", p => ValueOf(p.Value), StringComparer.Ordinal),
        YSequence sequence => sequence.Items.Select(ValueOf).ToList(),
        YScalar { IsNull: true } => null,
        YScalar scalar => GossMatcherParser.Value(scalar),
        _ => null,
    };
}
