using IacTest.Harness.Checks.Probes;

namespace IacTest.Harness.Checks.Dsl;

/// <summary>Expectations on a process, by command name.</summary>
public sealed class ProcessCheck(string name) : CheckBuilder<ProcessCheck>("process", name)
{
    /// <summary>Running (or not).</summary>
    public ProcessCheck Running(bool running = true) => Expect("running", running);

    /// <inheritdoc />
    protected override IResourceProbe CreateProbe() => new ProcessProbe(Id);
}
