using IacTest.Harness.Checks.Probes;

namespace IacTest.Harness.Checks.Dsl;

/// <summary>Expectations on a user account.</summary>
public sealed class UserCheck(string name) : CheckBuilder<UserCheck>("user", name)
{
    /// <summary>Exists (or not).</summary>
    public UserCheck Exists(bool exists = true) => Expect("exists", exists);

    /// <summary>User id.</summary>
    public UserCheck Uid(Matcher uid) => Expect("uid", uid);

    /// <summary>Primary group id.</summary>
    public UserCheck Gid(Matcher gid) => Expect("gid", gid);

    /// <summary>Member of <paramref name="group"/>.</summary>
    public UserCheck InGroup(string group) => Expect("groups", Matcher.ContainElement(group));

    /// <summary>Any matcher on the list of group names.</summary>
    public UserCheck Groups(Matcher groups) => Expect("groups", groups);

    /// <summary>Home directory.</summary>
    public UserCheck Home(Matcher home) => Expect("home", home);

    /// <summary>Login shell.</summary>
    public UserCheck Shell(Matcher shell) => Expect("shell", shell);

    /// <inheritdoc />
    protected override IResourceProbe CreateProbe() => new UserProbe(Id);
}
