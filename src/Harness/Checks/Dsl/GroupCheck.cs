using IacTest.Harness.Checks.Probes;

namespace IacTest.Harness.Checks.Dsl;

/// <summary>Expectations on a group.</summary>
public sealed class GroupCheck(string name) : CheckBuilder<GroupCheck>("group", name)
{
    /// <summary>Exists (or not).</summary>
    public GroupCheck Exists(bool exists = true) => Expect("exists", exists);

    /// <summary>Group id.</summary>
    public GroupCheck Gid(Matcher gid) => Expect("gid", gid);

    /// <inheritdoc />
    protected override IResourceProbe CreateProbe() => new GroupProbe(Id);
}
