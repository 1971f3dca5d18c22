namespace IacTest.Harness.Drift;

/// <summary>
/// The configuration drift check could not run: Ansible stopped before any task (a playbook it cannot load, a missing
/// role, a bad vault password…). The message carries Ansible's own words, secrets masked.
/// </summary>
public sealed class ConfigurationDriftException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ConfigurationDriftException(string message, string commandLine, int exitCode)
        : base(message)
    {
        CommandLine = commandLine;
        ExitCode = exitCode;
    }

    /// <summary>The <c>ansible-playbook</c> command that was run.</summary>
    public string CommandLine { get; }

    /// <summary>Its exit code.</summary>
    public int ExitCode { get; }
}
