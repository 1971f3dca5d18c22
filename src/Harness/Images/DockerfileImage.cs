using System.Security.Cryptography;
using System.Text;
using IacTest.Harness.Engine;

namespace IacTest.Harness.Images;

/// <summary>Builds an image from a user's Dockerfile, tagged by the content hash of its context, only when missing.</summary>
public static class DockerfileImage
{
    /// <summary>
    /// Builds <paramref name="contextDirectory"/> (with <paramref name="dockerfile"/> relative to it) unless an image
    /// with the same content hash exists; returns the tag <c>iactest/&lt;name&gt;:&lt;hash&gt;</c>.
    /// </summary>
    public static async Task<string> EnsureAsync(
        string contextDirectory, string dockerfile = "Dockerfile", IReadOnlyDictionary<string, string>? buildArgs = null,
        Action<string>? progress = null, CancellationToken ct = default)
    {
        progress ??= line => Console.Error.WriteLine("[iactest] " + line);
        var context = new DirectoryInfo(contextDirectory);
        if (!context.Exists)
        {
            throw new DirectoryNotFoundException($"Docker build context {contextDirectory} does not exist");
        }

        var dockerfilePath = Path.Combine(context.FullName, dockerfile);
        if (!File.Exists(dockerfilePath))
        {
            throw new FileNotFoundException($"Dockerfile {dockerfilePath} does not exist", dockerfilePath);
        }

        var args = (buildArgs ?? new Dictionary<string, string>()).OrderBy(a => a.Key, StringComparer.Ordinal).ToList();
        var hash = HashContext(context, dockerfile, args);
        var name = new string(context.Name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-').ToArray());
        var tag = $"iactest/{(name.Length == 0 ? "image" : name)}:{hash}";
        var engine = await ContainerEngine.ConnectAsync().ConfigureAwait(false);
        if (await engine.ImageExistsAsync(tag, ct).ConfigureAwait(false))
        {
            return tag;
        }

        var request = new ImageBuildRequest(dockerfilePath, context.FullName, tag, [new("iactest.image", name), new("iactest.recipe-hash", hash)], args);
        progress($"building {tag} from {dockerfilePath}");
        var started = DateTime.UtcNow;
        var result = await engine.BuildImageAsync(request, progress, ct).ConfigureAwait(false);
        if (result.ExitCode != 0)
        {
            throw new ImageBuildException($"building {tag} failed (exit {result.ExitCode}):\n{result.Output}");
        }

        progress($"built {tag} in {(DateTime.UtcNow - started).TotalSeconds:0.0} s");
        return tag;
    }

    private static string HashContext(DirectoryInfo context, string dockerfile, IEnumerable<KeyValuePair<string, string>> args)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes(dockerfile + "\n"));
        foreach (var (key, value) in args)
        {
            sha.AppendData(Encoding.UTF8.GetBytes($"{key}={value}\n"));
        }

        foreach (var file in context.EnumerateFiles("*", SearchOption.AllDirectories)
                     .OrderBy(f => f.FullName, StringComparer.Ordinal))
        {
            sha.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(context.FullName, file.FullName) + "\n"));
            sha.AppendData(File.ReadAllBytes(file.FullName));
        }

        return Convert.ToHexString(sha.GetHashAndReset()).ToLowerInvariant()[..12];
    }
}
