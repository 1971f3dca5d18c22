using System.Text;
using IacTest.Lint.Configuration;
using IacTest.Lint.Engine;

namespace IacTest.Cli;

/// <summary>
/// <c>lint --fix</c> and <c>lint --diff</c>: fixes each file under its own configuration, then writes it back (keeping its
/// byte order mark and everything no fix touched) or shows what would change.
/// </summary>
internal sealed class FixStep(LintEngine engine, bool write, int jobs, Func<string, string> display)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly LintFixer _fixer = new(engine);

    /// <summary>Whether fixed files are written (<c>--fix</c>) rather than shown (<c>--diff</c>).</summary>
    public bool Writes => write;
    private readonly List<(string Path, int Applied, string Diff)> _changed = [];
    private readonly List<string> _problems = [];

    /// <summary>Files changed (or that would change), in the order they were given.</summary>
    public int ChangedFiles => _changed.Count;

    /// <summary>Findings fixed over all files.</summary>
    public int Fixed => _changed.Sum(c => c.Applied);

    /// <summary>Fixes the files of one configuration scope.</summary>
    public void Run(IReadOnlyList<string> files, LintConfiguration configuration)
    {
        var outcomes = new (int Applied, string Diff, string? Problem)[files.Count];
        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = jobs > 0 ? jobs : -1 }, i => outcomes[i] = FixFile(files[i], configuration));
        for (var i = 0; i < files.Count; i++)
        {
            if (outcomes[i].Problem is { } problem)
            {
                _problems.Add(problem);
            }
            else if (outcomes[i].Applied > 0)
            {
                _changed.Add((display(files[i]), outcomes[i].Applied, outcomes[i].Diff));
            }
        }
    }

    /// <summary>Writes the diffs (for <c>--diff</c>) to <paramref name="output"/> and a summary to <paramref name="error"/>.</summary>
    public void Report(TextWriter output, TextWriter error)
    {
        if (!write)
        {
            foreach (var change in _changed)
            {
                output.Write(change.Diff);
            }
        }

        foreach (var problem in _problems)
        {
            error.WriteLine($"iactest: {problem}");
        }

        var verb = write ? "fixed" : "would fix";
        error.WriteLine($"iactest: {verb} {Fixed} finding{(Fixed == 1 ? string.Empty : "s")} in {ChangedFiles} file{(ChangedFiles == 1 ? string.Empty : "s")}.");
    }

    private (int Applied, string Diff, string? Problem) FixFile(string path, LintConfiguration configuration)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return (0, string.Empty, $"{display(path)}: not fixed, it could not be read.");
        }

        // UTF-8 only (with or without a byte order mark): a UTF-16 file is reported as usual and left as it is.
        var bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            return (0, string.Empty, $"{display(path)}: not fixed, only UTF-8 files are fixed.");
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes, bom ? 3 : 0, bytes.Length - (bom ? 3 : 0));
        }
        catch (DecoderFallbackException)
        {
            return (0, string.Empty, null); // The lint that follows reports where the text is not UTF-8.
        }

        var result = _fixer.Fix(path, text, configuration);
        if (!result.Changed || result.Text == text)
        {
            return (0, string.Empty, null);
        }

        if (!write)
        {
            return (result.Applied, UnifiedDiff.Of(display(path).Replace('\\', '/'), text, result.Text), null);
        }

        try
        {
            // Written in place, so the file keeps its permissions, owner and links.
            using var stream = new FileStream(path, FileMode.Truncate, FileAccess.Write);
            if (bom)
            {
                stream.Write([0xEF, 0xBB, 0xBF]);
            }

            stream.Write(StrictUtf8.GetBytes(result.Text));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return (0, string.Empty, $"{display(path)}: not fixed, it could not be written{(exception is UnauthorizedAccessException ? " (permission denied)" : string.Empty)}.");
        }

        return (result.Applied, string.Empty, null);
    }
}
