using System.Formats.Tar;
using System.Globalization;
using IacTest.Harness.Engine;
using IacTest.Harness.Reaping;

namespace IacTest.Harness.Environments;

/// <summary>
/// A read-only copy of a host directory (the module under test) as a labelled volume, mounted read-only: the kernel
/// refuses every write, root's included — file modes alone (0444) do not stop root. The engine will not copy into a
/// read-only mount, so the volume is filled through a helper container that is created, never started, and removed.
/// Works with a remote engine too (no bind mount of a host path). Owner root, directories and executables 0555,
/// files 0444.
/// </summary>
internal static class ReadOnlyVolume
{
    // Entries are named under this folder and extracted at "/": the engine applies an entry's mode to the folder it
    // names, and only so does the volume's own root get 0555 (an entry "./" extracted into it leaves it 0755).
    private const string FillFolder = "iactest-fill";
    private const UnixFileMode ReadAndExecute = UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead
        | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;

    private const UnixFileMode ReadOnlyFile = UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead;

    private static int _counter;

    /// <summary>Creates and fills the volume; returns its name. Tracked for removal (and reaping) from creation on.</summary>
    internal static async Task<string> CreateAsync(IContainerEngine engine, string image, string hostDirectory, CancellationToken ct)
    {
        var n = Interlocked.Increment(ref _counter).ToString(CultureInfo.InvariantCulture);
        var name = $"iactest-{HarnessSession.Id}-ro{n}";
        await engine.CreateVolumeAsync(name, HarnessSession.Labels, ct).ConfigureAwait(false);
        LiveResources.Track(ResourceKind.Volume, name);
        var helper = await engine.CreateBareContainerAsync($"{name}-fill", new
        {
            Image = image,
            // Never started: any command will do, the image may have none.
            Cmd = new[] { "/iactest-never-started" },
            Labels = HarnessSession.Labels,
            HostConfig = new { Mounts = new[] { new { Type = "volume", Source = name, Target = "/" + FillFolder, VolumeOptions = new { NoCopy = true } } } },
        }, ct).ConfigureAwait(false);
        LiveResources.Track(ResourceKind.Container, helper);
        try
        {
            using var tar = new MemoryStream();
            await WriteTarAsync(tar, hostDirectory, ct).ConfigureAwait(false);
            tar.Position = 0;
            await engine.PutArchiveAsync(helper, "/", tar, ct).ConfigureAwait(false);
        }
        finally
        {
            await engine.RemoveAsync(ResourceKind.Container, helper, CancellationToken.None).ConfigureAwait(false);
            LiveResources.Forget(ResourceKind.Container, helper);
        }

        return name;
    }

    private static async Task WriteTarAsync(Stream output, string root, CancellationToken ct)
    {
        var writer = new TarWriter(output, TarEntryFormat.Pax, leaveOpen: true);
        await using (writer.ConfigureAwait(false))
        {
            await writer.WriteEntryAsync(Entry(TarEntryType.Directory, FillFolder + "/", ReadAndExecute), ct).ConfigureAwait(false);
            foreach (var path in Directory.EnumerateFileSystemEntries(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var relative = FillFolder + "/" + Path.GetRelativePath(root, path).Replace('\\', '/');
                var info = new FileInfo(path);
                if (info.LinkTarget is { } target)
                {
                    var link = Entry(TarEntryType.SymbolicLink, relative, ReadAndExecute);
                    link.LinkName = target;
                    await writer.WriteEntryAsync(link, ct).ConfigureAwait(false);
                }
                else if (Directory.Exists(path))
                {
                    await writer.WriteEntryAsync(Entry(TarEntryType.Directory, relative + "/", ReadAndExecute), ct).ConfigureAwait(false);
                }
                else
                {
                    var executable = !OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & UnixFileMode.UserExecute) != 0;
                    var entry = Entry(TarEntryType.RegularFile, relative, executable ? ReadAndExecute : ReadOnlyFile);
                    var data = File.OpenRead(path);
                    await using (data.ConfigureAwait(false))
                    {
                        entry.DataStream = data;
                        await writer.WriteEntryAsync(entry, ct).ConfigureAwait(false);
                    }
                }
            }
        }
    }

    private static PaxTarEntry Entry(TarEntryType type, string name, UnixFileMode mode) =>
        new(type, name) { Mode = mode, Uid = 0, Gid = 0, ModificationTime = DateTimeOffset.UtcNow };
}
