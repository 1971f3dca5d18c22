using IacTest.Lint.Families.Kubernetes.Rules;
using IacTest.Lint.Classification;
using IacTest.Lint.Diagnostics;
using IacTest.Lint.Families.Kubernetes.Kustomize;
using IacTest.Lint.Families.Kubernetes.Model;
using IacTest.Lint.Files;
using IacTest.Lint.Rules;
using IacTest.Lint.Text;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Engine;

/// <summary>
/// Renders the folder of a kustomization as Argo CD and Flux do and runs every Kubernetes check on the rendered
/// objects, as one set (cross-object checks see the whole overlay). A finding is placed where the offending node was
/// written — the patch, the base manifest, or the kustomization field — and reported under the check's own code; a
/// finding the source file already gets when it is linted alone is not repeated. An overlay that does not render is
/// reported at the entry at fault under this rule.
/// </summary>
internal sealed class KustomizeOverlayRule : LintRule
{
    /// <inheritdoc />
    public override string Code => "IAC0467";

    /// <inheritdoc />
    public override string Name => "kustomize-overlay";

    /// <inheritdoc />
    public override string Title => "Kustomize overlays must render, and their rendered objects are checked";

    /// <inheritdoc />
    public override RuleFamily Family => RuleFamily.Kubernetes;

    /// <inheritdoc />
    public override IReadOnlyList<string> Tags => ["kustomize", "kube-linter", "correctness"];

    /// <inheritdoc />
    public override string ExamplePath => "kustomization.yaml";

    /// <inheritdoc />
    public override bool AppliesTo(FileKind kind) => kind is FileKind.Kustomization;

    /// <inheritdoc />
    public override string Description =>
        "The folder of a `kustomization.yaml` is rendered as Argo CD and Flux render it (by IacTest's built-in renderer when the overlay uses only common features, whose output is byte for byte that of `kubectl kustomize`, else by `kubectl kustomize` itself, Kustomize 5.5) and every Kubernetes check runs on the rendered objects, which see each other as one set. A finding on a rendered object is reported under the check's own code at the line that wrote the offending value: the patch, the base manifest, or the kustomization field (`images`, `replicas`, `namespace`, labels, a generator); a finding the base already gets on its own is not repeated. This rule reports an overlay that does not render (a folder without a kustomization, a cycle, a patch that matches no object, a patch whose `target` names no object of the overlay; a missing local path is `kustomization-resources`' finding) at the entry at fault, and warns about what is not rendered: Helm charts without a helm command, and Flux `HelmRelease` objects. Components (`kind: Component`) are rendered through the overlays that use them.";

    /// <inheritdoc />
    public override string BadExample => "resources:\n  - ../../base\nhelmCharts:\n  - name: ingress-nginx\n    version: 4.11.3\n";

    /// <inheritdoc />
    public override string GoodExample => "resources:\n  - https://github.com/example/base?ref=v1.2.0\nimages:\n  - name: nginx\n    newTag: 1.27.3\n";

    /// <inheritdoc />
    public override void Check(RuleContext context)
    {
        if (context.File.Documents.Count == 0 || context.File.Documents[0].Root is not YMapping root || root.GetScalar("kind") == "Component")
        {
            return;
        }

        string folder;
        try
        {
            folder = Path.GetDirectoryName(Path.GetFullPath(context.File.Path)) ?? ".";
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return;
        }

        if (!Directory.Exists(folder))
        {
            return;
        }

        var places = new FilePlaces(context.File.Path);
        if (!File.Exists(context.File.Path))
        {
            // Text that is not saved where it says (an editor's buffer) cannot be rendered; its entries are still checked.
            foreach (var problem in KustomizationTree.WalkUnsaved(context.File.Path, root, null).Problems)
            {
                Report(context, places, problem);
            }

            return;
        }

        var render = KustomizeRenderer.Render(folder);
        foreach (var read in OverlayReads.Of(render))
        {
            context.AddRead(read);
        }

        foreach (var problem in render.Problems)
        {
            Report(context, places, problem);
        }

        if (render.Rendered)
        {
            CheckRendered(context, render, places);
        }
    }

