using IacTest.Lint.Classification;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Rules;

/// <summary>The local files a kustomization names must exist.</summary>
internal sealed class KustomizationResourcesRule : LintRule
{
    private static readonly string[] FileLists = ["resources", "components", "patchesStrategicMerge", "crds"];

    /// <inheritdoc />
    public override string Code => "IAC0424";

    /// <inheritdoc />
    public override string Name => "kustomization-resources";

    /// <inheritdoc />
    public override string Title => "Files named by a kustomization must exist";

    /// <inheritdoc />
    public override RuleFamily Family => RuleFamily.Kubernetes;

    /// <inheritdoc />
    public override IReadOnlyList<string> Tags => ["kustomize", "correctness"];

    /// <inheritdoc />
    public override string ExamplePath => "kustomization.yaml";

    /// <inheritdoc />
    public override bool AppliesTo(FileKind kind) => kind is FileKind.Kustomization;

    /// <inheritdoc />
    public override string Description =>
        "Every local path under `resources`, `components`, `crds`, `patchesStrategicMerge` and `patches[].path` of a `kustomization.yaml` must exist beside it (a file or a folder), or `kustomize build` fails. Remote references (URLs, `github.com/…`) are not checked. The manifests it names are checked as Kubernetes files wherever they are.";

    /// <inheritdoc />
    public override string BadExample => "resources:\n  - deployment.yaml\n  - servce.yaml\n";

    /// <inheritdoc />
    public override string GoodExample => "resources:\n  - https://github.com/example/base?ref=v1.2.0\n";

    /// <inheritdoc />
    public override void Check(RuleContext context)
    {
        if (context.File.Documents.Count == 0 || context.File.Documents[0].Root is not YMapping root)
        {
            return;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(context.File.Path)) ?? ".";
        foreach (var list in FileLists)
        {
            if (root[list] is YSequence entries)
            {
                foreach (var entry in entries.Items.OfType<YScalar>())
                {
                    CheckPath(context, folder, entry);
                }
            }
        }

        if (root["patches"] is YSequence patches)
        {
            foreach (var patch in patches.Items.OfType<YMapping>())
            {
                if (patch["path"] is YScalar path)
                {
                    CheckPath(context, folder, path);
                }
            }
        }
    }

    private static void CheckPath(RuleContext context, string folder, YScalar entry)
    {
        var value = entry.Value.Trim();
        if (value.Length == 0 || value.Contains("://", StringComparison.Ordinal) || value.StartsWith("github.com/", StringComparison.Ordinal)
            || value.StartsWith("git@", StringComparison.Ordinal) || value.Contains('\n', StringComparison.Ordinal))
        {
            return;
        }

        var full = Path.Combine(folder, value);
        if (!File.Exists(full) && !Directory.Exists(full))
        {
            context.Report(entry, $"\"{value}\" does not exist next to this kustomization");
        }
    }
}
