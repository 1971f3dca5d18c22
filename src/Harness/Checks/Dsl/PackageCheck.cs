using IacTest.Harness.Checks.Probes;

namespace IacTest.Harness.Checks.Dsl;

/// <summary>Expectations on a package (dpkg, rpm or apk).</summary>
public sealed class PackageCheck(string name) : CheckBuilder<PackageCheck>("package", name)
{
    /// <summary>Installed (or not).</summary>
    public PackageCheck Installed(bool installed = true) => Expect("installed", installed);

    /// <summary>Not installed.</summary>
    public PackageCheck NotInstalled() => Installed(false);

    /// <summary>An installed version matches <paramref name="version"/> (e.g. <c>Matcher.HavePrefix("3.11")</c>).</summary>
    public PackageCheck Version(Matcher version) => Expect("versions", Matcher.ContainElement(version));

    /// <summary>Any matcher on the list of installed versions.</summary>
    public PackageCheck Versions(Matcher versions) => Expect("versions", versions);

    /// <inheritdoc />
    protected override IResourceProbe CreateProbe() => new PackageProbe(Id);
}
