using IacTest.Lint.Configuration;
using IacTest.Lint.Engine;
using IacTest.Lint.Files;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Tests.Terraform;

/// <summary>A Terraform module written to a temporary folder and linted file by file, as a build lints it; removed on dispose.</summary>
internal sealed class TerraformModuleFolder : IDisposable
{
    public TerraformModuleFolder(params (string Name, string Text)[] files)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"iactest-tfmodule-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path);
        foreach (var (name, text) in files)
        {
            Write(name, text);
        }
    }

    public string Path { get; }

    public void Write(string name, string text) => File.WriteAllText(System.IO.Path.Combine(Path, name), text);

    /// <summary>Every finding of <paramref name="rule"/> on every HCL file of the folder, as <c>file:line:col message</c>.</summary>
    public string[] Findings(string rule, LintConfiguration? configuration = null)
    {
        configuration ??= new LintConfiguration();
        configuration.For(rule).Enabled = true;
        var engine = new LintEngine(new RuleCatalog(BuiltInRules.Catalog.Rules.Where(r => r.Name == rule || r.Code == rule)));
        return Directory.EnumerateFiles(Path).Order(StringComparer.Ordinal)
            .Where(f => SourceLanguages.Of(f) == SourceLanguage.Hcl)
            .SelectMany(f => engine.LintPath(f, configuration).Diagnostics)
            .Select(d => $"{System.IO.Path.GetFileName(d.File)}:{d.Line}:{d.Column} {d.Message}")
            .ToArray();
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless; the test's result stands.
        }
    }
}
