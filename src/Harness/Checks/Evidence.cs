using IacTest.Harness.Environments;
using IacTest.Harness.Secrets;
using IacTest.Harness.Targets;

namespace IacTest.Harness.Checks;

/// <summary>A command a check ran inside the environment and what it answered.</summary>
/// <param name="Command">The command as a person would type it.</param>
/// <param name="Result">Its result.</param>
public sealed record Evidence(string Command, CommandResult Result)
{
    /// <summary>The evidence as text: <c>$ command</c>, then exit code and output (long output shortened).</summary>
    public string Describe()
    {
        // Masked before shortening: a cut through a secret would leave a piece of it that no longer matches.
        var masker = SecretMasker.Shared;
        var result = Result with
        {
            Stdout = Shorten(masker.Mask(Result.Stdout)),
            Stderr = Shorten(masker.Mask(Result.Stderr)),
        };
        return masker.Mask($"$ {Command}\n{result.Describe()}");
    }

    private static string Shorten(string text) => text.Length <= 2000 ? text : text[..2000] + $"\n… ({text.Length - 2000} more characters)";
}
