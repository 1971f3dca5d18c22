using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace IacTest.Sdk.Tests.CiRecipes;

/// <summary>Reads a CI recipe as the service does: a YAML mapping whose values the tests look up by key.</summary>
public static class RecipeYaml
{
    /// <summary>Loads the single document of <paramref name="path"/>.</summary>
    public static YamlNode Load(string path)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(path);
        stream.Load(reader);
        return stream.Documents.Single().RootNode;
    }

    /// <summary>The value under <paramref name="key"/>; fails the test when there is none.</summary>
    public static YamlNode At(this YamlNode node, string key) =>
        ((YamlMappingNode)node).Children.TryGetValue(new YamlScalarNode(key), out var value)
            ? value
            : throw new Xunit.Sdk.XunitException($"the recipe has no '{key}' under {node.Start}");

    /// <summary>The value under <paramref name="key"/>, or null.</summary>
    public static YamlNode? Find(this YamlNode node, string key) =>
        node is YamlMappingNode map && map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    /// <summary>The text of a scalar.</summary>
    public static string Text(this YamlNode node) => ((YamlScalarNode)node).Value ?? string.Empty;

    /// <summary>The text under <paramref name="key"/>, or null.</summary>
    public static string? TextAt(this YamlNode node, string key) => node.Find(key) is YamlScalarNode scalar ? scalar.Value : null;

    /// <summary>The items of a sequence.</summary>
    public static IReadOnlyList<YamlNode> Items(this YamlNode node) => ((YamlSequenceNode)node).Children.ToList();

    /// <summary>A mapping of scalars as a dictionary (a job's <c>env</c>, a step's <c>with</c>).</summary>
    public static Dictionary<string, string> Scalars(this YamlNode? node) =>
        node is YamlMappingNode map
            ? map.Children.ToDictionary(p => ((YamlScalarNode)p.Key).Value!, p => p.Value is YamlScalarNode s ? s.Value ?? string.Empty : p.Value.ToString(), StringComparer.Ordinal)
            : new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>
    /// Replaces each <c>open name close</c> of <paramref name="text"/> (GitHub's <c>${{ secrets.X }}</c>, Azure's
    /// <c>$(Build.X)</c>) with its value; a name without one fails the test, so a recipe never runs half-expanded.
    /// </summary>
    public static string Expand(string text, Regex pattern, IReadOnlyDictionary<string, string> values) =>
        pattern.Replace(text, match => values.TryGetValue(match.Groups["name"].Value.Trim(), out var value)
            ? value
            : throw new Xunit.Sdk.XunitException($"the recipe uses '{match.Value}', which the test does not provide"));

    /// <summary>The files a CI service's artifact glob (<c>test-results/*.junit.xml</c>, <c>**/*.xml</c>) names under <paramref name="root"/>.</summary>
    public static IReadOnlyList<string> Glob(string root, string pattern)
    {
        var regex = new Regex("^" + Regex.Escape(pattern.Replace('\\', '/'))
            .Replace(@"\*\*/", "(.*/)?", StringComparison.Ordinal)
            .Replace(@"\*", "[^/]*", StringComparison.Ordinal) + "$");
        return Directory.Exists(root)
            ? Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                .Where(f => regex.IsMatch(Path.GetRelativePath(root, f).Replace('\\', '/')))
                .ToList()
            : [];
    }
}
