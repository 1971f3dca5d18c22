using IacTest.Lint.Families.Kubernetes.Model;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Rules;

/// <summary>kube-linter's <c>job-ttl-seconds-after-finished</c> (template <c>job-ttl-seconds-after-finished</c>): standalone Jobs without ttlSecondsAfterFinished, and CronJob jobs with it.</summary>
internal sealed class JobTtlSecondsAfterFinishedRule : KubeLinterRule
{
    /// <inheritdoc />
    public override string Code => "IAC0440";

    /// <inheritdoc />
    public override string Name => "job-ttl-seconds-after-finished";


    /// <inheritdoc />
    public override string Title => "Standalone Jobs should expire; CronJob jobs should leave it to the CronJob";

    /// <inheritdoc />
    public override bool EnabledByDefault => false;

    /// <inheritdoc />
    public override string Description =>
        "Indicates when standalone jobs do not set ttlSecondsAfterFinished and when jobs managed by cronjob do set ttlSecondsAfterFinished. A finished Job without a TTL stays in the cluster forever; a CronJob already prunes its Jobs by `successfulJobsHistoryLimit` and `failedJobsHistoryLimit`, and a TTL on its job template fights those limits.\n\n**Remediation**: Set Job.spec.ttlSecondsAfterFinished. Unset CronJob.Spec.JobTemplate.Spec.ttlSecondsAfterFinished.";

    /// <inheritdoc />
    public override string BadExample => "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: migrate\n  namespace: shop\nspec:\n  backoffLimit: 2\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n        - name: migrate\n          image: registry.example.com/shop/migrate:2.4.1\n";

    /// <inheritdoc />
    public override string GoodExample => "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: migrate\n  namespace: shop\nspec:\n  backoffLimit: 2\n  ttlSecondsAfterFinished: 3600\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n        - name: migrate\n          image: registry.example.com/shop/migrate:2.4.1\n";

    /// <inheritdoc />
    protected override void CheckObject(RuleContext context, KubeObject obj)
    {
        if (obj.Kind == "Job" && obj.Spec is { } spec && !spec.ContainsKey("ttlSecondsAfterFinished")
            && !(obj.Metadata?["ownerReferences"] is YSequence owners && owners.Items.OfType<YMapping>().Any(o => o.GetScalar("kind") == "CronJob")))
        {
            context.Report(obj.Root.Find("spec")!.Key, "Standalone Job does not specify ttlSecondsAfterFinished");
        }
        else if (obj.Kind == "CronJob" && (PodSpecs.At(obj.Spec, "jobTemplate", "spec") as YMapping)?.Find("ttlSecondsAfterFinished") is { } ttl)
        {
            context.Report(ttl.Key, "Managed Job specifies ttlSecondsAfterFinished which might conflict with successfulJobsHistoryLimit and failedJobsHistoryLimit from CronJob that have default values. Final behaviour is determined by the strictest parameter, and therefore, setting ttlSecondsAfterFinished at the job level can result with unexpected behaviour with regard to finished jobs removal");
        }
    }
}
