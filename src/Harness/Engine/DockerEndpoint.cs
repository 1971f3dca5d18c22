namespace IacTest.Harness.Engine;

/// <summary>Where a Docker API answers, and how it was found.</summary>
/// <param name="Uri">The endpoint: <c>unix:///path</c> or <c>tcp://host:port</c>.</param>
/// <param name="Source">How it was located: <c>DOCKER_HOST</c>, <c>default socket</c>, <c>podman socket</c>, …</param>
public sealed record DockerEndpoint(Uri Uri, string Source)
{
    /// <summary>True for a Unix domain socket endpoint.</summary>
    public bool IsUnixSocket => Uri.Scheme == "unix";

    /// <inheritdoc />
    public override string ToString() => $"{Uri} ({Source})";
}
