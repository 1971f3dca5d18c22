using IacTest.Harness.Engine;

namespace IacTest.Harness.Images;

/// <summary>
/// Builds a platform's image on demand, offline, from the host's Debian mirror: debootstrap of the release
/// (<c>debian.sh</c>), then python3 (<c>debian-python.Dockerfile</c>) or systemd (<c>debian-systemd.Dockerfile</c>)
/// on top. Only the platform asked for is built, and only when its content-hash tag is missing; Debian bookworm plain
/// and with Python are the <see cref="BaseImage.Debian"/> and <see cref="BaseImage.DebianPython"/> images.
/// </summary>
public static class PlatformImages
{
    private const string DefaultRelease = "bookworm";

    /// <summary>The tag <paramref name="platform"/>'s image has on this host (content hash of recipes and inputs).</summary>
    public static string TagOf(Platform platform)
    {
        ArgumentNullException.ThrowIfNull(platform);
        var isDefault = platform.Release == DefaultRelease;
        return platform.Flavor switch
        {
            PlatformFlavor.Plain when isDefault => BaseImages.TagOf(BaseImage.Debian),
            PlatformFlavor.Python when isDefault => BaseImages.TagOf(BaseImage.DebianPython),
            PlatformFlavor.Plain => $"iactest/debian-{platform.Release}:" + ImageRecipe.Hash(ImageRecipe.Read("debian.sh"), $"{DebianMirror.Resolve()}\n{platform.Release}"),
            _ => $"iactest/{ImageName(platform)}:" + ImageRecipe.Hash(ImageRecipe.Read(RecipeOf(platform.Flavor)), TagOf(PlainOf(platform))),
        };
    }

    /// <summary>Makes sure <paramref name="platform"/>'s image exists locally, building what is missing; returns its tag.</summary>
    /// <param name="platform">The platform.</param>
    /// <param name="progress">Receives progress lines; defaults to standard error.</param>
    /// <param name="ct">Cancels the build.</param>
    /// <exception cref="ImageBuildException">A build failed; the message holds its output.</exception>
    public static async Task<string> EnsureAsync(Platform platform, Action<string>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(platform);
        progress ??= line => Console.Error.WriteLine("[iactest] " + line);
        if (platform.Release == DefaultRelease && platform.Flavor != PlatformFlavor.Systemd)
        {
            return await BaseImages.EnsureAsync(platform.Flavor == PlatformFlavor.Plain ? BaseImage.Debian : BaseImage.DebianPython, progress, ct).ConfigureAwait(false);
        }

        var tag = TagOf(platform);
        var engine = await ContainerEngine.ConnectAsync().ConfigureAwait(false);
        if (await engine.ImageExistsAsync(tag, ct).ConfigureAwait(false))
        {
            return tag;
        }

        var plain = platform.Flavor == PlatformFlavor.Plain ? tag : await EnsureAsync(PlainOf(platform), progress, ct).ConfigureAwait(false);
        // One build at a time on the machine (debootstrap and apt are I/O bound); a waiting process finds the image built.
        using var crossProcess = await BaseImages.AcquireFileLockAsync(ct).ConfigureAwait(false);
        if (await engine.ImageExistsAsync(tag, ct).ConfigureAwait(false))
        {
            return tag;
        }

        await BuildAsync(platform, tag, plain, progress, ct).ConfigureAwait(false);
        return tag;
    }

    private static async Task BuildAsync(Platform platform, string tag, string plainTag, Action<string> progress, CancellationToken ct)
    {
        var name = tag[..tag.IndexOf(':', StringComparison.Ordinal)];
        var hash = tag[(name.Length + 1)..];
        var started = DateTime.UtcNow;
        progress($"building {tag} ({platform})");
        var recipePath = ImageRecipe.Extract(platform.Flavor == PlatformFlavor.Plain ? "debian.sh" : RecipeOf(platform.Flavor));
        var engine = await ContainerEngine.ConnectAsync().ConfigureAwait(false);
        EngineToolResult result;
        try
        {
            result = platform.Flavor == PlatformFlavor.Plain
                ? await engine.RunImageRecipeAsync(recipePath, [tag, $"iactest.image={name["iactest/".Length..]}", $"iactest.recipe-hash={hash}"],
                    new Dictionary<string, string> { ["IACTEST_DEBIAN_MIRROR"] = DebianMirror.Resolve(), ["IACTEST_DEBIAN_SUITE"] = platform.Release }, progress, ct).ConfigureAwait(false)
                : await engine.BuildImageAsync(new ImageBuildRequest(recipePath, Path.GetDirectoryName(recipePath)!, tag,
                    [new("iactest.image", name["iactest/".Length..]), new("iactest.recipe-hash", hash)], [new("BASE_IMAGE", plainTag)]), progress, ct).ConfigureAwait(false);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(recipePath)!, recursive: true);
        }

        if (result.ExitCode != 0)
        {
            throw new ImageBuildException($"building {tag} ({platform}) failed (exit {result.ExitCode}):\n{result.Output}");
        }

        progress($"built {tag} in {(DateTime.UtcNow - started).TotalSeconds:0.0} s");
    }

    private static Platform PlainOf(Platform platform) => Platform.Debian(platform.Release, PlatformFlavor.Plain);

    private static string RecipeOf(PlatformFlavor flavor) => flavor == PlatformFlavor.Systemd ? "debian-systemd.Dockerfile" : "debian-python.Dockerfile";

    private static string ImageName(Platform platform) =>
        platform.Release == DefaultRelease ? $"debian-{platform.Flavor.ToString().ToLowerInvariant()}" : $"debian-{platform.Release}-{platform.Flavor.ToString().ToLowerInvariant()}";
}
