using IacTest.Lint.Files;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Model;

/// <summary>The Kubernetes objects of a file: every document whose root has <c>apiVersion</c> and <c>kind</c>,
/// with <c>List</c> kinds (<c>v1/List</c>, <c>DeploymentList</c>, …) expanded into their items.</summary>
internal static class KubeManifest
{
    private static readonly object ViewKey = new();

    /// <summary>The objects of a file, computed once per file.</summary>
    public static IReadOnlyList<KubeObject> Objects(LintFile file) => file.View(ViewKey, static f => Read(f.Documents));

    /// <summary>The objects of parsed documents.</summary>
    public static IReadOnlyList<KubeObject> Read(IReadOnlyList<YDocument> documents)
    {
        var objects = new List<KubeObject>();
        foreach (var document in documents)
        {
            if (document.Root is YMapping root)
            {
                Add(root, document.Index, objects, 0);
            }
        }

        return objects;
    }

    private static void Add(YMapping root, int documentIndex, List<KubeObject> objects, int depth)
    {
        var kind = root.GetScalar("kind");
        if (kind is null || !root.ContainsKey("apiVersion"))
        {
            return;
        }

        if (depth < 4 && kind.EndsWith("List", StringComparison.Ordinal) && root["items"] is YSequence items)
        {
            foreach (var item in items.Items)
            {
                if (item is YMapping mapping)
                {
                    Add(mapping, documentIndex, objects, depth + 1);
                }
            }

            return;
        }

        objects.Add(new KubeObject(root, documentIndex));
    }
}
