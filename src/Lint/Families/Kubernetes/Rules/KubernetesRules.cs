using IacTest.Lint.Rules;

namespace IacTest.Lint.Families.Kubernetes.Rules;

/// <summary>
/// The Kubernetes family's rules: kube-linter's checks and the schema rules, on Kubernetes manifests.
/// The one place a rule of the family is listed, explicitly so the list survives trimming and Native AOT; the
/// engine's catalog (<c>BuiltInRules</c>) is every family's list, and the family's configuration reads this one.
/// </summary>
public static class KubernetesRules
{
    private static readonly Lazy<RuleCatalog> FamilyCatalog = new(() => new RuleCatalog(Create()));

    /// <summary>The family's rules as a catalog, for its configuration files, which name only its rules.</summary>
    public static RuleCatalog Catalog => FamilyCatalog.Value;

    /// <summary>A fresh instance of every rule of the family.</summary>
    public static IReadOnlyList<LintRule> Create() =>
    [
        new AccessToCreatePodsRule(),
        new AccessToSecretsRule(),
        new ClusterAdminRoleBindingRule(),
        new DanglingHorizontalPodAutoscalerRule(),
        new DanglingIngressRule(),
        new DanglingNetworkPolicyPeerPodSelectorRule(),
        new DanglingNetworkPolicyRule(),
        new DanglingServiceMonitorRule(),
        new DanglingServiceRule(),
        new DefaultServiceAccountRule(),
        new DeprecatedServiceAccountFieldRule(),
        new DnsConfigOptionsRule(),
        new DockerSockRule(),
        new DropNetRawCapabilityRule(),
        new DuplicateEnvVarRule(),
        new EnvValueFromRule(),
        new EnvVarSecretRule(),
        new ExposedServicesRule(),
        new HostIpcRule(),
        new HostNetworkRule(),
        new HostPidRule(),
        new HpaMinimumThreeReplicasRule(),
        new InvalidTargetPortsRule(),
        new JobTtlSecondsAfterFinishedRule(),
        new KubeLinterCustomChecksRule(),
        new KubernetesSchemaRule(),
        new KustomizationResourcesRule(),
        new LatestTagRule(),
        new LivenessPortRule(),
        new MinimumThreeReplicasRule(),
        new MismatchingSelectorRule(),
        new NoAntiAffinityRule(),
        new NoExtensionsV1BetaRule(),
        new NoLivenessProbeRule(),
        new NoNodeAffinityRule(),
        new NoReadOnlyRootFsRule(),
        new NoReadinessProbeRule(),
        new NoRollingUpdateStrategyRule(),
        new NoStartupProbeRule(),
        new NonExistentServiceAccountRule(),
        new NonIsolatedPodRule(),
        new PdbMaxUnavailableRule(),
        new PdbMinAvailableRule(),
        new PdbUnhealthyPodEvictionPolicyRule(),
        new PriorityClassNameRule(),
        new PrivilegeEscalationContainerRule(),
        new PrivilegedContainerRule(),
        new PrivilegedPortsRule(),
        new ReadSecretFromEnvVarRule(),
        new ReadinessPortRule(),
        new RequiredAnnotationEmailRule(),
        new RequiredLabelOwnerRule(),
        new RestartPolicyRule(),
        new RunAsNonRootRule(),
        new SccDenyPrivilegedContainerRule(),
        new SensitiveHostMountsRule(),
        new SortedKeysRule(),
        new SshPortRule(),
        new StartupPortRule(),
        new UnsafeProcMountRule(),
        new UnsafeSysctlsRule(),
        new UnsetCpuRequirementsRule(),
        new UnsetMemoryRequirementsRule(),
        new UseNamespaceRule(),
        new WildcardInRulesRule(),
        new WritableHostMountRule(),
        new GitOpsSourcePathRule(),
        new FluxSourceRefRule(),
        new GitOpsPinnedRevisionRule(),
        new GitOpsSyncPolicyRule(),
        new ArgoAppProjectRule(),
        new ApplicationSetGitGeneratorRule(),
    ];
}
