namespace IacTest.Lint.Families.Kubernetes.Model;

/// <summary>
/// A check a <c>.kube-linter.yaml</c> defines under <c>customChecks</c>: one of kube-linter's templates with
/// parameters, under a name of the user's.
/// </summary>
/// <param name="Name">The check's name, as findings report it.</param>
/// <param name="Template">The template's key (<c>required-label</c>, <c>forbidden-service-types</c>, …).</param>
/// <param name="Parameters">The template's parameters: strings, or string lists.</param>
/// <param name="ObjectKinds">kube-linter object kinds the check is narrowed to (<c>DeploymentLike</c>, <c>Service</c>, …); empty: the template's own.</param>
/// <param name="Description">What the check is for, as written.</param>
/// <param name="Remediation">How to fix a finding, as written.</param>
internal sealed record KubeCustomCheck(string Name, string Template, IReadOnlyDictionary<string, object?> Parameters, IReadOnlyList<string> ObjectKinds, string Description, string Remediation)
{
    /// <summary>Whether an object of <paramref name="kind"/> is in the check's scope.</summary>
    public bool Covers(string kind) => ObjectKinds.Count == 0 || ObjectKinds.Any(k => k switch
    {
        "Any" => true,
        "DeploymentLike" => PodSpecs.IsDeploymentLike(kind),
        "JobLike" => kind is "Job" or "CronJob",
        _ => string.Equals(k, kind, StringComparison.Ordinal),
    });

    /// <inheritdoc />
    public override string ToString() =>
        $"{Name}|{Template}|{string.Join(',', ObjectKinds)}|" + string.Join(';', Parameters.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => p.Key + "=" + (p.Value is IEnumerable<string> list ? string.Join(',', list) : p.Value)));
}
