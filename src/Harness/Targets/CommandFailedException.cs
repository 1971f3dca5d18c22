using IacTest.Harness.Secrets;

namespace IacTest.Harness.Targets;

/// <summary>A command inside an environment exited non-zero where success was required.</summary>
public sealed class CommandFailedException : Exception
{
    /// <summary>Creates the exception for <paramref name="result"/>.</summary>
    public CommandFailedException(string command, CommandResult result)
        : base(SecretMasker.Shared.Mask($"{command} failed: {result?.Describe()}")) => Result = result;

    /// <summary>Creates the exception.</summary>
    public CommandFailedException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public CommandFailedException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public CommandFailedException(string message, Exception inner) : base(message, inner)
    {
    }

    /// <summary>The failed command's result.</summary>
    public CommandResult? Result { get; }
}
