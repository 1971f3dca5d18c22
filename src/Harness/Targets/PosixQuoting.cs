using System.Text;

namespace IacTest.Harness.Targets;

/// <summary>
/// Turns an argument list into one command line for a POSIX shell: SSH carries a single string, which the login
/// shell splits again, so every argument is quoted to arrive as it was given.
/// </summary>
internal static class PosixQuoting
{
    /// <summary>The arguments as one shell command line.</summary>
    public static string Join(IEnumerable<string> arguments)
    {
        var line = new StringBuilder();
        foreach (var argument in arguments)
        {
            if (line.Length > 0)
            {
                line.Append(' ');
            }

            line.Append(Quote(argument));
        }

        return line.ToString();
    }

    /// <summary>One argument as one shell word.</summary>
    public static string Quote(string value) =>
        value.Length > 0 && value.All(c => char.IsAsciiLetterOrDigit(c) || "-_./:=@%+,".Contains(c))
            ? value
            : "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
