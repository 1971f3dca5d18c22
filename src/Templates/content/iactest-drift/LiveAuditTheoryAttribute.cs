namespace DriftProject.Tests;

/// <summary>
/// A theory that contacts the audited hosts: it runs when <c>AUDIT_KNOWN_HOSTS</c> names the known_hosts file of those
/// hosts (host keys are always verified), as the scheduled pipeline sets it, and is skipped, saying so, everywhere else.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class LiveAuditTheoryAttribute : TheoryAttribute
{
    /// <summary>The variable naming the known_hosts file of the audited hosts.</summary>
    public const string KnownHostsVariable = "AUDIT_KNOWN_HOSTS";

    /// <summary>Skips the theory unless <see cref="KnownHostsVariable"/> is set.</summary>
    public LiveAuditTheoryAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(KnownHostsVariable)))
        {
            Skip = $"the live audit contacts the hosts only when {KnownHostsVariable} names their known_hosts file (the scheduled pipeline sets it)";
        }
    }
}
