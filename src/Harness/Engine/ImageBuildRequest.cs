namespace IacTest.Harness.Engine;

/// <summary>An image to build from a Dockerfile.</summary>
/// <param name="Dockerfile">The Dockerfile's path on this machine.</param>
/// <param name="Context">The build context folder.</param>
/// <param name="Tag">The tag to give the image.</param>
/// <param name="Labels">Labels to put on the image.</param>
/// <param name="BuildArguments">Build arguments (<c>ARG</c> values), in the order given.</param>
internal sealed record ImageBuildRequest(
    string Dockerfile,
    string Context,
    string Tag,
    IReadOnlyList<KeyValuePair<string, string>> Labels,
    IReadOnlyList<KeyValuePair<string, string>> BuildArguments);
