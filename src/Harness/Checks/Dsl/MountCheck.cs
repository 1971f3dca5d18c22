using IacTest.Harness.Checks.Probes;

namespace IacTest.Harness.Checks.Dsl;

/// <summary>Expectations on a mount point.</summary>
public sealed class MountCheck(string mountPoint) : CheckBuilder<MountCheck>("mount", mountPoint)
{
    /// <summary>Mounted (or not).</summary>
    public MountCheck Exists(bool exists = true) => Expect("exists", exists);

    /// <summary>Mounted with option <paramref name="option"/> (e.g. <c>ro</c>).</summary>
    public MountCheck HasOption(string option) => Expect("opts", Matcher.ContainElement(option));

    /// <summary>Any matcher on the mount options.</summary>
    public MountCheck Opts(Matcher options) => Expect("opts", options);

    /// <summary>Any matcher on the super-block options.</summary>
    public MountCheck VfsOpts(Matcher options) => Expect("vfs-opts", options);

    /// <summary>The mounted source.</summary>
    public MountCheck Source(Matcher source) => Expect("source", source);

    /// <summary>The file system type.</summary>
    public MountCheck Filesystem(Matcher filesystem) => Expect("filesystem", filesystem);

    /// <inheritdoc />
    protected override IResourceProbe CreateProbe() => new MountProbe(Id);
}
