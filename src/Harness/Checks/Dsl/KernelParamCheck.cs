using IacTest.Harness.Checks.Probes;

namespace IacTest.Harness.Checks.Dsl;

/// <summary>Expectations on a kernel parameter (sysctl key).</summary>
public sealed class KernelParamCheck(string key) : CheckBuilder<KernelParamCheck>("kernel-param", key)
{
    /// <summary>The value (text; tabs become spaces).</summary>
    public KernelParamCheck Value(Matcher value) => Expect("value", value);

    /// <inheritdoc />
    protected override IResourceProbe CreateProbe() => new KernelParamProbe(Id);
}
