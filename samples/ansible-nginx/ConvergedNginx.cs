namespace AnsibleNginx.Tests;

/// <summary>
/// One Debian container with playbooks/converge.yml applied, shared by the integration tests and removed after them.
/// A failed start or converge is rethrown by <see cref="EnvironmentFixture.Environment"/> in every test that uses it.
/// </summary>
public sealed class ConvergedNginx : EnvironmentFixture
{
    private AnsibleRunResult? _firstRun;

    /// <summary>The converge run: the playbook, the repository's roles folder, this container as host <c>instance</c>.</summary>
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

    // The playbook sits in playbooks/ and the roles beside it in roles/, so the roles folder is named explicitly.
    private static AnsiblePlaybookRun ConvergeOn(IacEnvironment environment) =>
        AnsiblePlaybookRun.Playbook(SamplePaths.ConvergePlaybook).WithRolesPath(SamplePaths.Roles).WithEnvironment(environment);
}
