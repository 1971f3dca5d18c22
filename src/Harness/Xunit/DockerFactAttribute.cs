using Xunit;
using Xunit.Sdk;

namespace IacTest.Harness.Xunit;

/// <summary>
/// A fact that needs a container engine: skipped with one line saying why and how to fix it when no engine
/// answers; with <c>IACTEST_REQUIRE_ENGINE=1</c> it runs and fails instead (CI must not silently skip). Converges
/// inside it report live progress (<see cref="Progress.LiveProgress"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
[XunitTestCaseDiscoverer("IacTest.Harness.Xunit.LiveFactDiscoverer", "IacTest.Harness")]
public sealed class DockerFactAttribute : FactAttribute
{
    /// <summary>Creates the attribute and probes the engine (bounded, once per process).</summary>
    public DockerFactAttribute()
    {
        if (EngineSkip.Reason() is { } reason)
        {
            Skip = reason;
        }
    }
}
