namespace IacTest.Lint.Families.Kubernetes.Kustomize.Builtin;

/// <summary>A container image as Kustomize's <c>images</c> field reads it: repository, then an optional tag and digest.</summary>
internal static class ImageName
{
    /// <summary>The parts of <paramref name="image"/>; a colon before the last slash is a registry's port, not a tag.</summary>
    public static (string Repository, string? Tag, string? Digest) Split(string image)
    {
        string? digest = null;
        var at = image.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0)
        {
            digest = image[(at + 1)..];
            image = image[..at];
        }

        var colon = image.LastIndexOf(':');
        return colon > image.LastIndexOf('/') ? (image[..colon], image[(colon + 1)..], digest) : (image, null, digest);
    }
}
