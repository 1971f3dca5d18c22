using IacTest.Harness.Checks.Probes;

namespace IacTest.Harness.Checks.Dsl;

/// <summary>Expectations on a service (systemd when present, else its process and rc links).</summary>
public sealed class ServiceCheck(string name) : CheckBuilder<ServiceCheck>("service", name)
{
    /// <summary>Enabled at boot (or not).</summary>
    public ServiceCheck Enabled(bool enabled = true) => Expect("enabled", enabled);

    /// <summary>Running (or not).</summary>
    public ServiceCheck Running(bool running = true) => Expect("running", running);

    /// <inheritdoc />
    protected override IResourceProbe CreateProbe() => new ServiceProbe(Id);
}
