namespace IacTest.Harness.Engine;

/// <summary>The outcome of a command run in a container by the engine.</summary>
/// <param name="ExitCode">The exit code (-1 when the engine gave none).</param>
/// <param name="Stdout">Standard output.</param>
/// <param name="Stderr">Standard error.</param>
internal sealed record EngineExecResult(int ExitCode, string Stdout, string Stderr);
