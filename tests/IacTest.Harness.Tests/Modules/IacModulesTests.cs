using System.Reflection;
using System.Reflection.Emit;
using IacTest.Harness.Ansible;
using IacTest.Harness.Modules;

namespace IacTest.Harness.Tests.Modules;

public sealed class IacModulesTests
{
    [Fact]
    public void The_modules_an_assembly_records_are_read_with_relative_paths_beside_it()
    {
        // Given an assembly that records a packaged role (copied beside it) and a module left in the packages folder
        var elsewhere = Path.Combine(Path.GetTempPath(), "packages", "acme.compose", "2.0.0", "iac", "modules", "shop");
        var assembly = AssemblyRecording(
            ("IacTest.Module.nginx.Path", "iac/modules/nginx"),
            ("IacTest.Module.nginx.Kind", "ansible-role"),
            ("IacTest.Module.nginx.PackageId", "Acme.Nginx"),
            ("IacTest.Module.nginx.Version", "1.0.0"),
            ("IacTest.Module.shop.Path", elsewhere + "/"),
            ("IacTest.Module.shop.Kind", "compose"),
            ("IacTest.Module.shop.PackageId", ""),
            ("IacTest.ProjectDirectory", "/src/project"));

        // When its modules are read
        var modules = IacModules.ReferencedBy(assembly);

        // Then each has its full path, kind and package; an empty package id is none
        modules.ShouldBe(
        [
            new IacModuleReference("nginx", Path.Combine(AppContext.BaseDirectory, "iac", "modules", "nginx"), "ansible-role", "Acme.Nginx", "1.0.0"),
            new IacModuleReference("shop", elsewhere, "compose", null, null),
        ]);
        modules[0].IsAnsibleRole.ShouldBeTrue();
        modules[1].IsAnsibleRole.ShouldBeFalse();
    }

    [Fact]
    public void An_unknown_module_is_an_error_that_says_what_to_reference()
    {
        // Given a test assembly that references no module package (this one)
        // When a module is asked for by name
        var byPath = Should.Throw<KeyNotFoundException>(() => IacModules.Path("nginx"));
        var asRole = Should.Throw<KeyNotFoundException>(() => AnsibleRole.LoadFromPackage("nginx"));

        // Then the message names the module and the missing package reference
        byPath.Message.ShouldStartWith("No referenced module is named 'nginx'. The test project references no module package");
        asRole.Message.ShouldBe(byPath.Message);
        IacModules.RoleSearchPaths.ShouldBeEmpty();
    }

    private static AssemblyBuilder AssemblyRecording(params (string Key, string Value)[] metadata)
    {
        var assembly = AssemblyBuilder.DefineDynamicAssembly(new AssemblyName($"Recorded{Guid.NewGuid():N}"), AssemblyBuilderAccess.Run);
        var constructor = typeof(AssemblyMetadataAttribute).GetConstructor([typeof(string), typeof(string)])!;
        foreach (var (key, value) in metadata)
        {
            assembly.SetCustomAttribute(new CustomAttributeBuilder(constructor, [key, value]));
        }

        return assembly;
    }
}
