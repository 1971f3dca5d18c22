using System.Collections.Concurrent;
using System.Globalization;

namespace IacTest.Harness.Reaping;

/// <summary>
/// Private temporary folders (mode 0700, under <c>$TMPDIR/iactest</c>) that hold a run's inputs — extra vars may
/// carry secrets. Each records its owner process in an <c>.owner</c> file, so the folders of a killed test host are
/// removed by the next <see cref="Reaper"/> pass, as its containers are; the live ones go on Ctrl-C and exit.
/// </summary>
internal static class OwnedTempFolders
{
    /// <summary>The file naming a folder's owner: <c>host:pid</c>, then its start value.</summary>
    public const string OwnerFile = ".owner";

    private const UnixFileMode OwnerOnlyDirectory = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    private static readonly ConcurrentDictionary<string, byte> Live = new(StringComparer.Ordinal);

    /// <summary>Where the folders are made (<c>IACTEST_TEMP</c> overrides, for tests of the reaping itself).</summary>
    public static string Parent =>
        Environment.GetEnvironmentVariable("IACTEST_TEMP") is { Length: > 0 } custom ? custom : Path.Combine(Path.GetTempPath(), "iactest");

    /// <summary>Creates an owner-only folder for <paramref name="purpose"/>, tracked until <see cref="Remove"/>.</summary>
    public static string Create(string purpose)
    {
        LiveResources.EnsureHooked();
        Directory.CreateDirectory(Parent);
        var root = Path.Combine(Parent, $"{purpose}-{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}-{Guid.NewGuid().ToString("N")[..12]}");
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(root);
        }
        else
        {
            // Created with the mode, not chmod-ed after: there is no moment at which another user can enter it.
            Directory.CreateDirectory(root, OwnerOnlyDirectory);
        }

        Live[root] = 0;
        WriteOwnerOnly(Path.Combine(root, OwnerFile), $"{HarnessSession.Owner}\n{HarnessSession.OwnerStart}\n");
        return root;
    }

    /// <summary>Writes <paramref name="text"/> to a new file readable and writable by its owner only (0600).</summary>
    public static void WriteOwnerOnly(string path, string text)
    {
        using var stream = new FileStream(path, OwnerOnlyFile());
        using var writer = new StreamWriter(stream);
        writer.Write(text);
    }

    /// <summary>Writes <paramref name="text"/> to a new file readable and writable by its owner only (0600).</summary>
    public static async Task WriteOwnerOnlyAsync(string path, string text, CancellationToken ct)
    {
        var stream = new FileStream(path, OwnerOnlyFile());
        await using (stream.ConfigureAwait(false))
        {
            var writer = new StreamWriter(stream);
            await using (writer.ConfigureAwait(false))
            {
                await writer.WriteAsync(text.AsMemory(), ct).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Deletes a folder made by <see cref="Create"/>; a leftover is the reaper's.</summary>
    public static void Remove(string root)
    {
        Live.TryRemove(root, out _);
        TryDelete(root);
    }

    /// <summary>Deletes every live folder now (interruption, exit).</summary>
    public static void RemoveAllLive()
    {
        foreach (var root in Live.Keys)
        {
            Remove(root);
        }
    }

    /// <summary>Deletes the folders (under <paramref name="parent"/>, default <see cref="Parent"/>) whose owner process is gone; returns their paths.</summary>
    public static IReadOnlyList<string> ReapDead(string? parent = null)
    {
        parent ??= Parent;
        var removed = new List<string>();
        if (!Directory.Exists(parent))
        {
            return removed;
        }

        foreach (var folder in Directory.EnumerateDirectories(parent))
        {
            string[] owner;
            try
            {
                owner = File.ReadAllLines(Path.Combine(folder, OwnerFile));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // No owner file (not ours, or not yet written) or another user's folder: not ours to judge.
                continue;
            }

            if (owner.Length > 0 && Reaper.OwnerIsGone(owner[0], owner.Length > 1 ? owner[1] : null) && TryDelete(folder))
            {
                removed.Add(folder);
            }
        }

        return removed;
    }

    private static FileStreamOptions OwnerOnlyFile()
    {
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        return options;
    }

    private static bool TryDelete(string root)
    {
        try
        {
            Directory.Delete(root, recursive: true);
            return true;
        }
        catch (DirectoryNotFoundException)
        {
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover temp folder is the reaper's; never hide the test's own outcome behind it.
            return false;
        }
    }
}
