namespace IacTest.Sdk.Tests;

/// <summary>A temporary project that consumes the packed SDK exactly as a user's project does.</summary>
public sealed class ConsumerProject(string folder)
{
    /// <summary>The project folder.</summary>
    public string Folder { get; } = folder;

    /// <summary>Writes a file relative to the project folder.</summary>
    public string Write(string relativePath, string text)
    {
        var path = Path.Combine(Folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Runs <c>dotnet build</c> at normal verbosity.</summary>
    public Task<ProcessResult> BuildAsync(params string[] extra) =>
        DotNet.RunAsync(Folder, TimeSpan.FromMinutes(10), ["build", "-nodeReuse:false", "-v:n", "-clp:NoSummary", .. extra]);

    /// <summary>Runs <c>dotnet build</c> at normal verbosity with <paramref name="environment"/> added to its environment.</summary>
    public Task<ProcessResult> BuildAsync(IReadOnlyDictionary<string, string> environment, params string[] extra) =>
        DotNet.RunAsync(Folder, TimeSpan.FromMinutes(10), environment, ["build", "-nodeReuse:false", "-v:n", "-clp:NoSummary", .. extra]);

    /// <summary>Runs <c>dotnet pack</c> into <paramref name="outputFolder"/>.</summary>
    public Task<ProcessResult> PackAsync(string outputFolder, params string[] extra) =>
        DotNet.RunAsync(Folder, TimeSpan.FromMinutes(10), ["pack", "-nodeReuse:false", "-o", outputFolder, .. extra]);

    /// <summary>Runs <c>dotnet test</c>.</summary>
    public Task<ProcessResult> TestAsync(params string[] extra) =>
        DotNet.RunAsync(Folder, TimeSpan.FromMinutes(10), ["test", "-nodeReuse:false", .. extra]);
}
