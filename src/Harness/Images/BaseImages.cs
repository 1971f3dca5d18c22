using IacTest.Harness.Engine;

namespace IacTest.Harness.Images;

/// <summary>
/// Builds the local base images on demand (only when the content-hash tag is missing), from the same recipes as
/// <c>eng/build-images.sh</c>: busybox from the host's busybox-static, Debian from the host's Debian mirror via
/// debootstrap, Debian+python3 and Debian+sshd from Dockerfiles. Every image is labelled <c>iactest.image</c> and
/// <c>iactest.recipe-hash</c>. Safe to call from parallel tests and processes.
/// </summary>
public static class BaseImages
{
    private static readonly SemaphoreSlim InProcess = new(1, 1);
    private static readonly Dictionary<BaseImage, string> Ready = [];

    /// <summary>The tag <paramref name="image"/> has on this host (content hash of recipe and inputs).</summary>
    public static string TagOf(BaseImage image) => image switch
    {
        BaseImage.Busybox => "iactest/busybox:" + ImageRecipe.Hash(ImageRecipe.Read("busybox.sh"), ImageRecipe.FileSha256(BusyboxBinary)),
        BaseImage.Debian => "iactest/debian:" + ImageRecipe.Hash(ImageRecipe.Read("debian.sh"), DebianMirror.Resolve()),
        BaseImage.DebianPython => "iactest/debian-python:" + ImageRecipe.Hash(ImageRecipe.Read("debian-python.Dockerfile"), TagOf(BaseImage.Debian)),
        BaseImage.DebianSshd => "iactest/debian-sshd:" + ImageRecipe.Hash(ImageRecipe.Read("debian-sshd.Dockerfile"), TagOf(BaseImage.Debian)),
        _ => throw new ArgumentOutOfRangeException(nameof(image), image, null),
    };

    /// <summary>The static busybox the busybox image is made of (<c>IACTEST_BUSYBOX</c> or <c>/bin/busybox</c>).</summary>
    public static string BusyboxBinary => Environment.GetEnvironmentVariable("IACTEST_BUSYBOX") is { Length: > 0 } path ? path : "/bin/busybox";

    /// <summary>Makes sure <paramref name="image"/> exists locally, building it when missing; returns its tag.</summary>
    /// <param name="image">The image.</param>
    /// <param name="progress">Receives progress lines; defaults to standard error.</param>
    /// <param name="ct">Cancels the build.</param>
    public static async Task<string> EnsureAsync(BaseImage image, Action<string>? progress = null, CancellationToken ct = default)
    {
        progress ??= line => Console.Error.WriteLine("[iactest] " + line);
        lock (Ready)
        {
            if (Ready.TryGetValue(image, out var known))
            {
                return known;
            }
        }

        if (image == BaseImage.Busybox && !File.Exists(BusyboxBinary))
        {
            throw new ImageBuildException($"the busybox image needs a static busybox at {BusyboxBinary}: apt-get install busybox-static (or set IACTEST_BUSYBOX)");
        }

        var tag = TagOf(image);
        await InProcess.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            using var crossProcess = await AcquireFileLockAsync(ct).ConfigureAwait(false);
            var engine = await ContainerEngine.ConnectAsync().ConfigureAwait(false);
            if (!await engine.ImageExistsAsync(tag, ct).ConfigureAwait(false))
            {
                await BuildAsync(image, tag, progress, ct).ConfigureAwait(false);
            }
        }
        finally
        {
            InProcess.Release();
        }

        lock (Ready)
        {
            Ready[image] = tag;
        }

        return tag;
    }

    private static async Task BuildAsync(BaseImage image, string tag, Action<string> progress, CancellationToken ct)
    {
        var name = tag[..tag.IndexOf(':', StringComparison.Ordinal)];
        var labels = new[] { $"iactest.image={name["iactest/".Length..]}", $"iactest.recipe-hash={tag[(name.Length + 1)..]}" };
        var engine = await ContainerEngine.ConnectAsync().ConfigureAwait(false);
        var started = DateTime.UtcNow;
        progress($"building {tag}");
        string recipePath;
        EngineToolResult result;
        switch (image)
        {
            case BaseImage.Busybox:
                recipePath = ImageRecipe.Extract("busybox.sh");
                result = await engine.RunImageRecipeAsync(recipePath, [tag, .. labels],
                    new Dictionary<string, string> { ["IACTEST_BUSYBOX"] = BusyboxBinary }, progress, ct).ConfigureAwait(false);
                break;
            case BaseImage.Debian:
                recipePath = ImageRecipe.Extract("debian.sh");
                result = await engine.RunImageRecipeAsync(recipePath, [tag, .. labels],
                    new Dictionary<string, string> { ["IACTEST_DEBIAN_MIRROR"] = DebianMirror.Resolve() }, progress, ct).ConfigureAwait(false);
                break;
            default:
                var debian = TagOf(BaseImage.Debian);
                if (!await engine.ImageExistsAsync(debian, ct).ConfigureAwait(false))
                {
                    await BuildAsync(BaseImage.Debian, debian, progress, ct).ConfigureAwait(false);
                }

                recipePath = ImageRecipe.Extract(image == BaseImage.DebianSshd ? "debian-sshd.Dockerfile" : "debian-python.Dockerfile");
                result = await engine.BuildImageAsync(new ImageBuildRequest(recipePath, Path.GetDirectoryName(recipePath)!, tag,
                    [.. labels.Select(Label)], [new("BASE_IMAGE", debian)]), progress, ct).ConfigureAwait(false);
                break;
        }

        Directory.Delete(Path.GetDirectoryName(recipePath)!, recursive: true);
        if (result.ExitCode != 0)
        {
            throw new ImageBuildException($"building {tag} failed (exit {result.ExitCode}):\n{result.Output}");
        }

        progress($"built {tag} in {(DateTime.UtcNow - started).TotalSeconds:0.0} s");
    }

    /// <summary>A <c>key=value</c> label as the pair it is.</summary>
    internal static KeyValuePair<string, string> Label(string keyValue) =>
        new(keyValue[..keyValue.IndexOf('=', StringComparison.Ordinal)], keyValue[(keyValue.IndexOf('=', StringComparison.Ordinal) + 1)..]);

    internal static async Task<FileStream> AcquireFileLockAsync(CancellationToken ct)
    {
        var path = Path.Combine(Path.GetTempPath(), "iactest-images.lock");
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                await Task.Delay(200, ct).ConfigureAwait(false);
            }
        }
    }
}
