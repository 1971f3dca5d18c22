using System.Reflection;
using System.Runtime.CompilerServices;
using IacTest.Harness.Environments;

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
    private readonly EnvironmentBuilder? cacheable;
    private bool? cacheEnabled;

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

    /// <summary>A scenario whose instances come from <paramref name="environment"/>, so its converged state can be kept.</summary>
    internal MoleculeScenario(
        EnvironmentBuilder environment,
        Func<ScenarioInstance, AnsiblePlaybookRun> converge,
        Func<ScenarioInstance, CancellationToken, Task>? verify)
        : this(async ct => (await environment.StartAsync(ct).ConfigureAwait(false)).AsScenarioInstance(), converge, verify) =>
        cacheable = environment;

    /// <summary>
    /// True when <see cref="RunAsync"/> started the instance from a kept converged state (see
    /// <see cref="ConvergedImageCache"/>) and skipped converge and idempotence.
    /// </summary>
    public bool ConvergedFromCache { get; private set; }

    /// <summary>
    /// Turns the converged-state cache on or off for this scenario, whatever <c>IACTEST_CONVERGE_CACHE</c> and
    /// <c>CI</c> say (null: as they say). Only scenarios made by <c>ForRole</c> can use it.
    /// </summary>
    public MoleculeScenario WithConvergeCache(bool? enabled)
    {
        cacheEnabled = enabled;
        return this;
    }

    /// <summary>The converged-state key of the last <see cref="RunAsync"/>, or null when the cache was not used.</summary>
    public string? ConvergeCacheKey { get; private set; }

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
            var run = AnsiblePlaybookRun.Playbook(playbook).WithContainer(instance.ContainerName, "instance") with { ProgressStep = "verify" };
            await (output is null ? run : run.WithOutput(output)).ConvergeAsync(cancellationToken).ConfigureAwait(false);
        };
    }

    /// <summary>Creates the instance.</summary>
    public async Task<ScenarioInstance> CreateAsync(CancellationToken cancellationToken = default)
    {
        Instance = await LiveProgress.StepAsync("create", () => create(cancellationToken)).ConfigureAwait(false);
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
        verify is null ? Task.CompletedTask : LiveProgress.StepAsync("verify", async () =>
        {
            await verify(RequireInstance(), cancellationToken).ConfigureAwait(false);
            return true;
        });

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

    /// <summary>
    /// create → converge → idempotence → verify → destroy; destroy runs whatever happened before. A scenario made by
    /// <c>ForRole</c> keeps its converged state when the cache is on (<see cref="ConvergedImageCache.IsEnabled"/>):
    /// when nothing that goes into the converge changed, the next run starts from it and goes straight to verify.
    /// </summary>
    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            var key = await CacheKeyAsync(cancellationToken).ConfigureAwait(false);
            ConvergeCacheKey = key;
            if (key is not null && await ConvergedImageCache.ExistsAsync(key, cancellationToken).ConfigureAwait(false))
            {
                Instance = (await cacheable!.WithStartImage(ConvergedImageCache.TagOf(key)).StartAsync(cancellationToken).ConfigureAwait(false)).AsScenarioInstance();
                ConvergedFromCache = true;
                Log($"started from the converged state {ConvergedImageCache.TagOf(key)}: nothing that goes into the converge changed, so converge and idempotence are skipped");
                await VerifyAsync(cancellationToken).ConfigureAwait(false);
                return;
            }

            await CreateAsync(cancellationToken).ConfigureAwait(false);
            await ConvergeAsync(cancellationToken).ConfigureAwait(false);
            await IdempotenceAsync(cancellationToken).ConfigureAwait(false);
            if (key is not null)
            {
                await ConvergedImageCache.SaveAsync(RequireInstance().ContainerName, key, Log, cancellationToken).ConfigureAwait(false);
            }

            await VerifyAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await DestroyAsync().ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await DestroyAsync().ConfigureAwait(false);

    private async Task<string?> CacheKeyAsync(CancellationToken cancellationToken)
    {
        if (cacheable is null || !(cacheEnabled ?? ConvergedImageCache.IsEnabled(cacheable.RunsSystemd)))
        {
            return null;
        }

        var baseImage = await cacheable.ResolveImageAsync(cancellationToken).ConfigureAwait(false);
        var baseImageId = await ConvergedImageCache.ImageIdAsync(baseImage, cancellationToken).ConfigureAwait(false);
        // The container's name is no input of the converge: any instance name gives the same run.
        var run = converge(new ScenarioInstance("instance", null));
        AnsibleInstall? ansible;
        try
        {
            ansible = AnsibleInstall.Current;
        }
        catch (InvalidOperationException)
        {
            return null; // No Ansible to converge with: the converge step says so.
        }

        return Converge.ConvergeCacheKey.Compute(run, baseImageId, ansible);
    }

    private void Log(string line) => (converge(new ScenarioInstance("instance", null)).Output ?? (text => Console.Error.WriteLine("[iactest] " + text)))(line);

    private ScenarioInstance RequireInstance() =>
        Instance ?? throw new InvalidOperationException("The scenario has no instance: call CreateAsync first.");
}
