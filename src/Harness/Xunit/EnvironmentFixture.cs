using IacTest.Harness.Engine;
using IacTest.Harness.Environments;
using Xunit;

namespace IacTest.Harness.Xunit;

/// <summary>
/// Shares one environment across a test class (<c>IClassFixture&lt;T&gt;</c>) or collection
/// (<c>ICollectionFixture&lt;T&gt;</c>). Subclass it and describe the environment in <see cref="Configure"/>.
/// A start failure is captured and rethrown from <see cref="Environment"/>, so each test shows the cause;
/// without an engine, <see cref="Environment"/> throws the engine's reason (the tests are skipped by
/// <see cref="DockerFactAttribute"/> before that).
/// </summary>
public abstract class EnvironmentFixture : IAsyncLifetime
{
    private IacEnvironment? _environment;
    private Exception? _startFailure;

    /// <summary>The shared environment.</summary>
    public IacEnvironment Environment
    {
        get
        {
            if (_startFailure is not null)
            {
                throw new EnvironmentStartException($"the shared environment of {GetType().Name} did not start: {_startFailure.Message}", _startFailure);
            }

            return _environment ?? throw new InvalidOperationException($"{GetType().Name} has not started (no engine?)");
        }
    }

    /// <summary>Describes the environment; <paramref name="builder"/> is a fresh <see cref="EnvironmentBuilder"/>.</summary>
    protected abstract EnvironmentBuilder Configure(EnvironmentBuilder builder);

    /// <summary>Runs once after start (e.g. to converge a role or start a service); a failure here is captured too.</summary>
    protected virtual Task InitializeEnvironmentAsync(IacEnvironment environment) => Task.CompletedTask;

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        if (!(await DockerEngine.ProbeAsync().ConfigureAwait(false)).IsAvailable && !DockerEngine.EngineRequired)
        {
            _startFailure = new EngineUnavailableException(DockerEngine.UnavailableReason!);
            return;
        }

        try
        {
            _environment = await Configure(new EnvironmentBuilder()).StartAsync().ConfigureAwait(false);
            await InitializeEnvironmentAsync(_environment).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            _startFailure = e;
        }
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_environment is not null)
        {
            await _environment.DisposeAsync().ConfigureAwait(false);
        }

        GC.SuppressFinalize(this);
    }
}
