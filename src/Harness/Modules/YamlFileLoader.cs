using IacTest.Lint.Yaml;

namespace IacTest.Harness.Modules;

/// <summary>Reads YAML files into <see cref="ModuleNode"/>s; every failure becomes a positioned diagnostic.</summary>
internal static class YamlFileLoader
{
    /// <summary>Loads every document of <paramref name="path"/>; an empty document yields a null entry.</summary>
    public static IReadOnlyList<ModuleNode?> LoadDocuments(string path, ICollection<ModuleDiagnostic> diagnostics)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(new ModuleDiagnostic(new SourceLocation(path, 1, 1), $"cannot read the file: {exception.Message}"));
            return [];
        }

        return ParseDocuments(text, path, diagnostics);
    }

    /// <summary>Parses <paramref name="text"/> as if it were the file <paramref name="path"/>.</summary>
    public static IReadOnlyList<ModuleNode?> ParseDocuments(string text, string path, ICollection<ModuleDiagnostic> diagnostics)
    {
        var (documents, error) = YamlTree.Parse(text);
        if (error is not null)
        {
            diagnostics.Add(new ModuleDiagnostic(
                new SourceLocation(path, error.Position.Line, error.Position.Column),
                $"YAML syntax error: {error.Message}"));
        }

        return documents.Select(document => document.Root is null ? null : ModuleNode.From(document.Root, path)).ToList();
    }

    /// <summary>Loads the first document of <paramref name="path"/>, or null when the file is empty or broken.</summary>
    public static ModuleNode? LoadSingle(string path, ICollection<ModuleDiagnostic> diagnostics) =>
        LoadDocuments(path, diagnostics).FirstOrDefault(root => root is not null);
}
