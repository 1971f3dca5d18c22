namespace RoleProject.Tests;

/// <summary>
/// One throw-away Debian container with playbooks/converge.yml applied, shared by the tests of
/// <see cref="ConvergedRoleCollection"/> and removed after them. A failed start or converge is rethrown by
/// <see cref="EnvironmentFixture.Environment"/> in every test that uses it.
/// </summary>
public sealed class ConvergedRole : EnvironmentFixture
{
    private AnsibleRunResult? _firstRun;

    /// <summary>The converge run: the playbook, the project's roles folder, this container as host <c>instance</c>.</summary>
    public AnsiblePlaybookRun Converge => ConvergeOn(Environment);

    /// <summary>The result of the first converge.</summary>
    public AnsibleRunResult FirstRun
    {
        get
        {
            _ = Environment; // rethrows the start or converge failure, if any
            return _firstRun!;
        }
    }

    /// <inheritdoc />
    protected override EnvironmentBuilder Configure(EnvironmentBuilder builder) => builder.WithBaseImage(BaseImage.DebianPython);

    /// <inheritdoc />
    protected override async Task InitializeEnvironmentAsync(IacEnvironment environment) =>
        _firstRun = await ConvergeOn(environment).ConvergeAsync();

    private static AnsiblePlaybookRun ConvergeOn(IacEnvironment environment) =>
        AnsiblePlaybookRun.Playbook(ProjectFiles.Path("playbooks", "converge.yml"))
            .WithRolesPath(ProjectFiles.Path("roles"))
            .WithEnvironment(environment);
}

/// <summary>The tests that share one converged container; xunit runs them one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class ConvergedRoleCollection : ICollectionFixture<ConvergedRole>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "converged role";
}