    // A missing path of this kustomization is kustomization-resources' finding; a problem of another kustomization (a
    // base's) is that file's own, and here only the reason this overlay does not render.
    private void Report(RuleContext context, FilePlaces places, KustomizeProblem problem)
    {
        var severity = problem.Severity == Severity.Error ? context.Severity : Severity.Warning;
        var inThisFile = string.Equals(places.Of(problem.File), context.File.Path, StringComparison.Ordinal);
        if (inThisFile && problem.IsMissingPath)
        {
            return;
        }

        if (!inThisFile && Path.GetFileName(problem.File) is "kustomization.yaml" or "kustomization.yml" or "Kustomization")
        {
            context.Report(1, 1, $"the overlay does not render: {places.Of(problem.File)}({problem.Line},{problem.Column}): {problem.Message}", severity: severity);
            return;
        }

        context.Report(new LintDiagnostic(places.Of(problem.File), problem.Line, problem.Column, Code, Name, severity, problem.Message));
    }

    private void CheckRendered(RuleContext context, KustomizeRender render, FilePlaces places)
    {
        var rendered = new LintFile(SourceText.FromText(context.File.Path, render.Yaml), FileKind.Kubernetes);
        KubeContext.UseAsWholeSet(rendered);
        var objects = KubeManifest.Objects(rendered);
        var locator = new RenderedSourceLocator(render);
        var plain = new PlainFindings(context);
        var overlay = Path.GetRelativePath(Environment.CurrentDirectory, render.Folder);
        foreach (var obj in objects.Where(o => o.Kind == "HelmRelease" && o.Group == "helm.toolkit.fluxcd.io"))
        {
            var (file, at) = locator.Locate(obj, Origin(render, obj), RenderedPath.Find(obj.Root, obj.Anchor.Start.Line, obj.Anchor.Start.Column)!);
            context.Report(new LintDiagnostic(places.Of(file), at.Line, at.Column, Code, Name, Severity.Warning,
                $"HelmRelease \"{obj.Name}\" is not rendered: its chart needs helm, so the objects it installs are not checked"));
        }

        // Kustomize applies a patch with a target to whatever matches, silently to nothing: a target that names no
        // object of the overlay (a renamed Deployment, a typo) is a patch that no longer does anything.
        var ownFile = Path.GetFullPath(context.File.Path);
        foreach (var patch in render.Patches.Where(p => p.DeclaredIn == ownFile && p.Entry is not null && (p.TargetKind ?? p.TargetName) is not null))
        {
            if (!objects.Any(o => patch.Targets(o.Kind, o.Name)))
            {
                context.Report(patch.Entry!, $"the patch targets {patch.TargetKind ?? "any kind"}{(patch.TargetName is null ? string.Empty : $" \"{patch.TargetName}\"")}, which matches no object of the overlay, so it changes nothing");
            }
        }

        var fileSink = (FindingSink)context.Sink;
        foreach (var resolved in fileSink.Resolved.RulesFor(FileKind.Kubernetes))
        {
            var rule = resolved.Rule;
            if (rule.Family != RuleFamily.Kubernetes || !rule.AppliesTo(FileKind.Kubernetes) || rule.Language != SourceLanguage.Yaml)
            {
                continue;
            }

            foreach (var finding in fileSink.CheckAlone(resolved, rendered, context.File.Path))
            {
                if (ObjectAt(objects, finding.Line) is not { } obj
                    || RenderedPath.Find(obj.Root, finding.Line, finding.Column) is not { } path)
                {
                    continue;
                }

                var (file, at) = locator.Locate(obj, Origin(render, obj), path);
                if (plain.Has(file, resolved, finding.Code, at) || plain.IsSuppressedOrIgnored(file, resolved, finding, at))
                {
                    continue;
                }

                context.Report(finding with
                {
                    File = places.Of(file),
                    Line = at.Line,
                    Column = at.Column,
                    Message = $"{finding.Message} (in {obj.Kind} \"{obj.Name}\" of the overlay {overlay})",
                });
            }
        }
    }

    // The last object starting at or before the line (objects are in document order): a binary search, as an overlay
    // may hold thousands of objects and findings.
    private static KubeObject? ObjectAt(IReadOnlyList<KubeObject> objects, int line)
    {
        int low = 0, high = objects.Count - 1, found = -1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (objects[middle].Root.Start.Line <= line)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return found < 0 ? null : objects[found];
    }

    private static KustomizeOrigin Origin(KustomizeRender render, KubeObject obj) =>
        obj.DocumentIndex < render.Origins.Count ? render.Origins[obj.DocumentIndex] : KustomizeOrigin.Unknown;
}
