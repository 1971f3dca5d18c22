namespace IacTest.Harness.Engine;

/// <summary>
/// How a user starts a container engine on their own machine: the no-engine message ends with it, because the
/// person reading it uses this package, not this repository's scripts.
/// </summary>
internal static class EngineStartAdvice
{
    /// <summary>One sentence naming the usual ways, per system and engine.</summary>
    public const string Text =
        "Start an engine: Docker Desktop (macOS, Windows), `sudo systemctl start docker` (Linux), " +
        "`systemctl --user start docker` (rootless Docker), " +
        "`podman system service --time=0 unix://$XDG_RUNTIME_DIR/podman/podman.sock` (Podman); " +
        "or set DOCKER_HOST to the engine's socket or address.";
}
