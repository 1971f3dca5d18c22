namespace IacTest.Harness.Ansible;

/// <summary>What a finished process printed and returned.</summary>
/// <param name="ExitCode">The exit code.</param>
/// <param name="Stdout">Everything written to standard output.</param>
/// <param name="Stderr">Everything written to standard error.</param>
/// <param name="Duration">How long it ran.</param>
public sealed record ProcessResult(int ExitCode, string Stdout, string Stderr, TimeSpan Duration);
