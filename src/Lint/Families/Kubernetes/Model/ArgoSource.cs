using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Model;

/// <summary>
/// One source of an Argo CD Application (<c>spec.source</c>, or an item of <c>spec.sources</c>), or of the Application
/// template of an ApplicationSet (<c>spec.template.spec</c>).
/// </summary>
/// <param name="Node">The source's mapping.</param>
/// <param name="RepoUrl">Its <c>repoURL</c>, empty when missing.</param>
/// <param name="Path">Its <c>path</c> node, when it has one (a Git source).</param>
/// <param name="TargetRevision">Its <c>targetRevision</c> node, when it has one.</param>
/// <param name="IsHelmChart">Whether it is a chart of a Helm repository (<c>chart</c>): its revision is a chart version.</param>
/// <param name="Recurse">Whether a directory source reads sub-folders (<c>directory.recurse</c>).</param>
internal sealed record ArgoSource(YMapping Node, string RepoUrl, YScalar? Path, YScalar? TargetRevision, bool IsHelmChart, bool Recurse)
{
    /// <summary>The API group of Argo CD's objects.</summary>
    public const string Group = "argoproj.io";

    /// <summary>The sources of an Application or ApplicationSet; none for other objects.</summary>
    public static IEnumerable<ArgoSource> Of(KubeObject obj)
    {
        if (obj.Group != Group || ApplicationSpec(obj) is not { } spec)
        {
            yield break;
        }

        if (spec["source"] is YMapping single)
        {
            yield return Read(single);
        }

        if (spec["sources"] is YSequence many)
        {
            foreach (var item in many.Items.OfType<YMapping>())
            {
                yield return Read(item);
            }
        }
    }

    /// <summary>The Application spec of an Application, or the template's of an ApplicationSet.</summary>
    public static YMapping? ApplicationSpec(KubeObject obj) => obj.Kind switch
    {
        "Application" when obj.Group == Group => obj.Spec,
        "ApplicationSet" when obj.Group == Group => (obj.Spec?["template"] as YMapping)?["spec"] as YMapping,
        _ => null,
    };

    /// <summary>Whether a value is filled in by a template (an ApplicationSet's <c>{{…}}</c>, Flux's <c>${…}</c>) and so cannot be checked as written.</summary>
    public static bool IsTemplated(string value) => value.Contains("{{", StringComparison.Ordinal) || value.Contains("${", StringComparison.Ordinal);

    private static ArgoSource Read(YMapping source) => new(
        source,
        source.GetScalar("repoURL") ?? string.Empty,
        source["path"] as YScalar,
        source["targetRevision"] as YScalar,
        source.ContainsKey("chart"),
        (source["directory"] as YMapping)?.GetScalar("recurse") is "true" or "True");
}
