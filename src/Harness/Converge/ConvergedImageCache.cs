using System.Globalization;
using IacTest.Harness.Engine;
using IacTest.Harness.Images;

namespace IacTest.Harness.Converge;

/// <summary>
/// Converged states kept as images (<c>docker commit</c> after converge and idempotence passed), tagged
/// <c>iactest/converged:&lt;key&gt;</c> by <see cref="ConvergeCacheKey"/>: an unchanged scenario starts from its
/// converged image and goes straight to verify. Old images are pruned: at most <see cref="MaxImages"/>, none older
/// than <see cref="MaxAge"/>.
/// </summary>
public static class ConvergedImageCache
{
    /// <summary>The repository of converged images.</summary>
    public const string Repository = "iactest/converged";

    /// <summary>The label every converged image carries (its value: when it was made, UTC, ISO 8601).</summary>
    public const string Label = "iactest.converged";

    /// <summary>How many converged images are kept (the newest).</summary>
    public const int MaxImages = 20;

    /// <summary>How old a converged image may be before it is pruned.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromDays(7);

    /// <summary>
    /// Whether the cache is used for a scenario: <c>IACTEST_CONVERGE_CACHE=1</c> always, <c>0</c> never; unset, only
    /// outside CI (<c>CI</c> not <c>true</c>) and only on a systemd platform, where a started converged image boots
    /// its enabled services like a rebooted machine — elsewhere nothing would restart the services the converge
    /// started, and a verify of them would fail.
    /// </summary>
    public static bool IsEnabled(bool systemd) => Environment.GetEnvironmentVariable("IACTEST_CONVERGE_CACHE") switch
    {
        "1" or "true" => true,
        "0" or "false" => false,
        _ => systemd && Environment.GetEnvironmentVariable("CI") is not ("true" or "1"),
    };

    /// <summary>The tag a converged state of <paramref name="key"/> has.</summary>
    public static string TagOf(string key) => $"{Repository}:{key}";

    internal static async Task<string> ImageIdAsync(string reference, CancellationToken ct)
    {
        var engine = await ContainerEngine.ConnectAsync().ConfigureAwait(false);
        return await engine.GetImageIdAsync(reference, ct).ConfigureAwait(false)
            ?? throw new ImageBuildException($"image {reference} cannot be inspected: the engine has no such image");
    }

    internal static async Task<bool> ExistsAsync(string key, CancellationToken ct) =>
        await (await ContainerEngine.ConnectAsync().ConfigureAwait(false)).ImageExistsAsync(TagOf(key), ct).ConfigureAwait(false);

    /// <summary>Commits the container's file system as the converged state of <paramref name="key"/>, then prunes.</summary>
    internal static async Task SaveAsync(string container, string key, Action<string> log, CancellationToken ct)
    {
        var made = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        var engine = await ContainerEngine.ConnectAsync().ConfigureAwait(false);
        if (await engine.CommitContainerAsync(container, TagOf(key), $"{Label}={made}", ct).ConfigureAwait(false) is { } error)
        {
            // A cache that cannot be written costs the next run a converge, nothing more.
            log($"converged state not kept: docker commit failed: {error}");
            return;
        }

        log($"converged state kept as {TagOf(key)}");
        await PruneAsync(log, ct).ConfigureAwait(false);
    }

    /// <summary>Removes converged images beyond the newest <see cref="MaxImages"/> or older than <see cref="MaxAge"/>.</summary>
    public static async Task PruneAsync(Action<string>? log = null, CancellationToken ct = default)
    {
        var engine = await ContainerEngine.ConnectAsync().ConfigureAwait(false);
        // The engine's creation time rather than a listing's text, whose form depends on the engine's zone.
        var images = (await engine.ListImagesAsync(Label, ct).ConfigureAwait(false))
            .OrderByDescending(image => image.Created)
            .ToList();
        var stale = images.Skip(MaxImages).Concat(images.Where(image => DateTimeOffset.UtcNow - image.Created > MaxAge)).Select(image => image.Tag).Distinct().ToList();
        foreach (var tag in stale)
        {
            await engine.RemoveImageAsync(tag, ct).ConfigureAwait(false);
            log?.Invoke($"pruned converged state {tag}");
        }
    }
}
