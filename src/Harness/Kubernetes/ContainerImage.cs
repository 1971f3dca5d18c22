namespace IacTest.Harness.Kubernetes;

/// <summary>A container image reference split as the container runtime reads it: <c>repository[:tag][@digest]</c>.</summary>
/// <param name="Reference">The reference as written.</param>
/// <param name="Repository">The registry and path, without tag or digest.</param>
/// <param name="Tag">The tag, or null when there is none (the runtime then pulls <c>latest</c>).</param>
/// <param name="Digest">The digest (<c>sha256:…</c>), or null.</param>
public sealed record ContainerImage(string Reference, string Repository, string? Tag, string? Digest)
{
    /// <summary>
    /// Whether the reference names one image for good: a digest, or a tag other than <c>latest</c> (a moving tag is
    /// still a tag: <c>1.4</c> counts as pinned, as kube-linter's latest-tag check counts it).
    /// </summary>
    public bool IsPinned => Digest is not null || (Tag is not null && Tag != "latest");

    /// <summary>Splits a reference; a colon in the registry's host:port is not a tag.</summary>
    public static ContainerImage Parse(string reference)
    {
        var at = reference.IndexOf('@', StringComparison.Ordinal);
        var digest = at >= 0 ? reference[(at + 1)..] : null;
        var name = at >= 0 ? reference[..at] : reference;
        var colon = name.LastIndexOf(':');
        var tag = colon > name.LastIndexOf('/') ? name[(colon + 1)..] : null;
        return new ContainerImage(reference, tag is null ? name : name[..colon], tag, digest);
    }

    /// <inheritdoc />
    public override string ToString() => Reference;
}
