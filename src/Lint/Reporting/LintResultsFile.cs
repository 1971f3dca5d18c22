using System.Text.Json;
using IacTest.Lint.Diagnostics;

namespace IacTest.Lint.Reporting;

/// <summary>
/// The lint results of one build, file by file, for the SDK's lint test rows: every file the lint checked, clean or
/// not, with its findings. A test report then has one row per file, so a report that says "all passed" has seen every
/// file's lint. The shape, read by the SDK's <c>IacLintResults.cs</c>:
/// <code>{"version":1,"files":[{"path":"site.yml","findings":[{"line":2,"column":11,"severity":"error","code":"IAC0122","rule":"trailing-spaces","message":"trailing spaces"}]}]}</code>
/// Paths are relative to the project folder with <c>/</c> separators; files are in ordinal order.
/// </summary>
internal static class LintResultsFile
{
    /// <summary>The version of the shape above; the reader refuses another.</summary>
    public const int Version = 1;

    /// <summary>Writes the results of <paramref name="files"/> (full paths) and <paramref name="reported"/> to <paramref name="path"/>.</summary>
    /// <param name="path">The file to write; its folder is created.</param>
    /// <param name="projectDirectory">The folder paths are made relative to.</param>
    /// <param name="files">The files the lint checked.</param>
    /// <param name="reported">The findings as the build reports them (after NoWarn and TreatWarningsAsErrors).</param>
    public static void Write(string path, string projectDirectory, IEnumerable<string> files, IEnumerable<LintDiagnostic> reported)
    {
        // A finding can name a file outside the checked ones (a configuration file's mistake): it gets its own row.
        var byFile = new SortedDictionary<string, List<LintDiagnostic>>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            byFile.TryAdd(Relative(file, projectDirectory), []);
        }

        foreach (var diagnostic in reported)
        {
            var key = Relative(diagnostic.File, projectDirectory);
            (byFile.TryGetValue(key, out var list) ? list : byFile[key] = []).Add(diagnostic);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream);
        json.WriteStartObject();
        json.WriteNumber("version", Version);
        json.WriteStartArray("files");
        foreach (var (file, findings) in byFile)
        {
            json.WriteStartObject();
            json.WriteString("path", file);
            json.WriteStartArray("findings");
            foreach (var d in findings)
            {
                json.WriteStartObject();
                json.WriteNumber("line", d.Line);
                json.WriteNumber("column", d.Column);
                json.WriteString("severity", d.Severity.ToName());
                json.WriteString("code", d.Code);
                json.WriteString("rule", d.Rule);
                json.WriteString("message", d.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static string Relative(string file, string projectDirectory) =>
        Path.GetRelativePath(projectDirectory, Path.GetFullPath(file, projectDirectory)).Replace('\\', '/');
}
