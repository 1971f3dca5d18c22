namespace IacTest.Harness.Engine;

/// <summary>What an answering engine said about itself on <c>GET /version</c>.</summary>
/// <param name="Endpoint">Where it answered.</param>
/// <param name="Version">The engine version, e.g. <c>20.10.24</c>.</param>
/// <param name="ApiVersion">The highest API version it speaks, e.g. <c>1.41</c>.</param>
/// <param name="IsPodman">True when the engine is Podman's Docker-compatible service.</param>
public sealed record EngineInfo(DockerEndpoint Endpoint, string Version, Version ApiVersion, bool IsPodman)
{
    /// <inheritdoc />
    public override string ToString() => $"{(IsPodman ? "Podman" : "Docker")} {Version} (API {ApiVersion}) at {Endpoint}";
}
