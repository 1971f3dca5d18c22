namespace IacTest.Lint.Tests.Kubernetes;

/// <summary>
/// The first finding of each fail fixture reads as kube-linter words it (its end-to-end tests state the messages);
/// the fixture's <c>fail.expected</c> already pins the positions.
/// </summary>
public sealed class KubeLinterMessagesTests
{
    [Theory]
    [InlineData("access-to-create-pods", "binding to \"ci-deployer\" role that has [create] access to [pods deployments jobs]")]
    [InlineData("access-to-secrets", "binding to \"config-reader\" role that has [get list] access to [secrets]")]
    [InlineData("cluster-admin-role-binding", "cluster-admin role is bound to [{\"kind\":\"ServiceAccount\",\"name\":\"argocd-application-controller\",\"namespace\":\"argocd\"}]")]
    [InlineData("dangling-horizontalpodautoscaler", "no resources found matching HorizontalPodAutoscaler scaleTargetRef ({Deployment checkout-api apps/v1})")]
    [InlineData("dangling-ingress", "no service found matching ingress label (checkout), port 8080")]
    [InlineData("dangling-networkpolicy", "no pods found matching networkpolicy's podSelector labels ({map[app.kubernetes.io/name:checkout-api] []})")]
    [InlineData("dangling-networkpolicypeer-podselector", "no pods found matching networkpolicy rule's podSelector labels (app.kubernetes.io/name=storefront)")]
    [InlineData("dangling-servicemonitor", "no services found matching the service monitor's label selector (app.kubernetes.io/name=checkout-api) and namespace selector ([])")]
    [InlineData("default-service-account", "found matching serviceAccount (\"\")")]
    [InlineData("dnsconfig-options", "Object does not define any DNSConfig rules.")]
    [InlineData("duplicate-env-var", "Duplicate environment variable PORT in container \"checkout\" found")]
    [InlineData("exposed-services", "\"LoadBalancer\" service type is forbidden.")]
    [InlineData("hpa-minimum-three-replicas", "object has 2 replicas but minimum required replicas is 3")]
    [InlineData("invalid-target-ports", "port targetPort \"http_metrics\" in service \"checkout\" must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)")]
    [InlineData("liveness-port", "container \"checkout\" does not expose port health for the HTTPGet")]
    [InlineData("minimum-three-replicas", "object has 2 replicas but minimum required replicas is 3")]
    [InlineData("no-liveness-probe", "container \"checkout\" does not specify a liveness probe")]
    [InlineData("no-node-affinity", "object does not define any node affinity rules.")]
    [InlineData("no-readiness-probe", "container \"checkout\" does not specify a readiness probe")]
    [InlineData("no-rolling-update-strategy", "object has Recreate strategy type but must match regex ^(RollingUpdate|Rolling)$")]
    [InlineData("non-isolated-pod", "pods created by this object are non-isolated")]
    [InlineData("pdb-max-unavailable", "MaxUnavailable is set to 0")]
    [InlineData("pdb-min-available", "The current number of replicas for deployment checkout is equal to or lower than the minimum number of replicas specified by its PDB.")]
    [InlineData("pdb-unhealthy-pod-eviction-policy", "unhealthyPodEvictionPolicy is not explicitly set")]
    [InlineData("privileged-ports", "port 80 is mapped in container \"checkout\".")]
    [InlineData("read-secret-from-env-var", "environment variable \"DB_PASSWORD\" in container \"checkout\" uses SecretKeyRef")]
    [InlineData("readiness-port", "container \"checkout\" does not expose port health for the HTTPGet")]
    [InlineData("required-annotation-email", "no annotation matching \"email=[a-zA-Z0-9_.+-]+@[a-zA-Z0-9-]+\\.[a-zA-Z0-9-.]+\" found")]
    [InlineData("required-label-owner", "no label matching \"owner=<any>\" found")]
    [InlineData("scc-deny-privileged-container", "SCC has allowPrivilegedContainer set to true")]
    [InlineData("startup-port", "container \"checkout\" does not expose port health for the HTTPGet")]
    [InlineData("unsafe-proc-mount", "container \"checkout\" exposes /proc unsafely (via procMount=Unmasked).")]
    [InlineData("use-namespace", "object in default namespace")]
    [InlineData("wildcard-in-rules", "wildcard \"*\" in resource specification")]
    [InlineData("writable-host-mount", "container checkout mounts path /var/log/pods on the host as writable")]
    public void The_first_finding_of_the_fail_fixture_has_kube_linters_message(string check, string message)
    {
        // When
        var found = LintHarness.LintFixture(Path.Combine("kubernetes", check, "fail.yaml"), null, check);

        // Then
        found.ShouldNotBeEmpty();
        found[0].Message.ShouldBe(message);
    }
}
