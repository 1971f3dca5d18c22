using Xunit;

namespace IacTest.Harness.Xunit;

/// <summary>The theory form of <see cref="DockerFactAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
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
