using Xunit;
using Xunit.Sdk;

namespace IacTest.Harness.Xunit;

/// <summary>The theory form of <see cref="DockerFactAttribute"/>; its rows report live progress too.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
[XunitTestCaseDiscoverer("IacTest.Harness.Xunit.LiveTheoryDiscoverer", "IacTest.Harness")]
public sealed class DockerTheoryAttribute : TheoryAttribute
{
    /// <summary>Creates the attribute and probes the engine (bounded, once per process).</summary>
    public DockerTheoryAttribute()
    {
        if (EngineSkip.Reason() is { } reason)
        {
            Skip = reason;
        }
    }
}
