using IacTest.Lint.Families.Kubernetes.Model;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Rules;

/// <summary>kube-linter's <c>restart-policy</c> (template <c>restart-policy</c>): pods whose restart policy is neither Always nor OnFailure.</summary>
internal sealed class RestartPolicyRule : PodSpecRule
{
    /// <inheritdoc />
    public override string Code => "IAC0458";

    /// <inheritdoc />
    public override string Name => "restart-policy";


    /// <inheritdoc />
    public override string Title => "Pods should restart on failure";

    /// <inheritdoc />
    public override bool EnabledByDefault => false;

    /// <inheritdoc />
    public override string Description =>
        "Indicates when a object deployment's like doesn't use a restart policy: a `restartPolicy` that is set must be `Always` or `OnFailure` (unset is `Always`).\n\n**Remediation**: Set up the restart policy for your object to 'Always' or 'OnFailure' to increase the fault tolerance.";

    /// <inheritdoc />
    public override string BadExample => "apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: report\n  namespace: shop\nspec:\n  schedule: \"0 3 * * *\"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          restartPolicy: Never\n          containers:\n            - name: report\n              image: registry.example.com/shop/report:1.8.0\n";

    /// <inheritdoc />
    public override string GoodExample => "apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: report\n  namespace: shop\nspec:\n  schedule: \"0 3 * * *\"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          restartPolicy: OnFailure\n          containers:\n            - name: report\n              image: registry.example.com/shop/report:1.8.0\n";

    /// <inheritdoc />
    protected override void CheckPodSpec(RuleContext context, KubeObject obj, YMapping podSpec)
    {
        if (podSpec["restartPolicy"] is YScalar policy && policy.Value is not ("Always" or "OnFailure"))
        {
            context.Report(policy, $"object has a restart policy defined with '{policy.Value}' but the only accepted restart policies are '[Always OnFailure]'");
        }
    }
}
