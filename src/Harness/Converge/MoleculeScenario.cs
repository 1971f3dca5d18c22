using System.Reflection;
using System.Runtime.CompilerServices;

namespace IacTest.Harness.Converge;

/// <summary>
/// Molecule's test sequence as xunit steps: create → converge → idempotence → verify → destroy. Each step can be
/// called on its own; <see cref="RunAsync"/> runs them all and always destroys, even when a step fails.
/// </summary>
public sealed class MoleculeScenario : IAsyncDisposable
{
    private readonly Func<CancellationToken, Task<ScenarioInstance>> create;
    private readonly Func<ScenarioInstance, AnsiblePlaybookRun> converge;
    private readonly Func<ScenarioInstance, CancellationToken, Task>? verify;

    /// <summary>Defines a scenario.</summary>
    /// <param name="create">Creates the instance (starts an environment or a container).</param>
    /// <param name="converge">The run to apply to the instance (a role or playbook with its variables).</param>
    /// <param name="verify">Checks the converged instance (C# checks, or <see cref="VerifyPlaybook"/>); optional.</param>
    public MoleculeScenario(
        Func<CancellationToken, Task<ScenarioInstance>> create,
        Func<ScenarioInstance, AnsiblePlaybookRun> converge,
        Func<ScenarioInstance, CancellationToken, Task>? verify = null)
    {
        this.create = create;
        this.converge = converge;
        this.verify = verify;
    }

    /// <summary>The created instance, or null before create and after destroy.</summary>
    public ScenarioInstance? Instance { get; private set; }

    /// <summary>The converge run's result, once converged.</summary>
    public AnsibleRunResult? ConvergeResult { get; private set; }

    /// <summary>The idempotence run's result, once checked.</summary>
    public AnsibleRunResult? IdempotenceResult { get; private set; }

    /// <summary>A verify step that runs a playbook (Molecule's <c>verify.yml</c>) against the instance and requires success.</summary>
    /// <exception cref="FileNotFoundException">The playbook does not exist (thrown here, before any container starts).</exception>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Func<ScenarioInstance, CancellationToken, Task> VerifyPlaybook(string playbookPath, Action<string>? output = null)
    {
        // Resolved here, against the calling test project's folder.
        var playbook = ProjectRelativePath.RequireFile(playbookPath, Assembly.GetCallingAssembly(), "playbook");
        return async (instance, cancellationToken) =>
        {
            var run = AnsiblePlaybookRun.Playbook(playbook).WithContainer(instance.ContainerName, "instance");
            await (output is null ? run : run.WithOutput(output)).ConvergeAsync(cancellationToken).ConfigureAwait(false);
        };
    }

    /// <summary>Creates the instance.</summary>
    public async Task<ScenarioInstance> CreateAsync(CancellationToken cancellationToken = default)
    {
        Instance = await create(cancellationToken).ConfigureAwait(false);
        return Instance;
    }

    /// <summary>Applies the converge run; fails with the failing task and its message.</summary>
    /// <exception cref="AnsibleRunException">When the converge failed.</exception>
    public async Task<AnsibleRunResult> ConvergeAsync(CancellationToken cancellationToken = default)
    {
        ConvergeResult = await converge(RequireInstance()).ConvergeAsync(cancellationToken).ConfigureAwait(false);
        return ConvergeResult;
    }

    /// <summary>Applies the converge run again and requires that nothing changed.</summary>
    /// <exception cref="IdempotenceException">When a task changed; names each one.</exception>
    public async Task<AnsibleRunResult> IdempotenceAsync(CancellationToken cancellationToken = default)
    {
        IdempotenceResult = await converge(RequireInstance()).ShouldBeIdempotentAsync(cancellationToken).ConfigureAwait(false);
        return IdempotenceResult;
    }

    /// <summary>Runs the verify step (nothing when none was given).</summary>
    public Task VerifyAsync(CancellationToken cancellationToken = default) =>
        verify is null ? Task.CompletedTask : verify(RequireInstance(), cancellationToken);

    /// <summary>Destroys the instance (disposes its lifetime); safe to call twice.</summary>
    public async Task DestroyAsync()
    {
        var instance = Instance;
        Instance = null;
        if (instance?.Lifetime is { } lifetime)
        {
            await lifetime.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>create → converge → idempotence → verify → destroy; destroy runs whatever happened before.</summary>
    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await CreateAsync(cancellationToken).ConfigureAwait(false);
            await ConvergeAsync(cancellationToken).ConfigureAwait(false);
            await IdempotenceAsync(cancellationToken).ConfigureAwait(false);
            await VerifyAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await DestroyAsync().ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await DestroyAsync().ConfigureAwait(false);

    private ScenarioInstance RequireInstance() =>
        Instance ?? throw new InvalidOperationException("The scenario has no instance: call CreateAsync first.");
}
