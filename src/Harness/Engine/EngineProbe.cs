namespace IacTest.Harness.Engine;

/// <summary>The outcome of looking for an engine: either <see cref="Info"/> or a one-line <see cref="Reason"/>.</summary>
/// <param name="Info">The answering engine, or null.</param>
/// <param name="Reason">Why no engine answers and how to fix it, or null when one answers.</param>
public sealed record EngineProbe(EngineInfo? Info, string? Reason)
{
    /// <summary>True when an engine answered.</summary>
    public bool IsAvailable => Info is not null;
}
