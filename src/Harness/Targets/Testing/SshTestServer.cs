using IacTest.Harness.Environments;

namespace IacTest.Harness.Targets.Testing;

/// <summary>One sshd container of <see cref="SshTestServers"/>.</summary>
/// <param name="Name">Its name in reports, e.g. <c>web1</c>.</param>
/// <param name="Environment">The container (to change its state by hand, stop it, or read its logs).</param>
/// <param name="Address">Its address on the container network, reachable from the test process.</param>
/// <param name="Port">The SSH port at <paramref name="Address"/>.</param>
public sealed record SshTestServer(string Name, IacEnvironment Environment, string Address, int Port);
