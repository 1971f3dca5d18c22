namespace IacTest.Lint.Text;

/// <summary>The path names a FIFO, socket or device, which the linter does not open (reading one can block forever).</summary>
internal sealed class NotARegularFileException : IOException
{
    /// <summary>Creates the exception for a path and what it names.</summary>
    public NotARegularFileException(string path, string kind)
        : base($"{path} is {kind}, not a regular file")
    {
        Kind = kind;
    }

    /// <summary>What the path names, in words: "a FIFO (named pipe)", "a socket", "a device".</summary>
    public string Kind { get; }
}
