using IacTest.Lint.Families.Kubernetes.Model;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Rules;

/// <summary>
/// kube-linter's <c>access-to-resources</c> template: a RoleBinding or ClusterRoleBinding whose role (looked up among
/// the objects of the scope) grants verbs matching <c>verbs</c> on resources matching <c>resources</c>.
/// </summary>
internal abstract class AccessToResourcesRule : KubeLinterRule
{
    /// <summary>The other manifests of the folder, where <see cref="KubeContext"/> looks the bound role up.</summary>
    public sealed override RuleReads Reads => FolderManifests;

    /// <inheritdoc />
    protected sealed override void CheckObject(RuleContext context, KubeObject obj)
    {
        if (obj.Kind is not ("RoleBinding" or "ClusterRoleBinding") || obj.Root["roleRef"] is not YMapping roleRef || roleRef["name"] is not YScalar name)
        {
            return;
        }

        var kind = roleRef.GetScalar("kind") ?? "Role";
        // A RoleBinding's Role lives in the binding's namespace; a ClusterRole has none.
        var ns = kind == "Role" ? obj.Namespace : string.Empty;
        var role = KubeContext.For(context.File).Roles.FirstOrDefault(r => r.Kind == kind && r.Name == name.Value && (kind != "Role" || r.Namespace == ns));
        if (role is null)
        {
            return;
        }

        var verbPatterns = context.Options.List("verbs");
        var resourcePatterns = context.Options.List("resources");
        var verbs = new List<string>();
        var resources = new List<string>();
        foreach (var (ruleVerbs, ruleResources) in role.Rules)
        {
            var matchedVerbs = ruleVerbs.Where(v => KubeRegex.AnyMatch(verbPatterns, v)).ToArray();
            var matchedResources = ruleResources.Where(r => KubeRegex.AnyMatch(resourcePatterns, r)).ToArray();
            if (matchedVerbs.Length > 0 && matchedResources.Length > 0)
            {
                verbs.AddRange(matchedVerbs.Except(verbs));
                resources.AddRange(matchedResources.Except(resources));
            }
        }

        if (verbs.Count > 0)
        {
            context.Report(name, $"binding to \"{name.Value}\" role that has [{string.Join(' ', verbs)}] access to [{string.Join(' ', resources)}]");
        }
    }
}
