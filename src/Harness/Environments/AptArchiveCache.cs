using System.Text;
using IacTest.Harness.Engine;
using IacTest.Harness.Images;

namespace IacTest.Harness.Environments;

/// <summary>
/// The package files (<c>.deb</c>) apt downloads, shared by the containers of one Debian release: a converge that
/// installs packages downloads each one once per machine instead of once per container. On by default;
/// <c>IACTEST_APT_CACHE=0</c> turns it off.
/// </summary>
/// <remarks>
/// <para>Each release has its own named volume (<c>iactest-apt-archives-bookworm</c>…: a bookworm package never serves
/// trixie), mounted at <see cref="PoolPath"/> in every container of that release. apt keeps downloading into the
/// container's own <c>/var/cache/apt/archives</c>: two containers that shared that folder would share its lock, an
/// <c>fcntl</c> lock the kernel holds across containers, and <c>apt-get install</c> does not wait for that lock — it
/// fails at once (<c>Could not get lock /var/cache/apt/archives/lock</c>), so two scenarios installing packages at
/// the same time would fail each other. Instead a small script, run by apt before an install downloads anything
/// (<c>APT::Install::Pre-Invoke</c>, in bullseye, bookworm and trixie) and after each dpkg run, copies the
/// container's new package files into the pool (a temporary name, then a rename: another container never sees half a
/// file) and links every pooled file into the container's archive folder, where apt finds it (it checks the file's
/// size before downloading) and does not fetch it again.</para>
/// <para>Only the downloaded files are shared, not the package lists: a role that installs a package without updating
/// the lists first fails on a fresh machine, and must fail here too.</para>
/// <para>The pool only grows by what roles install; files older than <see cref="MaxAgeDays"/> days are removed by the
/// script, and <see cref="ClearAsync"/> (or <c>docker volume rm iactest-apt-archives-&lt;release&gt;</c>) empties it.
/// The volumes carry no test run's owner label: the reaper leaves them to the next run.</para>
/// </remarks>
public static class AptArchiveCache
{
    /// <summary>The name of a release's volume is this prefix and the release (<c>iactest-apt-archives-bookworm</c>).</summary>
    public const string VolumePrefix = "iactest-apt-archives-";

    /// <summary>The label every cache volume carries; its value is the release.</summary>
    public const string Label = "iactest.apt-archives";

    /// <summary>Where the release's volume is mounted in a container.</summary>
    public const string PoolPath = "/var/cache/iactest/apt-archives";

    /// <summary>Pooled package files older than this many days are removed (a release's updates replace them).</summary>
    public const int MaxAgeDays = 30;

    internal const string ConfigPath = "/etc/apt/apt.conf.d/00iactest-apt-archives";

    internal const string ScriptPath = "/usr/local/lib/iactest/apt-archives-sync";

    // apt runs each hook with /bin/sh -c; a hook that fails would fail the apt command, so the script never fails.
    private const string Config =
        "// Written by IacTest: shares downloaded package files with the other containers of this release.\n" +
        "APT::Keep-Downloaded-Packages \"true\";\n" +
        "Binary::apt::APT::Keep-Downloaded-Packages \"true\";\n" +
        "APT::Install::Pre-Invoke { \"/bin/sh " + ScriptPath + " || true\"; };\n" +
        "DPkg::Post-Invoke { \"/bin/sh " + ScriptPath + " || true\"; };\n";

    private static readonly string Script = $$"""
        #!/bin/sh
        # Written by IacTest: copies this container's downloaded package files into the pool shared by the containers
        # of its Debian release, and links the pooled files into its own archive folder, where apt finds them.
        pool={{PoolPath}}
        # Only where the pool is the shared volume (an image committed from such a container keeps the empty folder).
        grep -q " $pool " /proc/self/mountinfo || exit 0
        cd /var/cache/apt/archives 2>/dev/null || exit 0
        for deb in *.deb; do
          if [ -f "$deb" ] && [ ! -L "$deb" ] && [ ! -e "$pool/$deb" ]; then
            partial=$(mktemp "$pool/.partial.XXXXXX") || continue
            if cp "$deb" "$partial" && chmod 644 "$partial"; then mv -f "$partial" "$pool/$deb"; else rm -f "$partial"; fi
          fi
        done
        for deb in "$pool"/*.deb; do
          name=${deb##*/}
          if [ -f "$deb" ] && [ ! -e "$name" ] && [ ! -L "$name" ]; then ln -s "$deb" "$name"; fi
        done
        find "$pool" -maxdepth 1 -type f \( -name '*.deb' -mtime +{{MaxAgeDays}} -o -name '.partial.*' -mtime +1 \) -delete 2>/dev/null
        exit 0

        """;

    /// <summary>Whether the cache is used (<c>IACTEST_APT_CACHE</c>: on unless <c>0</c> or <c>false</c>).</summary>
    public static bool IsEnabled => Environment.GetEnvironmentVariable("IACTEST_APT_CACHE") is not ("0" or "false");

    /// <summary>The volume of <paramref name="release"/>'s package files.</summary>
    public static string VolumeOf(string release)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(release);
        return VolumePrefix + release.ToLowerInvariant();
    }

    /// <summary>
    /// The Debian release of an environment's image, when the harness knows it: a platform's release, or bookworm for
    /// the Debian base images; null for busybox, an image by reference and a Dockerfile (nothing says what they are).
    /// </summary>
    internal static string? ReleaseOf(Platform? platform, BaseImage? baseImage) => (platform, baseImage) switch
    {
        ({ Distribution: "debian" } known, _) => known.Release,
        (null, BaseImage.Debian or BaseImage.DebianPython or BaseImage.DebianSshd) => "bookworm",
        _ => null,
    };

    /// <summary>Creates the release's volume unless it exists (creating an existing volume returns it).</summary>
    internal static async Task EnsureVolumeAsync(IContainerEngine engine, string volume, string release, CancellationToken ct) =>
        await engine.CreateVolumeAsync(volume, new Dictionary<string, string>(StringComparer.Ordinal) { [Label] = release }, ct).ConfigureAwait(false);

    /// <summary>The apt configuration and the script a container of the cache gets before it starts.</summary>
    internal static IReadOnlyList<ContainerFile> Files =>
    [
        new(ConfigPath, FileModes.File644, Content: Encoding.UTF8.GetBytes(Config)),
        new(ScriptPath, FileModes.Executable755, Content: Encoding.UTF8.GetBytes(Script)),
    ];

    /// <summary>
    /// Removes every release's cache volume that no container uses; returns the names removed (a volume in use stays,
    /// and is removed by a later call).
    /// </summary>
    public static async Task<IReadOnlyList<string>> ClearAsync(CancellationToken ct = default)
    {
        var engine = await ContainerEngine.ConnectAsync().ConfigureAwait(false);
        var removed = new List<string>();
        foreach (var volume in await engine.ListLabelledAsync(ResourceKind.Volume, Label, ct).ConfigureAwait(false))
        {
            try
            {
                await engine.RemoveAsync(ResourceKind.Volume, volume.Id, ct).ConfigureAwait(false);
                removed.Add(volume.Name);
            }
            catch (DockerApiException e) when (e.Message.Contains("in use", StringComparison.OrdinalIgnoreCase))
            {
                // A running test's container has it mounted.
            }
        }

        return removed;
    }
}
