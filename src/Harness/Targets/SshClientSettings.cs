namespace IacTest.Harness.Targets;

/// <summary>
/// What an ssh client configuration says about one host (<see cref="SshClientConfig.For"/>); null where it says
/// nothing. <see cref="IdentityFile"/> and <see cref="KnownHostsFile"/> are as written (tokens and <c>~</c> are
/// expanded when applied, with the user then known).
/// </summary>
/// <param name="HostName">The real address to connect to (<c>HostName</c>, <c>%h</c> expanded).</param>
/// <param name="Port">The port (<c>Port</c>).</param>
/// <param name="User">The login user (<c>User</c>).</param>
/// <param name="IdentityFile">The first key file (<c>IdentityFile</c>).</param>
/// <param name="KnownHostsFile">The first known_hosts file (<c>UserKnownHostsFile</c>).</param>
/// <param name="StrictHostKeyChecking">False for <c>no</c>/<c>off</c>, true for <c>yes</c>, <c>ask</c> and <c>accept-new</c> (the harness never adds a key).</param>
public sealed record SshClientSettings(string? HostName, int? Port, string? User, string? IdentityFile, string? KnownHostsFile, bool? StrictHostKeyChecking);
