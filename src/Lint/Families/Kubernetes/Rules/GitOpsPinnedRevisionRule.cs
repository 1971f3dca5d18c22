using System.Text.RegularExpressions;
using IacTest.Lint.Classification;
using IacTest.Lint.Families.Kubernetes.Model;
using IacTest.Lint.Files;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Rules;

/// <summary>
/// Argo CD and Flux sources deploy a fixed revision (a tag, a commit, an exact chart version) rather than whatever a
/// branch or a version range points at when the controller next looks: a team's choice, so off by default.
/// </summary>
internal sealed partial class GitOpsPinnedRevisionRule : LintRule
{
    /// <inheritdoc />
    public override string Code => "IAC0493";

    /// <inheritdoc />
    public override string Name => "gitops-pinned-revision";

    /// <inheritdoc />
    public override string Title => "Argo CD and Flux sources should deploy a tag, a commit or an exact version";

    /// <inheritdoc />
    public override RuleFamily Family => RuleFamily.Kubernetes;

    /// <inheritdoc />
    public override bool EnabledByDefault => false;

    /// <inheritdoc />
    public override Diagnostics.Severity DefaultSeverity => Diagnostics.Severity.Warning;

    /// <inheritdoc />
    public override IReadOnlyList<string> Tags => ["gitops", "reproducibility"];

    /// <inheritdoc />
    public override bool AppliesTo(FileKind kind) => kind is FileKind.Kubernetes;

    /// <inheritdoc />
    public override IReadOnlyList<RuleOption> Options =>
    [
        .. GitOpsRepositoryOptions.Declared,
        new("tag-pattern", RuleOptionType.String, @"^v?[0-9]+(\.[0-9]+)*([-+][0-9A-Za-z.-]+)?$",
            "A regular expression for the revisions of another repository that are tags (a Git revision of this repository is a tag when the repository has it)."),
        new("this-repository", RuleOptionType.Boolean, false,
            "Whether sources that deploy this repository itself (an app of apps, Flux's own `flux-system`) must be pinned too; a GitOps repository usually deploys its own branch and promotes by path."),
    ];

    /// <inheritdoc />
    public override string Description =>
        "Reports a source whose revision can move: an Argo CD source (`spec.source`, `spec.sources`, an ApplicationSet's template) whose `targetRevision` is missing, `HEAD`, or a branch — for a Git source, anything but a full commit SHA or a tag (a tag this repository has, or for another repository a name matching `tag-pattern`), for a Helm chart a version range (`*`, `1.x`, `^1.2`, `~1.2`, `>=1.0`) —; a Flux `GitRepository` whose `ref` is missing (Flux follows `master`), a `branch` only, a `name` that is not `refs/tags/…`, or a `semver` range; an `OCIRepository` without a `ref`, with the `latest` tag or a `semver` range (a `digest` pins it best); a `HelmRelease` chart or a `HelmChart` whose `version` is missing (`*`) or a range. Off by default: enable it where the team's configuration asks for pinned revisions (for example only for the production folders, with the rule's ignore paths). Sources that deploy this repository itself are skipped unless `this-repository` is true. Templated values (`{{…}}`, `${…}`) are not checked. A `tag-pattern` that is not a regular expression is reported once per file, at its first Argo CD or Flux object (it would otherwise make every tag of another repository unpinned).";

    /// <inheritdoc />
    public override string BadExample =>
        "apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: podinfo\n  namespace: argocd\nspec:\n  project: default\n  source:\n    repoURL: https://github.com/example/podinfo-deploy.git\n    targetRevision: HEAD\n    path: deploy/production\n  destination:\n    server: https://kubernetes.default.svc\n    namespace: podinfo\n";

    /// <inheritdoc />
    public override string GoodExample =>
        "apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: podinfo\n  namespace: argocd\nspec:\n  project: default\n  source:\n    repoURL: https://github.com/example/podinfo-deploy.git\n    targetRevision: v6.7.1\n    path: deploy/production\n  destination:\n    server: https://kubernetes.default.svc\n    namespace: podinfo\n";

