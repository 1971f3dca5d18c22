namespace IacTest.Sdk.Tests.CiRecipes;

/// <summary>Runs a recipe's script as CI runners do: bash with <c>-e -o pipefail</c>, in a folder, with the job's variables.</summary>
public static class Shell
{
    /// <summary>Runs <paramref name="script"/> and returns its exit code and interleaved output.</summary>
    public static Task<ProcessResult> RunAsync(string script, string directory, IReadOnlyDictionary<string, string> environment, TimeSpan timeout) =>
        ChildProcess.RunAsync("bash", ["--noprofile", "--norc", "-e", "-o", "pipefail", "-c", script], directory, environment, timeout, $"the script\n{script}\n");
}
