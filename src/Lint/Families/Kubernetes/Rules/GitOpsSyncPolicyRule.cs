using IacTest.Lint.Classification;
using IacTest.Lint.Configuration;
using IacTest.Lint.Families.Kubernetes.Model;
using IacTest.Lint.Files;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Rules;

/// <summary>
/// Sync and prune settings a team may forbid (automatic pruning in production, automated sync without self-heal):
/// policies rather than mistakes, so the rule is off by default and each check is an option.
/// </summary>
internal sealed class GitOpsSyncPolicyRule : LintRule
{
    /// <inheritdoc />
    public override string Code => "IAC0494";

    /// <inheritdoc />
    public override string Name => "gitops-sync-policy";

    /// <inheritdoc />
    public override string Title => "Argo CD and Flux sync settings must follow the team's policy";

    /// <inheritdoc />
    public override RuleFamily Family => RuleFamily.Kubernetes;

    /// <inheritdoc />
    public override bool EnabledByDefault => false;

    /// <inheritdoc />
    public override IReadOnlyList<string> Tags => ["gitops", "policy"];

    /// <inheritdoc />
    public override IReadOnlyList<string> SubIds => ["automated-prune", "allow-empty", "self-heal", "flux-prune"];

    /// <inheritdoc />
    public override bool AppliesTo(FileKind kind) => kind is FileKind.Kubernetes;

    /// <inheritdoc />
    public override IReadOnlyList<RuleOption> Options =>
    [
        GitOpsRepositoryOptions.Declared[0],
        new("paths", RuleOptionType.StringList, Array.Empty<string>(),
            "Where the policy holds: gitignore-style patterns relative to the repository root, matched against the file's path and the path the object deploys (`clusters/production/`, `**/prod/**`); empty: everywhere."),
        new("automated-prune", RuleOptionType.Boolean, true, "Report Argo CD automated sync with `prune: true` (deleting what left Git without a person looking)."),
        new("allow-empty", RuleOptionType.Boolean, true, "Report Argo CD automated sync with `allowEmpty: true` (an emptied path deletes the whole application)."),
        new("self-heal", RuleOptionType.Boolean, false, "Report Argo CD automated sync without `selfHeal: true` (changes made in the cluster stay until the next commit)."),
        new("flux-prune", RuleOptionType.Boolean, true, "Report a Flux Kustomization with `prune: true`."),
    ];

    /// <inheritdoc />
    public override string Description =>
        "Checks the sync settings of Argo CD Applications (and ApplicationSet templates) and Flux Kustomizations against a team's policy, each check an option: `automated-prune` (on) reports `syncPolicy.automated.prune: true`, `allow-empty` (on) reports `automated.allowEmpty: true`, `self-heal` (off) reports automated sync without `selfHeal: true`, `flux-prune` (on) reports a Flux Kustomization's `prune: true`. `paths` limits the policy to parts of the repository (the file's own path, or the path the object deploys, relative to the repository root, e.g. `clusters/production/` or `**/production/**`). The rule is off by default: these are decisions, not mistakes; enable it where a team forbids them, typically for production. Each finding points at the setting.";

    /// <inheritdoc />
    public override string BadExample =>
        "apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: payments\n  namespace: argocd\nspec:\n  project: production\n  source:\n    repoURL: https://github.com/example/fleet.git\n    targetRevision: main\n    path: apps/payments/overlays/production\n  destination:\n    server: https://kubernetes.default.svc\n    namespace: payments\n  syncPolicy:\n    automated:\n      prune: true\n      selfHeal: true\n";

    /// <inheritdoc />
    public override string GoodExample =>
        "apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: payments\n  namespace: argocd\nspec:\n  project: production\n  source:\n    repoURL: https://github.com/example/fleet.git\n    targetRevision: main\n    path: apps/payments/overlays/production\n  destination:\n    server: https://kubernetes.default.svc\n    namespace: payments\n  syncPolicy:\n    automated:\n      prune: false\n      selfHeal: true\n";

    /// <inheritdoc />
    public override void Check(RuleContext context)
    {
        var patterns = context.Options.List("paths");
        string? root = null;
        if (patterns.Count > 0)
        {
            root = GitOpsRepositoryOptions.Find(context)?.Root;
            if (root is null)
            {
                return; // text without a file on disk has no place in the repository to match
            }
        }

        foreach (var obj in KubeManifest.Objects(context.File))
        {
            if (ArgoSource.ApplicationSpec(obj) is { } spec)
            {
                var deployed = ArgoSource.Of(obj).Select(s => s.Path?.Value).OfType<string>();
                if (InScope(context, patterns, root, deployed) && (spec["syncPolicy"] as YMapping)?.Find("automated") is { Value: YMapping automated } pair)
                {
                    Argo(context, automated, pair.Key);
                }
            }
            else if (obj.Group == "kustomize.toolkit.fluxcd.io" && obj.Kind == "Kustomization" && context.Options.Bool("flux-prune")
                && obj.Spec?["prune"] is YScalar { Value: "true" or "True" } prune
                && InScope(context, patterns, root, obj.Spec.GetScalar("path") is { } path ? [path] : []))
            {
                context.Report(prune, "prune is on: objects removed from Git are deleted from the cluster", "flux-prune");
            }
        }
    }

    private static void Argo(RuleContext context, YMapping automated, YNode automatedKey)
    {
        // Argo CD 3.x can switch automation off while keeping its settings.
        if (automated.GetScalar("enabled") is "false" or "False")
        {
            return;
        }

        if (context.Options.Bool("automated-prune") && automated["prune"] is YScalar { Value: "true" or "True" } prune)
        {
            context.Report(prune, "automated sync prunes: resources removed from Git are deleted without review", "automated-prune");
        }

        if (context.Options.Bool("allow-empty") && automated["allowEmpty"] is YScalar { Value: "true" or "True" } allowEmpty)
        {
            context.Report(allowEmpty, "allowEmpty lets an emptied path delete every resource of the application", "allow-empty");
        }

        if (context.Options.Bool("self-heal") && automated.GetScalar("selfHeal") is not ("true" or "True"))
        {
            context.Report(automated["selfHeal"] ?? automatedKey, "automated sync without selfHeal: changes made in the cluster are not reverted", "self-heal");
        }
    }

    private static bool InScope(RuleContext context, IReadOnlyList<string> patterns, string? root, IEnumerable<string> deployedPaths)
    {
        if (patterns.Count == 0 || root is null)
        {
            return true;
        }

        var matchers = patterns.Select(p => new PathPattern(p, root)).ToArray();
        var candidates = deployedPaths.Select(p => Path.Combine(root, p.TrimStart('.', '/')) + "/").Prepend(Path.GetFullPath(context.File.Path));
        return candidates.Any(candidate => matchers.Any(m => !m.IsNegated && m.Matches(candidate)));
    }
}
