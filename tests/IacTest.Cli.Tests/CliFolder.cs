namespace IacTest.Cli.Tests;

/// <summary>A temporary folder the command line runs in, as a user's working folder; removed with the test.</summary>
internal sealed class CliFolder : IDisposable
{
    public CliFolder(string prefix)
    {
        Path = Directory.CreateTempSubdirectory(prefix).FullName;
    }

    /// <summary>The folder's full path.</summary>
    public string Path { get; }

    /// <summary>Runs <c>iactest</c> with <paramref name="args"/> in the folder, capturing both streams.</summary>
    public (int Code, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CommandLine.Run(args, output, error, Path);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>Writes a file below the folder, creating the folders it needs.</summary>
    public void Write(string name, string text)
    {
        var path = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
