namespace IacTest.Harness.Engine;

/// <summary>How an engine tool run (an image build, a recipe) ended.</summary>
/// <param name="ExitCode">The exit code; 0 is success.</param>
/// <param name="Output">Standard output and error, interleaved as written.</param>
internal sealed record EngineToolResult(int ExitCode, string Output)
{
    /// <summary>True when the exit code is 0.</summary>
    public bool Succeeded => ExitCode == 0;
}
