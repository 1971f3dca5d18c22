namespace IacTest.Harness.Modules;

/// <summary>A problem found while loading a module (bad YAML, a missing include, …), with its position.</summary>
/// <param name="Location">Where the problem is.</param>
/// <param name="Message">What is wrong, in one sentence.</param>
public sealed record ModuleDiagnostic(SourceLocation Location, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Location}: {Message}";
}
