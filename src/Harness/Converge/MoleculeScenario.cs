using IacTest.Harness.Engine;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using IacTest.Harness.Progress;
using IacTest.Harness.Environments;
using IacTest.Harness.Images;
using IacTest.Harness.Reaping;

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
    private readonly string? identity;
    private bool? cacheEnabled;

    /// <summary>
    /// The label a scenario made by <c>ForRole</c> puts on its containers (a hash of the role folder), by which a
    /// verify-only run finds the environment a failed run kept.
    /// </summary>
    public const string ScenarioLabel = "iactest.scenario";

    /// <summary>
    /// The label a scenario made by <c>ForRole</c> puts on its containers beside <see cref="ScenarioLabel"/>: the
    /// platform it runs on (<c>debian:trixie:systemd</c>, or the image it is described with), so a verify-only run of
    /// one platform's row attaches to the machine kept for that platform, not to another platform's.
    /// </summary>
    public const string PlatformLabel = "iactest.platform";

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
        string roleDirectory,
        Func<ScenarioInstance, AnsiblePlaybookRun> converge,
        Func<ScenarioInstance, CancellationToken, Task>? verify)
        : this(async ct => (await Labelled(environment, roleDirectory).StartAsync(ct).ConfigureAwait(false)).AsScenarioInstance(), converge, verify)
    {
        cacheable = Labelled(environment, roleDirectory);
        identity = IdentityOf(roleDirectory);
        RoleName = Path.GetFileName(Path.TrimEndingDirectorySeparator(roleDirectory));
    }

    /// <summary>The role a <c>ForRole</c> scenario applies, or null for a scenario made with its own create step.</summary>
    public string? RoleName { get; }

    /// <summary>
    /// What <c>IACTEST_VERIFY_ONLY</c> asks of <see cref="RunAsync"/>: null (unset, empty, <c>0</c>) for the whole
    /// sequence; <c>""</c> (<c>1</c> or <c>true</c>) for the newest environment this scenario kept; else the name of
    /// the container to verify.
    /// </summary>
    public static string? VerifyOnlyTarget => Environment.GetEnvironmentVariable("IACTEST_VERIFY_ONLY") switch
    {
        null or "" or "0" or "false" => null,
        "1" or "true" => string.Empty,
        var name => name,
    };

    /// <summary>True when the last run verified an environment it did not create (<see cref="VerifyOnlyAsync"/>).</summary>
    public bool VerifiedOnly { get; private set; }

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

    /// <summary>
    /// Molecule's <c>verify</c> on a machine that is already converged: attaches to the running container
    /// <paramref name="container"/> — or, when null, to the newest environment this <c>ForRole</c> scenario kept
    /// (<c>IACTEST_KEEP_ON_FAILURE=1</c>) — and runs only the verify step: no create, no converge, no idempotence, and
    /// no destroy, so checks can be edited and rerun against the same machine. The verify step gets the container as
    /// an <see cref="IacEnvironment"/> (exec, read and write files, logs), reached with the <c>docker</c> command.
    /// </summary>
    /// <exception cref="InvalidOperationException">No such running container, or nothing kept for this scenario; says what to do.</exception>
    public async Task VerifyOnlyAsync(string? container = null, CancellationToken cancellationToken = default)
    {
        var name = string.IsNullOrEmpty(container) ? await KeptContainerAsync(cancellationToken).ConfigureAwait(false) : container;
        var engine = await ContainerEngine.ConnectAsync().ConfigureAwait(false);
        var attached = await engine.AttachAsync(name, cancellationToken).ConfigureAwait(false);
        var environment = new IacEnvironment(attached, attached.Name, attached.ImageName, keepOnFailure: false, Log) { IsAttached = true };
        Instance = environment.AsScenarioInstance();
        VerifiedOnly = true;
        Log($"verify only: attached to {attached.Name} ({attached.ImageName}); create, converge, idempotence and destroy are skipped; enter it with: docker exec -it {attached.Name} sh");
        try
        {
            await VerifyAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            // Not destroyed: the machine is its owner's, kept for the next verify.
            Instance = null;
        }
    }

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
        if (VerifyOnlyTarget is { } target)
        {
            await VerifyOnlyAsync(target, cancellationToken).ConfigureAwait(false);
            return;
        }

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
        catch (Exception e) when (Instance?.Lifetime is IacEnvironment failed)
        {
            // Whatever step failed, IACTEST_KEEP_ON_FAILURE=1 keeps the machine for a look and a verify-only rerun.
            failed.MarkFailed(e.Message);
            throw;
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

    /// <summary>The value of <see cref="ScenarioLabel"/> for the role in <paramref name="roleDirectory"/>.</summary>
    internal static string IdentityOf(string roleDirectory) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(roleDirectory))))[..16].ToLowerInvariant();

    private static EnvironmentBuilder Labelled(EnvironmentBuilder environment, string roleDirectory) =>
        environment.WithLabel(ScenarioLabel, IdentityOf(roleDirectory)).WithLabel(PlatformLabel, environment.PlatformName);

    private async Task<string> KeptContainerAsync(CancellationToken cancellationToken)
    {
        if (identity is null || cacheable is null)
        {
            throw new InvalidOperationException("verify only: this scenario has its own create step, so the harness cannot tell which container is its own; name the container (IACTEST_VERIFY_ONLY=<name>, or VerifyOnlyAsync(name))");
        }

        var engine = await ContainerEngine.ConnectAsync().ConfigureAwait(false);
        // The platform at attach as at keep: with several platforms kept, each row verifies its own machine.
        var platform = cacheable.PlatformName;
        var running = await engine.ListRunningContainersAsync([$"{ScenarioLabel}={identity}", $"{PlatformLabel}={platform}"], HarnessSession.KeptNamePrefix, cancellationToken).ConfigureAwait(false);
        var newest = running.FirstOrDefault();
        return newest ?? throw new InvalidOperationException(
            $"verify only: no kept environment of the scenario of role {RoleName} on {platform} is running (containers named {HarnessSession.KeptNamePrefix}… labelled {ScenarioLabel}={identity} and {PlatformLabel}={platform}); " +
            "run the test once with IACTEST_KEEP_ON_FAILURE=1 so a failing run keeps its machine, or name a running container with IACTEST_VERIFY_ONLY=<name>");
    }

    private void Log(string line) => (converge(new ScenarioInstance("instance", null)).Output ?? (text => Console.Error.WriteLine("[iactest] " + text)))(line);

    private ScenarioInstance RequireInstance() =>
        Instance ?? throw new InvalidOperationException("The scenario has no instance: call CreateAsync first.");
}
