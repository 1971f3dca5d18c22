
namespace IacTest.Lint.Files;

/// <summary>Chooses a file's language by its name, as Terraform does: by extension, whatever the content.</summary>
public static class SourceLanguages
{
    /// <summary>The file name patterns of HCL files, for folder walks and MSBuild's default items.</summary>
    public static IReadOnlyList<string> HclFilePatterns { get; } = ["*.tf", "*.tfvars", "*.tf.json"];

    /// <summary>The language of the file at <paramref name="path"/>.</summary>
    public static SourceLanguage Of(string path) =>
        path.EndsWith(".tf", StringComparison.Ordinal) || path.EndsWith(".tfvars", StringComparison.Ordinal) || IsHclJson(path)
            ? SourceLanguage.Hcl
            : SourceLanguage.Yaml;

    /// <summary>Whether the file is HCL's JSON form (<c>.tf.json</c>), which has its own parser and no comments.</summary>
    public static bool IsHclJson(string path) => path.EndsWith(".tf.json", StringComparison.Ordinal);
}
