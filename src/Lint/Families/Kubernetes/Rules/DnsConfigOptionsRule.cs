using IacTest.Lint.Families.Kubernetes.Model;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Rules;

/// <summary>kube-linter's <c>dnsconfig-options</c> (template <c>dnsconfig-options</c>): pods without the expected dnsConfig option.</summary>
internal sealed class DnsConfigOptionsRule : PodSpecRule
{
    /// <inheritdoc />
    public override string Code => "IAC0434";

    /// <inheritdoc />
    public override string Name => "dnsconfig-options";


    /// <inheritdoc />
    public override string Title => "Pods should set the expected DNS options";

    /// <inheritdoc />
    public override bool EnabledByDefault => false;

    /// <inheritdoc />
    public override string Description =>
        "Alert on deployments that have no specified dnsConfig options: the pod spec must have `dnsConfig.options` with an option named `Key` whose value is `Value` (ndots:2 by default, which keeps lookups of external names from walking every search domain).\n\n**Remediation**: Specify dnsconfig options in your Pod specification to ensure the expected DNS setting on the Pod. Refer to https://kubernetes.io/docs/concepts/services-networking/dns-pod-service/#pod-dns-config for details.";

    /// <inheritdoc />
    public override IReadOnlyList<RuleOption> Options =>
    [
        new RuleOption("Key", RuleOptionType.String, "ndots", "The option's name."),
        new RuleOption("Value", RuleOptionType.String, "2", "The option's value."),
    ];

    /// <inheritdoc />
    public override string BadExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n";

    /// <inheritdoc />
    public override string GoodExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      dnsConfig:\n        options:\n          - name: ndots\n            value: \"2\"\n      containers:\n        - name: web\n          image: nginx:1.27\n";

    /// <inheritdoc />
    protected override void CheckPodSpec(RuleContext context, KubeObject obj, YMapping podSpec)
    {
        var key = context.Options.String("Key") ?? string.Empty;
        var value = context.Options.String("Value") ?? string.Empty;
        if (podSpec.Find("dnsConfig") is not { Value: YMapping dnsConfig } pair)
        {
            context.Report(PodSpecs.PodSpecKey(obj) ?? obj.Anchor, "Object does not define any DNSConfig rules.");
            return;
        }

        if (dnsConfig.Find("options") is not { Value: YSequence { Items.Count: > 0 } options } optionsPair)
        {
            context.Report(pair.Key, "Object does not define any DNSConfig Options.");
            return;
        }

        if (!options.Items.OfType<YMapping>().Any(o => o.GetScalar("name") == key && (o.GetScalar("value") ?? string.Empty) == value))
        {
            context.Report(optionsPair.Key, $"DNSConfig Options \"{key}:{value}\" not found.");
        }
    }
}
