using System.Text.Json;

namespace IacTest.Lint.Families.Kubernetes.Model;

/// <summary>
/// The committed API schemas (<c>Data/Kubernetes/schema.json</c>, derived from the Kubernetes OpenAPI models by
/// <c>eng/data/kubernetes-schema.py</c>): every field and type of the built-in kinds IacTest validates.
/// </summary>
internal sealed class KubeSchema
{
    private static readonly Lazy<KubeSchema> Embedded = new(() => Load(EmbeddedData.Open("Kubernetes/schema.json")));
    private static readonly Lazy<KubeSchema> EmbeddedGitOps = new(() => Load(EmbeddedData.Open("Kubernetes/gitops/schema.json")));

    private KubeSchema(Dictionary<string, string> kinds, Dictionary<string, (string RemovedIn, string Use)> removed, Dictionary<string, KubeType> types)
    {
        Kinds = kinds;
        Removed = removed;
        Types = types;
    }

    /// <summary>The schema that ships with IacTest.</summary>
    public static KubeSchema Default => Embedded.Value;

    /// <summary>
    /// The Argo CD and Flux resources (<c>Data/Kubernetes/gitops/schema.json</c>, derived from the projects' CRDs by
    /// <c>eng/data/gitops-schema.py</c>): Application, ApplicationSet, AppProject, the Flux sources, Kustomization and
    /// HelmRelease.
    /// </summary>
    public static KubeSchema GitOps => EmbeddedGitOps.Value;

    /// <summary><c>apiVersion/Kind</c> → name of its type.</summary>
    public IReadOnlyDictionary<string, string> Kinds { get; }

    /// <summary><c>apiVersion/Kind</c> no longer served → the release that removed it and the version to use.</summary>
    public IReadOnlyDictionary<string, (string RemovedIn, string Use)> Removed { get; }

    /// <summary>Types by name.</summary>
    public IReadOnlyDictionary<string, KubeType> Types { get; }

    /// <summary>Whether any known version serves this kind (to tell a built-in kind from a custom resource).</summary>
    public bool KnowsKind(string kind) => Kinds.Keys.Any(k => k.EndsWith("/" + kind, StringComparison.Ordinal));

    /// <summary>Reads a schema in the committed format.</summary>
    public static KubeSchema Load(Stream stream)
    {
        using var document = JsonDocument.Parse(stream);
        var root = document.RootElement;
        var kinds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var kind in root.GetProperty("kinds").EnumerateObject())
        {
            kinds[kind.Name] = kind.Value.GetString()!;
        }

        var removed = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var entry in root.GetProperty("removed").EnumerateObject())
        {
            removed[entry.Name] = (entry.Value.GetProperty("removedIn").GetString()!, entry.Value.GetProperty("use").GetString()!);
        }

        var types = new Dictionary<string, KubeType>(StringComparer.Ordinal);
        foreach (var type in root.GetProperty("types").EnumerateObject())
        {
            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var field in type.Value.GetProperty("fields").EnumerateObject())
            {
                fields[field.Name] = field.Value.GetString()!;
            }

            var required = type.Value.TryGetProperty("required", out var list)
                ? list.EnumerateArray().Select(r => r.GetString()!).ToArray()
                : [];
            var open = type.Value.TryGetProperty("open", out var openValue) && openValue.ValueKind == JsonValueKind.True;
            var enums = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            if (type.Value.TryGetProperty("enums", out var enumList))
            {
                foreach (var field in enumList.EnumerateObject())
                {
                    enums[field.Name] = field.Value.EnumerateArray().Select(v => v.GetString()!).ToArray();
                }
            }

            var patterns = new Dictionary<string, string>(StringComparer.Ordinal);
            if (type.Value.TryGetProperty("patterns", out var patternList))
            {
                foreach (var field in patternList.EnumerateObject())
                {
                    patterns[field.Name] = field.Value.GetString()!;
                }
            }

            types[type.Name] = new KubeType(type.Name, fields, required, open) { Enums = enums, Patterns = patterns };
        }

        return new KubeSchema(kinds, removed, types);
    }
}

/// <summary>An object type of the API.</summary>
/// <param name="Name">The model name (<c>V1DeploymentSpec</c>).</param>
/// <param name="Fields">Field name → type: <c>string</c>, <c>integer</c>, <c>number</c>, <c>boolean</c>, <c>any</c>,
/// <c>quantity</c>, <c>int-or-string</c>, a type name, <c>[T]</c> (list) or <c>{T}</c> (map of string to T).</param>
/// <param name="Required">Fields that must be present.</param>
/// <param name="Open">Whether fields beyond <paramref name="Fields"/> are kept rather than unknown (a custom resource's
/// object with <c>x-kubernetes-preserve-unknown-fields</c> or <c>additionalProperties</c>).</param>
internal sealed record KubeType(string Name, IReadOnlyDictionary<string, string> Fields, IReadOnlyList<string> Required, bool Open = false)
{
    /// <summary>Field name → the only values it admits (a CRD's <c>enum</c>), for the fields that have such a list.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Enums { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Field name → the regular expression its string value must match (a CRD's <c>pattern</c>: Flux's <c>interval</c>, a source's <c>url</c>).</summary>
    public IReadOnlyDictionary<string, string> Patterns { get; init; } = new Dictionary<string, string>();

    /// <summary>The name readers know: <c>V1DeploymentSpec</c> → <c>DeploymentSpec</c>.</summary>
    public string DisplayName => Name.Length > 2 && Name[0] == 'V' && char.IsDigit(Name[1])
        ? Name.TrimStart('V').TrimStart("0123456789".ToCharArray()).TrimStart("alphbet".ToCharArray()).TrimStart("0123456789".ToCharArray())
        : Name;
}
