namespace IacTest.Harness.Engine;

/// <summary>What the engine says about a container's process.</summary>
/// <param name="Running">True while its main process runs.</param>
/// <param name="ExitCode">The main process's exit code, once it ended.</param>
/// <param name="Error">The engine's error when the process could not be started, else empty.</param>
/// <param name="OomKilled">True when the memory limit killed it.</param>
public sealed record ContainerState(bool Running, int ExitCode, string Error, bool OomKilled)
{
    /// <summary>How it ended, for a message: <c>exited with code 3</c>, with the engine's error or the memory limit.</summary>
    public string Describe() =>
        $"exited with code {ExitCode}{(OomKilled ? " (killed at its memory limit)" : "")}{(Error.Length > 0 ? $": {Error}" : "")}";
}
