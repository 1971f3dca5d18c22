namespace IacTest.Lint.Engine;

/// <summary>Why a file could not be read, in the project's words (the runtime's messages are not for users).</summary>
internal static class ReadFailure
{
    public static string Describe(string path, Exception exception) => exception switch
    {
        _ when Directory.Exists(path) => "it is a folder",
        FileNotFoundException or DirectoryNotFoundException => "it does not exist",
        UnauthorizedAccessException => "permission denied",
        PathTooLongException => "the path is too long",
        _ => "the system reported an input/output error",
    };
}
