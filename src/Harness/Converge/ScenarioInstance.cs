namespace IacTest.Harness.Converge;

/// <summary>A machine created for a scenario: the container Ansible targets and what to dispose to destroy it.</summary>
/// <param name="ContainerName">The container name or id.</param>
/// <param name="Lifetime">Disposed by the destroy step (an environment, a container handle), or null.</param>
public sealed record ScenarioInstance(string ContainerName, IAsyncDisposable? Lifetime);
