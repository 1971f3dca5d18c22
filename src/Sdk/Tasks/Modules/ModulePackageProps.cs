using System.Xml.Linq;

namespace IacTest.Sdk.Tasks.Modules;

/// <summary>One module as a package records it: name, kind, and its folder inside the package.</summary>
internal sealed record PackedModule(string Name, string Kind, string PackagePath);

/// <summary>
/// The <c>buildTransitive/&lt;PackageId&gt;.props</c> of a module package: one <c>IacModuleReference</c> item per
/// module, pointing at its files inside the restored package. Transitive, so a module package that depends on
/// another brings both to the test project.
/// </summary>
internal static class ModulePackageProps
{
    /// <summary>The folder the props file goes to in the package; the file is named <c>&lt;PackageId&gt;.props</c>, as NuGet requires.</summary>
    public const string PackageFolder = "buildTransitive/";

    /// <summary>The props file's text.</summary>
    public static string Render(string packageId, string version, IEnumerable<PackedModule> modules)
    {
        var itemGroup = new XElement("ItemGroup");
        foreach (var module in modules)
        {
            // Resolved when the consumer evaluates it: the package folder holding this file, then up to the module.
            var path = $"$([System.IO.Path]::GetFullPath('$(MSBuildThisFileDirectory)../{module.PackagePath}/'))";
            itemGroup.Add(new XElement("IacModuleReference",
                new XAttribute("Include", module.Name),
                new XElement("Kind", module.Kind),
                new XElement("Path", path),
                new XElement("PackageId", packageId),
                new XElement("Version", version)));
        }

        var project = new XElement("Project",
            new XComment($" The IaC modules of {packageId} {version}, written by IacTest.Sdk when the package was packed. "),
            itemGroup);
        return project.ToString() + Environment.NewLine;
    }
}
