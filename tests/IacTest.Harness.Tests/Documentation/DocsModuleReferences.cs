using System.Xml.Linq;
using Microsoft.CodeAnalysis.CSharp;

namespace IacTest.Harness.Tests.Documentation;

/// <summary>
/// What the IacTest SDK's build does with a project's <c>IacModuleReference</c> items, for a docs block whose folder
/// holds a project file: each module is copied to <c>iac/modules/&lt;Name&gt;/</c> beside the test assembly (the test
/// host's folder, where an emitted block's assembly is taken to sit) and recorded as the assembly attributes
/// <c>IacTest.Module.&lt;Name&gt;.Path|Kind|PackageId|Version</c> that <c>IacModules</c> reads.
/// </summary>
public static class DocsModuleReferences
{
    private static readonly object CopyLock = new();

    /// <summary>The attribute lines for the module references of the project files in <paramref name="projectDirectory"/>; empty when there are none.</summary>
    public static IReadOnlyList<string> AttributesFor(string projectDirectory)
    {
        var attributes = new List<string>();
        foreach (var project in Directory.GetFiles(projectDirectory, "*.csproj"))
        {
            foreach (var reference in XDocument.Load(project).Descendants("IacModuleReference"))
            {
                var name = (string?)reference.Attribute("Include") ?? throw new InvalidOperationException($"{project}: an IacModuleReference without Include");
                var source = Path.GetFullPath((string?)reference.Attribute("Path") ?? throw new InvalidOperationException($"{project}: module {name} has no Path"), projectDirectory);
                var relative = Path.Combine("iac", "modules", name);
                Copy(source, Path.Combine(AppContext.BaseDirectory, relative));
                attributes.Add(Metadata(name, "Path", relative + "/"));
                foreach (var field in new[] { "Kind", "PackageId", "Version" })
                {
                    if ((string?)reference.Attribute(field) is { Length: > 0 } value)
                    {
                        attributes.Add(Metadata(name, field, value));
                    }
                }
            }
        }

        return attributes;
    }

    private static string Metadata(string name, string field, string value) =>
        $"[assembly: System.Reflection.AssemblyMetadata({SymbolDisplay.FormatLiteral($"IacTest.Module.{name}.{field}", quote: true)}, {SymbolDisplay.FormatLiteral(value, quote: true)})]";

    // As the SDK's copy: the module's files replace what an earlier build left, files it no longer has go.
    private static void Copy(string source, string target)
    {
        if (!Directory.Exists(source))
        {
            throw new DirectoryNotFoundException($"The referenced module folder {source} does not exist.");
        }

        lock (CopyLock)
        {
            if (Directory.Exists(target))
            {
                Directory.Delete(target, recursive: true);
            }

            foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
            {
                var destination = Path.Combine(target, Path.GetRelativePath(source, file));
                Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                File.Copy(file, destination);
            }
        }
    }
}