    /// <inheritdoc />
    public override void Check(RuleContext context)
    {
        var objects = KubeManifest.Objects(context.File);
        var repository = objects.Any(o => o.Group is ArgoSource.Group or FluxSource.Group) ? GitOpsRepositoryOptions.Find(context) : null;
        var tagPattern = TagPattern(context.Options.String("tag-pattern"));
        if (context.Options.String("tag-pattern") is { Length: > 0 } configured && KubeRegex.Compile(configured) is null
            && objects.FirstOrDefault(o => o.Group is ArgoSource.Group or FluxSource.Group) is { } first)
        {
            // A mistyped pattern would silently make every tag of another repository unpinned: said once per file.
            context.Report(first.Anchor, $"the tag-pattern option \"{configured}\" is not a regular expression, so no tag of another repository counts as pinned: fix the pattern in the configuration");
        }

        var thisRepository = context.Options.Bool("this-repository");
        foreach (var obj in objects)
        {
            foreach (var source in ArgoSource.Of(obj))
            {
                var self = repository is not null && repository.IsThisRepository(source.RepoUrl);
                if (ArgoSource.IsTemplated(source.RepoUrl) || (self && !thisRepository))
                {
                    continue;
                }

                var revision = source.TargetRevision is { IsNull: false } node ? node.Value : string.Empty;
                if (ArgoSource.IsTemplated(revision))
                {
                    continue;
                }

                YNode at = source.TargetRevision is { } present ? present : source.Node;
                if (source.IsHelmChart)
                {
                    if (IsVersionRange(revision))
                    {
                        context.Report(at, revision.Length == 0 ? "the chart has no targetRevision: Argo CD deploys its latest version" : $"targetRevision \"{revision}\" is a version range, not one chart version");
                    }
                }
                else if (revision.Length == 0 || revision == "HEAD")
                {
                    context.Report(at, "the source follows HEAD: set targetRevision to a tag or a commit");
                }
                else if (!CommitSha().IsMatch(revision) && !(self ? repository!.HasTag(revision) : tagPattern.IsMatch(revision)))
                {
                    context.Report(at, $"targetRevision \"{revision}\" is a branch, not a tag or a commit");
                }
            }

            switch (obj.Group, obj.Kind)
            {
                case (FluxSource.Group, "GitRepository"):
                    if (!(repository is not null && repository.IsThisRepository(obj.Spec?.GetScalar("url") ?? string.Empty) && !thisRepository))
                    {
                        GitRef(context, obj);
                    }

                    break;
                case (FluxSource.Group, "OCIRepository"):
                    OciRef(context, obj);
                    break;
                case (FluxSource.Group, "HelmChart"):
                    ChartVersion(context, obj.Spec, obj.Anchor);
                    break;
                case ("helm.toolkit.fluxcd.io", "HelmRelease") when ((obj.Spec?["chart"] as YMapping)?["spec"]) is YMapping chartSpec:
                    ChartVersion(context, chartSpec, chartSpec);
                    break;
            }
        }
    }

    private static void GitRef(RuleContext context, KubeObject obj)
    {
        if (obj.Spec?["ref"] is not YMapping reference)
        {
            context.Report(obj.Spec as YNode ?? obj.Anchor, "the GitRepository has no ref: Flux follows the master branch");
            return;
        }

        if (reference.ContainsKey("commit") || reference.ContainsKey("tag"))
        {
            return;
        }

        if (reference["semver"] is YScalar semver)
        {
            if (IsVersionRange(semver.Value))
            {
                context.Report(semver, $"semver \"{semver.Value}\" is a range: the newest matching tag is deployed");
            }

            return;
        }

        if (reference["name"] is YScalar name)
        {
            if (!name.Value.StartsWith("refs/tags/", StringComparison.Ordinal))
            {
                context.Report(name, $"ref name \"{name.Value}\" is not a tag");
            }

            return;
        }

        context.Report(reference["branch"] ?? reference, "the ref follows a branch: set tag, semver or commit");
    }

    private static void OciRef(RuleContext context, KubeObject obj)
    {
        if (obj.Spec?["ref"] is not YMapping reference)
        {
            context.Report(obj.Spec as YNode ?? obj.Anchor, "the OCIRepository has no ref: Flux pulls the latest tag");
            return;
        }

        if (reference.ContainsKey("digest"))
        {
            return;
        }

        if (reference["semver"] is YScalar semver)
        {
            if (IsVersionRange(semver.Value))
            {
                context.Report(semver, $"semver \"{semver.Value}\" is a range: the newest matching tag is deployed");
            }

            return;
        }

        if (reference["tag"] is YScalar tag && tag.Value == "latest")
        {
            context.Report(tag, "the tag \"latest\" moves with every push: set a version tag or a digest");
        }
    }

    private static void ChartVersion(RuleContext context, YMapping? spec, YNode anchor)
    {
        if (spec?["version"] is YScalar { IsNull: false } version)
        {
            if (IsVersionRange(version.Value) && !ArgoSource.IsTemplated(version.Value))
            {
                context.Report(version, $"chart version \"{version.Value}\" is a range: the newest matching version is deployed");
            }

            return;
        }

        context.Report(anchor, "the chart has no version: Flux deploys the newest (*)");
    }

    // Helm's semver constraints (Masterminds/semver): an exact version has none of these.
    private static bool IsVersionRange(string version)
    {
        var text = version.Trim();
        if (text.Length == 0)
        {
            return true;
        }

        if (text.IndexOfAny(['*', '^', '~', '>', '<', '|', ',', ' ', '=']) >= 0)
        {
            return true;
        }

        var core = text.TrimStart('v').Split('-', '+')[0];
        return core.Split('.') is var parts && (parts.Length < 3 || parts.Any(p => p is "x" or "X"));
    }

    // An invalid pattern matches nothing, as kube-linter's patterns do: every revision of another repository is reported.
    private static Regex TagPattern(string? pattern) => KubeRegex.Compile(pattern is { Length: > 0 } ? pattern : "^$") ?? NoMatch();

    [GeneratedRegex("(?!)")]
    private static partial Regex NoMatch();

    [GeneratedRegex("^[0-9a-fA-F]{40}$")]
    private static partial Regex CommitSha();
}
