using IacTest.Harness.Engine;
using IacTest.Harness.Net;

namespace IacTest.Harness.Images;

/// <summary>
/// Images named by reference (<c>WithImage("nginx:1.27")</c>): used when present, pulled only when their registry
/// answers. Where none answers (an offline machine, a CI runner without egress) the start fails at once with what to
/// do, instead of the engine's DNS error after its own retries.
/// </summary>
internal static class RegistryImages
{
    /// <summary>How long a registry has to answer before it counts as unreachable.</summary>
    public static readonly TimeSpan ProbeTimeout = HttpProbe.Timeout;

    /// <summary>Docker Hub's registry, where a reference without a registry host points.</summary>
    public const string DockerHub = "registry-1.docker.io";

    /// <summary>
    /// Returns <paramref name="reference"/> when the image is present, or when its registry (or a mirror the engine is
    /// configured with) can be asked for it.
    /// </summary>
    /// <exception cref="ImageUnavailableException">Absent, and no registry answers.</exception>
    public static async Task<string> EnsureAvailableAsync(string reference, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reference);
        var engine = await ContainerEngine.ConnectAsync().ConfigureAwait(false);
        if (await engine.ImageExistsAsync(reference, ct).ConfigureAwait(false) || await engine.HasRegistryMirrorAsync(ct).ConfigureAwait(false))
        {
            return reference;
        }

        var registry = RegistryOf(reference);
        // The API's base path: any HTTP status means the registry answers.
        var failure = await HttpProbe.ProbeAsync($"https://{registry}/v2/", ct).ConfigureAwait(false);
        return failure is null ? reference : throw new ImageUnavailableException(
            $"image {reference} is not on this machine and its registry {registry} does not answer ({failure}), so it cannot be pulled. " +
            "Use an image the harness builds offline (WithPlatform(\"debian:bookworm\"), WithBaseImage, WithDockerfile), " +
            $"load it with 'docker load -i <file>', or configure the engine with a registry mirror that answers.");
    }

    /// <summary>The registry host of an image reference (<c>ghcr.io/acme/api:1</c> → <c>ghcr.io</c>; <c>nginx</c> → Docker Hub).</summary>
    public static string RegistryOf(string reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var slash = reference.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            return DockerHub;
        }

        // As the docker CLI reads it: the first part is a host only when it has a dot or a port, or is localhost.
        var first = reference[..slash];
        return first.Contains('.', StringComparison.Ordinal) || first.Contains(':', StringComparison.Ordinal) || first == "localhost"
            ? first == "docker.io" ? DockerHub : first
            : DockerHub;
    }
}
